#include "web_canvas.hpp"

#include <cmath>

#include <emscripten/html5.h>

#include "shell.hpp"

namespace article::app {

bool CreateWebGlContext() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_TRUE;  // for ?transparent; the paper is drawn opaque otherwise, and blending keeps it so
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;             // ImGui anti-aliases its own geometry
    attrs.preserveDrawingBuffer = EM_TRUE;  // we draw only on change; the last frame must stay readable
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context(kCanvasSelector, &attrs);
    if (ctx <= 0) return false;
    emscripten_webgl_make_context_current(ctx);
    return true;
}

bool SyncCanvasSize(float* css_w, float* css_h, float* ratio, float override_ratio) {
    double w = 0, h = 0;
    emscripten_get_element_css_size(kCanvasSelector, &w, &h);
    float dpr = override_ratio > 0 ? override_ratio : float(emscripten_get_device_pixel_ratio());
    if (dpr <= 0) dpr = 1;
    int pw = int(std::lround(w * dpr)), ph = int(std::lround(h * dpr));
    int cur_w = 0, cur_h = 0;
    emscripten_get_canvas_element_size(kCanvasSelector, &cur_w, &cur_h);
    if (cur_w != pw || cur_h != ph) emscripten_set_canvas_element_size(kCanvasSelector, pw, ph);
    *css_w = float(w);
    *css_h = float(h);
    bool changed = dpr != *ratio;
    *ratio = dpr;
    return changed;
}

}  // namespace article::app
