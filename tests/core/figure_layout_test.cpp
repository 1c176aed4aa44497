#include <doctest/doctest.h>

#include <initializer_list>

#include "figure_layout.hpp"

using namespace article;

TEST_CASE("wide figures give the card its own column") {
    FigureRects r = LayoutFigure(1280, 700);
    CHECK(r.card_beside);
    CHECK(r.card.x >= r.timeline.Right());
    CHECK(r.card.Right() <= 1280);
}

TEST_CASE("narrow figures overlay the card on the chart") {
    FigureRects r = LayoutFigure(375, 560);
    CHECK_FALSE(r.card_beside);
    CHECK(r.card.y == r.chart.y);
    CHECK(r.timeline.Right() <= 375);
}

TEST_CASE("timeline and chart never overlap and stay inside the canvas") {
    for (float w : {300.f, 320.f, 768.f, 1440.f, 2560.f})
        for (float h : {400.f, 640.f, 900.f}) {
            FigureRects r = LayoutFigure(w, h);
            CHECK(r.timeline.Bottom() <= r.chart.y);
            CHECK(r.chart.Right() <= w);
            CHECK(r.timeline.x >= 0);
        }
}

TEST_CASE("a card column never leaves the timeline less than 740 px") {
    for (float w = 300; w <= 2560; w += 20) {
        FigureRects r = LayoutFigure(w, 700);
        INFO(w << " px");
        if (r.card_beside) CHECK(r.timeline.w >= 740);
    }
    CHECK_FALSE(LayoutFigure(930, 700).card_beside);  // the figure beside the story's steps at 1440 px
}

TEST_CASE("without a chart the timeline fills a figure with a card column, and keeps its height on a narrow one") {
    const FigureRects wide = LayoutFigure(1280, 700, false);
    CHECK(wide.chart.w == 0);
    CHECK(wide.timeline.h == doctest::Approx(700 - 24));
    const FigureRects narrow = LayoutFigure(375, 560, false);
    CHECK(narrow.timeline.h == doctest::Approx(LayoutFigure(375, 560).timeline.h));
    CHECK(narrow.card.y > narrow.timeline.Bottom());
    CHECK(narrow.chart.h == 0);
}
