#include <doctest/doctest.h>

#include <cmath>

#include "navigation.hpp"
#include "related_arcs.hpp"
#include "test_support.hpp"

using namespace article;

using Runs = std::vector<std::pair<float, float>>;

static ArcObstacles Open(std::vector<Rect> text = {}) {
    ArcObstacles o;
    o.text = std::move(text);
    o.bounds = {0, 0, 400, 300};
    return o;
}

// True if some drawn piece of the arc passes through `box`.
static bool Crosses(const RelatedArc& arc, const Rect& box) {
    for (const auto& stroke : arc.strokes)
        for (size_t i = 1; i < stroke.size(); i++)
            if (SegmentClearOf({box}, stroke[i - 1], stroke[i], 0) != Runs{{0.0f, 1.0f}}) return true;
    return false;
}

static float HighestY(const RelatedArc& arc) {
    float y = 1e9f;
    for (const auto& stroke : arc.strokes)
        for (Vec2 p : stroke) y = std::min(y, p.y);
    return y;
}

TEST_CASE("a segment no box touches is clear from end to end") {
    CHECK(SegmentClearOf({Rect{40, 10, 20, 10}}, {0, 0}, {100, 0}, 0) == Runs{{0, 1}});
}

TEST_CASE("a segment is cut where a box crosses it, with the padding kept clear") {
    CHECK(SegmentClearOf({Rect{40, -5, 20, 10}}, {0, 0}, {100, 0}, 0) == Runs{{0, 0.4f}, {0.6f, 1}});
    CHECK(SegmentClearOf({Rect{40, -5, 20, 10}}, {0, 0}, {100, 0}, 5) == Runs{{0, 0.35f}, {0.65f, 1}});
}

TEST_CASE("a diagonal segment is cut only over the part inside a box") {
    // From (0,0) to (100,100): inside the box x, y in [50, 100] for t in [0.5, 1].
    CHECK(SegmentClearOf({Rect{50, 50, 60, 60}}, {0, 0}, {100, 100}, 0) == Runs{{0, 0.5f}});
    // The box's corner region the diagonal misses.
    CHECK(SegmentClearOf({Rect{60, 0, 40, 30}}, {0, 0}, {100, 100}, 0) == Runs{{0, 1}});
}

TEST_CASE("with nothing in the way an arc arches over both markers, in one stroke") {
    RelatedArc arc = RouteArc({100, 100}, {200, 100}, Open(), 9);
    REQUIRE(arc.strokes.size() == 1);
    CHECK(arc.strokes[0].front().x == doctest::Approx(100));
    CHECK(arc.strokes[0].front().y == doctest::Approx(100));
    CHECK(HighestY(arc) < 70);  // the usual arch for 100 px apart rises about 40 px
}

TEST_CASE("the arrowhead stops short of the target and points down into it") {
    RelatedArc arc = RouteArc({100, 100}, {200, 100}, Open(), 9);
    CHECK(std::hypot(200 - arc.head_tip.x, 100 - arc.head_tip.y) == doctest::Approx(9));
    CHECK(std::hypot(arc.head_dir.x, arc.head_dir.y) == doctest::Approx(1));
    CHECK(arc.head_dir.x > 0);
    CHECK(arc.head_dir.y > 0);
    // The line ends inside the head, so its end does not poke out of the arrowhead's point.
    Vec2 end = arc.strokes.back().back();
    CHECK(std::hypot(200 - end.x, 100 - end.y) > 9);
}

TEST_CASE("an arc whose usual arch would cross a label goes round it, unbroken") {
    const Rect label{110, 50, 80, 16};  // where the usual arch peaks
    RelatedArc usual = RouteArc({100, 100}, {200, 100}, Open(), 9);
    REQUIRE(Crosses(usual, label));
    RelatedArc arc = RouteArc({100, 100}, {200, 100}, Open({label}), 9);
    CHECK(arc.strokes.size() == 1);
    CHECK_FALSE(Crosses(arc, Rect{label.x - 2, label.y - 2, label.w + 4, label.h + 4}));
}

TEST_CASE("where every route crosses text the arc breaks behind it, keeping the padding clear") {
    const Rect wall{140, 0, 20, 300};  // a box over the whole height between the markers
    RelatedArc arc = RouteArc({100, 100}, {200, 100}, Open({wall}), 9);
    CHECK(arc.strokes.size() == 2);
    CHECK_FALSE(Crosses(arc, Rect{wall.x - 1.9f, wall.y, wall.w + 3.8f, wall.h}));
}

TEST_CASE("an arc stays inside the lanes when a lower curve can") {
    ArcObstacles o = Open();
    o.bounds = {0, 80, 600, 220};  // the usual arch over 300 px would rise 45 px, to y 55
    RelatedArc arc = RouteArc({100, 100}, {400, 100}, o, 9);
    CHECK(HighestY(arc) >= 80);
    CHECK(HighestY(arc) < 100);  // still an arch, not a line along the lane
}

TEST_CASE("an arc avoids passing over other markers when a nearby route is clear") {
    ArcObstacles o = Open();
    RelatedArc usual = RouteArc({100, 100}, {200, 100}, o, 9);
    const Rect marker{143, 53, 14, 14};  // a marker at the usual arch's peak
    REQUIRE(Crosses(usual, marker));
    o.markers = {marker};
    CHECK_FALSE(Crosses(RouteArc({100, 100}, {200, 100}, o, 9), marker));
}

TEST_CASE("markers one above the other are joined by a sideways bulge, not a line that doubles back") {
    RelatedArc arc = RouteArc({100, 200}, {100, 100}, Open(), 9);
    REQUIRE(arc.strokes.size() == 1);
    float widest = 0, prev_y = 201;
    bool climbs = true;
    for (Vec2 p : arc.strokes[0]) {
        widest = std::max(widest, std::fabs(p.x - 100));
        climbs = climbs && p.y < prev_y;
        prev_y = p.y;
    }
    CHECK(widest > 8);
    CHECK(climbs);
    CHECK(arc.head_dir.y < 0);  // pointing up, at the upper marker
}

static TimelineLayout LayoutAt(const Dataset& ds, float width, int selected) {
    TimeScale scale(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
    TimelineMetrics m;
    m.lane_label_width = width < 560 ? 0 : 104;
    auto fake_width = [](const std::string& s, bool emphasised) { return (emphasised ? 8.0f : 7.0f) * float(s.size()); };
    return LayoutTimeline(ds, VisibleEvents(ds, {}), scale, Rect{0, 0, width, 300}, m, fake_width, selected);
}

// True if the usual arch from a to b (the only route arrows used to take) crosses any box.
static bool UsualArchCrosses(Vec2 a, Vec2 b, const std::vector<Rect>& boxes) {
    ArcCurve c = MakeArcCurve(a, b, std::min(a.y, b.y) - std::min(60.0f, std::fabs(b.x - a.x) * 0.35f + 18.0f));
    RelatedArc drawn;
    drawn.strokes.emplace_back();
    for (int i = 0; i <= 36; i++) drawn.strokes[0].push_back(c.At(float(i) / 40));  // stopping short of b
    for (const Rect& box : boxes)
        if (Crosses(drawn, box)) return true;
    return false;
}

TEST_CASE("on the story fixture's timeline no related-event arrow crosses text or leaves the lanes") {
    Dataset ds = LoadOk(StoryFixtureText());
    const float r = TimelineMetrics().marker_radius;
    int arcs = 0, expected = 0, broken = 0, usual_crossing = 0;
    for (float width : {320.0f, 375.0f, 768.0f, 1280.0f})
        for (int sel = 0; sel < int(ds.events.size()); sel++) {
            TimelineLayout L = LayoutAt(ds, width, sel);
            const std::vector<Rect> text = TextBoxes(L);
            const MarkerLayout* from = nullptr;
            for (const MarkerLayout& mk : L.markers)
                if (mk.event == sel) from = &mk;
            // Every related pair gets an arrow, except two events drawn in one cluster's badge.
            for (const std::string& rel : ds.events[size_t(sel)].related) {
                const MarkerLayout* to = FindMarker(L, ds.FindEvent(rel));
                expected += from && to && !(to->cluster >= 0 && to->cluster == from->cluster);
            }
            RelatedArcMemo memo;
            for (const RelatedArc& arc : RouteRelatedArcs(ds, L, text, sel, r, memo)) {
                INFO("width " << width << ": " << ds.events[size_t(sel)].id << " -> " << ds.events[size_t(arc.to_event)].id);
                arcs++;
                broken += arc.strokes.size() > 1;
                for (const Rect& box : text) CHECK_FALSE(Crosses(arc, box));
                CHECK(HighestY(arc) >= L.lanes.front().band.y);
                for (const auto& stroke : arc.strokes)
                    for (Vec2 p : stroke) CHECK(p.y <= L.axis_y);
                for (const MarkerLayout& to : L.markers)
                    if (to.event == arc.to_event) usual_crossing += UsualArchCrosses(from->center, to.center, text);
            }
        }
    CHECK(arcs == expected);
    CHECK(arcs >= 4 * 23 * 3 / 4);
    // Where the usual arch would strike through a label, routing finds a clear way round in most
    // cases; only the rest pass behind a label, with a gap. (At these widths: 4 of 26.)
    INFO(broken << " arrows broken; the usual arch crosses text in " << usual_crossing);
    CHECK(usual_crossing >= 20);
    CHECK(broken * 4 <= usual_crossing);
}

TEST_CASE("an event with no related events, or none selected, has no arrows") {
    Dataset ds = LoadOk(StoryFixtureText());
    int lonely = -1;
    for (int i = 0; i < int(ds.events.size()); i++)
        if (ds.events[size_t(i)].related.empty()) lonely = i;
    REQUIRE(lonely >= 0);
    RelatedArcMemo memo;
    const TimelineLayout lonely_layout = LayoutAt(ds, 768, lonely);
    CHECK(RouteRelatedArcs(ds, lonely_layout, TextBoxes(lonely_layout), lonely, 7, memo).empty());
    TimelineLayout L = LayoutAt(ds, 768, -1);
    CHECK(RouteRelatedArcs(ds, L, TextBoxes(L), -1, 7, memo).empty());
    CHECK(RouteRelatedArcs(ds, L, TextBoxes(L), int(ds.events.size()), 7, memo).empty());
}

TEST_CASE("routes are reused while nothing they depend on changes, and remade when something does") {
    Dataset ds = LoadOk(StoryFixtureText());
    const int sel = ds.FindEvent("aws-declines-openai");
    TimelineLayout L = LayoutAt(ds, 375, sel);
    RelatedArcMemo memo;
    const std::vector<RelatedArc> first = RouteRelatedArcs(ds, L, TextBoxes(L), sel, 7, memo);
    REQUIRE(first.size() == 2);
    RouteRelatedArcs(ds, L, TextBoxes(L), sel, 7, memo);
    CHECK(memo.routings == 1);

    // A label moved onto the first arrow's path: the arrows are routed again, round it.
    TimelineLayout moved = L;
    Vec2 mid = first[0].strokes[0][first[0].strokes[0].size() / 2];
    for (MarkerLayout& mk : moved.markers)
        if (mk.event != sel && !mk.label_visible) {
            mk.label_visible = true;
            mk.label = Rect{mid.x - 10, mid.y - 8, 20, 16};
            break;
        }
    const std::vector<RelatedArc>& again = RouteRelatedArcs(ds, moved, TextBoxes(moved), sel, 7, memo);
    CHECK(memo.routings == 2);
    REQUIRE(again.size() == 2);
    CHECK(Crosses(first[0], Rect{mid.x - 10, mid.y - 8, 20, 16}));
    CHECK_FALSE(Crosses(again[0], Rect{mid.x - 10, mid.y - 8, 20, 16}));

    // Another selection on the same layout is routed too.
    RouteRelatedArcs(ds, L, TextBoxes(L), ds.FindEvent("microsoft-invests-openai"), 7, memo);
    CHECK(memo.routings == 3);
}
