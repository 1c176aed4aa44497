// The numbers behind the market-share charts: scales with round ticks, runs of
// consecutive quarters (a missing quarter breaks the line), nearest quarter to
// a pointer, the AWS-minus-Microsoft gap, and the events inside a quarter.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dataset.hpp"
#include "geometry.hpp"

namespace article {

struct LinearScale {
    double d0 = 0, d1 = 1;  // domain
    float r0 = 0, r1 = 1;   // range in px (r0 may be below or above r1)
    float operator()(double v) const { return r0 + float((v - d0) / (d1 - d0)) * (r1 - r0); }
    double Invert(float px) const { return d0 + double(px - r0) / double(r1 - r0) * (d1 - d0); }
};

// Round tick values (1, 2, 2.5 or 5 times a power of ten) covering [lo, hi], at most max_count of them.
std::vector<double> NiceTicks(double lo, double hi, int max_count);
// The smallest round number >= v on the same step the ticks would use.
double NiceCeiling(double v, int max_count);
// How many steps a value axis `plot_height` px tall can label with its labels at least
// kMinTickSpacing px apart (between 1 and 4): short charts on small phones get fewer ticks.
constexpr float kMinTickSpacing = 24.0f;
int AxisStepsForHeight(float plot_height);

// Highest value (band tops and open bounds included) across the series, for the y domain.
double SeriesMax(const ShareSeries& s);

// A value axis from 0 (or a round number under `lowest`, when it is negative: a gap chart whose
// challenger leads) to a round number above `highest`.
std::pair<double, double> NiceDomain(double lowest, double highest, int max_count);

// Labels of height `h` wanted at the centres `ys`, moved apart as little as needed so none
// overlaps the next, and kept between `top` and `bottom` (centres from top + h/2 to bottom - h/2):
// a stack that would run off the bottom is pushed up. Where there is not room for all, they
// share what there is evenly. Returns the centres in the order given.
std::vector<float> StackLabels(const std::vector<float>& ys, float h, float top, float bottom);

// The one-quarter chart's scale: 0 to a round 10 at or above every value the series has
// published (high ends of ranges included), and never under 50, so no bar runs out of the plot
// and bars keep one scale from quarter to quarter.
double SnapshotScaleTop(const ShareSeries& s);

// Runs of point indices where `provider` has a value in consecutive quarters.
// A quarter missing from the data, or missing for this provider, ends a run.
std::vector<std::vector<int>> ConsecutiveRuns(const ShareSeries& s, const std::string& provider);

// The point whose quarter is nearest to time t (fractional years); -1 if the series is empty.
int NearestPoint(const ShareSeries& s, double t);
// The point for a quarter, or -1.
int PointAt(const ShareSeries& s, const Quarter& q);

// a - b as a reported range: bands widen the gap's range, open bounds stay open. Empty if either is missing.
std::optional<ReportedValue> Difference(const SharePoint& p, const std::string& a, const std::string& b);

// Indices of events whose date span overlaps the quarter.
std::vector<int> EventsInQuarter(const Dataset& ds, const Quarter& q);

// What the chart's tooltip (and the screen-reader announcement) says about one quarter.
struct QuarterValue {
    std::string provider, label, text;  // text: "33%", "32–34%", "over 34%" or "not reported"
    bool reported = false;
};
struct QuarterSummary {
    Quarter quarter;
    bool has_point = false;  // false: the firm published nothing we could source for this quarter
    std::vector<QuarterValue> values;
    std::string market;      // "$64.8bn" or ""
    std::string source;      // publisher
    std::string note;
};
QuarterSummary SummarizeQuarter(const Dataset& ds, const ShareSeries& s, const Quarter& q);
// Of the events at positions `xs` (px, any order) in one row of marks, those drawn: left to right,
// each at least `min_gap` px from the last one kept, and `keep` (an index into `xs`, or -1, the
// selected event) always, with the marks too close to it left out. Returns indices into `xs`.
std::vector<int> SpacedMarks(const std::vector<float>& xs, int keep, float min_gap);

// One sentence for screen readers: "Q2 2023, Synergy Research Group: AWS 32%, Microsoft 22%, Google 11%."
std::string DescribeQuarter(const QuarterSummary& sum, const ShareSeries& s);

// Value labels over bars, chosen left to right: each gets its full text, else its compact text,
// else nothing, so that no two drawn labels come within `gap` px of each other. A label is
// centred on x with its bottom at `bottom`. Returns the text to draw for each ("" for none).
struct BarLabel {
    float x = 0, bottom = 0;
    std::string text, compact;  // "over 19" and ">19"; compact may equal text
};
std::vector<std::string> FitBarLabels(const std::vector<BarLabel>& labels, float height,
                                      const std::function<float(const std::string&)>& width, float gap);

// The key to the chart's marks for values published only as "over" a figure or as a range,
// naming just the kinds the chart (share, gap or market) shows for this series; "" if none.
std::string ChartMarksKey(const Dataset& ds, const ShareSeries& s, ChartKind chart);

// The quarter the one-quarter chart shows: the focused one, else the series' last.
Quarter SnapshotQuarter(const ShareSeries& s, const std::optional<Quarter>& focused);
// Whether the series has a quarter before `q` (delta < 0) or after it (delta > 0).
bool HasQuarterBeyond(const ShareSeries& s, const Quarter& q, int delta);

// First and last quarter across all series (for the chart's time axis).
bool SeriesQuarterRange(const Dataset& ds, Quarter* first, Quarter* last);

// The left edge for a tooltip `width` wide beside a crosshair at `crosshair_x`, `gap` away: on
// the right if it fits inside the plot, else on the left if it fits there, else on the side
// with more room; always kept on a canvas `canvas_width` wide (a phone's plot is narrower than
// two tooltips), 4 px from its edges where the tooltip fits.
float TooltipBesideCrosshair(float crosshair_x, float width, float gap, const Rect& plot, float canvas_width);

}  // namespace article
