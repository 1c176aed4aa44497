#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "figure_state.hpp"
#include "json_writer.hpp"
#include "test_support.hpp"

using namespace article;

// What the page reads: the figure's fields in one JSON object, parsed back with nlohmann_json
// (so the tests also hold the writer to valid JSON).
static nlohmann::json StateOf(const Figure& fig) {
    JsonWriter w;
    w.BeginObject();
    fig.WriteStateFields(w);
    w.EndObject();
    return nlohmann::json::parse(w.text());
}

struct FigureFixture {
    Dataset ds = LoadOk(StoryFixtureText());
    Figure fig{ds};
    FigureFixture() { fig.SetPlotRange(100, 1100); }
    nlohmann::json State() const { return StateOf(fig); }
};

TEST_CASE_FIXTURE(FigureFixture, "selecting an event opens its card and reports its id") {
    REQUIRE(fig.SelectById("aws-declines-openai"));
    CHECK(State()["selected"] == "aws-declines-openai");
    CHECK(State()["card_open"] == true);
    fig.CloseCard();
    CHECK(State()["card_open"] == false);
    CHECK(State()["selected"] == "aws-declines-openai");
}

TEST_CASE_FIXTURE(FigureFixture, "an unknown id changes nothing") {
    fig.SelectById("openai-founded");
    CHECK_FALSE(fig.SelectById("no-such-event"));
    CHECK(State()["selected"] == "openai-founded");
}

TEST_CASE_FIXTURE(FigureFixture, "right and left arrows step through events; Home and End jump") {
    fig.SelectFirst();
    CHECK(State()["selected"] == ds.events.front().id);
    fig.SelectNext();
    CHECK(State()["selected"] == ds.events[1].id);
    fig.SelectPrevious();
    CHECK(State()["selected"] == ds.events[0].id);
    fig.SelectPrevious();  // stays at the first
    CHECK(State()["selected"] == ds.events[0].id);
    fig.SelectLast();
    CHECK(State()["selected"] == ds.events.back().id);
    fig.SelectNext();  // stays at the last
    CHECK(State()["selected"] == ds.events.back().id);
}

TEST_CASE_FIXTURE(FigureFixture, "keyboard order skips filtered events") {
    fig.SetDecisionsOnly(true);
    fig.SelectFirst();
    for (int i = 0; i < 10; i++) {
        CHECK(IsDecision(ds, ds.events[size_t(fig.State().selected)]));
        fig.SelectNext();
    }
}

TEST_CASE_FIXTURE(FigureFixture, "filtering out the selected event clears the selection") {
    fig.SelectById("chatgpt-launch");
    fig.SetDecisionsOnly(true);
    CHECK(State()["selected"] == "");
    CHECK(State()["card_open"] == false);
}

TEST_CASE_FIXTURE(FigureFixture, "a step sets event, chart, series, highlight and quarter") {
    for (size_t i = 0; i < ds.steps.size(); i++) {
        fig.ApplyStep(int(i));
        const StepView& v = ds.steps[i].view;
        auto s = State();
        CHECK(s["step"] == int(i));
        CHECK(s["selected"] == v.event);
        CHECK(s["chart"] == ChartKindName(v.chart));
        CHECK(s["series"] == v.series);
        CHECK(s["highlight"] == v.highlight);
        CHECK(s["quarter"] == (v.quarter ? QuarterToIso(*v.quarter) : ""));
    }
}

TEST_CASE_FIXTURE(FigureFixture, "going back a step restores that step's state") {
    fig.ApplyStep(2);
    nlohmann::json a = State();
    fig.NextStep();
    fig.SelectById("gpt4-release");
    fig.PreviousStep();
    nlohmann::json b = State();
    CHECK(a["selected"] == b["selected"]);
    CHECK(a["chart"] == b["chart"]);
    CHECK(a["quarter"] == b["quarter"]);
}

TEST_CASE_FIXTURE(FigureFixture, "selection pans a zoomed timeline to keep the event in view") {
    fig.Zoom(100, 8.0);  // zoom into 2015
    fig.Animate(1.0);
    fig.SelectById("bedrock-ga");
    fig.Animate(1.0);
    const Event& e = ds.events[size_t(ds.FindEvent("bedrock-ga"))];
    CHECK(fig.State().shown.ViewStart() <= e.SpanStart());
    CHECK(fig.State().shown.ViewEnd() >= e.SpanStart());
}

TEST_CASE_FIXTURE(FigureFixture, "zoom eases over about 200 ms") {
    fig.Zoom(600, 2.0);
    CHECK(fig.Animating());
    double start = fig.State().shown.ViewStart();
    fig.Animate(0.1);
    CHECK(fig.Animating());
    CHECK(fig.State().shown.ViewStart() != doctest::Approx(start));
    fig.Animate(0.11);
    CHECK_FALSE(fig.Animating());
    CHECK(fig.State().shown.ViewStart() == doctest::Approx(fig.State().target.ViewStart()));
}

TEST_CASE_FIXTURE(FigureFixture, "with reduced motion, zoom jumps with no animation") {
    fig.SetReducedMotion(true);
    fig.Zoom(600, 2.0);
    CHECK_FALSE(fig.Animating());
    CHECK(fig.State().shown.ViewEnd() - fig.State().shown.ViewStart() == doctest::Approx(4.5));
}

TEST_CASE_FIXTURE(FigureFixture, "reset zoom returns to the full range") {
    fig.SetReducedMotion(true);
    fig.Zoom(600, 4.0);
    fig.ResetZoom();
    CHECK(State()["view"]["zoomed"] == false);
}

TEST_CASE_FIXTURE(FigureFixture, "left and right move the chart's focused quarter along the series") {
    fig.SetSeries("synergy");
    fig.FocusQuarter(Quarter{2019, 4});
    fig.MoveQuarter(+1);
    CHECK(State()["quarter"] == "2020-Q1");
    fig.MoveQuarter(-1);
    fig.MoveQuarter(-1);
    CHECK(State()["quarter"] == "2018-Q3");
    for (int i = 0; i < 50; i++) fig.MoveQuarter(+1);
    CHECK(State()["quarter"] == "2023-Q4");
}

TEST_CASE_FIXTURE(FigureFixture, "in the one-quarter chart, the first move steps from the quarter it shows, the last") {
    fig.SetSeries("synergy");
    fig.SetChart("snapshot");
    fig.FocusQuarter(std::nullopt);
    fig.MoveQuarter(-1);
    CHECK(State()["quarter"] == "2023-Q3");
    fig.FocusQuarter(std::nullopt);
    fig.MoveQuarter(+1);
    CHECK(State()["quarter"] == "2023-Q4");  // already the last: stays
}

TEST_CASE_FIXTURE(FigureFixture, "each change input can make inside a frame shows in the in-frame state") {
    fig.SetReducedMotion(true);
    const InFrameState start = InFrameStateOf(fig.State());
    CHECK(InFrameStateOf(fig.State()) == start);
    fig.SetHoverQuarter(Quarter{2021, 2});
    CHECK(InFrameStateOf(fig.State()) != start);
    fig.SetHoverQuarter(std::nullopt);
    fig.FocusQuarter(Quarter{2021, 2});
    CHECK(InFrameStateOf(fig.State()) != start);
    fig.FocusQuarter(std::nullopt);
    fig.SetHovered(0);
    CHECK(InFrameStateOf(fig.State()) != start);
    fig.SetHovered(-1);
    fig.ToggleProvider("google");
    CHECK(InFrameStateOf(fig.State()) != start);
    fig.ToggleProvider("google");
    CHECK(InFrameStateOf(fig.State()) == start);
    fig.Zoom(600, 2.0);
    CHECK(InFrameStateOf(fig.State()) != start);
    const InFrameState zoomed = InFrameStateOf(fig.State());
    fig.Pan(40);
    CHECK(InFrameStateOf(fig.State()) != zoomed);
}

TEST_CASE_FIXTURE(FigureFixture, "an unknown series or chart is ignored") {
    CHECK_FALSE(fig.SetSeries("gartner"));
    fig.SetChart("pie");
    CHECK(State()["series"] == "synergy");
    CHECK(State()["chart"] == "share");
}

TEST_CASE_FIXTURE(FigureFixture, "toggling an actor hides and shows its events") {
    int all = State()["visible_events"];
    fig.ToggleActor("openai");
    CHECK(State()["visible_events"].get<int>() < all);
    fig.ToggleActor("openai");
    CHECK(State()["visible_events"] == all);
}

TEST_CASE_FIXTURE(FigureFixture, "a step selects its event with the card closed; a click opens it") {
    fig.ApplyStep(2);
    CHECK(State()["selected"] == ds.steps[2].view.event);
    CHECK(State()["card_open"] == false);
    fig.OpenCard();
    CHECK(State()["card_open"] == true);
}

TEST_CASE_FIXTURE(FigureFixture, "switching the source fades the chart in over about 200 ms") {
    fig.SetSeries("canalys-2024");
    CHECK(fig.Animating());
    CHECK(fig.State().chart_fade == 0.0);
    fig.Animate(0.1);
    CHECK(fig.State().chart_fade == doctest::Approx(0.5));
    fig.Animate(0.2);
    CHECK_FALSE(fig.Animating());
}

TEST_CASE_FIXTURE(FigureFixture, "with reduced motion a source switch does not animate") {
    fig.SetReducedMotion(true);
    fig.SetSeries("canalys-2018");
    CHECK_FALSE(fig.Animating());
}

TEST_CASE_FIXTURE(FigureFixture, "the legend hides and shows a provider") {
    fig.ToggleProvider("google");
    CHECK(State()["hidden_providers"] == nlohmann::json::array({"google"}));
    fig.ToggleProvider("google");
    CHECK(State()["hidden_providers"].empty());
}

TEST_CASE_FIXTURE(FigureFixture, "the card's close button clears a card column and closes a card over the chart") {
    fig.Select(2);
    fig.DismissCard(false);
    CHECK(State()["card_open"] == false);
    CHECK(fig.State().selected == 2);
    fig.DismissCard(true);
    CHECK(fig.State().selected == -1);
}

// The timeline as the view lays it out, 375 px wide, at the figure's target view.
static TimelineLayout LayoutAtTarget(const Dataset& ds, const Figure& fig) {
    TimelineMetrics m;
    m.lane_label_width = 0;
    auto width = [](const std::string& s, bool) { return 7.0f * float(s.size()); };
    return LayoutTimeline(ds, fig.Visible(), fig.State().target, Rect{0, 0, 375, 260}, m, width, fig.State().selected);
}

TEST_CASE_FIXTURE(FigureFixture, "a selection drawn in a cluster zooms until it stands alone, once") {
    fig.SetReducedMotion(true);
    int clustered = -1;
    for (const MarkerLayout& mk : LayoutAtTarget(ds, fig).markers)
        if (mk.cluster >= 0) clustered = mk.event;
    REQUIRE(clustered >= 0);
    fig.Select(clustered);
    REQUIRE(fig.RevealPending());
    fig.RevealSelection(LayoutAtTarget(ds, fig));
    CHECK(fig.State().target.IsZoomed());
    CHECK(ClusterOf(LayoutAtTarget(ds, fig), clustered) == nullptr);
    // A reader who zooms back out is not pulled in again.
    fig.ResetZoom();
    CHECK_FALSE(fig.RevealPending());
    fig.RevealSelection(LayoutAtTarget(ds, fig));
    CHECK_FALSE(fig.State().target.IsZoomed());
}

TEST_CASE_FIXTURE(FigureFixture, "a selection that stands alone leaves the zoom as it was") {
    fig.SetReducedMotion(true);
    int alone = -1;
    for (const MarkerLayout& mk : LayoutAtTarget(ds, fig).markers)
        if (mk.cluster < 0 && alone < 0) alone = mk.event;
    REQUIRE(alone >= 0);
    fig.Select(alone);
    fig.RevealSelection(LayoutAtTarget(ds, fig));
    CHECK_FALSE(fig.State().target.IsZoomed());
}

TEST_CASE_FIXTURE(FigureFixture, "a story step shows the full time axis, whatever the reader zoomed to") {
    fig.SetReducedMotion(true);
    fig.Zoom(600, 4.0);
    REQUIRE(fig.State().target.IsZoomed());
    fig.ApplyStep(0);
    CHECK_FALSE(fig.State().target.IsZoomed());
}

TEST_CASE_FIXTURE(FigureFixture, "a step's comparison is shown with it, and a series the reader picks shows alone") {
    int step = -1;
    for (size_t i = 0; i < ds.steps.size(); i++)
        if (!ds.steps[i].view.compare.empty()) step = int(i);
    REQUIRE(step >= 0);
    fig.ApplyStep(step);
    CHECK(State()["compare"] == ds.steps[size_t(step)].view.compare);
    fig.ApplyStep(0);
    CHECK(State()["compare"] == "");
    fig.ApplyStep(step);
    REQUIRE(fig.SetSeries(ds.share_series.front().id));
    CHECK(State()["compare"] == "");
}

TEST_CASE_FIXTURE(FigureFixture, "zooming in on a clustered selection keeps the chart's focused quarter in view when both fit") {
    fig.SetReducedMotion(true);
    int clustered = -1;
    for (const MarkerLayout& mk : LayoutAtTarget(ds, fig).markers)
        if (mk.cluster >= 0 && clustered < 0) clustered = mk.event;
    REQUIRE(clustered >= 0);
    // How far the zoom goes for this event alone; then a quarter 0.6 of that after it, which a
    // view centred on the event leaves out.
    Figure alone(ds);
    alone.SetPlotRange(100, 1100);
    alone.SetReducedMotion(true);
    alone.Select(clustered);
    alone.RevealSelection(LayoutAtTarget(ds, alone));
    const double span = alone.State().target.ViewEnd() - alone.State().target.ViewStart();
    const double t = (alone.State().target.ViewStart() + alone.State().target.ViewEnd()) * 0.5 + span * 0.6;
    const Quarter q{int(t), int(std::fmod(t, 1.0) * 4) + 1};
    REQUIRE(QuarterMidpoint(q) > alone.State().target.ViewEnd());
    fig.Select(clustered);
    fig.FocusQuarter(q);
    fig.RevealSelection(LayoutAtTarget(ds, fig));
    const TimeScale& view = fig.State().target;
    REQUIRE(view.IsZoomed());
    CHECK(QuarterMidpoint(q) > view.ViewStart());
    CHECK(QuarterMidpoint(q) < view.ViewEnd());
    CHECK(ClusterOf(LayoutAtTarget(ds, fig), clustered) == nullptr);
}
