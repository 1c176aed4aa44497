// The views, run headlessly: real ImGui frames with no GPU, fed synthetic input,
// asserting what the figure's state does. Draw data is produced and discarded.
#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <iterator>
#include <set>

#include <cmath>
#include <optional>
#include <string>

#include "dataset_load.hpp"
#include "draw_style.hpp"
#include "figure_view.hpp"
#include "keyboard.hpp"
#include "share_chart_model.hpp"
#include "theme.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // ImFormatString

using namespace article;

extern const unsigned char story_fixture_json[];
extern const std::size_t story_fixture_json_size;

struct HeadlessFigure {
    Dataset ds;
    Figure* fig = nullptr;
    ui::FigureDrawn drawn;

    explicit HeadlessFigure(float w = 1280, float h = 720, const std::string& fixture = "") {
        std::string text(reinterpret_cast<const char*>(story_fixture_json), story_fixture_json_size);
        if (!fixture.empty()) {
            std::ifstream f(std::string(ARTICLE_TEST_DATA_DIR) + "/" + fixture, std::ios::binary);
            text.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
        }
        LoadResult loaded = LoadDataset(text);
        REQUIRE(loaded.ok());
        ds = loaded.dataset;
        fig = new Figure(ds);
        fig->SetReducedMotion(true);
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(w, h);
        io.DeltaTime = 1.0f / 60.0f;
        ui::BuildBuiltinFonts(1.0f);
        unsigned char* px;
        int tw, th;
        io.Fonts->GetTexDataAsRGBA32(&px, &tw, &th);  // a real backend would upload this
        ui::ApplyArticleStyle();
        Frame();
    }
    ~HeadlessFigure() {
        ImGui::DestroyContext();
        delete fig;
    }
    void Frame() {
        ImGui::NewFrame();
        drawn = ui::FigureView(*fig);
        ImGui::Render();
        fig->CountFrame();
    }
    void MoveTo(Vec2 p) {
        ImGui::GetIO().AddMousePosEvent(p.x, p.y);
        Frame();
        Frame();
    }
    void Click(Vec2 p) {
        MoveTo(p);
        ImGui::GetIO().AddMouseButtonEvent(0, true);
        Frame();
        ImGui::GetIO().AddMouseButtonEvent(0, false);
        Frame();
        Frame();
    }
    Vec2 MarkerOf(const std::string& id) const {
        int e = ds.FindEvent(id);
        for (const MarkerLayout& m : drawn.timeline.markers)
            if (m.event == e) return m.center;
        FAIL("no marker for " << id);
        return {};
    }
};

// The tooltip ImGui shows now, if any.
static ImGuiWindow* ActiveTooltip() {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if ((w->Flags & ImGuiWindowFlags_Tooltip) && w->Active) return w;
    return nullptr;
}

TEST_CASE("clicking a timeline marker selects its event and opens the card") {
    HeadlessFigure h;
    h.Click(h.MarkerOf("aws-declines-openai"));
    REQUIRE(h.fig->State().selected == h.ds.FindEvent("aws-declines-openai"));
    CHECK(h.fig->State().card_open);
}

TEST_CASE("a click a little off the marker still selects it (touch-sized target)") {
    HeadlessFigure h;
    Vec2 p = h.MarkerOf("chatgpt-launch");
    h.Click({p.x + 4, p.y + 15});
    CHECK(h.fig->State().selected == h.ds.FindEvent("chatgpt-launch"));
}

TEST_CASE("hovering a marker sets it as hovered") {
    HeadlessFigure h;
    h.MoveTo(h.MarkerOf("gpt4-release"));
    CHECK(h.fig->State().hovered == h.ds.FindEvent("gpt4-release"));
}

TEST_CASE("a marker's tooltip keeps its text clear of its border") {
    HeadlessFigure h;
    h.MoveTo(h.MarkerOf("gpt4-release"));
    ImGuiWindow* tip = ActiveTooltip();
    REQUIRE(tip != nullptr);
    CHECK(tip->WindowPadding.x >= 8.0f);
    CHECK(tip->WindowPadding.y >= 6.0f);
    CHECK(tip->ContentRegionRect.Min.x >= tip->Pos.x + 8.0f);  // where the headline starts
    CHECK(ImGui::GetStyle().WindowPadding.x == 0.0f);          // the figure's window is left as it was
}

TEST_CASE("dragging the timeline pans it instead of selecting") {
    HeadlessFigure h;
    h.fig->Zoom(600, 3.0);
    h.Frame();
    double before = h.fig->State().shown.ViewStart();
    Vec2 start = {h.drawn.timeline.plot.x + 300, h.drawn.timeline.plot.y + 5};
    h.MoveTo(start);
    ImGui::GetIO().AddMouseButtonEvent(0, true);
    h.Frame();
    for (int i = 1; i <= 10; i++) {
        ImGui::GetIO().AddMousePosEvent(start.x + i * 10.0f, start.y);
        h.Frame();
    }
    ImGui::GetIO().AddMouseButtonEvent(0, false);
    h.Frame();
    CHECK(h.fig->State().shown.ViewStart() < before);
    CHECK(h.fig->State().selected == -1);
}

TEST_CASE("the wheel over the timeline zooms around the pointer") {
    HeadlessFigure h;
    h.MoveTo({h.drawn.timeline.plot.x + 200, h.drawn.timeline.plot.y + 20});
    ImGui::GetIO().AddMouseWheelEvent(0, 2);
    h.Frame();
    CHECK(h.fig->State().target.IsZoomed());
}

TEST_CASE("hovering the chart snaps to the nearest quarter") {
    HeadlessFigure h;
    const ui::ShareChartDrawn& c = h.drawn.chart;
    float x = c.x(QuarterMidpoint(Quarter{2020, 2}));
    h.MoveTo({x + 2, c.plot.y + c.plot.h * 0.5f});
    REQUIRE(h.fig->State().hover_quarter.has_value());
    CHECK(*h.fig->State().hover_quarter == Quarter{2020, 2});
}

TEST_CASE("a quarter's tooltip sits beside the crosshair, clear of the quarter's points, and on the canvas") {
    for (float width : {1280.0f, 390.0f}) {
        for (Quarter q : {Quarter{2018, 3}, Quarter{2021, 2}, Quarter{2023, 4}}) {
            INFO("canvas " << width << " px, Q" << q.q << " " << q.year);
            HeadlessFigure h(width, 720);
            const ui::ShareChartDrawn& c = h.drawn.chart;
            const float x = c.x(QuarterMidpoint(q));
            h.MoveTo({x + 1, c.plot.y + c.plot.h * 0.6f});
            h.Frame();  // a tooltip is measured in its first frame, placed from its second
            ImGuiWindow* tip = ActiveTooltip();
            REQUIRE(tip != nullptr);
            CHECK(tip->Pos.x >= 0.0f);
            CHECK(tip->Pos.x + tip->Size.x <= width);
            CHECK(std::fabs(tip->Pos.y - c.plot.y) < 1.0f);  // ImGui keeps windows on whole pixels
            if (width > 1000) {  // room on either side: the crosshair's line stays uncovered
                const bool clear = tip->Pos.x >= x || tip->Pos.x + tip->Size.x <= x;
                CHECK(clear);
            }
        }
    }
}

TEST_CASE("a chart title wider than a narrow canvas wraps onto a second line instead of being cut") {
    HeadlessFigure h(300, 600);
    const Rect& area = h.drawn.rects.chart;
    const float line = ui::GetFonts().strong->FontSize;
    float right = 0, bottom = 0;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; l < dd->CmdListsCount; l++)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
            if (v.col == ui::Ink() && v.pos.y >= area.y && v.pos.y < area.y + line * 2.5f) {
                right = std::max(right, v.pos.x);
                bottom = std::max(bottom, v.pos.y);
            }
    CHECK(right <= area.Right());
    CHECK(bottom > area.y + line * 1.2f);  // a second line
    CHECK(h.drawn.chart.plot.y > area.y + line * 2);  // and the plot starts below it
}

TEST_CASE("a quarter reached by keyboard shows the tooltip the pointer would") {
    HeadlessFigure h;
    h.fig->SetChartFocused(true);
    h.fig->FocusQuarter(Quarter{2021, 2});
    h.Frame();
    h.Frame();  // measured in its first frame, placed from its second
    ImGuiWindow* tip = ActiveTooltip();
    REQUIRE(tip != nullptr);
    CHECK(std::fabs(tip->Pos.y - h.drawn.chart.plot.y) < 1.0f);
    h.fig->SetChartFocused(false);
    h.Frame();
    CHECK(ActiveTooltip() == nullptr);
}

TEST_CASE("clicking an event tick under the chart selects that event") {
    HeadlessFigure h;
    int target = h.ds.FindEvent("microsoft-invests-openai");
    Vec2 at{};
    for (const auto& t : h.drawn.chart.event_ticks)
        if (t.first == target) at = t.second;
    REQUIRE(at.x > 0);
    h.Click(at);
    CHECK(h.fig->State().selected == target);
}

// What the last frame drew, as vertices: a mark is found by its colour and where it sits.
static bool DrewNear(ImU32 col, Vec2 at, float tolerance) {
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; l < dd->CmdListsCount; l++)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
            if (v.col == col && std::fabs(v.pos.x - at.x) <= tolerance && std::fabs(v.pos.y - at.y) <= tolerance) return true;
    return false;
}

static int VerticesInside(ImU32 col, const Rect& r) {
    const ImDrawData* dd = ImGui::GetDrawData();
    int n = 0;
    for (int l = 0; l < dd->CmdListsCount; l++)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
            n += v.col == col && r.Contains(Vec2{v.pos.x, v.pos.y});
    return n;
}

static ImU32 ProviderInk(const Dataset& ds, const Provider& p) {
    return p.actor.empty() ? ui::Color(Themed(NeutralColor())) : ui::ActorColor(ds, p.actor);
}

static HeadlessFigure& ShowChart(HeadlessFigure& h, const char* chart) {
    h.fig->SetSeries("synergy");
    h.fig->SetChart(chart);
    h.Frame();
    REQUIRE(std::string(ChartKindName(h.fig->State().chart)) == chart);
    REQUIRE(h.drawn.chart.plot.w > 0);
    return h;
}

TEST_CASE("the share chart draws each provider's line through every point it has") {
    HeadlessFigure h;
    const ui::ShareChartDrawn& c = ShowChart(h, "share").drawn.chart;
    const ShareSeries& s = *h.ds.FindSeries("synergy");
    int checked = 0;
    for (const SharePoint& p : s.points)
        for (const Provider& prov : s.providers) {
            auto v = p.shares.find(prov.id);
            if (v == p.shares.end() || !v->second.IsPoint()) continue;
            Vec2 at{float(c.x(QuarterMidpoint(p.quarter))), float(c.y(v->second.low))};
            INFO(prov.id << " " << QuarterToIso(p.quarter));
            CHECK(DrewNear(ProviderInk(h.ds, prov), at, 2.5f));
            checked++;
        }
    CHECK(checked >= 10);
}

// Checks that `chart` draws, for every quarter `value_of` gives a value for, a bar in `colour`
// from zero up to that value.
template <class ValueOf>
static void CheckBarsFromZero(const char* chart, ImU32 (*colour)(const Dataset&), ValueOf value_of) {
    HeadlessFigure h;
    const ui::ShareChartDrawn& c = ShowChart(h, chart).drawn.chart;
    int checked = 0;
    for (const SharePoint& p : h.ds.FindSeries("synergy")->points) {
        std::optional<ReportedValue> v = value_of(h.ds, p);
        if (!v) continue;
        INFO(chart << " " << QuarterToIso(p.quarter));
        float x = float(c.x(QuarterMidpoint(p.quarter)));
        CHECK(DrewNear(colour(h.ds), Vec2{x, float(c.y(v->low))}, 8.0f));
        CHECK(DrewNear(colour(h.ds), Vec2{x, float(c.y(0))}, 8.0f));
        checked++;
    }
    CHECK(checked >= 5);
}

TEST_CASE("the gap chart draws a bar in the leader's colour up to each quarter's lead") {
    CheckBarsFromZero(
        "gap", [](const Dataset& ds) { return ProviderInk(ds, *ds.FindProvider(ds.meta.gap.leader)); },
        [](const Dataset& ds, const SharePoint& p) { return Difference(p, ds.meta.gap.leader, ds.meta.gap.challenger); });
}

TEST_CASE("the market chart draws a bar from zero to each quarter's total") {
    CheckBarsFromZero(
        "market", [](const Dataset&) { return ui::Muted(); },
        [](const Dataset&, const SharePoint& p) { return p.market_usd_bn; });
}

TEST_CASE("the one-quarter chart draws a bar for every provider reported that quarter, inside its plot") {
    HeadlessFigure h;
    const ui::ShareChartDrawn& c = ShowChart(h, "snapshot").drawn.chart;
    const ShareSeries& s = *h.ds.FindSeries("synergy");
    const SharePoint& last = s.points.back();
    int checked = 0;
    for (const Provider& prov : s.providers) {
        if (!last.shares.count(prov.id)) continue;
        INFO(prov.id);
        CHECK(VerticesInside(ProviderInk(h.ds, prov), c.plot) >= 4);
        checked++;
    }
    CHECK(checked >= 2);
}

TEST_CASE("changing the chart leaves the selection as it was") {
    HeadlessFigure h;
    h.fig->SelectById("microsoft-invests-openai");
    int selected = h.fig->State().selected;
    REQUIRE(selected >= 0);
    for (const char* chart : {"share", "gap", "snapshot", "market"}) {
        h.fig->SetChart(chart);
        h.Frame();
        CHECK(h.fig->State().selected == selected);
    }
}

TEST_CASE("the timeline draws every placed marker in its actor's colour at its centre") {
    HeadlessFigure h;
    const TimelineLayout& L = h.drawn.timeline;
    REQUIRE(L.markers.size() == h.ds.events.size());
    for (const MarkerLayout& m : L.markers) {
        if (!L.marker_clip.Contains(m.center) || m.cluster >= 0) continue;
        const Event& e = h.ds.events[size_t(m.event)];
        INFO(e.id);
        CHECK(DrewNear(ui::ActorColor(h.ds, e.actors.front()), m.center, TimelineMetrics{}.marker_radius * 1.5f));
    }
}

TEST_CASE("a cluster is drawn as a grey badge, and a tap on it zooms until its events stand apart") {
    HeadlessFigure h(375, 667);
    REQUIRE_FALSE(h.drawn.timeline.clusters.empty());
    const ClusterLayout c = h.drawn.timeline.clusters.front();
    CHECK(DrewNear(ui::Muted(), c.center, c.radius + 1.0f));  // a filled circle's vertices are on its edge
    std::vector<int> members;
    for (int k : c.markers) members.push_back(h.drawn.timeline.markers[size_t(k)].event);
    h.Click(c.center);
    CHECK(h.fig->State().target.IsZoomed());
    for (int e : members) {
        INFO(h.ds.events[size_t(e)].id);
        CHECK(ClusterOf(h.drawn.timeline, e) == nullptr);
    }
}

TEST_CASE("hovering a cluster lists its events' labels in a tooltip") {
    HeadlessFigure h(375, 667);
    REQUIRE_FALSE(h.drawn.timeline.clusters.empty());
    const ClusterLayout c = h.drawn.timeline.clusters.front();
    h.MoveTo(c.center);
    ImGuiWindow* tip = ActiveTooltip();
    REQUIRE(tip != nullptr);
    // One line per event.
    CHECK(tip->ContentSize.y >= float(c.markers.size()) * ui::GetFonts().label->FontSize);
    CHECK(tip->ContentSize.y < float(c.markers.size() + 1) * ui::GetFonts().label->FontSize * 1.5f);
    CHECK(h.fig->State().hovered == -1);
}

TEST_CASE("the canvas leaves the card's rectangle to the page's HTML card") {
    HeadlessFigure h;
    h.fig->SelectById("microsoft-invests-openai");
    h.fig->OpenCard();
    h.Frame();
    const Rect& card = h.drawn.rects.card;
    REQUIRE(card.w > 0);
    REQUIRE(h.drawn.rects.card_beside);
    CHECK(VerticesInside(ui::Ink(), card) == 0);
    CHECK(VerticesInside(ui::Ink(), Rect{0, 0, card.x, 720}) > 200);  // the timeline and chart still draw beside it
}

TEST_CASE("clicking a provider's name in the legend hides its line, and again shows it") {
    HeadlessFigure h;
    Rect google{};
    for (const auto& entry : h.drawn.chart.legend)
        if (entry.first == "google") google = entry.second;
    REQUIRE(google.w > 0);
    Vec2 at{google.x + google.w / 2, google.y + google.h / 2};
    h.Click(at);
    CHECK(h.fig->State().hidden_providers.count("google") == 1);
    h.Click(at);
    CHECK(h.fig->State().hidden_providers.empty());
}

TEST_CASE("on a phone-sized canvas the share chart's value axis takes as many steps as its height allows") {
    HeadlessFigure h(375, 347);
    const ui::ShareChartDrawn& chart = h.drawn.chart;
    int steps = AxisStepsForHeight(chart.plot.h);
    REQUIRE(steps < 4);  // the chart is short enough to need it
    double top = NiceCeiling(std::max(SeriesMax(*h.ds.FindSeries(h.fig->State().series)), 10.0), steps);
    CHECK(chart.y.d1 == top);  // the scale the view drew is the one its height allows
}

TEST_CASE("on a phone-sized canvas the chart under an open card is not drawn, and comes back when it closes") {
    HeadlessFigure h(375, 600);
    REQUIRE(h.drawn.chart.plot.w > 0);
    h.fig->SelectById("chatgpt-launch");
    h.Frame();
    REQUIRE(h.fig->State().card_open);
    CHECK(h.drawn.chart.plot.w == 0);
    CHECK(h.drawn.chart.event_ticks.empty());
    CHECK(VerticesInside(ui::Ink(), h.drawn.rects.timeline) > 50);  // the timeline above it still draws
    h.fig->CloseCard();
    h.Frame();
    CHECK(h.drawn.chart.plot.w > 0);
}

TEST_CASE("the one-quarter chart's arrows step through the quarters") {
    HeadlessFigure h;
    h.fig->SetSeries("synergy");
    h.fig->SetChart("snapshot");
    h.Frame();
    auto control = [&](int delta) {
        for (const auto& entry : h.drawn.chart.quarter_steps)
            if (entry.first == delta) return entry.second;
        return Rect{};
    };
    CHECK(control(+1).w == 0);  // on the last quarter there is no later one
    Rect earlier = control(-1);
    REQUIRE(earlier.w >= kMinTouchTarget);
    h.Click({earlier.x + earlier.w / 2, earlier.y + earlier.h / 2});
    REQUIRE(h.fig->State().quarter);
    CHECK(QuarterToIso(*h.fig->State().quarter) == "2023-Q3");
    Rect later = control(+1);
    REQUIRE(later.w > 0);
    h.Click({later.x + later.w / 2, later.y + later.h / 2});
    CHECK(QuarterToIso(*h.fig->State().quarter) == "2023-Q4");
}

// Vertices of lines and filled shapes (not text) in the last frame's draw data: their UVs are the
// atlas's white pixel or its baked anti-aliased line texture, where glyphs have UVs of their own.
// With `only_colour`, just the vertices of that colour (a shape's core, not its fading fringe).
// True for a vertex of a shape (the atlas's white pixel or its anti-aliased line texels), false
// for a glyph's.
static bool IsShapeUv(ImVec2 uv) {
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (uv.x == atlas->TexUvWhitePixel.x && uv.y == atlas->TexUvWhitePixel.y) return true;
    for (const ImVec4& row : atlas->TexUvLines)
        if (uv.x >= row.x && uv.x <= row.z && uv.y >= row.y && uv.y <= row.w) return true;
    return false;
}

static std::vector<ImVec2> ShapeVertices(ImU32 only_colour = 0) {
    std::vector<ImVec2> out;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int n = 0; n < dd->CmdListsCount; n++)
        for (const ImDrawVert& v : dd->CmdLists[n]->VtxBuffer)
            if (IsShapeUv(v.uv) && (only_colour == 0 || v.col == only_colour)) out.push_back(v.pos);
    return out;
}

// How many of `vertices` lie inside some label or lane name on the timeline.
static int InText(const HeadlessFigure& h, const std::vector<ImVec2>& vertices) {
    int inside = 0;
    for (ImVec2 p : vertices)
        for (const Rect& b : TextBoxes(h.drawn.timeline))  // shrunk by the anti-aliasing fringe
            inside += p.x > b.x + 1.5f && p.x < b.Right() - 1.5f && p.y > b.y + 1.5f && p.y < b.Bottom() - 1.5f;
    return inside;
}

TEST_CASE("on the timeline no connector, date bar or other line is drawn through a label or lane name") {
    for (ImVec2 size : {ImVec2(1280, 720), ImVec2(768, 600), ImVec2(375, 600)}) {
        HeadlessFigure h(size.x, size.y);
        REQUIRE(TextBoxes(h.drawn.timeline).size() > 4);
        INFO("canvas " << size.x << "x" << size.y);
        CHECK(InText(h, ShapeVertices()) == 0);
    }
}

TEST_CASE("the arrows from a selected event to its related ones are never drawn through text") {
    for (ImVec2 size : {ImVec2(1280, 720), ImVec2(768, 600), ImVec2(390, 700)}) {
        HeadlessFigure h(size.x, size.y);
        int arrows = 0;
        for (int i = 0; i < int(h.ds.events.size()); i++) {
            if (h.ds.events[size_t(i)].related.empty()) continue;
            h.fig->Select(i);
            h.Frame();
            REQUIRE(h.fig->State().selected == i);
            std::vector<ImVec2> arrow_vertices = ShapeVertices(ui::ArrowInk());
            arrows += int(h.ds.events[size_t(i)].related.size());
            INFO("canvas " << size.x << "x" << size.y << ", " << h.ds.events[size_t(i)].id << " selected");
            CHECK(arrow_vertices.size() >= 3 * h.ds.events[size_t(i)].related.size());  // a head and a line each
            CHECK(InText(h, arrow_vertices) == 0);
        }
        CHECK(arrows >= 20);
    }
}

TEST_CASE("ImGui's text formatting goes through the article's formatter, with ImGui's contract") {
    char wide[32];  // the C library would write 0.10000000000000000555 (the double's exact digits)
    ImFormatString(wide, sizeof wide, "%.20f", 0.1);
    CHECK(std::string(wide) == "0.10000000000000000000");
    char buf[8];
    CHECK(ImFormatString(buf, sizeof buf, "%s-%02d", "abcdef", 7) == 7);  // cut to the buffer
    CHECK(std::string(buf) == "abcdef-");
    ImGuiTextBuffer text;  // sizes its growth by formatting into no buffer first
    text.appendf("Q%d %04d: %.1f%%", 3, 2023, 31.5);
    CHECK(std::string(text.c_str()) == "Q3 2023: 31.5%");
}

TEST_CASE("the article's style sets every ImGui colour, since the browser build has no default theme") {
    HeadlessFigure h;
    ImVec4* c = ImGui::GetStyle().Colors;
    const ImVec4 unset(1, 0, 1, 0.5f);
    for (int i = 0; i < ImGuiCol_COUNT; i++) c[i] = unset;
    ui::ApplyArticleStyle();
    int left_unset = 0;
    for (int i = 0; i < ImGuiCol_COUNT; i++)
        left_unset += c[i].x == unset.x && c[i].y == unset.y && c[i].z == unset.z && c[i].w == unset.w;
    CHECK(left_unset == 0);
    CHECK(c[ImGuiCol_Text].w == 1.0f);
    CHECK(c[ImGuiCol_ScrollbarGrabHovered].w > 0.0f);  // the card's scrollbar stays visible under the pointer
}

TEST_CASE("in the dark theme the figure draws on dark paper with the dark actor colours") {
    HeadlessFigure h;
    UseTheme(ThemeKind::Dark);
    ui::ApplyArticleStyle();
    h.Frame();
    const Theme& dark = ThemeOf(ThemeKind::Dark);
    CHECK(VerticesInside(ui::Color(dark.paper), Rect{0, 0, 1280, 720}) >= 4);  // the window's background
    const MarkerLayout& m = h.drawn.timeline.markers.front();
    const Event& e = h.ds.events[size_t(m.event)];
    CHECK(DrewNear(ui::Color(Themed(h.ds.FindActor(e.actors.front())->paired, ThemeKind::Dark)), m.center,
                   TimelineMetrics{}.marker_radius * 1.5f));
    CHECK_FALSE(DrewNear(ui::Color(Themed(h.ds.FindActor(e.actors.front())->paired, ThemeKind::Light)), m.center,
                         TimelineMetrics{}.marker_radius * 1.5f));
    UseTheme(ThemeKind::Light);
    ui::ApplyArticleStyle();
}

TEST_CASE("the timeline and the chart under it put an event at the same x, zoomed and not") {
    for (float w : {375.0f, 1280.0f}) {
        HeadlessFigure h(w, 720);
        h.fig->SetChart("share");
        for (int zoom = 0; zoom < 2; zoom++) {
            if (zoom) {
                h.fig->Zoom(h.drawn.timeline.plot.x + h.drawn.timeline.plot.w * 0.7f, 2.0);
                h.Frame();
                h.Frame();
            }
            CHECK(h.drawn.chart.plot.x == h.drawn.timeline.plot.x);
            CHECK(h.drawn.chart.plot.w == h.drawn.timeline.plot.w);
            int compared = 0;
            for (const auto& tick : h.drawn.chart.event_ticks) {
                const MarkerLayout* m = FindMarker(h.drawn.timeline, tick.first);
                if (!m || !h.drawn.timeline.plot.Contains(m->center) || m->cluster >= 0) continue;
                INFO(w << " px, zoom " << zoom << ": " << h.ds.events[size_t(tick.first)].id);
                CHECK(std::fabs(m->center.x - tick.second.x) <= 0.5f);
                compared++;
            }
            CHECK(compared >= 3);
        }
    }
}

TEST_CASE("the chart's value axis is labelled left of its plot, for every chart with one") {
    for (const char* chart : {"share", "gap", "market"}) {
        HeadlessFigure h;
        const ui::ShareChartDrawn& c = ShowChart(h, chart).drawn.chart;
        INFO(chart);
        CHECK(VerticesInside(ui::Muted(), Rect{c.plot.x - kChartValueAxisWidth, c.plot.y - 8, kChartValueAxisWidth, c.plot.h + 16}) >= 12);
    }
}

TEST_CASE("text too long for its room is cut at a character with an ellipsis, never past the room") {
    HeadlessFigure h;
    ImFont* f = ui::GetFonts().small;
    const std::string name = "After ChatGPT";
    CHECK(ui::FitText(f, name, ui::TextWidth(f, name)) == name);
    const float room = ui::TextWidth(f, "After C\xE2\x80\xA6");
    CHECK(ui::FitText(f, name, room) == "After C\xE2\x80\xA6");
    CHECK(ui::FitText(f, name, ui::TextWidth(f, "After \xE2\x80\xA6")) == "After\xE2\x80\xA6");  // no space before the ellipsis
    CHECK(ui::FitText(f, "\xC3\xA9t\xC3\xA9 2021", ui::TextWidth(f, "\xC3\xA9t\xC3\xA9\xE2\x80\xA6")) == "\xC3\xA9t\xC3\xA9\xE2\x80\xA6");  // whole characters
    CHECK(ui::FitText(f, name, 2.0f).empty());
}

// The vertices of shapes (not text) in `col` that are drawn visibly: inside the clip rectangle
// of the command that draws them, in CSS px.
static std::vector<ImVec2> VisibleShapeVertices(ImU32 col) {
    std::vector<ImVec2> out;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; l < dd->CmdListsCount; l++) {
        const ImDrawList* list = dd->CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer)
            for (unsigned i = 0; i < cmd.ElemCount; i++) {
                const ImDrawVert& v = list->VtxBuffer[int(cmd.VtxOffset + list->IdxBuffer[int(cmd.IdxOffset + i)])];
                if (v.col == col && IsShapeUv(v.uv) && v.pos.x >= cmd.ClipRect.x && v.pos.x <= cmd.ClipRect.z && v.pos.y >= cmd.ClipRect.y &&
                    v.pos.y <= cmd.ClipRect.w)
                    out.push_back(v.pos);
            }
    }
    return out;
}

TEST_CASE("zoomed in, the chart's lines stop at the plot's right edge, under their names") {
    HeadlessFigure h(375, 667);
    h.fig->SetChart("share");
    h.fig->ShowRange(2020.0, 2022.0);  // the data carries on to the right of the view
    h.Frame();
    h.Frame();
    const Rect plot = h.drawn.chart.plot;
    const ShareSeries* series = h.ds.FindSeries(h.fig->State().series);
    REQUIRE(series != nullptr);
    int checked = 0;
    for (const Provider& p : series->providers) {
        INFO(p.id);
        const ImU32 col = ui::ActorColor(h.ds, p.actor);
        for (ImVec2 v : VisibleShapeVertices(col)) {
            CHECK(v.x <= plot.Right() + 4.5f);
            checked++;
        }
    }
    CHECK(checked > 20);
}

// The x of each tick drawn just under `y` (the axis line itself, one long stroke, is left out).
static std::set<int> TickXs(float y) {
    std::set<int> xs;
    for (ImVec2 v : VisibleShapeVertices(ui::Muted()))
        if (v.y > y + 1.5f && v.y < y + 7.5f) xs.insert(int(std::lround(v.x)));
    return xs;
}

TEST_CASE("the timeline and the chart under it draw the same time ticks, zoomed and not") {
    for (float w : {375.0f, 1280.0f}) {
        HeadlessFigure h(w, 720);
        h.fig->SetChart("share");
        for (int zoom = 0; zoom < 2; zoom++) {
            if (zoom) h.fig->ShowRange(2021.0, 2022.5);
            h.Frame();
            h.Frame();
            INFO(w << " px, zoom " << zoom);
            const std::set<int> timeline = TickXs(h.drawn.timeline.axis_y), chart = TickXs(h.drawn.chart.plot.Bottom());
            CHECK(timeline.size() >= 8);
            // Away from the plot's ends, where the axis line's own corners lie.
            const Rect plot = h.drawn.timeline.plot;
            for (int x : timeline)
                if (x > plot.x + 3 && x < plot.Right() - 3) CHECK(chart.count(x) == 1);
            for (int x : chart)
                if (x > plot.x + 3 && x < plot.Right() - 3) CHECK(timeline.count(x) == 1);
        }
    }
}

// Every colour the last frame drew, composited over the paper, with whether it was text. Tints
// (under 35% opacity: fills behind a mark that has its own outline) and the decoration colours
// (rules, panels, paper) carry no meaning on their own and are left out, as is paper-coloured
// text (the count inside a cluster's badge, drawn on the badge's muted fill).
struct DrawnColour {
    Rgb rgb;
    bool text;
};
static std::vector<DrawnColour> MeaningfulColours() {
    const Theme& t = CurrentTheme();
    auto same_rgb = [](ImU32 c, Rgb r) {
        return ((c >> IM_COL32_R_SHIFT) & 0xFF) == r.r && ((c >> IM_COL32_G_SHIFT) & 0xFF) == r.g && ((c >> IM_COL32_B_SHIFT) & 0xFF) == r.b;
    };
    std::vector<DrawnColour> out;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; l < dd->CmdListsCount; l++)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer) {
            const float a = float((v.col >> IM_COL32_A_SHIFT) & 0xFF) / 255.0f;
            if (a < 0.35f || same_rgb(v.col, t.rule) || same_rgb(v.col, t.panel) || same_rgb(v.col, t.paper)) continue;
            auto ch = [&](int shift, uint8_t paper) { return uint8_t(std::lround(((v.col >> shift) & 0xFF) * a + paper * (1 - a))); };
            out.push_back({Rgb{ch(IM_COL32_R_SHIFT, t.paper.r), ch(IM_COL32_G_SHIFT, t.paper.g), ch(IM_COL32_B_SHIFT, t.paper.b)},
                           !IsShapeUv(v.uv)});
        }
    return out;
}

TEST_CASE("every mark keeps 3:1 and every text 4.5:1 on the paper, set back or not, in both themes") {
    for (ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark}) {
        UseTheme(kind);
        for (float w : {375.0f, 1280.0f}) {
            HeadlessFigure h(w, 720);
            struct State {
                const char* name;
                std::function<void(Figure&)> set;
            };
            const std::vector<State> states = {
                {"plain", [](Figure&) {}},
                {"highlight and quarter",
                 [](Figure& f) {
                     f.SetHighlight("microsoft");
                     f.FocusQuarter(Quarter{2022, 4});
                 }},
                {"selection", [](Figure& f) { f.SelectById("amazon-invests-anthropic"); }},
                {"gap", [](Figure& f) { f.SetChart("gap"); }},
                {"market", [](Figure& f) { f.SetChart("market"); }},
                {"one quarter", [](Figure& f) { f.SetChart("snapshot"); }},
            };
            for (const State& st : states) {
                st.set(*h.fig);
                h.Frame();
                h.Frame();
                size_t checked = 0;
                for (const DrawnColour& c : MeaningfulColours()) {
                    const double contrast = ContrastRatio(c.rgb, CurrentTheme().paper);
                    INFO(std::string(kind == ThemeKind::Dark ? "dark" : "light") << ", " << w << " px, " << std::string(st.name)
                                                                                  << ": " << ToHex(c.rgb)
                                                                                  << std::string(c.text ? " text" : " mark") << " at "
                                                                                  << contrast);
                    CHECK(contrast >= (c.text ? kTextContrast : kMarkContrast) - 0.02);
                    checked++;
                }
                CHECK(checked > 500);
            }
        }
    }
    UseTheme(ThemeKind::Light);
}

TEST_CASE("a compared series is drawn dashed and set back, under a key that names both series") {
    HeadlessFigure h(1280, 720);
    int step = -1;
    for (size_t i = 0; i < h.ds.steps.size(); i++)
        if (!h.ds.steps[i].view.compare.empty()) step = int(i);
    REQUIRE(step >= 0);
    const ShareSeries* compare = h.ds.FindSeries(h.ds.steps[size_t(step)].view.compare);
    REQUIRE(compare != nullptr);
    h.fig->ApplyStep(step);
    h.Frame();
    h.Frame();
    const Rect plot = h.drawn.chart.plot;
    for (const Provider& p : compare->providers) {
        INFO(p.id);
        const ImU32 faded = ui::FadedColor(ui::ActorRgb(h.ds, p.actor), kMarkContrast);
        // Every point of the compared series has a ring of its faded colour, inside the plot.
        for (const SharePoint& pt : compare->points) {
            auto v = pt.shares.find(p.id);
            if (v == pt.shares.end()) continue;
            const Vec2 at{h.drawn.chart.x(QuarterMidpoint(pt.quarter)), float(h.drawn.chart.y(v->second.Mid()))};
            CHECK(plot.Contains(at));
            CHECK(DrewNear(faded, at, 4.0f));
        }
    }
    // The years shaded as "before the data" end where the earlier of the two series begins.
    const float first = h.drawn.chart.x(QuarterMidpoint(compare->points.front().quarter));
    CHECK(VerticesInside(ui::Panel(0.6f), Rect{first + 2, plot.y, plot.Right() - first - 2, plot.h}) == 0);
    // The key above the plot: a solid and a dashed stroke, in ink and muted ink.
    CHECK(VerticesInside(ui::Ink(), Rect{plot.x - 1, plot.y - 20, 20, 20}) > 0);
    h.fig->ApplyStep(0);
    h.Frame();
    h.Frame();
    CHECK(h.drawn.chart.plot.y < plot.y);  // without a comparison, no key row
}

TEST_CASE("the event marks under the chart never cover each other, and the selected one is always drawn") {
    for (float w : {320.0f, 375.0f, 1280.0f}) {
        HeadlessFigure h(w, 720);
        h.fig->SetChart("share");
        h.fig->SelectById("gpt4-release");
        h.fig->CloseCard();  // on a phone an open card covers the chart
        h.Frame();
        h.Frame();
        std::vector<float> xs;
        bool selected = false;
        for (const auto& t : h.drawn.chart.event_ticks) {
            xs.push_back(t.second.x);
            selected = selected || t.first == h.ds.FindEvent("gpt4-release");
        }
        INFO(w << " px");
        CHECK(selected);
        std::sort(xs.begin(), xs.end());
        for (size_t i = 1; i < xs.size(); i++) CHECK(xs[i] - xs[i - 1] >= 4.5f * 2.0f * kDiamondTip);
        CHECK(xs.size() >= 3);
    }
}

TEST_CASE("a story without share data draws its timeline over the whole figure beside a card column, and no chart") {
    HeadlessFigure h(1280, 720, "no-shares.json");
    CHECK_FALSE(h.drawn.rects.has_chart);
    CHECK(h.drawn.chart.plot.w == 0);
    CHECK(h.drawn.rects.timeline.h > 600);
    h.Click(h.MarkerOf("second"));
    CHECK(h.fig->State().selected == h.ds.FindEvent("second"));
}

TEST_CASE("on a narrow figure without share data, the room under the timeline is the card's, and Down stays on the timeline") {
    HeadlessFigure h(375, 560, "no-shares.json");
    CHECK_FALSE(h.drawn.rects.card_beside);
    CHECK(h.drawn.rects.card.y >= h.drawn.rects.timeline.Bottom());
    CHECK_FALSE(HandleFigureKey(*h.fig, FigureKey::Down));
    CHECK_FALSE(h.fig->State().chart_focused);
}

TEST_CASE("eight providers' names at the lines' ends stay inside the chart and apart, at every size") {
    for (auto [w, h] : {std::pair{1280.0f, 720.0f}, std::pair{375.0f, 560.0f}, std::pair{800.0f, 420.0f}}) {
        HeadlessFigure fig(w, h, "many-providers.json");
        INFO(w << "x" << h);
        const auto& legend = fig.drawn.chart.legend;
        REQUIRE(legend.size() == 8);
        const Rect& area = fig.drawn.rects.chart;
        for (size_t i = 0; i < legend.size(); i++) {
            const Rect& r = legend[i].second;
            CHECK(r.y + r.h * 0.5f >= area.y);
            CHECK(r.y + r.h * 0.5f <= area.Bottom());
            CHECK(r.Right() <= area.Right() + 4.5f);  // the hit box's 4 px margin
            for (size_t j = 0; j < i; j++) CHECK(std::fabs((r.y + r.h * 0.5f) - (legend[j].second.y + legend[j].second.h * 0.5f)) >= 10.0f);
        }
    }
}

TEST_CASE("a story of seven lanes on a phone gets a timeline tall enough for a badge in every lane, clear of its name") {
    HeadlessFigure fig(375, 560, "seven-lanes.json");
    const TimelineLayout& L = fig.drawn.timeline;
    REQUIRE(L.lanes.size() == 7);
    for (const LaneLayout& lane : L.lanes) {
        INFO(lane.label);
        CHECK(lane.center_y - lane.name_box.Bottom() >= 11.0f);
        CHECK(lane.band.Bottom() - lane.center_y >= 11.0f);
    }
    CHECK(fig.drawn.rects.chart.h >= 120.0f);
}
