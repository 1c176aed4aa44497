#include <doctest/doctest.h>

#include "url_state.hpp"

using namespace article;

TEST_CASE("a hash names an event id") {
    CHECK(EventIdFromHash("#aws-declines-openai") == "aws-declines-openai");
    CHECK(EventIdFromHash("chatgpt-launch") == "chatgpt-launch");
    CHECK(HashForEvent("x") == "#x");
}

TEST_CASE("hostile or malformed hashes name nothing") {
    CHECK(EventIdFromHash("") == "");
    CHECK(EventIdFromHash("#") == "");
    CHECK(EventIdFromHash("#<script>") == "");
    CHECK(EventIdFromHash("#a b") == "");
    CHECK(EventIdFromHash("#-lead") == "");
    CHECK(EventIdFromHash("#%") == "");
    CHECK(EventIdFromHash("#%4") == "");
    CHECK(EventIdFromHash("#" + std::string(200, 'a')) == "");
}

TEST_CASE("percent-encoding and capitals are tolerated") {
    CHECK(EventIdFromHash("#GPT4%2Drelease") == "gpt4-release");
}
