// The page's handle on the figure (window.article in web/article-page.js wraps these): only
// what host pages use. The test and benchmark probes are in test_probes.cpp, in the test build only.
// Strings in are untrusted: ids are looked up, never interpreted.
#include <algorithm>
#include <cstdlib>
#include <string>

#include <emscripten/emscripten.h>

#include "figure_view.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "json_writer.hpp"
#include "shell.hpp"
#include "calendar.hpp"
#include "text_format.hpp"
#include "url_state.hpp"

extern const unsigned char article_font_regular[];
extern const std::size_t article_font_regular_size;
extern const unsigned char article_font_semibold[];
extern const std::size_t article_font_semibold_size;

using namespace article;
using namespace article::app;

const char* article::app::HoldReply(std::string text) {
    TheShell().state_json = std::move(text);
    return TheShell().state_json.c_str();
}
static const char* Hold(std::string text) { return HoldReply(std::move(text)); }

extern "C" {

// The figure's state as JSON: selection, step, chart, view window, frames drawn...
EMSCRIPTEN_KEEPALIVE const char* article_state_json() {
    Shell& s = TheShell();
    JsonWriter w;
    w.BeginObject();
    if (!s.figure) {
        w.Field("error", true).Field("errors", s.error_lines).EndObject();
        return Hold(w.text());
    }
    // The figure's own state, plus what only the shell knows: canvas size and pixel density.
    s.figure->WriteStateFields(w);
    w.Field("pixel_ratio", s.pixel_ratio);
    w.Field("context_lost", s.context_lost);
    // The density the font atlas was actually rasterised at (must follow pixel_ratio).
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    w.Field("font_density", atlas->ConfigData.empty() ? 0.0f : atlas->ConfigData[0].RasterizerDensity);
    w.Key("canvas").BeginObject().Field("width", s.css_width).Field("height", s.css_height).EndObject();
    w.EndObject();
    return Hold(w.text());
}

// One time axis, as a host page can read it: where a date ("2021", "2021-06", "2021-06-15"; the
// start of its span) falls on the timeline and on the chart, in CSS px from the canvas's left.
// The chart's x is absent while nothing draws it (a card over it, the one-quarter chart).
EMSCRIPTEN_KEEPALIVE const char* article_date_x_json(const char* date) {
    Shell& s = TheShell();
    PartialDate d;
    JsonWriter w;
    w.BeginObject();
    if (!s.figure || !ParseDate(date, &d)) return Hold(w.Field("found", false).EndObject().text());
    const double t = DateSpanStart(d);
    w.Field("found", true).Field("timeline", s.figure->State().shown.ToPx(t));
    if (s.drawn.chart.plot.w > 0 && s.figure->State().chart != ChartKind::Snapshot) w.Field("chart", s.drawn.chart.x(t));
    return Hold(w.EndObject().text());
}

EMSCRIPTEN_KEEPALIVE int article_select_event(const char* id) {
    Shell& s = TheShell();
    if (!s.figure) return 0;
    bool ok = std::string(id).empty() ? (s.figure->Select(-1), true) : s.figure->SelectById(id);
    RequestFrame();
    return ok ? 1 : 0;
}

// Deep links: "#event-id" from the URL. Unknown or malformed hashes change nothing.
EMSCRIPTEN_KEEPALIVE int article_select_from_hash(const char* hash) {
    Shell& s = TheShell();
    if (!s.figure) return 0;
    std::string id = EventIdFromHash(hash);
    if (id.empty() || !s.figure->SelectById(id)) return 0;
    RequestFrame();
    return 1;
}

EMSCRIPTEN_KEEPALIVE void article_apply_step(int step) {
    Shell& s = TheShell();
    if (!s.figure) return;
    s.figure->ApplyStep(step);
    RequestFrame();
}

// The HTML card's close button: a card column goes back to its guide, a card over the chart closes.
EMSCRIPTEN_KEEPALIVE void article_close_card() {
    Shell& s = TheShell();
    if (!s.figure) return;
    s.figure->DismissCard(s.drawn.rects.card_beside);
    RequestFrame();
}

EMSCRIPTEN_KEEPALIVE int article_step_count() {
    Shell& s = TheShell();
    return s.figure ? int(s.figure->Data().steps.size()) : 0;
}

EMSCRIPTEN_KEEPALIVE int article_set_series(const char* id) {
    Shell& s = TheShell();
    if (!s.figure || !s.figure->SetSeries(id)) return 0;
    RequestFrame();
    return 1;
}

EMSCRIPTEN_KEEPALIVE void article_set_chart(const char* chart) {
    Shell& s = TheShell();
    if (!s.figure) return;
    s.figure->SetChart(chart);
    RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void article_set_filter(int decisions_only, const char* toggle_actor) {
    Shell& s = TheShell();
    if (!s.figure) return;
    if (decisions_only >= 0) s.figure->SetDecisionsOnly(decisions_only != 0);
    if (toggle_actor && *toggle_actor) s.figure->ToggleActor(toggle_actor);
    RequestFrame();
}

// The page's colour scheme (prefers-color-scheme, ?dark=, or the host's article:theme message).
EMSCRIPTEN_KEEPALIVE void article_set_theme(int dark) {
    ThemeKind kind = dark ? ThemeKind::Dark : ThemeKind::Light;
    if (kind == CurrentThemeKind()) return;
    UseTheme(kind);
    ui::ApplyArticleStyle();
    RequestFrame();
}

// Forced colours (a Windows contrast theme): the system's Canvas, CanvasText, GrayText, Highlight
// and LinkText as 0xRRGGBB, which the page reads from the browser.
EMSCRIPTEN_KEEPALIVE void article_use_system_colors(int canvas, int canvas_text, int gray_text, int highlight, int link_text) {
    auto rgb = [](int v) { return Rgb{uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v)}; };
    UseSystemColors({rgb(canvas), rgb(canvas_text), rgb(gray_text), rgb(highlight), rgb(link_text)});
    ui::ApplyArticleStyle();
    RequestFrame();
}

// ?transparent: no paper behind the figure, for a host page of another colour.
EMSCRIPTEN_KEEPALIVE void article_set_transparent(int on) {
    UseTransparentPaper(on != 0);
    ui::ApplyArticleStyle();
    RequestFrame();
}

EMSCRIPTEN_KEEPALIVE void article_set_reduced_motion(int on) {
    Shell& s = TheShell();
    if (s.figure) s.figure->SetReducedMotion(on != 0);
}

// "Download image": draws one frame at `ratio` (2 for a PNG at twice the CSS size), which the page
// reads from the canvas at once; 0 goes back to the screen's own density.
EMSCRIPTEN_KEEPALIVE void article_render_at(float ratio) {
    Shell& s = TheShell();
    s.ratio_override = ratio > 0 ? std::min(ratio, 4.0f) : 0;
    s.size_dirty = true;
    s.frame_pending = false;
    DrawFrame(emscripten_get_now());
}

// The page calls this when the canvas may have a new size or pixel ratio (resize, a DPR change,
// the tab shown again): the size is read once, one frame is drawn, then idle again.
EMSCRIPTEN_KEEPALIVE void article_request_redraw() {
    TheShell().size_dirty = true;
    RequestFrame();
}

// The same font bytes the canvas uses, so the page's HTML text can use them without a request.
EMSCRIPTEN_KEEPALIVE const unsigned char* article_font_bytes(int semibold) {
    return semibold ? article_font_semibold : article_font_regular;
}

EMSCRIPTEN_KEEPALIVE int article_font_size(int semibold) {
    return int(semibold ? article_font_semibold_size : article_font_regular_size);
}

}  // extern "C"
