// The WebGL2 canvas: context creation and sizing for the screen's pixel density.
#pragma once

namespace article::app {

// Creates a WebGL2 context on the canvas. False if the browser has no WebGL2.
bool CreateWebGlContext();

// Matches the canvas's backing store to its CSS size times the pixel ratio (`override_ratio` if
// above 0, else devicePixelRatio). True when the ratio changed (the fonts must be rasterised again).
bool SyncCanvasSize(float* css_w, float* css_h, float* ratio, float override_ratio = 0);

}  // namespace article::app
