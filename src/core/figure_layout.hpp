// How the canvas is divided between the timeline, the chart and the event card.
#pragma once
#include "geometry.hpp"

namespace article {

struct FigureRects {
    Rect timeline;
    Rect chart;
    Rect card;
    bool card_beside = false;  // true: the card has its own column; false: it overlays the chart
};

// Below this width the card overlays the chart instead of taking a column.
constexpr float kCardColumnMinWidth = 900.0f;
constexpr float kCardColumnWidth = 320.0f;

// The timeline and the chart under it share one time axis: the same plot from left to right. The
// chart's value axis needs this much on the left, and its line labels this much on the right.
constexpr float kChartValueAxisWidth = 36.0f;
inline float ChartLineLabelWidth(float area_w) { return area_w < 560 ? 64.0f : 80.0f; }

FigureRects LayoutFigure(float width, float height);

}  // namespace article
