// The browser shell's state: one figure on one canvas. Shared by the main loop,
// the input handlers and the JS bridge, all of which run on the browser's main thread.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "dataset.hpp"
#include "figure_state.hpp"
#include "figure_view.hpp"

namespace article::app {

constexpr const char* kCanvasSelector = "#article-canvas";

// Where the page's HTML event card is, as last told to it.
struct CardPlacement {
    std::string id;  // the event whose card shows; "" for the guide
    bool shown = false;
    Rect rect;
    bool operator==(const CardPlacement& o) const {
        return id == o.id && shown == o.shown && rect.x == o.rect.x && rect.y == o.rect.y && rect.w == o.rect.w && rect.h == o.rect.h;
    }
};

// Start-up after main(), one step per task: the dataset, the contexts, fonts, two frames whose
// code runs undrawn (so the browser compiles it), then the first frame. Nothing draws before Done.
enum class StartStep { Unpack, Context, Fonts, WarmTimeline, WarmFigure, FirstFrame, Done };

struct Shell {
    Dataset dataset;                       // unpacked at start-up; the figure reads it
    std::unique_ptr<Figure> figure;        // null when the dataset failed to load
    std::vector<std::string> error_lines;  // what the error view shows
    ui::FigureDrawn drawn;                 // last frame's geometry, for hit-tests between frames

    float css_width = 0, css_height = 0;   // canvas size in CSS px
    float pixel_ratio = 0;                 // devicePixelRatio the fonts were built for
    float ratio_override = 0;              // > 0 while an image is rendered at that density
    // The page says when the canvas may have changed size or density (ResizeObserver, resize,
    // a devicePixelRatio change). Reading the size every frame would force the browser to lay
    // the page out again inside the frame whenever the DOM had changed (an aria-live update,
    // the cursor style).
    bool size_dirty = true;
    bool frame_pending = false;
    int settle_frames = 0;                 // extra frames after input so ImGui's hover state settles
    double last_frame_ms = 0;
    bool pointer_cursor = false;           // the canvas's CSS cursor is "pointer" (changed only on change)
    bool activated = false;                // reader has clicked into the figure: the wheel may zoom
    bool context_lost = false;             // the browser dropped the WebGL context; nothing draws until it is back
    std::string announced_id;              // last selection reported to the page
    CardPlacement placed_card;             // the HTML card's place, as last told to the page
    std::string announced_quarter;         // "series/quarter" last read out, "" when the chart is not focused
    std::string state_json;                // buffer handed to JS

    // CPU time of recent frames (ms), for ./build-wasm.sh bench. A fixed ring: no allocation per frame.
    static constexpr int kFrameTimeCount = 4096;
    float frame_ms[kFrameTimeCount] = {};     // whole frame
    float frame_gl_ms[kFrameTimeCount] = {};  // of which: handing the draw lists to WebGL
    float frame_page_ms[kFrameTimeCount] = {};  // and telling the page (cursor, selection, announcements)
    int frame_vertices[kFrameTimeCount] = {};  // vertices uploaded
    bool frame_submitted[kFrameTimeCount] = {};  // reached WebGL (false: the canvas already showed it)
    int frame_time_next = 0, frame_time_count = 0;
    bool first_frame_reported = false;
    StartStep start_step = StartStep::Unpack;
    unsigned long long drawn_digest = 0;   // DrawDigest of what the canvas shows; 0: draw the next frame
};

Shell& TheShell();

// Asks for one frame at the next animation frame (no-op if one is already pending).
// Nothing draws otherwise: an idle article costs nothing.
void RequestFrame(int settle = 2);

void InstallInputHandlers();

// Draws one frame now (the rAF callback, also called by the benchmark through the bridge).
void DrawFrame(double now_ms);

// Keeps a reply to the page alive until the next one, and returns it as a C string.
const char* HoldReply(std::string text);

}  // namespace article::app
