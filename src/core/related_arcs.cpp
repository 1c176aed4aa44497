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

static Rect Grown(const Rect& r, float pad) { return {r.x - pad, r.y - pad, r.w + pad * 2, r.h + pad * 2}; }

std::vector<std::pair<float, float>> SegmentClearOf(const std::vector<Rect>& boxes, Vec2 p0, Vec2 p1, float pad) {
    std::vector<std::pair<float, float>> runs{{0.0f, 1.0f}};
    for (const Rect& box : boxes) {
        auto cut = SegmentInside(Grown(box, pad), p0, p1);
        if (cut.first >= cut.second) continue;
        std::vector<std::pair<float, float>> kept;
        for (const auto& run : runs) {
            if (cut.second <= run.first || cut.first >= run.second) {
                kept.push_back(run);
                continue;
            }
            if (cut.first > run.first) kept.push_back({run.first, cut.first});
            if (cut.second < run.second) kept.push_back({cut.second, run.second});
        }
        runs = kept;
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

static bool Intersects(const Rect& a, const Rect& b) {
    return a.x < b.Right() && b.x < a.Right() && a.y < b.Bottom() && b.y < a.Bottom();
}

// The boxes that can touch a curve: a Bezier curve stays inside its control points' bounding box.
static std::vector<Rect> BoxesNear(const std::vector<Rect>& boxes, const ArcCurve& c, float pad) {
    Rect hull{std::min({c.a.x, c.c1.x, c.c2.x, c.b.x}), std::min({c.a.y, c.c1.y, c.c2.y, c.b.y}), 0, 0};
    hull.w = std::max({c.a.x, c.c1.x, c.c2.x, c.b.x}) - hull.x;
    hull.h = std::max({c.a.y, c.c1.y, c.c2.y, c.b.y}) - hull.y;
    std::vector<Rect> near;
    for (const Rect& box : boxes)
        if (Intersects(Grown(box, pad), Grown(hull, 1))) near.push_back(box);
    return near;
}

constexpr float kTextPad = 2.0f;  // kept clear around text, as connectors keep it
constexpr int kCostSteps = 24;    // straight pieces a candidate curve is judged by
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
    const std::vector<Rect> bounds{o.bounds};
    Vec2 tip, dir;
    ArrowHead(c, stop_short, &tip, &dir);
    const Vec2 head_back{tip.x - dir.x * kArrowHeadLength, tip.y - dir.y * kArrowHeadLength};
    float cost = CoveredLength(text, tip, head_back, kArrowHeadHalfWidth) > 0 ? 500.0f : 0.0f;
    Vec2 p = c.a;
    for (int i = 1; i <= kCostSteps; i++) {
        Vec2 q = c.At(float(i) / kCostSteps);
        cost += 4.0f * CoveredLength(text, p, q, kTextPad);
        cost += 0.5f * CoveredLength(markers, p, q, 0);
        cost += 4.0f * (Distance(p, q) - CoveredLength(bounds, p, q, 0));
        if (cost > limit) break;
        p = q;
    }
    return cost;
}

struct ArcCandidate {
    float control_y, inset, control_dx, preference;  // lower preference is better
};

// The curves an arc may take, best-looking first. Normally an arch over both markers, as high as
// their distance suggests; else higher or lower arches, arches under them, and (between lanes)
// curves through the gap. Markers nearly one above the other bulge sideways instead.
static std::vector<ArcCandidate> Candidates(Vec2 a, Vec2 b) {
    const float top = std::min(a.y, b.y), bottom = std::max(a.y, b.y), dx = std::fabs(b.x - a.x);
    const bool stacked = dx < 12.0f && bottom - top >= 24.0f;  // in different lanes, one above the other
    const float usual_y = stacked ? (top + bottom) * 0.5f : top - std::min(60.0f, dx * 0.35f + 18.0f);
    std::vector<ArcCandidate> out;
    if (stacked) {  // bulge left or right, the controls anywhere between the two heights
        for (float cdx : {24.0f, -24.0f, 40.0f, -40.0f})
            for (float cy = top; cy <= bottom; cy += 6.0f)
                out.push_back({cy, 0.25f, cdx, std::fabs(cy - usual_y) * 0.05f + std::fabs(cdx) * 0.02f});
    } else {
        for (float inset : {0.25f, 0.0f, -0.25f})
            for (float cy = top - 90.0f; cy <= bottom + 90.0f; cy += 6.0f) {
                // Within a lane the curve must rise or dip clear of it; a flatter one runs along the lane.
                if (cy > top - 14.0f && cy < bottom + 14.0f && bottom - top < 24.0f) continue;
                out.push_back({cy, inset, 0.0f, std::fabs(cy - usual_y) * 0.05f + (0.25f - inset) * 8.0f});
            }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ArcCandidate& p, const ArcCandidate& q) { return p.preference < q.preference; });
    return out;
}

RelatedArc RouteArc(Vec2 a, Vec2 b, const ArcObstacles& obstacles, float stop_short) {
    ArcCurve best = MakeArcCurve(a, b, a.y);
    float best_cost = -1;
    for (const ArcCandidate& cand : Candidates(a, b)) {
        if (best_cost >= 0 && cand.preference >= best_cost) break;  // sorted: nothing later can win
        ArcCurve c = MakeArcCurve(a, b, cand.control_y, cand.inset, cand.control_dx);
        float limit = best_cost < 0 ? 1e30f : best_cost - cand.preference;
        float cost = cand.preference + ObstacleCost(c, obstacles, stop_short, limit);
        if (best_cost < 0 || cost < best_cost) {
            best = c;
            best_cost = cost;
        }
    }

    RelatedArc arc;
    ArrowHead(best, stop_short, &arc.head_tip, &arc.head_dir);
    // The line stops inside the arrowhead, so its end does not show past the head's point.
    const float t_end = EndBefore(best, stop_short + kArrowHeadLength * 0.5f);

    const std::vector<Rect> text = BoxesNear(obstacles.text, best, kTextPad);
    std::vector<Vec2> line;
    Vec2 p = a;
    for (int i = 1; i <= kDrawSteps; i++) {
        Vec2 q = best.At(t_end * float(i) / kDrawSteps);
        for (const auto& run : SegmentClearOf(text, p, q, kTextPad)) {
            Vec2 from = Lerp(p, q, run.first), to = Lerp(p, q, run.second);
            if (line.empty() || run.first > 0) {  // a new stroke after a gap (or the first)
                if (line.size() >= 2) arc.strokes.push_back(line);
                line = {from};
            }
            line.push_back(to);
            if (run.second < 1) {  // a gap follows
                if (line.size() >= 2) arc.strokes.push_back(line);
                line.clear();
            }
        }
        p = q;
    }
    if (line.size() >= 2) arc.strokes.push_back(line);
    return arc;
}

std::vector<RelatedArc> RouteRelatedArcs(const Dataset& ds, const TimelineLayout& L, int selected,
                                         float marker_radius) {
    std::vector<RelatedArc> arcs;
    if (selected < 0 || selected >= int(ds.events.size())) return arcs;
    auto find = [&](int event) -> const MarkerLayout* {
        for (const MarkerLayout& m : L.markers)
            if (m.event == event) return &m;
        return nullptr;
    };
    const MarkerLayout* from = find(selected);
    if (!from) return arcs;
    ArcObstacles o;
    o.text = TextBoxes(L);
    // The lanes, less a margin that keeps arcs off the era strip and the axis.
    const float lanes_top = (L.lanes.empty() ? L.plot.y : L.lanes.front().band.y) + 2.0f;
    o.bounds = {L.plot.x, lanes_top, L.plot.w, L.axis_y - 2.0f - lanes_top};
    for (const std::string& rel : ds.events[size_t(selected)].related) {
        int to_event = ds.FindEvent(rel);
        const MarkerLayout* to = find(to_event);
        if (!to) continue;
        o.markers.clear();
        for (const MarkerLayout& m : L.markers)
            if (m.event != selected && m.event != to_event)
                o.markers.push_back({m.center.x - marker_radius, m.center.y - marker_radius, marker_radius * 2, marker_radius * 2});
        RelatedArc arc = RouteArc(from->center, to->center, o, marker_radius + 2.0f);
        arc.to_event = to_event;
        arcs.push_back(std::move(arc));
    }
    return arcs;
}

}  // namespace article
