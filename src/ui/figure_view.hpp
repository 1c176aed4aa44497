// The whole figure in one ImGui frame: timeline and chart, laid out by core's LayoutFigure,
// which also keeps the event card's place (the page draws the card in HTML there). The shell calls this between NewFrame and Render.
#pragma once
#include <vector>

#include "figure_layout.hpp"
#include "figure_state.hpp"
#include "share_chart_view.hpp"
#include "timeline_layout.hpp"

namespace article::ui {

struct FigureDrawn {
    FigureRects rects;
    TimelineLayout timeline;
    ShareChartDrawn chart;
};

// Sets ImGui's style for the article (paper background, the theme's colours). Call once.
void ApplyArticleStyle();

// Which parts a frame draws. Start-up runs the timeline alone once, in a task of its own, so the
// browser's first-call compiles of the figure's code are split across tasks (docs/decisions.md).
enum class FigureParts { TimelineOnly, All };

// Draws the figure filling ImGui's display size.
FigureDrawn FigureView(Figure& fig, FigureParts parts = FigureParts::All);

// Shown instead of the figure when the dataset did not load: what went wrong, where.
void DatasetErrorView(const std::vector<std::string>& lines);

}  // namespace article::ui
