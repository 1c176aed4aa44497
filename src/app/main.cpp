// The browser shell: loads the embedded dataset, creates the WebGL2 canvas, and
// draws a frame only when something changed (input, animation, resize, a call
// from the page). With nothing happening, no frame is drawn and no code runs.
#include <cstdio>
#include <string>

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include "dataset_pack.hpp"
#include "locale.hpp"
#include "draw_style.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // InputEventsQueue: keep drawing until ImGui has consumed all input
#include "share_chart_model.hpp"
#include "shell.hpp"
#include "web_canvas.hpp"
#include "webgl_renderer.hpp"

extern const unsigned char article_data_packed[];
extern const std::size_t article_data_packed_size;
extern const unsigned char article_font_regular[];
extern const std::size_t article_font_regular_size;
extern const unsigned char article_font_semibold[];
extern const std::size_t article_font_semibold_size;
extern const unsigned char article_font_fallback1[];
extern const std::size_t article_font_fallback1_size;
extern const unsigned char article_font_fallback2[];
extern const std::size_t article_font_fallback2_size;

namespace article::app {

EM_JS(void, js_notify_ready, (int ok, const char* message), {
    if (Module.onArticleReady) Module.onArticleReady(!!ok, UTF8ToString(message), Module);
});

EM_JS(void, js_notify_selection, (const char* id, const char* headline, const char* date), {
    if (Module.onArticleSelection) Module.onArticleSelection(UTF8ToString(id), UTF8ToString(headline), UTF8ToString(date));
});

// The event card is HTML (web/figure.partial.html): the page shows the card of `id` (the guide
// when "") in the rectangle the layout keeps for it, or hides it when `shown` is 0.
EM_JS(void, js_notify_card, (const char* id, int shown, int beside, float x, float y, float w, float h), {
    if (Module.onArticleCard) Module.onArticleCard(UTF8ToString(id), !!shown, x, y, w, h, !!beside);
});

EM_JS(void, js_announce, (const char* text), {
    if (Module.onArticleAnnounce) Module.onArticleAnnounce(UTF8ToString(text));
});

EM_JS(void, js_set_cursor, (int pointer), {
    var c = document.getElementById("article-canvas");
    if (c) c.style.cursor = pointer ? "pointer" : "";
});

Shell& TheShell() {
    static Shell shell;
    return shell;
}

static EM_BOOL OnAnimationFrame(double now_ms, void*);

void RequestFrame(int settle) {
    Shell& s = TheShell();
    if (settle > s.settle_frames) s.settle_frames = settle;
    if (s.frame_pending) return;
    s.frame_pending = true;
    emscripten_request_animation_frame(OnAnimationFrame, nullptr);
}

static void RebuildFonts(float ratio) {
    ui::FontBytes bytes{article_font_regular, article_font_regular_size, article_font_semibold, article_font_semibold_size,
                        {article_font_fallback1, article_font_fallback2},
                        {article_font_fallback1_size, article_font_fallback2_size}};
    ui::BuildFonts(bytes, ratio);
    RendererUploadFonts();
    TheShell().drawn_digest = 0;  // the same vertices may now sample other glyphs
}

static void AnnounceSelection(Shell& s) {
    const FigureState& st = s.figure->State();
    std::string id = st.selected >= 0 ? s.figure->Data().events[size_t(st.selected)].id : "";
    if (id == s.announced_id) return;
    s.announced_id = id;
    if (id.empty()) {
        js_notify_selection("", "", "");
        return;
    }
    const Event& e = s.figure->Data().events[size_t(st.selected)];
    js_notify_selection(id.c_str(), e.headline.c_str(), DateToText(e.date).c_str());
}

static void PlaceCard(Shell& s) {
    const FigureRects& r = s.drawn.rects;
    const FigureState& st = s.figure->State();
    const bool open = CardShown(st, r.card_beside);
    const std::string id = open ? s.figure->Data().events[size_t(st.selected)].id : "";
    // A card column shows the guide when nothing is open, and so does the room under the timeline
    // of a figure without a chart.
    const bool shown = open || r.card_beside || !r.has_chart;
    const CardPlacement now{id, shown, r.card};
    if (now == s.placed_card) return;
    s.placed_card = now;
    js_notify_card(id.c_str(), shown ? 1 : 0, r.card_beside ? 1 : 0, r.card.x, r.card.y, r.card.w, r.card.h);
}

EM_JS(void, js_notify_context, (int lost), {
    if (Module.onArticleContext) Module.onArticleContext(!!lost);
});

// Browsers drop WebGL contexts (a GPU reset, too many contexts on one page: a host page full of
// embeds). Accepting the loss (returning true cancels the event's default) asks the browser to
// restore the context later; then every GL object is made again and the figure redraws in the
// same state. Until then nothing draws, and the page says why.
static EM_BOOL OnContextLost(int, const void*, void*) {
    Shell& s = TheShell();
    s.context_lost = true;
    js_notify_context(1);
    return EM_TRUE;
}

static EM_BOOL OnContextRestored(int, const void*, void*) {
    Shell& s = TheShell();
    if (!RendererInit()) return EM_TRUE;  // stays lost; the page keeps its message
    RebuildFonts(s.pixel_ratio);
    s.context_lost = false;
    js_notify_context(0);
    RequestFrame();
    return EM_TRUE;
}

// Hands the rest of the start-up to the page, which runs article_start_step() in later tasks.
EM_JS(void, js_start_steps, (), {
    if (Module.onArticleStartSteps) {
        Module.onArticleStartSteps(Module);
    } else {
        while (Module._article_start_step()) {}
    }
});

EM_JS(void, js_notify_first_frame, (), {
    if (Module.onArticleFirstFrame) Module.onArticleFirstFrame(performance.now());
});

// Under keyboard navigation of the chart, the focused quarter's values are read out once.
static void AnnounceQuarter(Shell& s) {
    const FigureState& st = s.figure->State();
    std::string key = st.chart_focused && st.quarter ? st.series + "/" + QuarterToIso(*st.quarter) : "";
    if (key == s.announced_quarter) return;
    s.announced_quarter = key;
    const ShareSeries* series = s.figure->Data().FindSeries(st.series);
    if (key.empty() || !series) return;
    js_announce(DescribeQuarter(SummarizeQuarter(s.figure->Data(), *series, *st.quarter), *series).c_str());
}

static EM_BOOL OnAnimationFrame(double now_ms, void*) {
    TheShell().frame_pending = false;
    DrawFrame(now_ms);
    return EM_FALSE;  // one frame per request
}

// Starts an ImGui frame of the canvas's size and density.
static void NewImGuiFrame(const Shell& s, float dt) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(s.css_width, s.css_height);
    io.DisplayFramebufferScale = ImVec2(s.pixel_ratio, s.pixel_ratio);
    io.DeltaTime = dt;
    ImGui::NewFrame();
}

void DrawFrame(double now_ms) {
    Shell& s = TheShell();
    if (s.context_lost || s.start_step != StartStep::Done) return;
    double cpu_start = emscripten_get_now();
    double dt = s.last_frame_ms > 0 ? (now_ms - s.last_frame_ms) / 1000.0 : 1.0 / 60.0;
    s.last_frame_ms = now_ms;
    if (dt <= 0 || dt > 0.25) dt = 1.0 / 60.0;  // after idle, don't jump animations

    if (s.size_dirty) {
        s.size_dirty = false;
        if (SyncCanvasSize(&s.css_width, &s.css_height, &s.pixel_ratio, s.ratio_override)) RebuildFonts(s.pixel_ratio);
    }
    if (s.figure) s.figure->Animate(dt);
    NewImGuiFrame(s, float(dt));
    InFrameState before;
    if (s.figure) {
        before = InFrameStateOf(s.figure->State());
        s.drawn = ui::FigureView(*s.figure);
    } else {
        ui::DatasetErrorView(s.error_lines);
    }
    ImGui::Render();

    double gl_start = emscripten_get_now();
    const Rgb paper = CurrentTheme().paper;
    const float alpha = TransparentPaper() ? 0.0f : 1.0f;  // premultiplied: a clear paper is all zeros
    const float clear[4] = {alpha * paper.r / 255.0f, alpha * paper.g / 255.0f, alpha * paper.b / 255.0f, alpha};
    const int viewport_w = int(s.css_width * s.pixel_ratio + 0.5f), viewport_h = int(s.css_height * s.pixel_ratio + 0.5f);
    // A frame that draws what the canvas already shows does not reach WebGL: where the GPU is
    // software, each frame handed over is rasterised and read back on the page's main thread.
    const unsigned long long digest = DrawDigest(ImGui::GetDrawData(), clear, viewport_w, viewport_h);
    const bool submit = digest != s.drawn_digest;
    if (submit) {
        s.drawn_digest = digest;
        glViewport(0, 0, viewport_w, viewport_h);
        glClearColor(clear[0], clear[1], clear[2], clear[3]);
        glClear(GL_COLOR_BUFFER_BIT);
        RendererDraw(ImGui::GetDrawData());
        RendererSubmit();
    }

    double page_start = emscripten_get_now();
    bool pointer = ImGui::GetMouseCursor() == ImGuiMouseCursor_Hand;
    if (pointer != s.pointer_cursor) {  // touch the DOM only when the cursor changes
        s.pointer_cursor = pointer;
        js_set_cursor(pointer);
    }
    if (s.figure) {
        s.figure->CountFrame();
        AnnounceSelection(s);
        AnnounceQuarter(s);
        PlaceCard(s);
    }
    double page_end = emscripten_get_now();
    bool input_left = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
    bool animating = s.figure && s.figure->Animating();
    // Input handled during this frame changed what it shows: the frame just drawn is stale.
    bool stale = s.figure && InFrameStateOf(s.figure->State()) != before;
    if (s.settle_frames > 0) s.settle_frames--;
    if (animating || input_left || stale || s.settle_frames > 0) RequestFrame(0);

    double end = emscripten_get_now();
    s.frame_ms[s.frame_time_next] = float(end - cpu_start);
    s.frame_gl_ms[s.frame_time_next] = float(page_start - gl_start);
    s.frame_page_ms[s.frame_time_next] = float(page_end - page_start);
    s.frame_vertices[s.frame_time_next] = ImGui::GetDrawData()->TotalVtxCount;
    s.frame_submitted[s.frame_time_next] = submit;
    s.frame_time_next = (s.frame_time_next + 1) % Shell::kFrameTimeCount;
    if (s.frame_time_count < Shell::kFrameTimeCount) s.frame_time_count++;
    if (!s.first_frame_reported) {
        s.first_frame_reported = true;
        js_notify_first_frame();
    }
}

// The build validated article.json and packed it (articlec pack); unpacking only reads.
static void LoadEmbeddedDataset(Shell& s) {
    std::string_view bytes(reinterpret_cast<const char*>(article_data_packed), article_data_packed_size);
    std::string error;
    if (UnpackDataset(bytes, &s.dataset, &error)) {
        s.figure = std::make_unique<Figure>(s.dataset);
        return;
    }
    s.error_lines.push_back("article.json: " + error);
}

// The WebGL context, ImGui's context, the shader and the style. Returns what the reader is told
// when the browser refuses them, or null.
static const char* CreateContext(Shell& s) {
    // The canvas gets its real size before the context exists, so the browser allocates the
    // drawing buffer once instead of making a 300x150 one and then replacing it.
    SyncCanvasSize(&s.css_width, &s.css_height, &s.pixel_ratio);
    s.size_dirty = false;
    if (!CreateWebGlContext()) return Tr(Msg::NoWebgl);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    if (!RendererInit()) return Tr(Msg::ShaderRefused);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is saved to the reader's storage
    io.LogFilename = nullptr;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.ConfigInputTrickleEventQueue = true;  // a fast tap still reaches ImGui as press, then release
    ui::ApplyArticleStyle();
    // From here, so that a context lost between the start-up's steps is restored too.
    emscripten_set_webglcontextlost_callback(kCanvasSelector, nullptr, EM_FALSE, OnContextLost);
    emscripten_set_webglcontextrestored_callback(kCanvasSelector, nullptr, EM_FALSE, OnContextRestored);
    return nullptr;
}

// Runs one frame's code without drawing it. The browser compiles each wasm function on its
// first call, on the page's main thread; this moves those compiles into a task of their own.
static void WarmUp(Shell& s, ui::FigureParts parts) {
    NewImGuiFrame(s, 1.0f / 60.0f);
    ui::FigureView(*s.figure, parts);
    ImGui::Render();
}

// The page runs each step in a task of its own, so that no task of the start-up holds the page
// for long (docs/decisions.md, "Start-up in steps"). Returns whether a step is left.
static bool RunStartStep(Shell& s) {
    switch (s.start_step) {
    case StartStep::Unpack:
        LoadEmbeddedDataset(s);
        s.start_step = StartStep::Context;
        return true;
    case StartStep::Context:
        if (const char* refused = CreateContext(s)) {
            s.start_step = StartStep::Done;
            js_notify_ready(0, refused);
            return false;
        }
        s.start_step = StartStep::Fonts;
        return true;
    case StartStep::Fonts:
        RebuildFonts(s.pixel_ratio);
        RendererWarmUp();
        s.start_step = s.figure ? StartStep::WarmTimeline : StartStep::FirstFrame;
        return true;
    case StartStep::WarmTimeline:
        WarmUp(s, ui::FigureParts::TimelineOnly);
        s.start_step = StartStep::WarmFigure;
        return true;
    case StartStep::WarmFigure:
        WarmUp(s, ui::FigureParts::All);
        s.start_step = StartStep::FirstFrame;
        return true;
    case StartStep::FirstFrame:
        break;
    case StartStep::Done:
        return false;
    }
    InstallInputHandlers();
    s.start_step = StartStep::Done;
    // The page sets what the first frame must show (reduced motion, the deep link's event)
    // from inside this call, then the first frame is drawn right here: waiting for the next
    // animation frame would put it behind the page's own setup and layout.
    if (s.figure) {
        js_notify_ready(1, "");
    } else {
        std::string msg = s.error_lines.empty() ? std::string(Tr(Msg::DataFailed)) : s.error_lines.front();
        js_notify_ready(0, msg.c_str());
    }
    RequestFrame();  // and a follow-up frame or two while ImGui's windows settle
    DrawFrame(emscripten_get_now());
    return false;
}

// The page calls this once per task after main() until it returns 0.
extern "C" EMSCRIPTEN_KEEPALIVE int article_start_step() {
    return RunStartStep(TheShell()) ? 1 : 0;
}

}  // namespace article::app

int main() {
    // Everything else runs in the start-up's steps, each in a task of its own.
    article::app::js_start_steps();
    return 0;
}
