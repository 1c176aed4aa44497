// Where everything on the timeline goes: lanes, event markers, date-precision
// spans, labels placed without overlap, and which marker a pointer is over.
#pragma once
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "dataset.hpp"
#include "geometry.hpp"
#include "time_scale.hpp"

namespace article {

// Measures a label's width in CSS px. `emphasised` is true for the priority event's label, which
// the view may set in a bolder font (the view passes its fonts' measures; tests pass a fake).
using TextWidthFn = std::function<float(const std::string& text, bool emphasised)>;

struct LaneLayout {
    std::string id, label;
    Rect band;        // the lane's full row
    float center_y = 0;
    Vec2 name_pos;    // where the lane's name goes (left column, or above the lane when narrow)
    Rect name_box;    // the name's box when it sits inside the plot (narrow screens); else empty
};

struct MarkerLayout {
    int event = -1;        // index into Dataset::events
    int lane = -1;
    Vec2 center;           // the marker itself
    float span_x0 = 0, span_x1 = 0;  // the period the date covers (a year-only date spans its year)
    bool spans_period = false;       // true when the span is wider than the marker
    std::vector<int> linked_lanes;   // other lanes whose actors take part
    bool label_visible = false;
    Rect label;            // where the label text goes when visible
    double t = 0;          // the date at the marker's centre, in fractional years
    double span_years = 0; // how long the period its date covers is (a year-only date: 1)
    int cluster = -1;      // index into TimelineLayout::clusters when drawn as part of one; then
                           // `center` is the cluster's, and the marker itself is not drawn
};

// Markers of one lane too close to tell apart at this zoom, drawn as one badge with their count.
// Selecting or tapping it zooms the shared time axis until they stand apart (ExpandedView).
struct ClusterLayout {
    int lane = -1;
    std::vector<int> markers;  // indices into TimelineLayout::markers, in date order
    Vec2 center;
    float radius = 0;
    double t0 = 0, t1 = 0;     // the first and last member's dates
    double min_gap = 0;        // the least time between two members that zooming can set apart
    double min_span = 0;       // the narrowest view that still shows every member's own period whole
};

struct TimelineLayout {
    Rect plot;             // the area right of the lane labels, above the axis (eras strip included)
    // Where markers, their rings and links are drawn: the plot, and beyond its ends room for
    // the selection ring round a marker that sits at one (TimelineMetrics::FocusRingOuter).
    Rect marker_clip;
    float era_strip_y = 0;     // era names sit in a strip of their own at the top
    float lanes_top = 0;       // the first lane's top, just under the era strip
    float axis_y = 0;
    std::vector<LaneLayout> lanes;
    std::vector<MarkerLayout> markers;  // visible events only, in chronological order
    std::vector<ClusterLayout> clusters;
    // The least distance between two markers' centres in one lane at which both shapes show whole.
    float marker_separation = 0;
    float marker_radius = 0;
};

// The ring that marks where a link to another lane ends (drawn by the view, avoided by labels).
constexpr float kLinkEndRadius = 3.5f;

// The marker shapes, in marker radii from the centre, as the view draws them: a diamond's tips,
// a triangle's apex and half its base. The other shapes fit inside the radius.
constexpr float kDiamondTip = 1.2f;
constexpr float kTriangleApex = 1.15f;
constexpr float kTriangleHalfBase = 1.1f;
// How far a marker of this kind reaches from its centre, in marker radii: what labels keep
// clear of.
float MarkerReach(MarkerShape shape);

struct TimelineMetrics {
    float lane_label_width = 96;  // 0 puts lane names above each lane instead (narrow screens)
    float axis_height = 28;
    float marker_radius = 7;
    float label_gap = 6;          // between marker and label, and between labels
    float label_height = 16;
    float era_strip = 16;         // height of the strip holding era names
    float lane_name_strip = 14;   // height reserved above each lane for its name when lane_label_width is 0
    // The ring round the priority (selected or hovered) event's marker, drawn by the view: its
    // centre line lies focus_ring_gap beyond the marker's edge. Labels beside that marker keep
    // clear of the ring's outer edge, not just of the marker.
    float focus_ring_gap = 5;
    float focus_ring_stroke = 2.5f;
    // Room the plot leaves at its ends beyond the lane names and the ring, so that a chart below
    // with its value axis on the left and line labels on the right shares the plot's time axis.
    float plot_left_inset = 0, plot_right_inset = 0;
    float cluster_radius = 10;    // a cluster's badge, which holds its count
    float FocusRingOuter() const { return marker_radius + focus_ring_gap + focus_ring_stroke * 0.5f; }
    // How far the marker of a priority event reaches with its ring, or a cluster's badge with it.
    float ClusterRingOuter() const { return cluster_radius + focus_ring_gap + focus_ring_stroke * 0.5f; }
};

// The lane an event sits in: the lane of its first actor.
int EventLane(const Dataset& ds, const Event& e);

// The plot's rectangle in `area`: right of the lane names, above the axis. The figure's time
// scale maps dates onto its width.
Rect TimelinePlot(const Rect& area, const TimelineMetrics& m);
// The height a timeline of `lanes` lanes needs so that each holds a cluster's badge clear of its
// name: the era strip, the axis, and per lane its name strip (names above) and a badge.
float TimelineMinHeight(int lanes, const TimelineMetrics& m);

// visible[i] says whether event i passes the filters; `priority` (or -1) gets its label placed first.
// With no `text_width`, markers and clusters are laid out and no label is placed (where a
// selection would land needs no more).
TimelineLayout LayoutTimeline(const Dataset& ds, const std::vector<bool>& visible, const TimeScale& scale,
                              const Rect& area, const TimelineMetrics& m, const TextWidthFn& text_width,
                              int priority);

// The marker of event `event` (an index into Dataset::events), or null when it has none.
const MarkerLayout* FindMarker(const TimelineLayout& layout, int event);

// The marker under `p`, searching a touch-sized circle around each marker; -1 if none.
// Among several, the nearest wins. Returns an index into layout.markers.
int HitTestMarker(const TimelineLayout& layout, Vec2 p, float target_size = kMinTouchTarget);

// The cluster under `p` (a touch-sized target round each badge), nearest first; -1 if none.
int HitTestCluster(const TimelineLayout& layout, Vec2 p, float target_size = kMinTouchTarget);

// The cluster event `event` is drawn in, or null.
const ClusterLayout* ClusterOf(const TimelineLayout& layout, int event);

// The view [start, end] (fractional years) a tap on a cluster eases to: its members across the
// plot, so all but the closest stand apart (those may form a smaller cluster to tap again).
std::pair<double, double> ExpandedView(const TimelineLayout& layout, const ClusterLayout& cluster, const TimeScale& shown);
// The view, centred on `event`, zoomed just far enough that it stands apart from the rest of
// its cluster: where a selection takes the reader.
std::pair<double, double> RevealView(const TimelineLayout& layout, const ClusterLayout& cluster, int event, const TimeScale& shown);

// True if two markers drawn on the plot (badges included) cover each other: the tests' check.
bool MarkersOverlap(const TimelineLayout& layout, const Dataset& ds);

// The boxes of all text on the plot: the visible labels, and lane names set inside it.
std::vector<Rect> TextBoxes(const TimelineLayout& layout);

// The stretches of an axis-aligned stroke (a connector between lanes, a date span's bar) that
// none of `boxes` covers, keeping `pad` px clear around each, so lines pass behind text instead
// of striking through it. Returned as [from, to] along the stroke's longer side, in order.
std::vector<std::pair<float, float>> RunsClearOf(const std::vector<Rect>& boxes, const Rect& stroke, float pad = 2.0f);

// Takes [cut0, cut1] out of `runs` (ordered, disjoint [from, to] stretches), splitting a run the
// cut falls inside. RunsClearOf and the related-event arrows cut their strokes round text with it.
void CutRuns(std::vector<std::pair<float, float>>& runs, float cut0, float cut1);

// True if any two visible labels overlap (or a label leaves the plot): the tests' check.
bool LabelsOverlap(const TimelineLayout& layout);

}  // namespace article
