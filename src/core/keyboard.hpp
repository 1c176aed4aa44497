// What each key does to the figure. The shell maps browser keys to these and
// prevents the browser's default only when a key was used, so Tab always leaves.
#pragma once
#include "figure_state.hpp"

namespace article {

enum class FigureKey { Left, Right, Up, Down, Home, End, Enter, Space, Escape, ZoomIn, ZoomOut, ZoomReset };

// Returns true when the key did something (the shell then stops the browser from scrolling).
bool HandleFigureKey(Figure& fig, FigureKey key);

}  // namespace article
