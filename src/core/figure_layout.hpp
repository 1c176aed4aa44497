// How the canvas is divided between the timeline, the chart and the event card.
#pragma once
#include "geometry.hpp"

namespace article {

struct FigureRects {
    Rect timeline;
    Rect chart;
    Rect card;
    bool card_beside = false;  // true: the card has its own column; false: it overlays the chart
    bool has_chart = true;     // false for a story without share data: chart is empty
};

// Below this width the card overlays the chart instead of taking a column: a column beside a
// narrower figure would leave the timeline's plot under about 600 px (at 1440 px, beside the story's
// steps, it had left 390).
constexpr float kCardColumnMinWidth = 1100.0f;
constexpr float kCardColumnWidth = 320.0f;

// The timeline and the chart under it share one time axis: the same plot from left to right. The
// chart's value axis needs this much on the left; its line labels, measured in their font, take
// what they need on the right (the timeline's view sets both).
constexpr float kChartValueAxisWidth = 36.0f;

// Without a chart (a story with no share series) the timeline takes the whole height beside a
// card column; on a narrower figure it keeps its usual height, and the card (or, with nothing
// selected, its guide) takes the room below it, where the chart would be.
// `min_timeline` (TimelineMinHeight) raises the timeline's share for a story of many lanes, as far
// as the chart's least height allows.
FigureRects LayoutFigure(float width, float height, bool with_chart = true, float min_timeline = 0);

}  // namespace article
