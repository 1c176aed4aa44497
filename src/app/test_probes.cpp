// Probes for the browser tests and the benchmark: where the figure drew things, frame times,
// the heap. Linked only into the test build (article_probed); the site ships without them.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <emscripten/emmalloc.h>
#include <emscripten/emscripten.h>
#include <malloc.h>

#include "dataset_pack.hpp"
#include "draw_style.hpp"
#include "json_writer.hpp"
#include "shell.hpp"
#include "text_format.hpp"

using namespace article;
using namespace article::app;

static const char* Hold(std::string text) { return HoldReply(std::move(text)); }

static std::string PointJson(bool found, float x, float y) {
    return FormatString("{\"found\":%s,\"x\":%.2f,\"y\":%.2f}", found ? "true" : "false", x, y);
}

extern "C" {

// How many of the events the timeline now shows have their label drawn, and how many stand in a
// cluster's badge: the benchmark's label coverage.
EMSCRIPTEN_KEEPALIVE const char* article_label_coverage_json() {
    Shell& s = TheShell();
    if (!s.figure) return Hold("null");
    const TimelineLayout& L = s.drawn.timeline;
    int labelled = 0, clustered = 0;
    for (const MarkerLayout& m : L.markers) {
        labelled += m.label_visible ? 1 : 0;
        clustered += m.cluster >= 0 ? 1 : 0;
    }
    return Hold(FormatString("{\"events\":%zu,\"markers\":%zu,\"labelled\":%d,\"clustered\":%d}", s.figure->Data().events.size(),
                             L.markers.size(), labelled, clustered));
}

// Every character the canvas may draw (CanvasCodepoints) that a font of the atlas has no glyph
// for, as code points: [] when every one is drawn, not replaced by ImGui's fallback "?".
EMSCRIPTEN_KEEPALIVE const char* article_missing_glyphs_json() {
    Shell& s = TheShell();
    if (!s.figure) return Hold("null");
    const ui::Fonts& f = ui::GetFonts();
    std::string out = "[";
    for (uint32_t c : CanvasCodepoints(s.figure->Data()))
        for (ImFont* font : {f.label, f.small, f.strong})
            if (!font->FindGlyphNoFallback(ImWchar(c))) {
                out += (out.size() > 1 ? "," : "") + std::to_string(c);
                break;
            }
    return Hold(out + "]");
}

// Where an event's marker is drawn on the timeline, in CSS px from the canvas's top-left, and
// how many events share its cluster's badge (0 when it is drawn alone).
EMSCRIPTEN_KEEPALIVE const char* article_event_marker_json(const char* id) {
    Shell& s = TheShell();
    if (!s.figure) return Hold(PointJson(false, 0, 0));
    const TimelineLayout& L = s.drawn.timeline;
    const MarkerLayout* m = FindMarker(L, s.figure->Data().FindEvent(id));
    if (!m) return Hold(PointJson(false, 0, 0));
    bool inside = m->center.x >= L.plot.x && m->center.x <= L.plot.Right();
    const size_t cluster = m->cluster >= 0 ? L.clusters[size_t(m->cluster)].markers.size() : 0;
    return Hold(FormatString("{\"found\":%s,\"x\":%.2f,\"y\":%.2f,\"cluster\":%zu}", inside ? "true" : "false",
                             m->center.x, m->center.y, cluster));
}

// The box of lane `i`'s name in the timeline's name column, in CSS px from the canvas's
// top-left: where the canvas sets a line of text in its strong font.
EMSCRIPTEN_KEEPALIVE const char* article_lane_name_json(const char* index) {
    const int i = std::atoi(index);
    Shell& s = TheShell();
    const TimelineLayout& L = s.drawn.timeline;
    if (!s.figure || i < 0 || i >= int(L.lanes.size()) || L.lanes[size_t(i)].name_box.w > 0) return Hold(PointJson(false, 0, 0));
    const LaneLayout& lane = L.lanes[size_t(i)];
    const ImFont* f = ui::GetFonts().strong;
    return Hold(FormatString("{\"found\":true,\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f}", lane.name_pos.x,
                             lane.name_pos.y - f->FontSize * 0.5f, ui::TextWidth(ui::GetFonts().strong, lane.label), f->FontSize));
}

// The box of the timeline axis's first year label (small font, muted ink), and its text.
EMSCRIPTEN_KEEPALIVE const char* article_axis_label_json() {
    Shell& s = TheShell();
    const TimelineLayout& L = s.drawn.timeline;
    if (!s.figure) return Hold(PointJson(false, 0, 0));
    TimeScale scale = s.figure->State().shown;
    scale.SetPixelRange(L.plot.x, L.plot.Right());
    const ImFont* f = ui::GetFonts().small;
    for (const Tick& t : TimeTicks(scale, 44.0f)) {
        if (t.label.empty() || t.x < L.plot.x) continue;
        const float x = std::round(t.x + 3.0f), y = std::round(L.axis_y + 6.0f);
        return Hold(FormatString("{\"found\":true,\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f,\"text\":\"%s\"}", x, y,
                                 ui::TextWidth(ui::GetFonts().small, t.label), f->FontSize, t.label.c_str()));
    }
    return Hold(PointJson(false, 0, 0));
}

// How wide the canvas sets `text` in one of its fonts (0 small, 1 label, 2 strong), in CSS px.
EMSCRIPTEN_KEEPALIVE float article_text_width(const char* text, int font) {
    const ui::Fonts& f = ui::GetFonts();
    ImFont* which = font == 0 ? f.small : font == 1 ? f.label : f.strong;
    return which ? ui::TextWidth(which, text) : -1.0f;
}

// Where an event's tick sits under the chart.
EMSCRIPTEN_KEEPALIVE const char* article_chart_event_marker_json(const char* id) {
    Shell& s = TheShell();
    if (!s.figure) return Hold(PointJson(false, 0, 0));
    int e = s.figure->Data().FindEvent(id);
    for (const auto& t : s.drawn.chart.event_ticks)
        if (t.first == e) return Hold(PointJson(true, t.second.x, t.second.y));
    return Hold(PointJson(false, 0, 0));
}

// The centre of the chart's plot at a quarter ("2023-Q2"), for hovering it.
EMSCRIPTEN_KEEPALIVE const char* article_quarter_point_json(const char* quarter) {
    Shell& s = TheShell();
    Quarter q;
    if (!s.figure || !ParseQuarter(quarter, &q) || s.drawn.chart.plot.w <= 0) return Hold(PointJson(false, 0, 0));
    const ui::ShareChartDrawn& c = s.drawn.chart;
    return Hold(PointJson(true, c.x(QuarterMidpoint(q)), c.plot.y + c.plot.h * 0.5f));
}

// The centre of the one-quarter chart's "earlier" or "later" control, if drawn and enabled.
EMSCRIPTEN_KEEPALIVE const char* article_quarter_step_json(const char* which) {
    int delta = std::string(which) == "earlier" ? -1 : 1;
    for (const auto& step : TheShell().drawn.chart.quarter_steps)
        if (step.first == delta)
            return Hold(PointJson(true, step.second.x + step.second.w * 0.5f, step.second.y + step.second.h * 0.5f));
    return Hold(PointJson(false, 0, 0));
}

// The most recent frames, oldest first, as {"total": [...], "gl": [...], "page": [...],
// "vertices": [...], "submitted": [...]}: CPU milliseconds of the whole frame, of its WebGL
// submission and of the calls that tell the page what changed (cursor, selection,
// announcements), the vertices it made, and 1 if it reached WebGL (0: the canvas showed it
// already). Clears the record.
EMSCRIPTEN_KEEPALIVE const char* article_frame_times_json() {
    Shell& s = TheShell();
    int start = (s.frame_time_next - s.frame_time_count + Shell::kFrameTimeCount) % Shell::kFrameTimeCount;
    JsonWriter w;
    auto series = [&](const char* key, auto value_at) {
        w.Key(key).BeginArray();
        for (int i = 0; i < s.frame_time_count; i++) w.Number(value_at((start + i) % Shell::kFrameTimeCount));
        w.EndArray();
    };
    w.BeginObject();
    series("total", [&](int k) { return double(s.frame_ms[k]); });
    series("gl", [&](int k) { return double(s.frame_gl_ms[k]); });
    series("page", [&](int k) { return double(s.frame_page_ms[k]); });
    series("vertices", [&](int k) { return double(s.frame_vertices[k]); });
    series("submitted", [&](int k) { return s.frame_submitted[k] ? 1.0 : 0.0; });
    w.EndObject();
    s.frame_time_count = 0;
    return Hold(w.text());
}

// Bytes of the wasm heap held by live allocations (with their headers), how many free blocks
// the heap has, and the heap's total size. Free blocks' headers are left out of "used": how
// many of them there are follows where things happened to be placed, not what is alive.
EMSCRIPTEN_KEEPALIVE const char* article_heap_json() {
    struct mallinfo info = mallinfo();
    size_t free_blocks = size_t(info.ordblks + info.smblks);
    size_t used = size_t(info.uordblks) - free_blocks * 2 * sizeof(uint32_t);  // emmalloc's region header
    return Hold(FormatString("{\"used\":%zu,\"freeBlocks\":%zu,\"heap\":%zu}", used, free_blocks,
                             emmalloc_dynamic_heap_size()));
}

// Draws a frame immediately (the benchmark's scripted interactions run faster than rAF).
EMSCRIPTEN_KEEPALIVE void article_draw_now() {
    TheShell().frame_pending = false;
    DrawFrame(emscripten_get_now());
}

}  // extern "C"
