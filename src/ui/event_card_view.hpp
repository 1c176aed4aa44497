// The event card: headline, date at its precision, actors, body, quote, the road
// not taken, sources (as links) and related events (as chips that select them).
#pragma once
#include <string>
#include <vector>

#include "figure_state.hpp"
#include "geometry.hpp"

namespace article::ui {

// A link drawn on the canvas. Browsers open new tabs only inside a user-input handler,
// so the shell hit-tests these during the pointer event itself rather than a frame later.
struct LinkHotspot {
    Rect rect;
    std::string url;
};

// Draws the card (or, in its own column with nothing selected, a short guide and a key
// to the marker shapes). Appends the source links it drew to `links`.
void EventCardView(Figure& fig, const Rect& area, bool beside, std::vector<LinkHotspot>* links);

}  // namespace article::ui
