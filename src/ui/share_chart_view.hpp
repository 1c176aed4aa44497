// The market-share figure: lines per provider (bands drawn as bands, gaps left
// open), the AWS-minus-Microsoft gap, a snapshot of one quarter, and market size.
// Hover snaps a crosshair to the nearest quarter; event ticks select events.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "figure_state.hpp"
#include "geometry.hpp"
#include "share_chart_model.hpp"

namespace article::ui {

struct ShareChartDrawn {
    Rect plot;
    LinearScale x;  // fractional years -> px
    LinearScale y;  // value -> px
    std::vector<std::pair<int, Vec2>> event_ticks;  // event index, centre
    std::vector<std::pair<std::string, Rect>> legend;  // provider id, its clickable name
    std::vector<std::pair<int, Rect>> quarter_steps;   // the snapshot's earlier (-1) and later (+1) controls
};

// `time_plot` is the timeline's plot: the chart's plot spans the same x range, on the figure's
// shown time scale, so a date sits at one x in both.
ShareChartDrawn ShareChartView(Figure& fig, const Rect& area, const Rect& time_plot);

}  // namespace article::ui
