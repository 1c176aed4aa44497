#include <doctest/doctest.h>

#include "keyboard.hpp"
#include "test_support.hpp"

using namespace article;

struct KeyFixture {
    Dataset ds = LoadOk(StoryFixtureText());
    Figure fig{ds};
    KeyFixture() {
        fig.SetPlotRange(0, 1000);
        fig.SetReducedMotion(true);
    }
};

TEST_CASE_FIXTURE(KeyFixture, "arrows on the timeline move the selection") {
    CHECK(HandleFigureKey(fig, FigureKey::Right));
    CHECK(fig.State().selected == 0);
    HandleFigureKey(fig, FigureKey::Right);
    CHECK(fig.State().selected == 1);
    HandleFigureKey(fig, FigureKey::Left);
    CHECK(fig.State().selected == 0);
    HandleFigureKey(fig, FigureKey::End);
    CHECK(fig.State().selected == int(ds.events.size()) - 1);
    HandleFigureKey(fig, FigureKey::Home);
    CHECK(fig.State().selected == 0);
}

TEST_CASE_FIXTURE(KeyFixture, "escape closes the card and enter reopens it") {
    fig.Select(3);
    CHECK(HandleFigureKey(fig, FigureKey::Escape));
    CHECK_FALSE(fig.State().card_open);
    CHECK_FALSE(HandleFigureKey(fig, FigureKey::Escape));  // nothing left to close: the page may use it
    HandleFigureKey(fig, FigureKey::Enter);
    CHECK(fig.State().card_open);
    CHECK(fig.State().selected == 3);
}

TEST_CASE_FIXTURE(KeyFixture, "space opens the selected event's card and otherwise leaves the key to the page") {
    CHECK_FALSE(HandleFigureKey(fig, FigureKey::Space));  // nothing selected: the page scrolls
    CHECK(fig.State().selected < 0);
    fig.Select(3);
    fig.CloseCard();
    CHECK(HandleFigureKey(fig, FigureKey::Space));
    CHECK(fig.State().card_open);
    CHECK_FALSE(HandleFigureKey(fig, FigureKey::Space));  // already open
    CHECK(fig.State().selected == 3);
}

TEST_CASE_FIXTURE(KeyFixture, "down moves focus to the chart, where arrows move the quarter") {
    CHECK_FALSE(HandleFigureKey(fig, FigureKey::Up));  // already on the timeline: the page scrolls
    CHECK(HandleFigureKey(fig, FigureKey::Down));
    CHECK(fig.State().chart_focused);
    REQUIRE(fig.State().quarter);
    Quarter first = *fig.State().quarter;
    HandleFigureKey(fig, FigureKey::Right);
    CHECK(first < *fig.State().quarter);
    CHECK(fig.State().selected == -1);  // the timeline selection did not move
    CHECK(HandleFigureKey(fig, FigureKey::Up));
    CHECK_FALSE(fig.State().chart_focused);
}

TEST_CASE_FIXTURE(KeyFixture, "plus and minus zoom, zero resets") {
    HandleFigureKey(fig, FigureKey::ZoomIn);
    CHECK(fig.State().target.IsZoomed());
    HandleFigureKey(fig, FigureKey::ZoomReset);
    CHECK_FALSE(fig.State().target.IsZoomed());
    HandleFigureKey(fig, FigureKey::ZoomOut);
    CHECK_FALSE(fig.State().target.IsZoomed());
}
