#include "timeline_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sort_order.hpp"

namespace article {

int EventLane(const Dataset& ds, const Event& e) {
    for (const std::string& id : e.actors)
        if (const Actor* a = ds.FindActor(id)) return ds.LaneIndex(a->lane);
    return -1;
}

float MarkerReach(MarkerShape shape) {
    switch (shape) {
        case MarkerShape::Diamond: return kDiamondTip;
        case MarkerShape::Triangle: return kTriangleApex;
        case MarkerShape::StruckCircle:
        case MarkerShape::Square:
        case MarkerShape::DottedCircle:
        case MarkerShape::OpenSquare: return 1.0f;
    }
    return 1.0f;
}

static std::vector<int> LinkedLanes(const Dataset& ds, const Event& e, int own_lane) {
    std::vector<int> lanes;
    for (const std::string& id : e.actors) {
        const Actor* a = ds.FindActor(id);
        int lane = a ? ds.LaneIndex(a->lane) : -1;
        if (lane >= 0 && lane != own_lane && std::find(lanes.begin(), lanes.end(), lane) == lanes.end())
            lanes.push_back(lane);
    }
    return lanes;
}

static bool Overlaps(const Rect& a, const Rect& b, float gap) {
    return a.x < b.Right() + gap && b.x < a.Right() + gap && a.y < b.Bottom() && b.y < a.Bottom();
}

// How far a marker reaches from its centre as drawn: its shape, the ring round the priority
// event's, or the badge of the cluster it is in.
static float MarkerOuter(const TimelineLayout& L, const Dataset& ds, const TimelineMetrics& m, const MarkerLayout& mk,
                         int priority) {
    if (mk.cluster >= 0) {
        const ClusterLayout& c = L.clusters[size_t(mk.cluster)];
        bool ringed = false;
        for (int i : c.markers) ringed = ringed || L.markers[size_t(i)].event == priority;
        return ringed ? m.ClusterRingOuter() : c.radius;
    }
    return mk.event == priority ? m.FocusRingOuter() : m.marker_radius * MarkerReach(ds.KindOf(ds.events[size_t(mk.event)]).shape);
}

// A place a label may go, and whether it is on its marker's line (beside it) or off it.
struct LabelPlace {
    Rect box;
    bool on_line = true;
};

// Where a label `w` px wide may go, best first. Past its own date span when it can, so the span's
// ends stay in view; else beside the marker, over the span (the view draws the span behind the
// label). The priority label may also go under, then over, the marker: centred on it, or starting
// or ending at it.
static std::vector<LabelPlace> LabelPlaces(const TimelineLayout& L, const MarkerLayout& mk, const TimelineMetrics& m,
                                           float w, bool priority) {
    const float h = m.label_height, y = mk.center.y - h * 0.5f, r = m.marker_radius;
    // Beside the priority marker, the label keeps clear of its ring; the ring itself sets them
    // apart, so half the usual gap is enough there.
    const float side_r = mk.cluster >= 0 ? m.ClusterRingOuter() : priority ? m.FocusRingOuter() : r;
    const float side_gap = priority ? m.label_gap * 0.5f : m.label_gap;
    const float past_right = mk.spans_period ? std::max(mk.span_x1, mk.center.x + side_r) : mk.center.x + side_r;
    const float past_left = mk.spans_period ? std::min(mk.span_x0, mk.center.x - side_r) : mk.center.x - side_r;
    std::vector<LabelPlace> places{{{past_right + side_gap, y, w, h}}, {{past_left - side_gap - w, y, w, h}}};
    if (mk.spans_period) {
        places.push_back({{mk.center.x + side_r + side_gap, y, w, h}});
        places.push_back({{mk.center.x - side_r - side_gap - w, y, w, h}});
    }
    if (!priority) return places;
    const float gap = m.label_gap * 0.5f, below = mk.cluster >= 0 ? m.cluster_radius : r;
    for (float top : {mk.center.y + below + gap, mk.center.y - below - gap - h})
        for (float x : {mk.center.x - w * 0.5f, mk.center.x - r, mk.center.x + r - w})
            places.push_back({{std::max(L.plot.x, std::min(x, L.plot.Right() - w)), top, w, h}, false});
    return places;
}

// Places labels greedily: the priority label (the selected or hovered event's) first, then left
// to right, each in the first of its LabelPlaces inside the plot and clear of every marker, link
// end, lane name and label already placed. Off its marker's line a label stays inside its own
// lane, give or take 3 px: well below a lane's edge it would read as the next lane's.
static void PlaceLabels(TimelineLayout& L, const Dataset& ds, const TimelineMetrics& m, const TextWidthFn& text_width,
                        int priority) {
    // Obstacles: each marker, then each end of a link to another lane (the ring drawn there), which
    // the priority label may cover as a last resort; then lane names inside the plot, which no
    // label covers; then each label as it is placed.
    std::vector<Rect> taken;
    for (const MarkerLayout& mk : L.markers)
        taken.push_back(BoxAround(mk.center, MarkerOuter(L, ds, m, mk, priority)));
    for (const MarkerLayout& mk : L.markers)
        if (mk.cluster < 0)
            for (int lane : mk.linked_lanes)
                taken.push_back(BoxAround({mk.center.x, L.lanes[size_t(lane)].center_y}, kLinkEndRadius));
    const size_t n_coverable = taken.size();
    for (const LaneLayout& lane : L.lanes)
        if (lane.name_box.w > 0) taken.push_back(lane.name_box);
    // The priority event's marker first, the others in their order.
    std::vector<size_t> order;
    order.reserve(L.markers.size());
    for (size_t i = 0; i < L.markers.size(); i++)
        if (L.markers[i].event == priority) order.push_back(i);
    for (size_t i = 0; i < L.markers.size(); i++)
        if (L.markers[i].event != priority) order.push_back(i);

    for (size_t idx : order) {
        MarkerLayout& mk = L.markers[idx];
        const bool is_priority = mk.event == priority;
        // A cluster's badge carries no label of its own; the priority event's goes beside it.
        if (mk.cluster >= 0 && !is_priority) continue;
        const Rect& band = L.lanes[size_t(mk.lane)].band;
        // `own_lane`: off its marker's line, the label must stay in its lane; else anywhere between
        // the era strip and the axis.
        auto usable = [&](const LabelPlace& p, size_t first_obstacle, bool own_lane) {
            const Rect& c = p.box;
            if (c.x < L.plot.x || c.Right() > L.plot.Right()) return false;
            const float slack = m.label_gap * 0.5f;  // a hair over the lane's edge still reads as this lane's
            const float top = own_lane ? std::max(band.y - slack, L.lanes_top) : L.lanes_top;
            const float bottom = own_lane ? std::min(band.Bottom() + slack, L.axis_y) : L.axis_y;
            if (!p.on_line && (c.y < top || c.Bottom() > bottom)) return false;
            for (size_t t = first_obstacle; t < taken.size(); t++)
                if (t != idx && Overlaps(c, taken[t], m.label_gap * 0.5f)) return false;
            return true;
        };
        std::vector<LabelPlace> places = LabelPlaces(L, mk, m, text_width(ds.events[size_t(mk.event)].label, is_priority), is_priority);
        const LabelPlace* best = nullptr;
        for (const LabelPlace& p : places)
            if (!best && usable(p, 0, true)) best = &p;
        // The priority label, in the strong font and right under or over its ringed marker, still
        // reads as that marker's when it reaches into the next lane: better there, clear of
        // everything, than over other markers or not at all.
        if (!best && is_priority)
            for (const LabelPlace& p : places)
                if (!best && !p.on_line && usable(p, 0, false)) best = &p;
        // With no place clear of everything, the priority label may cover markers (never labels or
        // names), as few as it can, but never one its related-event arcs point to: then it is left out.
        // Over a diamond's tip or a triangle's apex alone, such a marker still shows; its body must.
        // Places in its own lane come first here too.
        const std::vector<std::string>& related = ds.events[size_t(mk.event)].related;
        for (bool own_lane : {true, false}) {
            if (best || !is_priority) break;
            size_t best_cost = 0;
            for (const LabelPlace& p : places) {
                if ((!own_lane && p.on_line) || !usable(p, n_coverable, own_lane)) continue;
                size_t cost = 0;
                bool hides_target = false;
                for (size_t t = 0; t < L.markers.size(); t++) {
                    if (t == idx || !Overlaps(p.box, taken[t], 0.0f)) continue;
                    cost++;
                    const std::string& id = ds.events[size_t(L.markers[t].event)].id;
                    const bool covers_body = Overlaps(p.box, BoxAround(L.markers[t].center, m.marker_radius), 0.0f);
                    hides_target = hides_target || (covers_body && std::find(related.begin(), related.end(), id) != related.end());
                }
                if (!hides_target && (!best || cost < best_cost)) {
                    best = &p;
                    best_cost = cost;
                }
            }
        }
        if (!best) continue;
        mk.label = best->box;
        mk.label_visible = true;
        taken.push_back(mk.label);
    }
}

// The narrowest view worth zooming to for a marker: a quarter of a year, or its own period and a
// fifth more (zoomed further, a year-only date's span would fill the plot and mean nothing).
static double DeepestView(const MarkerLayout& mk) { return std::max(TimeScale::kMinSpanYears, mk.span_years * 1.2); }

// Whether zooming can set two markers apart: at the deepest view worth it for both, they would
// stand a separation apart.
static bool Separable(const TimelineLayout& L, const MarkerLayout& a, const MarkerLayout& b) {
    const double deepest = std::max(DeepestView(a), DeepestView(b));
    return std::fabs(a.t - b.t) * double(L.plot.w) / deepest >= L.marker_separation;
}

// Orders markers (indices into L.markers) from left to right; those at one x keep their order.
static void SortByX(std::vector<int>& row, const TimelineLayout& L) {
    std::vector<float> xs(row.size());
    for (size_t k = 0; k < row.size(); k++) xs[k] = L.markers[size_t(row[k])].center.x;
    const std::vector<int> order = OrderByKey(xs);
    const std::vector<int> before = row;
    for (size_t k = 0; k < row.size(); k++) row[k] = before[size_t(order[k])];
}

// Groups each lane's markers that stand closer than L.marker_separation into clusters, drawn as
// one badge. A badge stands where its events are: a run of close markers longer than a badge is
// cut into several, so a lane of hundreds of events shows where in time they fall, and runs
// whose badges would touch are joined again. Markers that no zoom worth making sets apart (the
// same day, or a day in the middle of a year-only date's year) stay single, stacked.
static void ClusterMarkers(TimelineLayout& L, const TimelineMetrics& m) {
    const float sep = L.marker_separation, extent = 2.0f * m.cluster_radius;
    for (size_t lane = 0; lane < L.lanes.size(); lane++) {
        std::vector<int> row;
        for (size_t i = 0; i < L.markers.size(); i++)
            if (L.markers[i].lane == int(lane)) row.push_back(int(i));
        auto x = [&](size_t k) { return L.markers[size_t(row[k])].center.x; };
        auto t = [&](size_t k) { return L.markers[size_t(row[k])].t; };
        SortByX(row, L);
        // Runs [first, last] of the row: a new one where a gap reaches the separation, or where
        // the run would grow wider than a badge.
        std::vector<std::pair<size_t, size_t>> runs;
        for (size_t k = 0; k < row.size(); k++) {
            if (k > 0 && x(k) - x(k - 1) < sep && x(k) - x(runs.back().first) <= extent) runs.back().second = k;
            else runs.push_back({k, k});
        }
        // Runs cut by the width limit are joined again where their marks would touch.
        auto reach = [&](const std::pair<size_t, size_t>& r) { return r.second > r.first ? m.cluster_radius : m.marker_radius * kDiamondTip; };
        auto mid = [&](const std::pair<size_t, size_t>& r) { return (x(r.first) + x(r.second)) * 0.5f; };
        for (bool joined = true; joined;) {
            joined = false;
            for (size_t k = 1; k < runs.size(); k++) {
                const auto &a = runs[k - 1], &b = runs[k];
                if (x(b.first) - x(a.second) < sep && mid(b) - mid(a) < reach(a) + reach(b) + 2.0f) {
                    runs[k - 1].second = b.second;
                    runs.erase(runs.begin() + long(k));
                    joined = true;
                    break;
                }
            }
        }
        for (const auto& [a, last] : runs) {
            const size_t b = last + 1;
            double min_gap = std::numeric_limits<double>::infinity();
            for (size_t k = a + 1; k < b; k++)
                if (Separable(L, L.markers[size_t(row[k - 1])], L.markers[size_t(row[k])])) min_gap = std::min(min_gap, t(k) - t(k - 1));
            if (b - a < 2 || !std::isfinite(min_gap)) continue;
            ClusterLayout c;
            c.lane = int(lane);
            c.radius = m.cluster_radius;
            c.center = {(x(a) + x(b - 1)) * 0.5f, L.lanes[lane].center_y};
            c.t0 = t(a);
            c.t1 = t(b - 1);
            c.min_gap = min_gap;
            c.min_span = TimeScale::kMinSpanYears;
            for (size_t k = a; k < b; k++) c.min_span = std::max(c.min_span, DeepestView(L.markers[size_t(row[k])]));
            for (size_t k = a; k < b; k++) {
                c.markers.push_back(row[k]);
                MarkerLayout& mk = L.markers[size_t(row[k])];
                mk.cluster = int(L.clusters.size());
                mk.center = c.center;
                mk.spans_period = false;  // the badge stands for the span too
            }
            L.clusters.push_back(c);
        }
    }
}

// Markers of one lane left closer than a separation after clustering (the same day, or nearly:
// no zoom sets them apart) are stacked one above another, centred on the lane's line.
static void StackMarkers(TimelineLayout& L, const TimelineMetrics& m) {
    const float sep = L.marker_separation;
    for (size_t lane = 0; lane < L.lanes.size(); lane++) {
        std::vector<int> row;
        for (size_t i = 0; i < L.markers.size(); i++)
            if (L.markers[i].lane == int(lane) && L.markers[i].cluster < 0) row.push_back(int(i));
        SortByX(row, L);
        const LaneLayout& band = L.lanes[lane];
        const float half_room = std::min(band.center_y - band.band.y, band.band.Bottom() - band.center_y) - m.marker_radius * kDiamondTip;
        for (size_t a = 0; a < row.size();) {
            size_t b = a + 1;
            while (b < row.size() && L.markers[size_t(row[b])].center.x - L.markers[size_t(row[b - 1])].center.x < sep) b++;
            const size_t n = b - a;
            const float step = n > 1 ? std::min(sep, std::max(half_room, 0.0f) * 2.0f / float(n - 1)) : 0.0f;
            for (size_t k = a; k < b; k++)
                L.markers[size_t(row[k])].center.y = band.center_y + step * (float(k - a) - float(n - 1) * 0.5f);
            a = b;
        }
    }
}

Rect TimelinePlot(const Rect& area, const TimelineMetrics& m) {
    // The plot stops short of the area's right edge by a selection ring's reach: the story's
    // latest events sit close to the end of its range. On the left, the lane names' column (or
    // on narrow screens the months before the first event) gives that room.
    const float left = std::max({m.lane_label_width, m.plot_left_inset, 0.0f});
    const float right = std::max(m.FocusRingOuter(), m.plot_right_inset);
    return {area.x + left, area.y, area.w - left - right, area.h - m.axis_height};
}

float TimelineMinHeight(int lanes, const TimelineMetrics& m) {
    const float per_lane = (m.lane_label_width <= 0 ? m.lane_name_strip : 0.0f) + 2.0f * m.cluster_radius + 6.0f;
    return m.era_strip + m.axis_height + float(std::max(lanes, 1)) * per_lane;
}

TimelineLayout LayoutTimeline(const Dataset& ds, const std::vector<bool>& visible, const TimeScale& scale_in,
                              const Rect& area, const TimelineMetrics& m, const TextWidthFn& text_width,
                              int priority) {
    TimelineLayout L;
    bool labels_above = m.lane_label_width <= 0;
    L.plot = TimelinePlot(area, m);
    const float ring = m.FocusRingOuter(), clip_x = std::max(area.x, L.plot.x - ring);
    L.marker_clip = {clip_x, area.y, L.plot.Right() + ring - clip_x, area.h};
    L.axis_y = L.plot.Bottom();
    TimeScale scale = scale_in;
    scale.SetPixelRange(L.plot.x, L.plot.Right());

    size_t n_lanes = std::max<size_t>(ds.lanes.size(), 1);
    L.era_strip_y = L.plot.y;
    L.lanes_top = L.plot.y + m.era_strip;
    float lane_h = (L.plot.Bottom() - L.lanes_top) / float(n_lanes);
    for (size_t i = 0; i < ds.lanes.size(); i++) {
        LaneLayout lane;
        lane.id = ds.lanes[i].id;
        lane.label = ds.lanes[i].label;
        lane.band = {area.x, L.lanes_top + lane_h * float(i), area.w, lane_h};
        // With names above the lane, markers and labels sit in the part below the name.
        float top = lane.band.y + (labels_above ? m.lane_name_strip : 0.0f);
        lane.center_y = top + (lane.band.Bottom() - top) * 0.5f;
        lane.name_pos = labels_above ? Vec2{L.plot.x + 2, lane.band.y + 1} : Vec2{area.x, lane.center_y};
        if (labels_above && text_width)
            lane.name_box = {lane.name_pos.x, lane.name_pos.y, text_width(lane.label, false), m.lane_name_strip};
        L.lanes.push_back(lane);
    }

    for (size_t i = 0; i < ds.events.size(); i++) {
        if (i < visible.size() && !visible[i]) continue;
        const Event& e = ds.events[i];
        MarkerLayout mk;
        mk.event = int(i);
        mk.lane = EventLane(ds, e);
        if (mk.lane < 0) continue;
        mk.span_x0 = scale.ToPx(e.SpanStart());
        mk.span_x1 = scale.ToPx(e.SpanEnd());
        mk.spans_period = mk.span_x1 - mk.span_x0 > m.marker_radius * 2;
        // Day-precise events sit on their day; wider periods put the marker mid-span.
        const bool on_day = e.date.precision == DatePrecision::Day && !e.end;
        float cx = on_day ? mk.span_x0 : (mk.span_x0 + mk.span_x1) * 0.5f;
        mk.t = on_day ? e.SpanStart() : (e.SpanStart() + e.SpanEnd()) * 0.5;
        mk.span_years = e.SpanEnd() - e.SpanStart();
        mk.center = {cx, L.lanes[size_t(mk.lane)].center_y};
        mk.linked_lanes = LinkedLanes(ds, e, mk.lane);
        L.markers.push_back(mk);
    }
    L.marker_radius = m.marker_radius;
    L.marker_separation = 2.0f * m.marker_radius * kDiamondTip + 2.0f;
    ClusterMarkers(L, m);
    StackMarkers(L, m);
    if (text_width) PlaceLabels(L, ds, m, text_width, priority);
    return L;
}

int HitTestMarker(const TimelineLayout& L, Vec2 p, float target_size) {
    float r = target_size * 0.5f;
    int best = -1;
    float best_d2 = r * r;
    for (size_t i = 0; i < L.markers.size(); i++) {
        if (L.markers[i].cluster >= 0) continue;  // its cluster's badge takes the hit
        float dx = p.x - L.markers[i].center.x, dy = p.y - L.markers[i].center.y;
        float d2 = dx * dx + dy * dy;
        if (d2 <= best_d2) {
            best_d2 = d2;
            best = int(i);
        }
    }
    return best;
}

int HitTestCluster(const TimelineLayout& L, Vec2 p, float target_size) {
    int best = -1;
    float best_d2 = 0;
    for (size_t i = 0; i < L.clusters.size(); i++) {
        const float r = std::max(target_size * 0.5f, L.clusters[i].radius);
        float dx = p.x - L.clusters[i].center.x, dy = p.y - L.clusters[i].center.y, d2 = dx * dx + dy * dy;
        if (d2 <= r * r && (best < 0 || d2 < best_d2)) {
            best = int(i);
            best_d2 = d2;
        }
    }
    return best;
}

const ClusterLayout* ClusterOf(const TimelineLayout& L, int event) {
    const MarkerLayout* mk = FindMarker(L, event);
    return mk && mk->cluster >= 0 ? &L.clusters[size_t(mk->cluster)] : nullptr;
}

std::pair<double, double> ExpandedView(const TimelineLayout& L, const ClusterLayout& c, const TimeScale& shown) {
    // Zoom so the cluster's members span the plot bar two separations at each side: that sets
    // apart all but the closest, which may stay a smaller cluster for another tap (as on a map).
    // A cluster whose members all fit closer than that gets just the zoom that sets them apart.
    const double current = shown.ViewEnd() - shown.ViewStart();
    const double free_px = std::max(double(L.plot.w) - 4.0 * L.marker_separation, double(L.plot.w) * 0.5);
    const double fit = (c.t1 - c.t0) * double(L.plot.w) / free_px;
    const double apart = double(L.plot.w) / (double(L.marker_separation) * 1.5 / std::max(c.min_gap, 1e-9));
    double span = std::min(std::max({fit, apart, c.min_span}), current);
    const double mid = (c.t0 + c.t1) * 0.5;
    return {mid - span * 0.5, mid + span * 0.5};
}

std::pair<double, double> RevealView(const TimelineLayout& L, const ClusterLayout& c, int event, const TimeScale& shown) {
    const MarkerLayout* mk = FindMarker(L, event);
    if (!mk) return {shown.ViewStart(), shown.ViewEnd()};
    // The nearest member a zoom can set apart from it; the others stay stacked with it.
    double gap = std::numeric_limits<double>::infinity(), deepest = DeepestView(*mk);
    for (int k : c.markers) {
        const MarkerLayout& other = L.markers[size_t(k)];
        if (&other == mk || !Separable(L, *mk, other) || std::fabs(other.t - mk->t) >= gap) continue;
        gap = std::fabs(other.t - mk->t);
        deepest = std::max(DeepestView(*mk), DeepestView(other));  // the view at which the two stand apart
    }
    if (!std::isfinite(gap)) return {shown.ViewStart(), shown.ViewEnd()};
    // Half a separation more than needed, so its neighbours do not land right at the limit.
    const double apart = double(L.plot.w) / (double(L.marker_separation) * 1.5 / gap);
    const double span = std::min(std::max(apart, deepest), shown.ViewEnd() - shown.ViewStart());
    return {mk->t - span * 0.5, mk->t + span * 0.5};
}

bool MarkersOverlap(const TimelineLayout& L, const Dataset& ds) {
    struct Drawn {
        Vec2 c;
        float r;
    };
    std::vector<Drawn> drawn;
    for (const MarkerLayout& mk : L.markers)
        if (mk.cluster < 0 && mk.center.x >= L.plot.x && mk.center.x <= L.plot.Right())
            drawn.push_back({mk.center, L.marker_radius * MarkerReach(ds.KindOf(ds.events[size_t(mk.event)]).shape)});
    for (const ClusterLayout& c : L.clusters) drawn.push_back({c.center, c.radius});
    for (size_t i = 0; i < drawn.size(); i++)
        for (size_t j = i + 1; j < drawn.size(); j++) {
            const float dx = drawn[i].c.x - drawn[j].c.x, dy = drawn[i].c.y - drawn[j].c.y, r = drawn[i].r + drawn[j].r;
            if (dx * dx + dy * dy < r * r) return true;
        }
    return false;
}

const MarkerLayout* FindMarker(const TimelineLayout& L, int event) {
    for (const MarkerLayout& m : L.markers)
        if (m.event == event) return &m;
    return nullptr;
}

std::vector<Rect> TextBoxes(const TimelineLayout& L) {
    std::vector<Rect> boxes;
    for (const LaneLayout& lane : L.lanes)
        if (lane.name_box.w > 0) boxes.push_back(lane.name_box);
    for (const MarkerLayout& mk : L.markers)
        if (mk.label_visible) boxes.push_back(mk.label);
    return boxes;
}

std::vector<std::pair<float, float>> RunsClearOf(const std::vector<Rect>& boxes, const Rect& stroke, float pad) {
    bool vertical = stroke.h > stroke.w;
    float lo = vertical ? stroke.y : stroke.x, hi = vertical ? stroke.Bottom() : stroke.Right();
    std::vector<std::pair<float, float>> runs{{lo, hi}};
    for (const Rect& box : boxes) {
        const Rect r = Grown(box, pad);
        // Across the stroke, the label must cover it; along it, the label cuts a gap.
        if (vertical ? (stroke.Right() <= r.x || stroke.x >= r.Right()) : (stroke.Bottom() <= r.y || stroke.y >= r.Bottom()))
            continue;
        if (vertical) CutRuns(runs, r.y, r.Bottom());
        else CutRuns(runs, r.x, r.Right());
    }
    return runs;
}

void CutRuns(std::vector<std::pair<float, float>>& runs, float cut0, float cut1) {
    std::vector<std::pair<float, float>> kept;
    for (const auto& run : runs) {
        if (cut1 <= run.first || cut0 >= run.second) {
            kept.push_back(run);
            continue;
        }
        if (cut0 > run.first) kept.push_back({run.first, cut0});
        if (cut1 < run.second) kept.push_back({cut1, run.second});
    }
    runs.swap(kept);
}

bool LabelsOverlap(const TimelineLayout& L) {
    for (size_t i = 0; i < L.markers.size(); i++) {
        const MarkerLayout& a = L.markers[i];
        if (!a.label_visible) continue;
        if (a.label.x < L.plot.x - 0.5f || a.label.Right() > L.plot.Right() + 0.5f) return true;
        for (size_t j = i + 1; j < L.markers.size(); j++) {
            const MarkerLayout& b = L.markers[j];
            if (b.label_visible && Overlaps(a.label, b.label, 0.0f)) return true;
        }
    }
    return false;
}

}  // namespace article
