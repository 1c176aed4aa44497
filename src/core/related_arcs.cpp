#include "related_arcs.hpp"

#include <algorithm>
#include <cmath>

namespace article {

static Vec2 Lerp(Vec2 p, Vec2 q, float t) { return {p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t}; }
static float Distance(Vec2 p, Vec2 q) { return std::hypot(q.x - p.x, q.y - p.y); }

Vec2 ArcCurve::At(float t) const {
    const float u = 1 - t, w0 = u * u * u, w1 = 3 * u * u * t, w2 = 3 * u * t * t, w3 = t * t * t;
    return {w0 * a.x + w1 * c1.x + w2 * c2.x + w3 * b.x, w0 * a.y + w1 * c1.y + w2 * c2.y + w3 * b.y};
}

ArcCurve MakeArcCurve(Vec2 a, Vec2 b, float control_y, float inset, float control_dx) {
    const float dx = b.x - a.x;
    return {a, {a.x + dx * inset + control_dx, control_y}, {b.x - dx * inset + control_dx, control_y}, b};
}

// The fractions [t0, t1] of p0-p1 inside `box`, by clipping the segment to it (Liang-Barsky);
// t0 >= t1 when the segment misses it.
static std::pair<float, float> SegmentInside(const Rect& box, Vec2 p0, Vec2 p1) {
    if (std::max(p0.x, p1.x) < box.x || std::min(p0.x, p1.x) > box.Right() || std::max(p0.y, p1.y) < box.y ||
        std::min(p0.y, p1.y) > box.Bottom())
        return {1, 0};  // the usual case, settled without dividing
    const float dx = p1.x - p0.x, dy = p1.y - p0.y;
    const float p[4] = {-dx, dx, -dy, dy};
    const float q[4] = {p0.x - box.x, box.Right() - p0.x, p0.y - box.y, box.Bottom() - p0.y};
    float t0 = 0, t1 = 1;
    for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
            if (q[i] < 0) return {1, 0};  // parallel to this edge and outside it
            continue;
        }
        float r = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, r);
        else t1 = std::min(t1, r);
    }
    return {t0, t1};
}

std::vector<std::pair<float, float>> SegmentClearOf(const std::vector<Rect>& boxes, Vec2 p0, Vec2 p1, float pad) {
    std::vector<std::pair<float, float>> runs{{0.0f, 1.0f}};
    for (const Rect& box : boxes) {
        auto cut = SegmentInside(Grown(box, pad), p0, p1);
        if (cut.first < cut.second) CutRuns(runs, cut.first, cut.second);
    }
    return runs;
}

// How much of p0-p1 the boxes cover, in px, counting twice where two boxes overlap (labels do
// not). Called for every piece of every candidate curve, so it allocates nothing.
static float CoveredLength(const std::vector<Rect>& boxes, Vec2 p0, Vec2 p1, float pad) {
    float covered = 0;
    for (const Rect& box : boxes) {
        auto in = SegmentInside(Grown(box, pad), p0, p1);
        if (in.first < in.second) covered += in.second - in.first;
    }
    return covered * Distance(p0, p1);
}

// The boxes that can touch a curve: a Bezier curve stays inside its control points' bounding box.
static std::vector<Rect> BoxesNear(const std::vector<Rect>& boxes, const ArcCurve& c, float pad) {
    const float x0 = std::min(std::min(c.a.x, c.c1.x), std::min(c.c2.x, c.b.x));
    const float x1 = std::max(std::max(c.a.x, c.c1.x), std::max(c.c2.x, c.b.x));
    const float y0 = std::min(std::min(c.a.y, c.c1.y), std::min(c.c2.y, c.b.y));
    const float y1 = std::max(std::max(c.a.y, c.c1.y), std::max(c.c2.y, c.b.y));
    const Rect hull{x0, y0, x1 - x0, y1 - y0};
    std::vector<Rect> near;
    for (const Rect& box : boxes)
        if (Intersects(Grown(box, pad), Grown(hull, 1))) near.push_back(box);
    return near;
}

constexpr float kTextPad = 2.0f;  // kept clear around text, as connectors keep it
constexpr int kCostSteps = 16;    // straight pieces a candidate curve is judged by
constexpr int kDrawSteps = 40;    // straight pieces the chosen curve is drawn with

// The last point of the curve at least `gap` px from b, as a fraction of the curve.
static float EndBefore(const ArcCurve& c, float gap) {
    for (int i = 64; i > 0; i--) {
        float t = float(i) / 64;
        if (Distance(c.At(t), c.b) >= gap) return t;
    }
    return 0;
}

// The arrowhead's point and direction: along the curve's last stretch, `stop_short` px before b.
static void ArrowHead(const ArcCurve& c, float stop_short, Vec2* tip, Vec2* dir) {
    Vec2 before = c.At(EndBefore(c, stop_short + kArrowHeadLength));
    float len = Distance(before, c.b);
    *dir = len > 0 ? Vec2{(c.b.x - before.x) / len, (c.b.y - before.y) / len} : Vec2{0, 1};
    *tip = {c.b.x - dir->x * stop_short, c.b.y - dir->y * stop_short};
}

// What a curve runs into, in px weighted by how bad each is: crossing text or leaving the lanes
// is much worse than passing over another marker, and an arrowhead on text (which cannot break
// round it) is worst of all. Stops counting once past `limit`.
static float ObstacleCost(const ArcCurve& c, const ArcObstacles& o, float stop_short, float limit) {
    const std::vector<Rect> text = BoxesNear(o.text, c, kTextPad), markers = BoxesNear(o.markers, c, 0);
    Vec2 tip, dir;
    ArrowHead(c, stop_short, &tip, &dir);
    const Vec2 head_back{tip.x - dir.x * kArrowHeadLength, tip.y - dir.y * kArrowHeadLength};
    float cost = CoveredLength(text, tip, head_back, kArrowHeadHalfWidth) > 0 ? 500.0f : 0.0f;
    Vec2 p = c.a;
    for (int i = 1; i <= kCostSteps; i++) {
        Vec2 q = c.At(float(i) / kCostSteps);
        cost += 4.0f * CoveredLength(text, p, q, kTextPad);
        cost += 0.5f * CoveredLength(markers, p, q, 0);
        const auto in_bounds = SegmentInside(o.bounds, p, q);
        cost += 4.0f * Distance(p, q) * (1.0f - std::max(0.0f, in_bounds.second - in_bounds.first));
        if (cost > limit) break;
        p = q;
    }
    return cost;
}

// The curves an arc may take. The usual one is an arch over both markers, as high as their
// distance suggests. Each family of alternatives moves the control height away from the usual in
// 6 px steps either way, within 90 px of the markers: higher and lower arches, arches under the
// markers and (between lanes) curves through the gap. Its `cost` is what a family's shape costs
// before any step: an arch that leaves its markers upright costs a little, one that swings out
// past them more, and markers one above the other bulge sideways (their usual control height is
// midway, between the two).
struct ArcFamily {
    float inset, control_dx, cost;
};
constexpr float kStepCost = 0.3f;  // per 6 px step away from the usual control height

static float UsualControlY(Vec2 a, Vec2 b, bool stacked) {
    const float top = std::min(a.y, b.y), dx = std::fabs(b.x - a.x);
    return stacked ? (a.y + b.y) * 0.5f : top - std::min(60.0f, dx * 0.35f + 18.0f);
}

// The curve with the lowest cost: the usual arch when nothing is in its way.
static ArcCurve BestCurve(Vec2 a, Vec2 b, const ArcObstacles& obstacles, float stop_short) {
    const float top = std::min(a.y, b.y), bottom = std::max(a.y, b.y);
    const bool stacked = std::fabs(b.x - a.x) < 12.0f && bottom - top >= 24.0f;  // one above the other
    const bool same_lane = bottom - top < 24.0f;
    const float usual_y = UsualControlY(a, b, stacked);
    const float lowest = stacked ? top : top - 90.0f, highest = stacked ? bottom : bottom + 90.0f;
    static const ArcFamily kArches[] = {{0.25f, 0, 0}, {0, 0, 2}, {-0.25f, 0, 4}};
    static const ArcFamily kBulges[] = {{0.25f, 24, 0.48f}, {0.25f, -24, 0.48f}, {0.25f, 40, 0.8f}, {0.25f, -40, 0.8f}};

    ArcCurve best = MakeArcCurve(a, b, usual_y);
    float best_cost = -1;
    const ArcFamily* families = stacked ? kBulges : kArches;
    for (int f = 0; f < (stacked ? 4 : 3); f++) {
        const ArcFamily& family = families[f];
        // Steps 0, +1, -1, +2, -2, ...: each costs more than the last, so the first that cannot
        // beat the best so far ends the family.
        for (int k = 0; k < 128; k++) {
            const int step = k % 2 ? (k + 1) / 2 : -(k / 2);
            const float preference = family.cost + kStepCost * float(std::abs(step));
            if (best_cost >= 0 && preference >= best_cost) break;
            const float cy = usual_y + 6.0f * float(step);
            if (cy < lowest || cy > highest) continue;
            // Within a lane the curve must rise or dip clear of it; a flatter one runs along the lane.
            if (same_lane && cy > top - 14.0f && cy < bottom + 14.0f) continue;
            ArcCurve c = MakeArcCurve(a, b, cy, family.inset, family.control_dx);
            float limit = best_cost < 0 ? 1e30f : best_cost - preference;
            float cost = preference + ObstacleCost(c, obstacles, stop_short, limit);
            if (best_cost < 0 || cost < best_cost) {
                best = c;
                best_cost = cost;
            }
        }
    }
    return best;
}

// The curve from its start to `t_end` as polylines, broken wherever it passes within
// kTextPad of `text`.
static std::vector<std::vector<Vec2>> StrokesClearOf(const ArcCurve& c, float t_end, const std::vector<Rect>& text) {
    std::vector<std::vector<Vec2>> strokes;
    std::vector<Vec2> line;
    Vec2 p = c.a;
    for (int i = 1; i <= kDrawSteps; i++) {
        Vec2 q = c.At(t_end * float(i) / kDrawSteps);
        for (const auto& run : SegmentClearOf(text, p, q, kTextPad)) {
            Vec2 from = Lerp(p, q, run.first), to = Lerp(p, q, run.second);
            if (line.empty() || run.first > 0) {  // a new stroke after a gap (or the first)
                if (line.size() >= 2) strokes.push_back(line);
                line = {from};
            }
            line.push_back(to);
            if (run.second < 1) {  // a gap follows
                if (line.size() >= 2) strokes.push_back(line);
                line.clear();
            }
        }
        p = q;
    }
    if (line.size() >= 2) strokes.push_back(line);
    return strokes;
}

RelatedArc RouteArc(Vec2 a, Vec2 b, const ArcObstacles& obstacles, float stop_short) {
    const ArcCurve best = BestCurve(a, b, obstacles, stop_short);
    RelatedArc arc;
    ArrowHead(best, stop_short, &arc.head_tip, &arc.head_dir);
    // The line stops inside the arrowhead, so its end does not show past the head's point.
    const float t_end = EndBefore(best, stop_short + kArrowHeadLength * 0.5f);
    arc.strokes = StrokesClearOf(best, t_end, BoxesNear(obstacles.text, best, kTextPad));
    return arc;
}

// Where arcs should stay: the lanes, less a margin that keeps them off the era strip and the axis.
static Rect LaneBounds(const TimelineLayout& L) {
    const float top = L.lanes_top + 2.0f;
    return {L.plot.x, top, L.plot.w, L.axis_y - 2.0f - top};
}

// Everything the routes depend on, as numbers: the marker radius, the selection and its targets,
// every marker and every piece of text on the plot, and the lanes' extent.
static std::vector<float> RoutingInputs(const Dataset& ds, const TimelineLayout& L, int selected, float marker_radius,
                                        const std::vector<Rect>& text) {
    const Rect lanes = LaneBounds(L);
    std::vector<float> in{marker_radius, float(selected), lanes.x, lanes.y, lanes.w, lanes.h};
    for (const std::string& rel : ds.events[size_t(selected)].related) in.push_back(float(ds.FindEvent(rel)));
    for (const MarkerLayout& m : L.markers) {
        in.push_back(float(m.event));
        in.push_back(m.center.x);
        in.push_back(m.center.y);
    }
    for (const Rect& r : text) {
        in.push_back(r.x);
        in.push_back(r.y);
        in.push_back(r.w);
        in.push_back(r.h);
    }
    return in;
}

const std::vector<RelatedArc>& RouteRelatedArcs(const Dataset& ds, const TimelineLayout& L,
                                                const std::vector<Rect>& text_boxes, int selected, float marker_radius,
                                                RelatedArcMemo& memo) {
    const MarkerLayout* from = selected >= 0 && selected < int(ds.events.size()) ? FindMarker(L, selected) : nullptr;
    if (!from) {
        memo.inputs.clear();
        memo.arcs.clear();
        return memo.arcs;
    }
    std::vector<float> inputs = RoutingInputs(ds, L, selected, marker_radius, text_boxes);
    if (inputs == memo.inputs) return memo.arcs;
    memo.inputs = std::move(inputs);
    memo.arcs.clear();
    memo.routings++;

    ArcObstacles o;
    o.text = text_boxes;
    o.bounds = LaneBounds(L);
    // A marker drawn as part of a cluster is its badge: arrows end at the badge's edge, and never
    // run between two events of one cluster.
    auto reach = [&](const MarkerLayout& m) { return m.cluster >= 0 ? L.clusters[size_t(m.cluster)].radius : marker_radius; };
    for (const std::string& rel : ds.events[size_t(selected)].related) {
        int to_event = ds.FindEvent(rel);
        const MarkerLayout* to = FindMarker(L, to_event);
        if (!to || (to->cluster >= 0 && to->cluster == from->cluster)) continue;
        o.markers.clear();
        for (const MarkerLayout& m : L.markers)
            if (m.event != selected && m.event != to_event && (m.cluster < 0 || (m.cluster != from->cluster && m.cluster != to->cluster)))
                o.markers.push_back(BoxAround(m.center, reach(m)));
        RelatedArc arc = RouteArc(from->center, to->center, o, std::max(reach(*from), reach(*to)) + 2.0f);
        arc.to_event = to_event;
        memo.arcs.push_back(std::move(arc));
    }
    return memo.arcs;
}

}  // namespace article
