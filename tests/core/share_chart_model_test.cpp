#include <doctest/doctest.h>

#include "share_chart_model.hpp"
#include "test_support.hpp"

using namespace article;

TEST_CASE("ticks are round numbers") {
    auto t = NiceTicks(0, 40, 5);
    REQUIRE(t.size() == 5);
    CHECK(t[0] == 0);
    CHECK(t[1] == 10);
    CHECK(t[4] == 40);
    t = NiceTicks(0, 35, 4);
    CHECK(t[1] == 10);
}

TEST_CASE("the y domain rounds up past the highest reported value") {
    CHECK(NiceCeiling(35, 4) == 40);
    CHECK(NiceCeiling(24, 5) == 25);
}

TEST_CASE("a short value axis gets fewer ticks, never closer together than the minimum spacing") {
    for (float h = kMinTickSpacing; h <= 600; h += 3) {
        int steps = AxisStepsForHeight(h);
        for (double top_value : {9.0, 34.0, 41.5, 180.0}) {
            double top = NiceCeiling(top_value, steps);
            auto ticks = NiceTicks(0, top, steps);
            INFO("height " << h << ", highest value " << top_value);
            REQUIRE(ticks.size() >= 2);
            CHECK(top >= top_value);
            CHECK(double(h) * (ticks[1] - ticks[0]) / top >= kMinTickSpacing - 1e-3);
        }
    }
    CHECK(AxisStepsForHeight(400) == 4);  // tall charts keep the usual four steps
    CHECK(AxisStepsForHeight(0) == 1);
}

TEST_CASE("a missing quarter breaks a line into runs") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries& s = *ds.FindSeries("synergy");
    auto runs = ConsecutiveRuns(s, "aws");
    // 2018-Q2..Q3 | 2019-Q4..2020-Q3 | 2021-Q2..2022-Q1 | 2022-Q3..2023-Q4
    REQUIRE(runs.size() == 4);
    CHECK(s.points[size_t(runs[0].front())].quarter == Quarter{2018, 2});
    CHECK(s.points[size_t(runs[1].front())].quarter == Quarter{2019, 4});
    CHECK(s.points[size_t(runs[3].back())].quarter == Quarter{2023, 4});
}

TEST_CASE("a quarter missing for one provider breaks only that provider's line") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries& s = *ds.FindSeries("synergy");
    auto ms = ConsecutiveRuns(s, "microsoft");
    auto aws = ConsecutiveRuns(s, "aws");
    // Synergy gives AWS a 2022-Q1 figure but not Microsoft: only Microsoft's run stops at 2021-Q4.
    REQUIRE(ms.size() == 4);
    REQUIRE(aws.size() == 4);
    CHECK(s.points[size_t(ms[2].back())].quarter == Quarter{2021, 4});
    CHECK(s.points[size_t(aws[2].back())].quarter == Quarter{2022, 1});
}

TEST_CASE("the nearest point snaps to the closest quarter") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries& s = *ds.FindSeries("synergy");
    CHECK(s.points[size_t(NearestPoint(s, 2020.3))].quarter == Quarter{2020, 2});
    CHECK(s.points[size_t(NearestPoint(s, 2010.0))].quarter == Quarter{2018, 2});
    CHECK(PointAt(s, Quarter{2022, 2}) == -1);
}

TEST_CASE("the gap of two points is a point; with a band it is a range") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries& s = *ds.FindSeries("synergy");
    auto d = Difference(s.points[size_t(PointAt(s, Quarter{2023, 2}))], "aws", "microsoft");
    REQUIRE(d);
    CHECK(d->IsPoint());
    CHECK(d->low == 10);
    auto band = Difference(s.points[size_t(PointAt(s, Quarter{2023, 1}))], "aws", "microsoft");
    REQUIRE(band);
    CHECK(band->low == 9);
    CHECK(band->high == 11);
    CHECK_FALSE(Difference(s.points[size_t(PointAt(s, Quarter{2022, 1}))], "aws", "microsoft"));
}

TEST_CASE("an open bound minus a point stays open") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries& s = *ds.FindSeries("synergy");
    auto d = Difference(s.points[size_t(PointAt(s, Quarter{2018, 3}))], "aws", "microsoft");
    REQUIRE(d);
    CHECK_FALSE(d->has_high);
    CHECK(d->low == 19);
}

TEST_CASE("a quarter's events include year-only events of that year") {
    Dataset ds = LoadOk(StoryFixtureText());
    auto ev = EventsInQuarter(ds, Quarter{2019, 3});
    bool has_invest = false;
    for (int i : ev) has_invest |= ds.events[size_t(i)].id == "microsoft-invests-openai";
    CHECK(has_invest);
    auto q2018 = EventsInQuarter(ds, Quarter{2018, 2});
    bool has_decline = false;
    for (int i : q2018) has_decline |= ds.events[size_t(i)].id == "aws-declines-openai";
    CHECK(has_decline);
}

TEST_CASE("the series cover 2017-Q4 to 2023-Q4") {
    Dataset ds = LoadOk(StoryFixtureText());
    Quarter a, b;
    REQUIRE(SeriesQuarterRange(ds, &a, &b));
    CHECK(a == Quarter{2017, 4});
    CHECK(b == Quarter{2023, 4});
}

TEST_CASE("linear scales invert") {
    LinearScale y{0, 40, 300, 100};
    CHECK(y(20) == doctest::Approx(200));
    CHECK(y.Invert(100) == doctest::Approx(40));
}

TEST_CASE("a quarter is described in one sentence, gaps included") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries& s = *ds.FindSeries("synergy");
    CHECK(DescribeQuarter(SummarizeQuarter(ds, s, Quarter{2023, 2}), s) ==
          "Q2 2023, Synergy Research Group: AWS 32%, Microsoft 22%, Google 11%; market $64.8bn.");
    CHECK(DescribeQuarter(SummarizeQuarter(ds, s, Quarter{2022, 1}), s) ==
          "Q1 2022, Synergy Research Group: AWS 33%, Microsoft not reported, Google not reported; market $52.7bn.");
    CHECK(DescribeQuarter(SummarizeQuarter(ds, s, Quarter{2019, 1}), s) == "Q1 2019, Synergy Research Group: no figures published.");
}

static float SixPerByte(const std::string& s) { return 6.0f * float(s.size()); }

TEST_CASE("bar labels with room get their full text") {
    std::vector<BarLabel> labels{{10, 50, "15", "15"}, {60, 50, "over 19", ">19"}};
    auto texts = FitBarLabels(labels, 12, SixPerByte, 3);
    REQUIRE(texts.size() == 2);
    CHECK(texts[0] == "15");
    CHECK(texts[1] == "over 19");
}

TEST_CASE("a bar label that would touch its neighbour falls back to its compact text") {
    // "20" spans 24..36; "over 19" at 57 would span 36..78, ">19" spans 48..66.
    std::vector<BarLabel> labels{{30, 50, "20", "20"}, {57, 52, "over 19", ">19"}};
    auto texts = FitBarLabels(labels, 12, SixPerByte, 3);
    CHECK(texts[0] == "20");
    CHECK(texts[1] == ">19");
}

TEST_CASE("a bar label that fits in neither form is left out") {
    std::vector<BarLabel> labels{{30, 50, "20", "20"}, {38, 50, "over 19", ">19"}, {80, 50, "9", "9"}};
    auto texts = FitBarLabels(labels, 12, SixPerByte, 3);
    CHECK(texts[0] == "20");
    CHECK(texts[1].empty());
    CHECK(texts[2] == "9");  // measured against the labels drawn, not the one left out
}

TEST_CASE("bar labels at different heights do not collide") {
    std::vector<BarLabel> labels{{30, 50, "20", "20"}, {36, 20, "over 24", ">24"}};
    auto texts = FitBarLabels(labels, 12, SixPerByte, 3);
    CHECK(texts[1] == "over 24");
}

TEST_CASE("an open bound's compact text keeps its meaning; other values are unchanged") {
    ReportedValue over;
    over.low = 34;
    over.has_high = false;
    CHECK(ReportedValueToText(over, Unit{"", "%"}) == "over 34%");
    CHECK(ReportedValueToCompactText(over, Unit{"", "%"}) == ">34%");
    ReportedValue band;
    band.low = 32;
    band.high = 34;
    CHECK(ReportedValueToCompactText(band, Unit{"", "%"}) == ReportedValueToText(band, Unit{"", "%"}));
}

TEST_CASE("the chart key names the marks each chart shows for the series") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries* synergy = ds.FindSeries("synergy");
    REQUIRE(synergy != nullptr);
    // Synergy has AWS "over 34%" (2018-Q3), two AWS ranges (2023), and a market "over $16bn" (2018-Q2).
    CHECK(ChartMarksKey(ds, *synergy, ChartKind::Share) ==
          "Arrows mark shares published only as \xE2\x80\x9Cover\xE2\x80\x9D a figure; boxes, shares published as a range.");
    CHECK(ChartMarksKey(ds, *synergy, ChartKind::Gap) ==
          "Triangles mark leads published only as \xE2\x80\x9Cover\xE2\x80\x9D a figure; pale tops, leads published as a range.");
    CHECK(ChartMarksKey(ds, *synergy, ChartKind::Market) == "Triangles mark totals published only as \xE2\x80\x9Cover\xE2\x80\x9D a figure.");
}

TEST_CASE("a series with only plain values has no chart key") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries* canalys = ds.FindSeries("canalys-2024");
    REQUIRE(canalys != nullptr);
    for (ChartKind chart : {ChartKind::Share, ChartKind::Gap, ChartKind::Market}) CHECK(ChartMarksKey(ds, *canalys, chart).empty());
}

TEST_CASE("a series with ranges only says so in a sentence of its own") {
    Dataset ds = LoadOk(StoryFixtureText());
    ShareSeries s = *ds.FindSeries("synergy");
    for (SharePoint& p : s.points)
        for (auto& entry : p.shares) entry.second.has_high = true, entry.second.high = std::max(entry.second.high, entry.second.low);
    CHECK(ChartMarksKey(ds, s, ChartKind::Share) == "Boxes mark shares published as a range.");
}

TEST_CASE("the one-quarter chart shows the focused quarter, else the series' last") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries& s = *ds.FindSeries("synergy");
    CHECK(QuarterToIso(SnapshotQuarter(s, std::nullopt)) == "2023-Q4");
    CHECK(QuarterToIso(SnapshotQuarter(s, Quarter{2020, 2})) == "2020-Q2");
}

TEST_CASE("a quarter has others beyond it only inside the series' span") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries& s = *ds.FindSeries("synergy");  // 2018-Q2 to 2023-Q4
    CHECK_FALSE(HasQuarterBeyond(s, Quarter{2018, 2}, -1));
    CHECK(HasQuarterBeyond(s, Quarter{2018, 2}, +1));
    CHECK(HasQuarterBeyond(s, Quarter{2023, 4}, -1));
    CHECK_FALSE(HasQuarterBeyond(s, Quarter{2023, 4}, +1));
    CHECK(HasQuarterBeyond(s, Quarter{2019, 1}, -1));  // a quarter without figures still has both
    CHECK(HasQuarterBeyond(s, Quarter{2019, 1}, +1));
}

TEST_CASE("a tooltip goes right of the crosshair where it fits, else left, and stays on the canvas") {
    const Rect plot{40, 0, 800, 300};
    CHECK(TooltipBesideCrosshair(200, 250, 12, plot, 860) == 212);        // fits on the right
    CHECK(TooltipBesideCrosshair(700, 250, 12, plot, 860) == 700 - 12 - 250);  // only on the left
    // A phone: fits on neither side; the roomier side, then kept 4 px inside the canvas.
    const Rect phone{30, 0, 330, 300};
    CHECK(TooltipBesideCrosshair(300, 280, 12, phone, 374) == 8);          // left, and it fits
    CHECK(TooltipBesideCrosshair(250, 280, 12, phone, 374) == 4);          // left, clamped at 4
    CHECK(TooltipBesideCrosshair(100, 280, 12, phone, 374) == 374 - 280 - 4);  // right, clamped
    CHECK(TooltipBesideCrosshair(300, 0, 12, phone, 374) == 312);          // not measured yet
}

TEST_CASE("a row of marks keeps them apart, left to right, and the selected one always") {
    const std::vector<float> xs = {10, 14, 30, 31, 60, 12};
    CHECK(SpacedMarks(xs, -1, 8) == std::vector<int>{0, 2, 4});  // 12 and 14 touch 10; 31 touches 30
    CHECK(SpacedMarks(xs, 1, 8) == std::vector<int>{1, 2, 4});    // 14 kept, so 10 and 12 give way
    CHECK(SpacedMarks({}, -1, 8).empty());
}

TEST_CASE("labels far apart stay where they are wanted") {
    CHECK(StackLabels({20, 60, 100}, 18, 0, 200) == std::vector<float>{20, 60, 100});
}

TEST_CASE("labels that would touch are pushed apart, in the order given") {
    CHECK(StackLabels({50, 40}, 18, 0, 200) == std::vector<float>{58, 40});
}

TEST_CASE("a stack that would run off the bottom is pushed up, not cut") {
    const std::vector<float> y = StackLabels({190, 190, 190, 190}, 18, 0, 200);
    CHECK(y[3] == doctest::Approx(191));
    CHECK(y[0] == doctest::Approx(191 - 54));
}

TEST_CASE("eight labels in too little room share it evenly, inside it") {
    const std::vector<float> y = StackLabels(std::vector<float>(8, 50.0f), 18, 0, 100);
    CHECK(y.front() == doctest::Approx(9));
    CHECK(y.back() == doctest::Approx(91));
    for (size_t i = 1; i < y.size(); i++) CHECK(y[i] - y[i - 1] == doctest::Approx(82.0f / 7));
}

TEST_CASE("the one-quarter chart's scale holds the largest value the series published") {
    ShareSeries s;
    s.points.push_back(SharePoint{Quarter{2020, 1}, {{"a", ReportedValue::Point(34)}}, {}, "", ""});
    CHECK(SnapshotScaleTop(s) == 50);
    s.points.push_back(SharePoint{Quarter{2020, 2}, {{"a", ReportedValue{86, 88.5, true}}}, {}, "", ""});
    CHECK(SnapshotScaleTop(s) == 90);
    s.points.push_back(SharePoint{Quarter{2020, 3}, {{"a", ReportedValue{90, 0, false}}}, {}, "", ""});
    CHECK(SnapshotScaleTop(s) == 90);
}

TEST_CASE("a value axis starts at zero, or at a round number under a negative value") {
    CHECK(NiceDomain(0, 33, 4) == std::pair<double, double>{0, 40});
    CHECK(NiceDomain(-3, 12, 4) == std::pair<double, double>{-5, 15});
    CHECK(NiceDomain(-8, 0, 4).first <= -8);
    CHECK(NiceDomain(-8, 0, 4).second > 0);
}

TEST_CASE("a yearly series: its points are whole years, drawn at mid-year, joined only from one year to the next") {
    const Dataset ds = LoadOk(GermanStoryText());
    SetLanguage("en");
    const ShareSeries& s = *ds.FindSeries("stadtwerke");
    CHECK(s.yearly);
    REQUIRE(s.points.size() == 3);
    CHECK(s.points[0].quarter.IsYear());
    CHECK(QuarterToText(s.points[0].quarter) == "2016");
    CHECK(QuarterToIso(s.points[2].quarter) == "2019");
    CHECK(QuarterMidpoint(s.points[0].quarter) == doctest::Approx(2016.5));
    // 2016 and 2017 are one run; 2019, after the missing 2018, starts another.
    CHECK(ConsecutiveRuns(s, "rotrad") == std::vector<std::vector<int>>{{0, 1}, {2}});
    CHECK(NearestPoint(s, 2019.9) == 2);
}

TEST_CASE("a step's period is a year for a yearly series and a quarter for a quarterly one") {
    std::string text = GermanStoryText();
    text.replace(text.find("\"quarter\": \"2019\""), 17, "\"quarter\": \"2019-Q3\"");
    LoadResult r = LoadDataset(text);
    SetLanguage("en");
    CHECK(HasDiagnostic(r, "/steps/3/view/quarter: \"2019-Q3\" is a quarter, and series \"stadtwerke\" has years"));
}

TEST_CASE("a quarterly series refuses a point given as a year") {
    std::string text = MinimalDatasetText();
    text.replace(text.find("\"quarter\": \"2018-Q1\""), 20, "\"quarter\": \"2018\"");
    LoadResult r = LoadDataset(text);
    CHECK(HasDiagnostic(r, "/share_series/0/points/0/quarter: \"2018\" is not a quarter (YYYY-QN; a series of whole years says \"period\": \"year\")"));
}
