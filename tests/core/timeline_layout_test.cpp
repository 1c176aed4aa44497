#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "navigation.hpp"
#include "sort_order.hpp"
#include "test_support.hpp"
#include "timeline_layout.hpp"

using namespace article;

// A fake font: 7 px per byte, like a 13 px sans; 9 px per byte for the emphasised label.
static float FakeWidth(const std::string& s, bool emphasised) { return (emphasised ? 9.0f : 7.0f) * float(s.size()); }

static TimelineLayout Layout(const Dataset& ds, float width, int priority = -1) {
    TimeScale scale(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
    TimelineMetrics m;
    m.lane_label_width = width < 600 ? 0 : 96;
    return LayoutTimeline(ds, VisibleEvents(ds, {}), scale, Rect{0, 0, width, 260}, m, FakeWidth, priority);
}

TEST_CASE("OrderByKey orders indices by their keys, and equal keys by their indices") {
    CHECK(OrderByKey({3.0f, 1.0f, 2.0f, 1.0f, 3.0f}) == std::vector<int>{1, 3, 2, 0, 4});
    CHECK(OrderByKey({}).empty());
}

TEST_CASE("every event gets a marker in its first actor's lane") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimelineLayout L = Layout(ds, 1280);
    CHECK(L.markers.size() == ds.events.size());
    for (const MarkerLayout& m : L.markers) CHECK(m.lane == EventLane(ds, ds.events[size_t(m.event)]));
}

// The marker drawn for an event id; fails the test if the fixture has no such event or the
// layout no marker for it.
static const MarkerLayout& MarkerOf(const Dataset& ds, const TimelineLayout& L, const char* id) {
    int e = ds.FindEvent(id);
    INFO("event " << id);
    REQUIRE(e >= 0);
    const MarkerLayout* m = FindMarker(L, e);
    REQUIRE(m != nullptr);
    return *m;
}

TEST_CASE("a year-only event spans its year; a day event does not") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimelineLayout L = Layout(ds, 1280);
    const MarkerLayout& year = MarkerOf(ds, L, "aws-declines-openai");
    REQUIRE(ds.events[size_t(year.event)].date.precision == DatePrecision::Year);
    CHECK(year.spans_period);
    CHECK(year.center.x == doctest::Approx((year.span_x0 + year.span_x1) / 2));
    const MarkerLayout& day = MarkerOf(ds, L, "chatgpt-launch");
    REQUIRE(ds.events[size_t(day.event)].date.precision == DatePrecision::Day);
    CHECK_FALSE(day.spans_period);
}

TEST_CASE("an event with actors in several lanes links those lanes") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimelineLayout L = Layout(ds, 1280);
    const MarkerLayout& m = MarkerOf(ds, L, "microsoft-invests-openai");
    REQUIRE(ds.events[size_t(m.event)].actors.size() == 2);
    CHECK(m.linked_lanes.size() == 1);
}

TEST_CASE("labels never overlap at any width from 320 to 2560 px") {
    Dataset ds = LoadOk(StoryFixtureText());
    for (float w = 320; w <= 2560; w += 40) {
        TimelineLayout L = Layout(ds, w);
        INFO("width " << w);
        CHECK_FALSE(LabelsOverlap(L));
    }
}

TEST_CASE("wide screens show more labels than narrow ones") {
    Dataset ds = LoadOk(StoryFixtureText());
    auto count = [](const TimelineLayout& L) {
        int n = 0;
        for (auto& m : L.markers) n += m.label_visible;
        return n;
    };
    CHECK(count(Layout(ds, 2560)) > count(Layout(ds, 320)));
}

TEST_CASE("the selected event's label is placed first") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimelineLayout L = Layout(ds, 320, ds.FindEvent("intuit-azure-spend"));
    CHECK(MarkerOf(ds, L, "intuit-azure-spend").label_visible);
}

TEST_CASE("the selected label is measured emphasised, and no other label overlaps it") {
    Dataset ds = LoadOk(StoryFixtureText());
    for (float w : {375.0f, 768.0f, 1280.0f}) {
        for (int sel = 0; sel < int(ds.events.size()); sel++) {
            TimelineLayout L = Layout(ds, w, sel);
            INFO("width " << w << ", selected " << ds.events[size_t(sel)].id);
            const MarkerLayout* mk = nullptr;
            for (auto& m : L.markers)
                if (m.event == sel) mk = &m;
            REQUIRE(mk != nullptr);
            float w = FakeWidth(ds.events[size_t(sel)].label, true);
            TimelineMetrics m;
            if (mk->label_visible) {
                CHECK(mk->label.w == w);
            } else {
                // Placed first, it is hidden only when each side of its marker is either outside the
                // plot or over a marker its related-event arcs point to.
                float y = mk->center.y - m.label_height / 2, beside = m.FocusRingOuter() + m.label_gap * 0.5f;
                for (Rect side : {Rect{mk->center.x + beside, y, w, m.label_height},
                                  Rect{mk->center.x - beside - w, y, w, m.label_height}}) {
                    bool outside = side.x < L.plot.x || side.Right() > L.plot.Right();
                    bool over_target = false;
                    for (const MarkerLayout& t : L.markers) {
                        const auto& rel = ds.events[size_t(sel)].related;
                        if (std::find(rel.begin(), rel.end(), ds.events[size_t(t.event)].id) == rel.end()) continue;
                        over_target = over_target || (t.center.x + m.marker_radius > side.x && t.center.x - m.marker_radius < side.Right() &&
                                                      t.center.y + m.marker_radius > side.y && t.center.y - m.marker_radius < side.Bottom());
                    }
                    CHECK((outside || over_target));
                }
            }
            CHECK_FALSE(LabelsOverlap(L));
        }
    }
}

TEST_CASE("a label goes past its own date span when there is room") {
    Dataset ds = LoadOk(MinimalDatasetText());
    ds.events.resize(1);  // "first": the year 2018
    ds.events[0].related.clear();
    TimelineLayout L = Layout(ds, 1280);
    REQUIRE(L.markers.size() == 1);
    const MarkerLayout& mk = L.markers[0];
    REQUIRE(mk.spans_period);
    REQUIRE(mk.label_visible);
    CHECK(mk.label.x == doctest::Approx(mk.span_x1 + TimelineMetrics{}.label_gap));
}

TEST_CASE("with no room past its span, a label sits beside its marker, over the span") {
    Dataset ds = LoadOk(MinimalDatasetText());
    ds.events.resize(1);
    ds.events[0].related.clear();
    TimeScale scale(2018, 2019);  // the event's year fills the plot
    TimelineMetrics m;
    TimelineLayout L = LayoutTimeline(ds, VisibleEvents(ds, {}), scale, Rect{0, 0, 600, 260}, m, FakeWidth, -1);
    REQUIRE(L.markers.size() == 1);
    const MarkerLayout& mk = L.markers[0];
    REQUIRE(mk.label_visible);
    CHECK(mk.label.x == doctest::Approx(mk.center.x + m.marker_radius + m.label_gap));
    CHECK(mk.label.x < mk.span_x1);
}

TEST_CASE("labels never cover the ring where a link to another lane ends") {
    Dataset ds = LoadOk(StoryFixtureText());
    for (float w = 320; w <= 2560; w += 80) {
        TimelineLayout L = Layout(ds, w);
        for (const MarkerLayout& link : L.markers)
            for (int lane : link.linked_lanes) {
                if (link.cluster >= 0) continue;  // a cluster draws no links
                Vec2 end{link.center.x, L.lanes[size_t(lane)].center_y};
                for (const MarkerLayout& mk : L.markers) {
                    if (!mk.label_visible) continue;
                    INFO("width " << w << ": " << ds.events[size_t(mk.event)].id << " and the link of "
                                  << ds.events[size_t(link.event)].id);
                    bool covers = end.x + kLinkEndRadius > mk.label.x && end.x - kLinkEndRadius < mk.label.Right() &&
                                  end.y + kLinkEndRadius > mk.label.y && end.y - kLinkEndRadius < mk.label.Bottom();
                    CHECK_FALSE(covers);
                }
            }
    }
}

using Runs = std::vector<std::pair<float, float>>;

TEST_CASE("a stroke no box touches is drawn whole") {
    CHECK(RunsClearOf({Rect{50, 0, 20, 16}}, Rect{10, 30, 1, 100}) == Runs{{30, 130}});
}

TEST_CASE("a vertical stroke is cut where a box crosses it, with the padding kept clear") {
    CHECK(RunsClearOf({Rect{0, 60, 40, 16}}, Rect{10, 30, 1, 100}, 2.0f) == Runs{{30, 58}, {78, 130}});
}

TEST_CASE("a horizontal stroke is cut along its length") {
    CHECK(RunsClearOf({Rect{40, 0, 30, 16}, Rect{90, 4, 100, 16}}, Rect{0, 7, 120, 6}, 0.0f) == Runs{{0, 40}, {70, 90}});
}

TEST_CASE("a box over the whole stroke leaves nothing to draw") {
    CHECK(RunsClearOf({Rect{0, 0, 40, 200}}, Rect{10, 30, 1, 100}).empty());
}

TEST_CASE("the selected label never hides the markers its related-event arcs point to") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimelineMetrics m;
    for (float w : {375.0f, 768.0f, 1280.0f}) {
        for (int sel = 0; sel < int(ds.events.size()); sel++) {
            TimelineLayout L = Layout(ds, w, sel);
            const MarkerLayout* mk = nullptr;
            for (auto& x : L.markers)
                if (x.event == sel) mk = &x;
            REQUIRE(mk != nullptr);
            if (!mk->label_visible) continue;
            for (const std::string& rel : ds.events[size_t(sel)].related) {
                for (const MarkerLayout& target : L.markers) {
                    if (ds.events[size_t(target.event)].id != rel) continue;
                    INFO("width " << w << ": " << ds.events[size_t(sel)].id << " -> " << rel);
                    const Rect& r = mk->label;
                    bool hides = target.center.x + m.marker_radius > r.x && target.center.x - m.marker_radius < r.Right() &&
                                 target.center.y + m.marker_radius > r.y && target.center.y - m.marker_radius < r.Bottom();
                    CHECK_FALSE(hides);
                }
            }
        }
    }
}

TEST_CASE("a selected event drawn in a cluster has its label beside the cluster's badge") {
    Dataset ds = LoadOk(StoryFixtureText());
    int checked = 0;
    for (float w : {375.0f, 880.0f, 940.0f, 1000.0f, 1280.0f}) {
        for (const MarkerLayout& in : Layout(ds, w).markers) {
            if (in.cluster < 0) continue;
            TimelineLayout L = Layout(ds, w, in.event);
            INFO("width " << w << ": " << ds.events[size_t(in.event)].id);
            const ClusterLayout* c = ClusterOf(L, in.event);
            REQUIRE(c != nullptr);
            const MarkerLayout* mk = FindMarker(L, in.event);
            if (!mk->label_visible) continue;  // a label wider than any room left: the tooltip and card name it
            const Rect& r = mk->label;
            TimelineMetrics m;
            CHECK_FALSE((c->center.x + c->radius > r.x && c->center.x - c->radius < r.Right() &&
                         c->center.y + c->radius > r.y && c->center.y - c->radius < r.Bottom()));
            CHECK(r.x <= c->center.x + m.ClusterRingOuter() + m.label_gap);  // it stays by the badge
            CHECK(r.Right() >= c->center.x - m.ClusterRingOuter() - m.label_gap);
            checked++;
        }
    }
    CHECK(checked >= 5);
}

TEST_CASE("beside the selected marker, labels keep clear of its ring") {
    // The ring's outer edge, stroke included; a label beside the marker used to start right on it.
    Dataset ds = LoadOk(StoryFixtureText());
    const TimelineMetrics m;
    for (float w : {375.0f, 768.0f, 1280.0f}) {
        for (int sel = 0; sel < int(ds.events.size()); sel++) {
            TimelineLayout L = Layout(ds, w, sel);
            const MarkerLayout* selected = nullptr;
            for (const MarkerLayout& mk : L.markers)
                if (mk.event == sel) selected = &mk;
            REQUIRE(selected != nullptr);
            const Vec2 c = selected->center;
            for (const MarkerLayout& mk : L.markers) {
                if (!mk.label_visible) continue;
                const Rect& r = mk.label;
                if (mk.event == sel && (r.Bottom() <= c.y || r.y >= c.y)) continue;  // under or over it
                INFO("width " << w << ", selected " << ds.events[size_t(sel)].id << ": label of "
                              << ds.events[size_t(mk.event)].id);
                // The nearest point of the label's box to the ring's centre lies outside the ring.
                const float nx = std::max(r.x, std::min(c.x, r.Right())), ny = std::max(r.y, std::min(c.y, r.Bottom()));
                CHECK(std::hypot(nx - c.x, ny - c.y) >= m.FocusRingOuter());
            }
        }
    }
}

TEST_CASE("labels keep clear of other markers' drawn shapes, diamond tips and triangle apexes included") {
    Dataset ds = LoadOk(StoryFixtureText());
    for (float w = 320; w <= 2560; w += 40) {
        for (int sel = -1; sel < int(ds.events.size()); sel += 3) {
            TimelineLayout L = Layout(ds, w, sel);
            const float r = TimelineMetrics{}.marker_radius;
            for (const MarkerLayout& mk : L.markers) {
                // The selected label may cover markers as a last resort (tested above).
                if (!mk.label_visible || mk.event == sel) continue;
                for (const MarkerLayout& other : L.markers) {
                    if (&other == &mk) continue;
                    const Rect shape = BoxAround(other.center, r * MarkerReach(ds.KindOf(ds.events[size_t(other.event)]).shape));
                    INFO("width " << w << ", selected " << sel << ": label of " << ds.events[size_t(mk.event)].id
                                  << " and the marker of " << ds.events[size_t(other.event)].id);
                    CHECK_FALSE(Intersects(mk.label, shape));
                }
            }
        }
    }
}

TEST_CASE("a selected label with no room beside its marker goes under or over it, in its own lane") {
    Dataset ds = LoadOk(StoryFixtureText());
    int sel = ds.FindEvent("amazon-invests-anthropic");  // the last event: no room to its right
    TimelineLayout L = Layout(ds, 700, sel);
    for (const MarkerLayout& mk : L.markers) {
        if (mk.event != sel) continue;
        REQUIRE(mk.label_visible);
        const Rect& band = L.lanes[size_t(mk.lane)].band;
        CHECK((mk.label.Bottom() < mk.center.y || mk.label.y > mk.center.y));
        const float slack = TimelineMetrics{}.label_gap * 0.5f;  // a hair over the edge is allowed
        CHECK(mk.label.y >= band.y - slack);
        CHECK(mk.label.Bottom() <= band.Bottom() + slack);
        CHECK(mk.label.x <= mk.center.x);
        CHECK(mk.label.Right() >= mk.center.x);
    }
    CHECK_FALSE(LabelsOverlap(L));
}

TEST_CASE("on narrow screens no label, selected or not, covers a lane's name") {
    Dataset ds = LoadOk(StoryFixtureText());
    for (float w : {320.0f, 375.0f, 480.0f}) {
        for (int sel = -1; sel < int(ds.events.size()); sel++) {
            TimelineLayout L = Layout(ds, w, sel);
            for (const LaneLayout& lane : L.lanes) {
                REQUIRE(lane.name_box.w > 0);  // names sit inside the plot here
                for (const MarkerLayout& mk : L.markers) {
                    if (!mk.label_visible) continue;
                    INFO("width " << w << ", selected " << sel << ": " << ds.events[size_t(mk.event)].id << " over " << lane.label);
                    const Rect& a = mk.label;
                    const Rect& b = lane.name_box;
                    CHECK_FALSE((a.x < b.Right() && b.x < a.Right() && a.y < b.Bottom() && b.y < a.Bottom()));
                }
            }
        }
    }
}

TEST_CASE("hit-testing finds a marker within a touch-sized target and nothing outside it") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimelineLayout L = Layout(ds, 1280);
    const MarkerLayout& m = L.markers[3];
    CHECK(HitTestMarker(L, m.center) == 3);
    CHECK(HitTestMarker(L, {m.center.x, m.center.y + 21}) >= 0);  // 44 px target: 22 px radius
    CHECK(HitTestMarker(L, {m.center.x, L.plot.Bottom() + 200}) == -1);
}

TEST_CASE("among close markers, the nearest one is hit") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimelineLayout L = Layout(ds, 1280);
    // Two markers on the same day in the same lane are nudged apart; each is hittable at its centre,
    // and a cluster's badge at its own.
    for (size_t i = 0; i < L.markers.size(); i++)
        if (L.markers[i].cluster < 0) CHECK(HitTestMarker(L, L.markers[i].center) == int(i));
    for (size_t i = 0; i < L.clusters.size(); i++) CHECK(HitTestCluster(L, L.clusters[i].center) == int(i));
}

TEST_CASE("events on the same day stay separately visible") {
    Dataset ds = LoadOk(MinimalDatasetText());
    ds.events[1].date = ds.events[0].date;
    ds.events[1].actors = ds.events[0].actors;
    ds.events[1].end.reset();
    TimelineLayout L = Layout(ds, 800);
    REQUIRE(L.markers.size() == 2);
    CHECK(L.markers[0].center.y != L.markers[1].center.y);
}

TEST_CASE("a single event lays out") {
    Dataset ds = LoadOk(MinimalDatasetText());
    ds.events.resize(1);
    ds.events[0].related.clear();
    TimelineLayout L = Layout(ds, 320);
    CHECK(L.markers.size() == 1);
    CHECK(L.markers[0].label_visible);
}

TEST_CASE("200 events lay out without overlapping labels") {
    Dataset ds = LoadOk(StoryFixtureText());
    std::vector<Event> many;
    for (int i = 0; i < 200; i++) {
        Event e = ds.events[size_t(i) % ds.events.size()];
        e.id = "e" + std::to_string(i);
        e.date = PartialDate{2015 + i % 9, 1 + i % 12, 1 + i % 28, DatePrecision::Day};
        many.push_back(e);
    }
    ds.events = many;
    for (float w : {320.f, 1280.f, 2560.f}) {
        TimelineLayout L = Layout(ds, w);
        CHECK(L.markers.size() == 200);
        CHECK_FALSE(LabelsOverlap(L));
    }
}

TEST_CASE("filtered-out events get no marker") {
    Dataset ds = LoadOk(StoryFixtureText());
    EventFilter f;
    f.decisions_only = true;
    TimeScale scale(2015, 2024);
    TimelineLayout L = LayoutTimeline(ds, VisibleEvents(ds, f), scale, Rect{0, 0, 1000, 260}, TimelineMetrics{},
                                      FakeWidth, -1);
    for (auto& m : L.markers) CHECK(IsDecision(ds, ds.events[size_t(m.event)]));
    CHECK(L.markers.size() < ds.events.size());
}

TEST_CASE("fully zoomed in, off-screen markers sit outside the plot and are not hit") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimeScale scale(2015, 2024);
    scale.SetPixelRange(96, 1280);
    scale.SetView(2019.5, 2019.75);
    TimelineLayout L = LayoutTimeline(ds, VisibleEvents(ds, {}), scale, Rect{0, 0, 1280, 260}, TimelineMetrics{},
                                      FakeWidth, -1);
    int inside = 0;
    for (auto& m : L.markers) inside += m.center.x >= L.plot.x && m.center.x <= L.plot.Right();
    CHECK(inside >= 1);  // Microsoft's July 2019 investment
    CHECK(inside < int(L.markers.size()));
    CHECK_FALSE(LabelsOverlap(L));
}

TEST_CASE("in the full view every marker's selection ring is drawn whole, the latest events' too") {
    // The story's latest events sit a few weeks before the end of its range, which on a phone is
    // a few pixels from the plot's right edge: the ring round a selected one needs room there.
    Dataset ds = LoadOk(StoryFixtureText());
    TimelineMetrics m;
    for (float w = 320; w <= 1280; w += 8) {
        Rect area{10, 0, w, 260};
        TimeScale scale(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
        m.lane_label_width = w < 600 ? 0 : 96;
        TimelineLayout L = LayoutTimeline(ds, VisibleEvents(ds, {}), scale, area, m, FakeWidth, -1);
        CAPTURE(w);
        CHECK(L.marker_clip.x >= area.x);
        CHECK(L.marker_clip.Right() <= area.Right());
        for (const MarkerLayout& mk : L.markers) {
            CAPTURE(ds.events[size_t(mk.event)].id);
            CHECK(mk.center.x - m.FocusRingOuter() >= L.marker_clip.x);
            CHECK(mk.center.x + m.FocusRingOuter() <= L.marker_clip.Right());
        }
    }
}

TEST_CASE("the selected event's label is shown at every width where it takes at most three quarters of the plot") {
    // Where nothing beside its marker is free, it may go under or over it, into the next lane if
    // need be, before it covers other markers; it was hidden for five events at some widths.
    Dataset ds = LoadOk(StoryFixtureText());
    for (float h : {200.0f, 260.0f}) {
        for (float w = 320; w <= 2560; w += 5) {
            TimelineMetrics m;
            m.lane_label_width = w < 600 ? 0 : 96;
            const Rect plot = TimelinePlot(Rect{0, 0, w, h}, m);
            for (int sel = 0; sel < int(ds.events.size()); sel++) {
                if (FakeWidth(ds.events[size_t(sel)].label, true) > 0.75f * plot.w) continue;
                TimeScale scale(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
                TimelineLayout L = LayoutTimeline(ds, VisibleEvents(ds, {}), scale, Rect{0, 0, w, h}, m, FakeWidth, sel);
                for (const MarkerLayout& mk : L.markers) {
                    if (mk.event != sel) continue;
                    CAPTURE(w);
                    CAPTURE(h);
                    CAPTURE(ds.events[size_t(sel)].id);
                    CHECK(mk.label_visible);
                    if (mk.label_visible) CHECK(mk.label.y >= L.lanes_top);
                    if (mk.label_visible) CHECK(mk.label.Bottom() <= L.axis_y);
                }
                CHECK_FALSE(LabelsOverlap(L));
            }
        }
    }
}

TEST_CASE("no drawn marker or cluster covers another, at any width from 320 to 2560 px, zoomed or not") {
    Dataset ds = LoadOk(StoryFixtureText());
    for (float w = 320; w <= 2560; w += 40)
        for (double zoom : {1.0, 3.0}) {
            TimeScale scale(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
            TimelineMetrics m;
            m.lane_label_width = w < 600 ? 0 : 96;
            scale.SetPixelRange(TimelinePlot({0, 0, w, 260}, m).x, TimelinePlot({0, 0, w, 260}, m).Right());
            scale.ZoomAround(scale.ToPx(2022.5), zoom);
            TimelineLayout L = LayoutTimeline(ds, VisibleEvents(ds, {}), scale, Rect{0, 0, w, 260}, m, FakeWidth, -1);
            INFO("width " << w << ", zoom " << zoom);
            CHECK_FALSE(MarkersOverlap(L, ds));
        }
}

TEST_CASE("markers too close to tell apart are drawn as one cluster, in their own lane") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimelineLayout L = Layout(ds, 375);
    REQUIRE_FALSE(L.clusters.empty());
    for (size_t i = 0; i < L.clusters.size(); i++) {
        const ClusterLayout& c = L.clusters[i];
        CHECK(c.markers.size() >= 2);
        for (int k : c.markers) {
            CHECK(L.markers[size_t(k)].cluster == int(i));
            CHECK(L.markers[size_t(k)].lane == c.lane);
            CHECK_FALSE(L.markers[size_t(k)].label_visible);
        }
    }
}

// The story fixture laid out at `w` px over [start, end].
static TimelineLayout LayoutView(const Dataset& ds, float w, double start, double end, int priority = -1) {
    TimeScale scale(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
    scale.SetView(start, end);
    TimelineMetrics m;
    m.lane_label_width = w < 600 ? 0 : 96;
    return LayoutTimeline(ds, VisibleEvents(ds, {}), scale, Rect{0, 0, w, 260}, m, FakeWidth, priority);
}

TEST_CASE("tapping a cluster keeps its events in view, and a few taps set every one apart") {
    Dataset ds = LoadOk(StoryFixtureText());
    for (float w : {320.0f, 375.0f, 768.0f, 1280.0f, 1920.0f}) {
        TimelineLayout full = Layout(ds, w);
        REQUIRE_FALSE(full.clusters.empty());
        for (const ClusterLayout& first : full.clusters) {
            TimeScale view(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
            TimelineLayout L = full;
            ClusterLayout c = first;
            int taps = 0;
            for (; taps < 4; taps++) {
                std::vector<int> events;  // the tapped cluster's
                for (int k : c.markers) events.push_back(L.markers[size_t(k)].event);
                const auto next = ExpandedView(L, c, view);
                CHECK(next.second - next.first < view.ViewEnd() - view.ViewStart());  // every tap zooms in
                view.SetView(next.first, next.second);
                L = LayoutView(ds, w, view.ViewStart(), view.ViewEnd());
                const ClusterLayout* still = nullptr;
                for (int e : events) {
                    INFO("width " << w << ", tap " << taps << ": " << ds.events[size_t(e)].id);
                    const MarkerLayout* mk = FindMarker(L, e);
                    REQUIRE(mk != nullptr);
                    CHECK(L.plot.Contains(mk->center));
                    if (const ClusterLayout* in = ClusterOf(L, e)) still = in;
                }
                if (!still) break;
                CHECK(still->markers.size() < events.size());
                c = *still;
            }
            CHECK(taps < 4);
        }
    }
}

TEST_CASE("selecting an event drawn in a cluster zooms until it stands alone, in view") {
    Dataset ds = LoadOk(StoryFixtureText());
    for (float w : {320.0f, 375.0f, 768.0f, 1280.0f, 1920.0f}) {
        TimelineLayout full = Layout(ds, w);
        for (const MarkerLayout& mk : full.markers) {
            if (mk.cluster < 0) continue;
            TimeScale view(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
            const auto v = RevealView(full, full.clusters[size_t(mk.cluster)], mk.event, view);
            TimelineLayout L = LayoutView(ds, w, v.first, v.second, mk.event);
            INFO("width " << w << ": " << ds.events[size_t(mk.event)].id << " view " << v.first << ".." << v.second);
            std::string with;
            if (const ClusterLayout* still = ClusterOf(L, mk.event))
                for (int k : still->markers) with += ds.events[size_t(L.markers[size_t(k)].event)].id + " ";
            INFO("still with " << with);
            CHECK(ClusterOf(L, mk.event) == nullptr);
            CHECK(L.plot.Contains(FindMarker(L, mk.event)->center));
        }
    }
}

TEST_CASE("events on the same day are stacked, not clustered: no zoom could set them apart") {
    Dataset ds = LoadOk(MinimalDatasetText());
    ds.events[1].date = ds.events[0].date;
    ds.events[1].actors = ds.events[0].actors;
    ds.events[1].end.reset();
    TimelineLayout L = Layout(ds, 320);
    CHECK(L.clusters.empty());
    CHECK_FALSE(MarkersOverlap(L, ds));
}

TEST_CASE("without a text measure, markers and clusters are laid out as with one, and no label is placed") {
    Dataset ds = LoadOk(StoryFixtureText());
    TimeScale scale(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
    TimelineMetrics m;
    m.lane_label_width = 0;
    const TimelineLayout with = LayoutTimeline(ds, VisibleEvents(ds, {}), scale, Rect{0, 0, 375, 260}, m, FakeWidth, -1);
    const TimelineLayout without = LayoutTimeline(ds, VisibleEvents(ds, {}), scale, Rect{0, 0, 375, 260}, m, nullptr, -1);
    REQUIRE(with.markers.size() == without.markers.size());
    CHECK(with.clusters.size() == without.clusters.size());
    for (size_t i = 0; i < with.markers.size(); i++) {
        CHECK(with.markers[i].cluster == without.markers[i].cluster);
        CHECK(with.markers[i].center.x == without.markers[i].center.x);
        CHECK_FALSE(without.markers[i].label_visible);
    }
}

// A lane of `n` events, one every few days through the minimal story's two years.
static Dataset CrowdedLane(int n) {
    Dataset ds = LoadOk(MinimalDatasetText());
    Event e = ds.events[1];
    e.end.reset();
    ds.events.clear();
    for (int i = 0; i < n; i++) {
        e.id = "e" + std::to_string(i);
        const int day = i * 670 / n;  // 0..669 days into 2018-2019, in 28-day months
        e.date = PartialDate{2018 + day / 336, 1 + (day % 336) / 28, 1 + day % 28, DatePrecision::Day};
        ds.events.push_back(e);
    }
    return ds;
}

TEST_CASE("a crowded lane is several badges, each standing where its events are, none covering another") {
    const Dataset ds = CrowdedLane(80);
    TimeScale scale(DateSpanStart(ds.meta.range_start), DateSpanEnd(ds.meta.range_end));
    const TimelineLayout L = Layout(ds, 375);
    scale.SetPixelRange(L.plot.x, L.plot.Right());
    CHECK(L.clusters.size() >= 3);
    size_t in_clusters = 0;
    for (const ClusterLayout& c : L.clusters) {
        in_clusters += c.markers.size();
        CHECK(c.center.x >= scale.ToPx(c.t0) - 0.01f);
        CHECK(c.center.x <= scale.ToPx(c.t1) + 0.01f);
        // No badge stands for events far from it: its events lie within a few badges' widths.
        CHECK(scale.ToPx(c.t1) - scale.ToPx(c.t0) <= 6 * c.radius);
    }
    CHECK(in_clusters > 60);
    CHECK_FALSE(MarkersOverlap(L, ds));
}
