// The timeline: eras, lanes, date-precision spans, event markers with labels,
// arcs to related events, hover tooltips; click, drag, wheel and double-click.
#pragma once
#include "figure_state.hpp"
#include "geometry.hpp"
#include "timeline_layout.hpp"

namespace article::ui {

// Draws the timeline into `area` (CSS px) and turns pointer input over it into intents.
// Returns the layout it drew, so the shell and tests can find markers on screen.
TimelineLayout TimelineView(Figure& fig, const Rect& area);
// The least height the timeline needs at this width for the dataset's lanes (TimelineMinHeight).
float TimelineMinHeight(const Dataset& ds, float width);

}  // namespace article::ui
