// Browser input, turned into ImGui input (pointer) or figure intents (keys, pinch).
// The rules that keep a host page intact:
//  - keys are heard only while the canvas has focus, and Tab is never swallowed;
//  - the wheel zooms only with Ctrl/Cmd (or a trackpad pinch) or after the reader
//    clicked into the figure; otherwise the page scrolls as usual;
//  - touch never blocks vertical page scrolling (CSS touch-action: pan-y), and only
//    the end of a touch is claimed, to stop the browser's emulated mouse click.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "keyboard.hpp"
#include "shell.hpp"

namespace article::app {

EM_JS(float, js_canvas_left, (), {
    var c = document.getElementById("article-canvas");
    return c ? c.getBoundingClientRect().left : 0;
});

EM_JS(float, js_canvas_top, (), {
    var c = document.getElementById("article-canvas");
    return c ? c.getBoundingClientRect().top : 0;
});

namespace {

struct PointerState {
    bool down = false;
    // Pinch: two fingers, their distance and midpoint at the last event.
    bool pinching = false;
    float pinch_dist = 0;
    int touch_count = 0;
};
PointerState g_pointer;

void PointerMoved(float x, float y) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    RequestFrame();
}

void PointerButton(float x, float y, bool down) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);
    io.AddMouseButtonEvent(0, down);
    g_pointer.down = down;
    RequestFrame(3);
}

EM_BOOL OnMouseMove(int, const EmscriptenMouseEvent* e, void*) {
    ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    PointerMoved(float(e->targetX), float(e->targetY));
    return EM_FALSE;
}

EM_BOOL OnMouseDown(int, const EmscriptenMouseEvent* e, void*) {
    if (e->button != 0) return EM_FALSE;
    TheShell().activated = true;
    ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    PointerButton(float(e->targetX), float(e->targetY), true);
    return EM_FALSE;  // let the canvas take focus as usual
}

// Listens on the window so a drag released outside the canvas still ends.
EM_BOOL OnMouseUp(int, const EmscriptenMouseEvent* e, void*) {
    if (e->button != 0 || !g_pointer.down) return EM_FALSE;
    PointerButton(float(e->clientX) - js_canvas_left(), float(e->clientY) - js_canvas_top(), false);
    return EM_FALSE;
}

EM_BOOL OnMouseLeave(int, const EmscriptenMouseEvent*, void*) {
    if (!g_pointer.down) {
        ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        if (TheShell().figure) {
            TheShell().figure->SetHovered(-1);
            TheShell().figure->SetHoverQuarter(std::nullopt);
        }
        RequestFrame();
    }
    return EM_FALSE;
}

EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
    bool zoom_allowed = e->mouse.ctrlKey || e->mouse.metaKey || TheShell().activated;
    if (!zoom_allowed) return EM_FALSE;  // the page scrolls
    double dy = e->deltaY;
    if (e->deltaMode == DOM_DELTA_LINE) dy *= 16;
    if (e->deltaMode == DOM_DELTA_PAGE) dy *= 400;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(float(e->mouse.targetX), float(e->mouse.targetY));
    io.AddMouseWheelEvent(0.0f, float(std::clamp(-dy / 100.0, -3.0, 3.0)));
    RequestFrame();
    return EM_TRUE;
}

const EmscriptenTouchPoint* ChangedOrFirst(const EmscriptenTouchEvent* e) {
    for (int i = 0; i < e->numTouches; i++)
        if (e->touches[i].isChanged) return &e->touches[i];
    return e->numTouches > 0 ? &e->touches[0] : nullptr;
}

int ActiveTouches(const EmscriptenTouchEvent* e, int event_type) {
    int n = 0;
    for (int i = 0; i < e->numTouches; i++) {
        bool ended = (event_type == EMSCRIPTEN_EVENT_TOUCHEND || event_type == EMSCRIPTEN_EVENT_TOUCHCANCEL) &&
                     e->touches[i].isChanged;
        n += !ended;
    }
    return n;
}

void PinchMetrics(const EmscriptenTouchEvent* e, float* dist, float* mid_x) {
    const EmscriptenTouchPoint& a = e->touches[0];
    const EmscriptenTouchPoint& b = e->touches[1];
    *dist = std::hypot(float(a.targetX - b.targetX), float(a.targetY - b.targetY));
    *mid_x = float(a.targetX + b.targetX) * 0.5f;
}

EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    int active = ActiveTouches(e, type);
    Shell& s = TheShell();
    if (active >= 2 && e->numTouches >= 2) {
        float dist, mid;
        PinchMetrics(e, &dist, &mid);
        if (!g_pointer.pinching) {
            g_pointer.pinching = true;
            if (g_pointer.down) {  // a pinch is not a tap: release the emulated press off-canvas
                io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
                io.AddMouseButtonEvent(0, false);
                g_pointer.down = false;
            }
        } else if (s.figure && g_pointer.pinch_dist > 0 && dist > 0) {
            s.figure->Zoom(mid, double(dist / g_pointer.pinch_dist));
        }
        g_pointer.pinch_dist = dist;
        RequestFrame();
        return EM_TRUE;  // two fingers on the figure zoom it, not the page
    }
    const EmscriptenTouchPoint* t = ChangedOrFirst(e);
    if (!t) return EM_FALSE;
    float x = float(t->targetX), y = float(t->targetY);
    switch (type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART:
        if (!g_pointer.pinching) PointerButton(x, y, true);
        return EM_FALSE;  // never block the page's scroll from starting
    case EMSCRIPTEN_EVENT_TOUCHMOVE:
        if (!g_pointer.pinching) PointerMoved(x, y);
        return EM_FALSE;
    default:  // end or cancel
        if (active == 0) {
            bool was_pinching = g_pointer.pinching;
            g_pointer.pinching = false;
            if (!was_pinching && g_pointer.down) PointerButton(x, y, false);
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // no hover after a finger lifts
            RequestFrame(3);
        }
        // The page claims touchend (stopping the emulated mouse events that would follow) only
        // when the browser lets it be cancelled; returning true here would cancel it always.
        return EM_FALSE;
    }
}

bool KeyFromEvent(const EmscriptenKeyboardEvent* e, FigureKey* out) {
    struct Map { const char* key; FigureKey fk; };
    static const Map map[] = {
        {"ArrowLeft", FigureKey::Left}, {"ArrowRight", FigureKey::Right}, {"ArrowUp", FigureKey::Up},
        {"ArrowDown", FigureKey::Down}, {"Home", FigureKey::Home},        {"End", FigureKey::End},
        {"Enter", FigureKey::Enter},    {" ", FigureKey::Space},          {"Escape", FigureKey::Escape},
        {"+", FigureKey::ZoomIn},       {"=", FigureKey::ZoomIn},         {"-", FigureKey::ZoomOut},
        {"0", FigureKey::ZoomReset},
    };
    if (e->ctrlKey || e->metaKey || e->altKey) return false;  // browser shortcuts stay the browser's
    for (const Map& m : map)
        if (std::strcmp(e->key, m.key) == 0) {
            *out = m.fk;
            return true;
        }
    return false;
}

EM_BOOL OnKeyDown(int, const EmscriptenKeyboardEvent* e, void*) {
    Shell& s = TheShell();
    FigureKey key;
    if (!s.figure || !KeyFromEvent(e, &key)) return EM_FALSE;  // Tab and everything else pass through
    bool used = HandleFigureKey(*s.figure, key);
    if (used) RequestFrame();
    return used ? EM_TRUE : EM_FALSE;
}

EM_BOOL OnBlur(int, const EmscriptenFocusEvent*, void*) {
    TheShell().activated = false;
    RequestFrame();
    return EM_FALSE;
}

EM_BOOL OnFocus(int, const EmscriptenFocusEvent*, void*) {
    RequestFrame();
    return EM_FALSE;
}

}  // namespace

void InstallInputHandlers() {
    const char* c = kCanvasSelector;
    emscripten_set_mousemove_callback(c, nullptr, EM_FALSE, OnMouseMove);
    emscripten_set_mousedown_callback(c, nullptr, EM_FALSE, OnMouseDown);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnMouseUp);
    emscripten_set_mouseleave_callback(c, nullptr, EM_FALSE, OnMouseLeave);
    emscripten_set_wheel_callback(c, nullptr, EM_FALSE, OnWheel);
    emscripten_set_touchstart_callback(c, nullptr, EM_FALSE, OnTouch);
    emscripten_set_touchmove_callback(c, nullptr, EM_FALSE, OnTouch);
    emscripten_set_touchend_callback(c, nullptr, EM_FALSE, OnTouch);
    emscripten_set_touchcancel_callback(c, nullptr, EM_FALSE, OnTouch);
    emscripten_set_keydown_callback(c, nullptr, EM_FALSE, OnKeyDown);
    emscripten_set_blur_callback(c, nullptr, EM_FALSE, OnBlur);
    emscripten_set_focus_callback(c, nullptr, EM_FALSE, OnFocus);
}

}  // namespace article::app
