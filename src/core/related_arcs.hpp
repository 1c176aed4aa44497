// The curved arrows from the selected event to its related events. Each arrow takes the usual
// arch over its two markers when that passes no text; otherwise the nearest curve that does; and
// where no curve can avoid a label, the arrow breaks behind it, as connectors do.
#pragma once
#include <utility>
#include <vector>

#include "dataset.hpp"
#include "geometry.hpp"
#include "timeline_layout.hpp"

namespace article {

// The arrowhead's size: from its point back to its base, and half its base's width.
constexpr float kArrowHeadLength = 8.0f;
constexpr float kArrowHeadHalfWidth = 4.5f;

struct RelatedArc {
    int to_event = -1;                       // index into Dataset::events
    std::vector<std::vector<Vec2>> strokes;  // polylines to draw, in order; gaps pass behind text
    Vec2 head_tip;                           // the arrowhead's point, short of the target's centre
    Vec2 head_dir;                           // the unit direction the arrowhead points in
};

// The curve through a and b. Both control points sit at height `control_y`, `inset` of the way
// across from each end (a quarter makes a round arch, 0 one that leaves and meets its markers
// upright, a negative inset one that swings out past them and comes back in from the side),
// moved sideways by `control_dx` (for markers one above the other).
struct ArcCurve {
    Vec2 a, c1, c2, b;
    Vec2 At(float t) const;
};
ArcCurve MakeArcCurve(Vec2 a, Vec2 b, float control_y, float inset = 0.25f, float control_dx = 0.0f);

// How an arc is routed: it must not cross `text` (label and lane-name boxes) and should stay
// inside `bounds` (the lanes), and it avoids passing over `markers` (other markers' boxes) when
// that costs little. The arrowhead's point stops `stop_short` px before b.
struct ArcObstacles {
    std::vector<Rect> text;
    std::vector<Rect> markers;
    Rect bounds;
};
RelatedArc RouteArc(Vec2 a, Vec2 b, const ArcObstacles& obstacles, float stop_short);

// The routes last made and everything they were made from: markers, text, lanes and the
// selection. Routing costs up to a few tenths of a millisecond in the browser, and a pointer
// moving over the timeline redraws it every frame without moving anything on it.
struct RelatedArcMemo {
    std::vector<float> inputs;
    std::vector<RelatedArc> arcs;
    int routings = 0;  // how many times the arcs were routed afresh
};

// The arcs from `selected` to each related event that has a marker in `layout`; the same routes
// as last time when nothing they depend on has changed. `text_boxes` is TextBoxes(layout), which
// the view has already made for the connectors.
const std::vector<RelatedArc>& RouteRelatedArcs(const Dataset& ds, const TimelineLayout& layout,
                                                const std::vector<Rect>& text_boxes, int selected, float marker_radius,
                                                RelatedArcMemo& memo);

// The parts of the segment p0-p1 that no box (grown by `pad`) covers, as [t0, t1] fractions of
// the segment, in order.
std::vector<std::pair<float, float>> SegmentClearOf(const std::vector<Rect>& boxes, Vec2 p0, Vec2 p1, float pad);

}  // namespace article
