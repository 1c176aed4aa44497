// The WebGL2 canvas: context creation and sizing for the screen's pixel density.
#pragma once

namespace article::app {

// Creates a WebGL2 context on the canvas. False if the browser has no WebGL2.
bool CreateWebGlContext();

// Matches the canvas's backing store to its CSS size times devicePixelRatio.
// Returns true when the pixel ratio changed (the fonts must be rasterised again).
bool SyncCanvasSize(float* css_w, float* css_h, float* ratio);

}  // namespace article::app
