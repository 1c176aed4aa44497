#include <doctest/doctest.h>

#include "navigation.hpp"
#include "test_support.hpp"

using namespace article;

TEST_CASE("next and previous walk the visible events in time order") {
    std::vector<bool> v{true, false, true, true};
    CHECK(NextVisible(v, -1) == 0);
    CHECK(NextVisible(v, 0) == 2);
    CHECK(NextVisible(v, 3) == -1);
    CHECK(PreviousVisible(v, 2) == 0);
    CHECK(PreviousVisible(v, 0) == -1);
    CHECK(FirstVisible(v) == 0);
    CHECK(LastVisible(v) == 3);
}

TEST_CASE("with nothing visible there is nowhere to go") {
    std::vector<bool> v{false, false};
    CHECK(FirstVisible(v) == -1);
    CHECK(LastVisible(v) == -1);
    CHECK(NextVisible(v, -1) == -1);
}

TEST_CASE("decisions only keeps declines and investments") {
    Dataset ds = LoadOk(StoryFixtureText());
    EventFilter f;
    f.decisions_only = true;
    auto v = VisibleEvents(ds, f);
    for (size_t i = 0; i < v.size(); i++) {
        const std::string kind = ds.KindOf(ds.events[i]).id;
        CHECK(v[i] == (kind == "decline" || kind == "investment"));
    }
}

TEST_CASE("hiding an actor hides events where it is the only actor") {
    Dataset ds = LoadOk(StoryFixtureText());
    EventFilter f;
    f.hidden_actors.insert("openai");
    auto v = VisibleEvents(ds, f);
    CHECK_FALSE(v[size_t(ds.FindEvent("chatgpt-launch"))]);
    CHECK(v[size_t(ds.FindEvent("microsoft-invests-openai"))]);  // Microsoft is still shown
}
