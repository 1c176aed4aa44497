#include "timeline_view.hpp"

#include "figure_layout.hpp"

#include <algorithm>
#include <cmath>

#include "draw_style.hpp"
#include "imgui_internal.h"  // IsMouseDragPastThreshold
#include "related_arcs.hpp"
#include "share_chart_model.hpp"

namespace article::ui {

static TimelineMetrics MetricsFor(const Dataset& ds, const Rect& area) {
    const Fonts& f = GetFonts();
    TimelineMetrics m;
    // Narrow screens put lane names above the lanes and give the markers the full width; wider
    // ones give the names a column of 104 px, or as wide as the longest needs.
    float names = 0;
    for (const Lane& lane : ds.lanes) names = std::max(names, TextWidth(f.strong, lane.label));
    m.lane_label_width = area.w < 560 ? 0.0f : std::min(std::max(104.0f, std::ceil(names) + 12.0f), area.w * 0.25f);
    // Strips hold a line of their text at least (an em of Inter's is about 1.2 lines).
    m.axis_height = std::max(26.0f, std::ceil(f.small->FontSize) + 12.0f);
    m.marker_radius = area.w < 560 ? 6.0f : 7.0f;
    m.label_height = std::max(16.0f, std::ceil(f.label->FontSize));
    m.era_strip = std::max(16.0f, std::ceil(f.small->FontSize) + 2.0f);
    m.lane_name_strip = std::max(14.0f, std::ceil(f.small->FontSize));
    // A cluster's badge holds a two-digit count with room round it, and is never smaller than
    // a marker with its ring.
    m.cluster_radius = std::max(m.marker_radius + 3.0f, std::ceil(TextWidth(f.small, "00") * 0.5f) + 4.0f);
    m.plot_left_inset = kChartValueAxisWidth;
    // The chart's line labels stand right of the shared plot: room for the longest.
    float line_labels = 0;
    for (const ShareSeries& s : ds.share_series)
        for (const Provider& p : s.providers) line_labels = std::max(line_labels, TextWidth(f.label, p.label));
    m.plot_right_inset = std::min(std::max(area.w < 560 ? 64.0f : 80.0f, std::ceil(line_labels) + 10.0f), area.w * 0.22f);
    return m;
}

static void DrawEras(ImDrawList* dl, const Dataset& ds, const TimeScale& scale, const TimelineLayout& L) {
    const Fonts& f = GetFonts();
    for (size_t i = 0; i < ds.eras.size(); i++) {
        const Era& e = ds.eras[i];
        float x0 = std::max(scale.ToPx(DateSpanStart(e.start)), L.plot.x);
        float x1 = std::min(scale.ToPx(DateSpanEnd(e.end)), L.plot.Right());
        if (x1 <= x0) continue;
        if (i % 2 == 0) dl->AddRectFilled(ImVec2(x0, L.plot.y), ImVec2(x1, L.axis_y), Panel());
        // A name too long for its period is shortened, not dropped.
        const std::string name = FitText(f.small, e.label, x1 - x0 - 8);
        if (!name.empty()) DrawText(dl, f.small, ImVec2(x0 + 4, L.era_strip_y + 1), Muted(), name);
    }
}

static void DrawLanes(ImDrawList* dl, const TimelineLayout& L, bool names_above) {
    const Fonts& f = GetFonts();
    for (const LaneLayout& lane : L.lanes) {
        dl->AddLine(ImVec2(L.plot.x, lane.band.Bottom()), ImVec2(L.plot.Right(), lane.band.Bottom()), RuleColor(0.6f));
        if (names_above)
            DrawText(dl, f.small, ImVec2(lane.name_pos.x, lane.name_pos.y), Muted(), lane.label);
        else
            DrawText(dl, f.strong, ImVec2(lane.name_pos.x, lane.name_pos.y - f.strong->FontSize * 0.5f), Ink(), lane.label);
    }
}

static void DrawAxis(ImDrawList* dl, const TimeScale& scale, const TimelineLayout& L) {
    dl->AddLine(ImVec2(L.plot.x, L.axis_y), ImVec2(L.plot.Right(), L.axis_y), Muted());
    TimeScale on_plot = scale;
    on_plot.SetPixelRange(L.plot.x, L.plot.Right());
    DrawTimeTicks(dl, on_plot, L.axis_y);
}

// The arrows from the selected event to its related ones; RouteRelatedArcs keeps them off text.
static void DrawRelatedArcs(ImDrawList* dl, const Dataset& ds, const TimelineLayout& L, const TimelineMetrics& m,
                            const std::vector<Rect>& text_boxes, int selected) {
    // Holds the last routes and all they were made from, so it is right for any figure.
    static RelatedArcMemo memo;
    for (const RelatedArc& arc : RouteRelatedArcs(ds, L, text_boxes, selected, m.marker_radius, memo)) {
        for (const std::vector<Vec2>& stroke : arc.strokes) {
            for (Vec2 p : stroke) dl->PathLineTo(ImVec2(p.x, p.y));
            dl->PathStroke(ArrowInk(), ImDrawFlags_None, 2.0f);
        }
        const Vec2 t = arc.head_tip, d = arc.head_dir, n{-d.y, d.x};
        const float len = kArrowHeadLength, half = kArrowHeadHalfWidth;
        dl->AddTriangleFilled(ImVec2(t.x, t.y), ImVec2(t.x - d.x * len + n.x * half, t.y - d.y * len + n.y * half),
                              ImVec2(t.x - d.x * len - n.x * half, t.y - d.y * len - n.y * half), ArrowInk());
    }
}

// `text_boxes`: all text on the plot (TextBoxes); spans and connectors are drawn only outside them.
// Each cluster as a badge with its count; ringed when the selected event is in it, or hovered.
static void DrawClusters(ImDrawList* dl, const TimelineLayout& L, const TimelineMetrics& m, int selected, int hovered_cluster) {
    const Fonts& f = GetFonts();
    for (size_t i = 0; i < L.clusters.size(); i++) {
        const ClusterLayout& c = L.clusters[i];
        const ImVec2 p(c.center.x, c.center.y);
        bool has_selected = false;
        for (int k : c.markers) has_selected = has_selected || L.markers[size_t(k)].event == selected;
        // A count of three digits or more widens its badge rather than spilling out of it.
        const std::string count = std::to_string(c.markers.size());
        const float radius = std::max(c.radius, TextWidth(f.small, count) * 0.5f + 3.0f);
        if (has_selected || int(i) == hovered_cluster)
            dl->AddCircle(p, radius + m.focus_ring_gap, has_selected ? Focus() : Muted(), 0, has_selected ? m.focus_ring_stroke : 1.5f);
        dl->AddCircleFilled(p, radius, Muted());
        DrawText(dl, f.small, ImVec2(p.x - TextWidth(f.small, count) * 0.5f, p.y - f.small->FontSize * 0.5f), Paper(), count);
    }
}

static void DrawMarkers(ImDrawList* dl, const Dataset& ds, const FigureState& s, int priority, const TimelineLayout& L,
                        const TimelineMetrics& m, const std::vector<int>& quarter_events,
                        const std::vector<Rect>& text_boxes, int hovered_cluster) {
    const Fonts& f = GetFonts();
    // Spans and links first, so markers sit on top.
    for (const MarkerLayout& mk : L.markers) {
        if (mk.cluster >= 0) continue;  // its cluster's badge stands for it
        const Event& e = ds.events[size_t(mk.event)];
        ImU32 col = ActorColor(ds, e.actors.front());
        if (mk.spans_period) {
            float y = mk.center.y;
            for (const auto& run : RunsClearOf(text_boxes, Rect{mk.span_x0 + 1, y - 3, mk.span_x1 - mk.span_x0 - 2, 6}))
                dl->AddRectFilled(ImVec2(run.first, y - 3), ImVec2(run.second, y + 3), ActorColor(ds, e.actors.front(), 0.22f));
            for (float x : {mk.span_x0 + 1, mk.span_x1 - 1})  // the span's end ticks
                for (const auto& run : RunsClearOf(text_boxes, Rect{x - 0.5f, y - 5, 1, 10}))
                    dl->AddLine(ImVec2(x, run.first), ImVec2(x, run.second), FadedColor(ActorRgb(ds, e.actors.front()), kMarkContrast));
        }
        for (int lane : mk.linked_lanes) {
            // A dashed connector, 3.5 px on and 3.5 off.
            const float end_y = L.lanes[size_t(lane)].center_y;
            const float y0 = std::min(mk.center.y, end_y), y1 = std::max(mk.center.y, end_y);
            for (const auto& run : RunsClearOf(text_boxes, Rect{mk.center.x - 0.5f, y0, 1, y1 - y0}))
                for (float y = run.first; y < run.second; y += 7.0f)
                    dl->AddLine(ImVec2(mk.center.x, y), ImVec2(mk.center.x, std::min(y + 3.5f, run.second)), col, 1.0f);
            dl->AddCircle(ImVec2(mk.center.x, end_y), kLinkEndRadius, col, 0, 1.5f);
        }
    }
    // The priority event's marker and label (the selected one's, or else the hovered one's) go
    // last: that label may cover other markers, so it is backed with paper. The backing goes under
    // the marker's ring, which a label under or over the marker would otherwise clip.
    std::vector<const MarkerLayout*> order;
    for (const MarkerLayout& mk : L.markers)
        if (mk.event != priority) order.push_back(&mk);
    for (const MarkerLayout& mk : L.markers)
        if (mk.event == priority) order.push_back(&mk);
    DrawClusters(dl, L, m, s.selected, hovered_cluster);
    for (const MarkerLayout* mp : order) {
        const MarkerLayout& mk = *mp;
        const Event& e = ds.events[size_t(mk.event)];
        bool selected = mk.event == s.selected, hovered = mk.event == s.hovered;
        if (mk.cluster >= 0) {  // only the priority event's label, beside its cluster's badge
            if (mk.label_visible && mk.event == priority)
                DrawText(dl, selected ? f.strong : f.label, ImVec2(mk.label.x, mk.label.y + (mk.label.h - f.label->FontSize) * 0.5f),
                         Ink(), e.label);
            continue;
        }
        bool in_quarter = std::find(quarter_events.begin(), quarter_events.end(), mk.event) != quarter_events.end();
        if (mk.label_visible && mk.event == priority)
            dl->AddRectFilled(ImVec2(mk.label.x - 2, mk.label.y - 1), ImVec2(mk.label.Right() + 2, mk.label.Bottom() + 1), Paper(0.92f), 3.0f);
        ImVec2 c(mk.center.x, mk.center.y);
        if (selected || hovered || in_quarter)
            dl->AddCircle(c, m.marker_radius + m.focus_ring_gap, selected ? Focus() : Muted(), 0,
                          selected ? m.focus_ring_stroke : 1.5f);
        DrawKindMarker(dl, c, selected ? m.marker_radius + 1.5f : m.marker_radius, ds.KindOf(e).shape, ActorColor(ds, e.actors.front()));
        if (!mk.label_visible) continue;
        ImFont* font = selected ? f.strong : f.label;
        float y = mk.label.y + (mk.label.h - font->FontSize) * 0.5f;
        DrawText(dl, font, ImVec2(mk.label.x, y), Ink(), e.label);
    }
}

static void HandlePointer(Figure& fig, const TimelineLayout& L, const Rect& area) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetCursorScreenPos(ImVec2(area.x, area.y));
    ImGui::InvisibleButton("##timeline", ImVec2(std::max(area.w, 1.0f), std::max(area.h, 1.0f)));
    bool hovered = ImGui::IsItemHovered();
    Vec2 mouse{io.MousePos.x, io.MousePos.y};
    int hit = hovered ? HitTestMarker(L, mouse) : -1;
    const int cluster = hovered && hit < 0 ? HitTestCluster(L, mouse) : -1;
    fig.SetHovered(hit >= 0 ? L.markers[size_t(hit)].event : -1);

    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f)) {
        fig.Pan(io.MouseDelta.x);
    } else if (ImGui::IsItemDeactivated() && !ImGui::IsMouseDragPastThreshold(ImGuiMouseButton_Left, 4.0f)) {
        // A click (or tap) that did not drag: select what is under it.
        int up_hit = HitTestMarker(L, mouse), up_cluster = up_hit < 0 ? HitTestCluster(L, mouse) : -1;
        if (up_hit >= 0) fig.Select(L.markers[size_t(up_hit)].event);
        if (up_cluster >= 0) {  // a tap on a cluster sets its events apart
            const auto view = ExpandedView(L, L.clusters[size_t(up_cluster)], fig.State().shown);
            fig.ShowRange(view.first, view.second);
        }
        fig.SetChartFocused(false);
    }
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && hit < 0 && cluster < 0) fig.ResetZoom();
    if (hovered && io.MouseWheel != 0.0f) fig.Zoom(io.MousePos.x, std::pow(1.25, double(io.MouseWheel)));

    if (hit >= 0 || cluster >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (cluster >= 0 && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        // The cluster's events by their labels, one a line.
        BeginPaddedTooltip();
        ImGui::PushFont(GetFonts().label);
        for (int k : L.clusters[size_t(cluster)].markers)
            ImGui::TextUnformatted(fig.Data().events[size_t(L.markers[size_t(k)].event)].label.c_str());
        ImGui::PopFont();
        ImGui::EndTooltip();
    }
    if (hit >= 0 && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        const Event& e = fig.Data().events[size_t(L.markers[size_t(hit)].event)];
        BeginPaddedTooltip();
        ImGui::PushFont(GetFonts().strong);
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 18.0f);
        ImGui::TextUnformatted(e.headline.c_str());
        ImGui::PopFont();
        ImGui::PushFont(GetFonts().label);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(Muted()), "%s", EventDateText(e).c_str());
        ImGui::PopFont();
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

float TimelineMinHeight(const Dataset& ds, float width) {
    return TimelineMinHeight(int(ds.lanes.size()), MetricsFor(ds, Rect{0, 0, width, 0}));
}

TimelineLayout TimelineView(Figure& fig, const Rect& area) {
    const Dataset& ds = fig.Data();
    TimelineMetrics m = MetricsFor(ds, area);
    const FigureState& s = fig.State();
    int priority = s.selected >= 0 ? s.selected : s.hovered;
    // The selected event's label is drawn in the strong font, so it is measured in it too.
    auto label_width = [&](const std::string& t, bool emphasised) {
        return TextWidth(emphasised && s.selected >= 0 ? GetFonts().strong : GetFonts().label, t);
    };
    if (fig.RevealPending())
        fig.RevealSelection(LayoutTimeline(ds, fig.Visible(), s.target, area, m, nullptr, priority));
    TimelineLayout L = LayoutTimeline(ds, fig.Visible(), s.shown, area, m, label_width, priority);
    // The layout maps dates onto its plot with a scale of its own; the figure's scales (drawn
    // from below, and used by pan and zoom) take the same pixel range.
    fig.SetPlotRange(L.plot.x, L.plot.Right());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(ImVec2(area.x, area.y), ImVec2(area.Right(), area.Bottom()), true);
    DrawEras(dl, ds, s.shown, L);
    DrawLanes(dl, L, m.lane_label_width <= 0);
    DrawAxis(dl, s.shown, L);
    dl->PushClipRect(ImVec2(L.marker_clip.x, L.marker_clip.y), ImVec2(L.marker_clip.Right(), L.marker_clip.Bottom()), true);
    const std::vector<Rect> text_boxes = TextBoxes(L);
    if (s.selected >= 0) DrawRelatedArcs(dl, ds, L, m, text_boxes, s.selected);
    std::vector<int> quarter_events;
    // Events in the chart's hovered (or keyboard-focused) quarter get a ring.
    if (s.hover_quarter) quarter_events = EventsInQuarter(ds, *s.hover_quarter);
    else if (s.quarter && s.chart_focused) quarter_events = EventsInQuarter(ds, *s.quarter);
    // The cluster under the pointer gets a ring, as a hovered marker does.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool over = s.hovered < 0 && ImGui::IsMouseHoveringRect(ImVec2(area.x, area.y), ImVec2(area.Right(), area.Bottom()));
    DrawMarkers(dl, ds, s, priority, L, m, quarter_events, text_boxes, over ? HitTestCluster(L, {mouse.x, mouse.y}) : -1);
    dl->PopClipRect();
    dl->PopClipRect();
    HandlePointer(fig, L, area);
    return L;
}

}  // namespace article::ui
