#include "timeline_layout.hpp"

#include <algorithm>
#include <cmath>

namespace article {

int EventLane(const Dataset& ds, const Event& e) {
    for (const std::string& id : e.actors)
        if (const Actor* a = ds.FindActor(id)) return ds.LaneIndex(a->lane);
    return -1;
}

float MarkerReach(EventKind kind) {
    switch (KindInfo(kind).shape) {
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
    const float side_r = priority ? m.FocusRingOuter() : r;
    const float side_gap = priority ? m.label_gap * 0.5f : m.label_gap;
    const float past_right = mk.spans_period ? std::max(mk.span_x1, mk.center.x + side_r) : mk.center.x + side_r;
    const float past_left = mk.spans_period ? std::min(mk.span_x0, mk.center.x - side_r) : mk.center.x - side_r;
    std::vector<LabelPlace> places{{{past_right + side_gap, y, w, h}}, {{past_left - side_gap - w, y, w, h}}};
    if (mk.spans_period) {
        places.push_back({{mk.center.x + side_r + side_gap, y, w, h}});
        places.push_back({{mk.center.x - side_r - side_gap - w, y, w, h}});
    }
    if (!priority) return places;
    const float gap = m.label_gap * 0.5f;
    for (float top : {mk.center.y + r + gap, mk.center.y - r - gap - h})
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
        taken.push_back(BoxAround(mk.center, mk.event == priority ? m.FocusRingOuter()
                                                                  : m.marker_radius * MarkerReach(ds.events[size_t(mk.event)].kind)));
    for (const MarkerLayout& mk : L.markers)
        for (int lane : mk.linked_lanes)
            taken.push_back(BoxAround({mk.center.x, L.lanes[size_t(lane)].center_y}, kLinkEndRadius));
    const size_t n_coverable = taken.size();
    for (const LaneLayout& lane : L.lanes)
        if (lane.name_box.w > 0) taken.push_back(lane.name_box);
    std::vector<size_t> order(L.markers.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = i;
    std::stable_partition(order.begin(), order.end(), [&](size_t i) { return L.markers[i].event == priority; });

    for (size_t idx : order) {
        MarkerLayout& mk = L.markers[idx];
        const bool is_priority = mk.event == priority;
        const Rect& band = L.lanes[size_t(mk.lane)].band;
        // `own_lane`: off its marker's line, the label must stay in its lane; else anywhere between
        // the era strip and the axis.
        auto usable = [&](const LabelPlace& p, size_t first_obstacle, bool own_lane) {
            const Rect& c = p.box;
            if (c.x < L.plot.x || c.Right() > L.plot.Right()) return false;
            const float slack = m.label_gap * 0.5f;  // a hair over the lane's edge still reads as this lane's
            const float top = own_lane ? band.y - slack : L.lanes_top, bottom = own_lane ? band.Bottom() + slack : L.axis_y;
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

Rect TimelinePlot(const Rect& area, const TimelineMetrics& m) {
    // The plot stops short of the area's right edge by a selection ring's reach: the story's
    // latest events sit close to the end of its range. On the left, the lane names' column (or
    // on narrow screens the months before the first event) gives that room.
    const float left = std::max({m.lane_label_width, m.plot_left_inset, 0.0f});
    const float right = std::max(m.FocusRingOuter(), m.plot_right_inset);
    return {area.x + left, area.y, area.w - left - right, area.h - m.axis_height};
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
        if (labels_above) lane.name_box = {lane.name_pos.x, lane.name_pos.y, text_width(lane.label, false), m.lane_name_strip};
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
        float cx = e.date.precision == DatePrecision::Day && !e.end ? mk.span_x0 : (mk.span_x0 + mk.span_x1) * 0.5f;
        mk.center = {cx, L.lanes[size_t(mk.lane)].center_y};
        mk.linked_lanes = LinkedLanes(ds, e, mk.lane);
        L.markers.push_back(mk);
    }
    // Events sharing a lane and (nearly) a position would hide each other: nudge them apart vertically.
    for (size_t i = 1; i < L.markers.size(); i++) {
        for (size_t j = 0; j < i; j++) {
            MarkerLayout& a = L.markers[i];
            const MarkerLayout& b = L.markers[j];
            if (a.lane == b.lane && std::fabs(a.center.x - b.center.x) < m.marker_radius * 1.5f &&
                std::fabs(a.center.y - b.center.y) < m.marker_radius * 1.5f)
                a.center.y = std::min(a.center.y + m.marker_radius * 2.2f,
                                      L.lanes[size_t(a.lane)].band.Bottom() - m.marker_radius);
        }
    }
    PlaceLabels(L, ds, m, text_width, priority);
    return L;
}

int HitTestMarker(const TimelineLayout& L, Vec2 p, float target_size) {
    float r = target_size * 0.5f;
    int best = -1;
    float best_d2 = r * r;
    for (size_t i = 0; i < L.markers.size(); i++) {
        float dx = p.x - L.markers[i].center.x, dy = p.y - L.markers[i].center.y;
        float d2 = dx * dx + dy * dy;
        if (d2 <= best_d2) {
            best_d2 = d2;
            best = int(i);
        }
    }
    return best;
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
