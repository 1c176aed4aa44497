#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

#include "json_writer.hpp"
#include "utf8.hpp"

using namespace article;

TEST_CASE("objects and arrays get their commas between items only") {
    JsonWriter w;
    w.BeginObject().Field("a", 1).Key("list").BeginArray().String("x").String("y").BeginObject().EndObject().EndArray();
    w.Key("empty").BeginArray().EndArray().Field("b", true).EndObject();
    CHECK(w.text() == R"({"a":1,"list":["x","y",{}],"empty":[],"b":true})");
}

TEST_CASE("quotes, backslashes and control characters are escaped") {
    JsonWriter w;
    w.String("say \"hi\"\\\n\t\r\x01\x1f");
    CHECK(w.text() == R"("say \"hi\"\\\n\t\r\u0001\u001f")");
    CHECK(nlohmann::json::parse(w.text()) == "say \"hi\"\\\n\t\r\x01\x1f");
}

TEST_CASE("UTF-8 passes through as it is") {
    JsonWriter w;
    w.String("Q2 \xE2\x80\x93 \xC3\xA9 \xF0\x9F\x93\x88");  // en dash, e acute, a 4-byte emoji
    CHECK(w.text() == "\"Q2 \xE2\x80\x93 \xC3\xA9 \xF0\x9F\x93\x88\"");
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD, one each, and the text stays valid JSON") {
    const char* cases[][2] = {
        {"a\xFF" "b", R"("a\ufffdb")"},                // never a UTF-8 byte
        {"\x80", R"("\ufffd")"},                       // stray continuation byte
        {"\xC3", R"("\ufffd")"},                       // cut short at the end
        {"\xC0\xAF", R"("\ufffd\ufffd")"},             // overlong '/'
        {"\xED\xA0\x80", R"("\ufffd\ufffd\ufffd")"},   // a surrogate
        {"\xF4\x90\x80\x80", R"("\ufffd\ufffd\ufffd\ufffd")"},  // past U+10FFFF
    };
    for (auto& c : cases) {
        JsonWriter w;
        w.String(c[0]);
        INFO(c[1]);
        CHECK(w.text() == c[1]);
        CHECK(nlohmann::json::accept(w.text()));
    }
}

TEST_CASE("numbers read back exactly and whole numbers print without a fraction or exponent") {
    for (double v : {0.0, 1.0, -3.0, 100.0, 2018.25, 0.1, 1.0 / 3.0, 1e-7, 6.02e23, -1.5e300, 2024.999}) {
        JsonWriter w;
        w.Number(v);
        INFO(w.text());
        CHECK(nlohmann::json::parse(w.text()).get<double>() == v);
    }
    JsonWriter w;
    w.BeginArray().Number(100).Number(0.1).Number(-42).Number(float(0.6f)).EndArray();
    CHECK(w.text() == "[100,0.1,-42,0.6000000238418579]");
}

TEST_CASE("numbers that JSON cannot hold are written as null") {
    JsonWriter w;
    w.BeginArray().Number(std::numeric_limits<double>::infinity()).Number(std::nan("")).EndArray();
    CHECK(w.text() == "[null,null]");
}

TEST_CASE("a UTF-8 sequence's length comes from its lead byte, and 0 where the bytes are not UTF-8") {
    CHECK(Utf8SequenceLength("a", 0) == 1);
    CHECK(Utf8SequenceLength("\xC3\xA9", 0) == 2);
    CHECK(Utf8SequenceLength("\xE2\x80\x93", 0) == 3);
    CHECK(Utf8SequenceLength("\xF0\x9F\x93\x88", 0) == 4);
    CHECK(Utf8SequenceLength("\xE2\x80\x93", 1) == 0);   // inside a character
    CHECK(Utf8SequenceLength("\xE2\x80", 0) == 0);       // cut short
    CHECK(Utf8SequenceLength("\xE0\x80\xAF", 0) == 0);   // overlong
}

TEST_CASE("a set of strings is written as an array in the set's order") {
    JsonWriter w;
    w.BeginObject().Field("ids", std::set<std::string>{"openai", "aws"}).EndObject();
    CHECK(w.text() == R"({"ids":["aws","openai"]})");
}
