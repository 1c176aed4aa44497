#include <doctest/doctest.h>

#include "time_scale.hpp"

using namespace article;

static TimeScale Scale() {
    TimeScale s(2015.0, 2024.0);
    s.SetPixelRange(100, 1000);
    return s;
}

TEST_CASE("time maps linearly to pixels and back") {
    TimeScale s = Scale();
    CHECK(s.ToPx(2015.0) == doctest::Approx(100));
    CHECK(s.ToPx(2024.0) == doctest::Approx(1000));
    CHECK(s.ToTime(550) == doctest::Approx(2019.5));
}

TEST_CASE("zooming keeps the time under the pointer in place") {
    TimeScale s = Scale();
    float px = s.ToPx(2019.0);
    s.ZoomAround(px, 3.0);
    CHECK(s.ToPx(2019.0) == doctest::Approx(px));
    CHECK(s.ViewEnd() - s.ViewStart() == doctest::Approx(3.0));
}

TEST_CASE("zoom stops at one quarter of a year") {
    TimeScale s = Scale();
    for (int i = 0; i < 50; i++) s.ZoomAround(500, 2.0);
    CHECK(s.ViewEnd() - s.ViewStart() == doctest::Approx(TimeScale::kMinSpanYears));
}

TEST_CASE("zooming out never shows more than the article's range") {
    TimeScale s = Scale();
    s.ZoomAround(900, 0.1);
    CHECK(s.ViewStart() == doctest::Approx(2015.0));
    CHECK(s.ViewEnd() == doctest::Approx(2024.0));
    CHECK_FALSE(s.IsZoomed());
}

TEST_CASE("panning is clamped at both ends") {
    TimeScale s = Scale();
    s.ZoomAround(550, 4.0);
    s.PanByPx(100000);
    CHECK(s.ViewStart() == doctest::Approx(2015.0));
    s.PanByPx(-100000);
    CHECK(s.ViewEnd() == doctest::Approx(2024.0));
}

TEST_CASE("ensure-visible pans just enough to show a period") {
    TimeScale s = Scale();
    s.SetView(2015.0, 2017.0);
    s.EnsureVisible(2019.5, 2019.6, 0);
    CHECK(s.ViewEnd() == doctest::Approx(2019.6));
    CHECK(s.ViewEnd() - s.ViewStart() == doctest::Approx(2.0));
}

TEST_CASE("reset returns to the full range") {
    TimeScale s = Scale();
    s.ZoomAround(300, 5);
    s.Reset();
    CHECK_FALSE(s.IsZoomed());
}

TEST_CASE("year ticks are labelled and thin out when narrow") {
    TimeScale s(2015.0, 2024.0);
    s.SetPixelRange(0, 900);  // 100 px a year
    auto ticks = TimeTicks(s, 40);
    int labelled = 0;
    for (auto& t : ticks) labelled += !t.label.empty();
    CHECK(labelled == 10);  // 2015..2024
    s.SetPixelRange(0, 180);  // 20 px a year: every 2nd or 5th
    ticks = TimeTicks(s, 40);
    labelled = 0;
    for (auto& t : ticks) labelled += !t.label.empty();
    CHECK(labelled <= 5);
    CHECK(labelled >= 2);
}

TEST_CASE("zoomed in, ticks switch to months") {
    TimeScale s(2015.0, 2024.0);
    s.SetPixelRange(0, 1200);
    s.SetView(2019.0, 2019.5);
    auto ticks = TimeTicks(s, 40);
    bool month_label = false;
    for (auto& t : ticks) month_label |= t.label == "Apr";
    CHECK(month_label);
}

TEST_CASE("labelled ticks never come closer than the minimum gap") {
    for (float width : {320.f, 375.f, 768.f, 1280.f, 2560.f}) {
        TimeScale s(2015.0, 2024.0);
        s.SetPixelRange(0, width);
        float last = -1e9f;
        for (auto& t : TimeTicks(s, 40)) {
            if (t.label.empty()) continue;
            CHECK(t.x - last >= 40 - 0.01f);
            last = t.x;
        }
    }
}
