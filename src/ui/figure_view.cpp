#include "figure_view.hpp"

#include "draw_style.hpp"
#include "timeline_view.hpp"

namespace article::ui {

static ImVec4 Vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void ApplyArticleStyle() {
    ImGuiStyle& st = ImGui::GetStyle();
    st.WindowPadding = ImVec2(0, 0);
    st.WindowBorderSize = 0;
    st.WindowRounding = 0;
    st.PopupRounding = 6;
    st.PopupBorderSize = 1;
    st.FrameRounding = 4;
    st.ItemSpacing = ImVec2(8, 6);
    st.ScrollbarSize = 10;
    st.AntiAliasedLines = true;
    st.AntiAliasedFill = true;
    ImVec4* c = st.Colors;
    // Every colour first, so none is left at ImGui's dark-theme default (or, in the browser
    // build, which leaves that theme out, at zero); then those the article's widgets show.
    for (int i = 0; i < ImGuiCol_COUNT; i++) c[i] = Vec(Muted());
    c[ImGuiCol_BorderShadow] = Vec(Paper(0));
    c[ImGuiCol_ScrollbarGrabHovered] = Vec(Muted(0.8f));
    c[ImGuiCol_ScrollbarGrabActive] = Vec(Muted());
    c[ImGuiCol_Text] = Vec(Ink());
    c[ImGuiCol_TextDisabled] = Vec(Muted());
    c[ImGuiCol_WindowBg] = Vec(Paper(TransparentPaper() ? 0.0f : 1.0f));
    c[ImGuiCol_ChildBg] = Vec(Paper());
    c[ImGuiCol_PopupBg] = Vec(Paper());
    c[ImGuiCol_Border] = Vec(RuleColor());
    c[ImGuiCol_Button] = Vec(Panel());
    c[ImGuiCol_ButtonHovered] = Vec(Color(CurrentTheme().rule));
    c[ImGuiCol_ButtonActive] = Vec(Color(CurrentTheme().rule));
    c[ImGuiCol_ScrollbarBg] = Vec(Paper(0));
    c[ImGuiCol_ScrollbarGrab] = Vec(RuleColor());
    c[ImGuiCol_NavHighlight] = Vec(Focus());
}

static bool BeginCanvasWindow() {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground;
    // No background: the shell clears the canvas to the paper, and a window background would fill
    // every pixel a second time.
    return ImGui::Begin("##figure", nullptr, flags);
}

FigureDrawn FigureView(Figure& fig, FigureParts parts) {
    FigureDrawn out;
    ImGuiIO& io = ImGui::GetIO();
    BeginCanvasWindow();
    out.rects = LayoutFigure(io.DisplaySize.x, io.DisplaySize.y, !fig.Data().share_series.empty(),
                             TimelineMinHeight(fig.Data(), io.DisplaySize.x));
    out.timeline = TimelineView(fig, out.rects.timeline);
    // On narrow screens an open event card covers the chart: the chart is not drawn under it,
    // where its edges could show round the card's rounded corners, and its hover cannot fire.
    bool card_covers_chart = !out.rects.card_beside && CardShown(fig.State(), false);
    if (parts == FigureParts::All && !card_covers_chart && out.rects.has_chart) out.chart = ShareChartView(fig, out.rects.chart, out.timeline.plot);
    // One crosshair through both views: the chart's quarter carries on up through the timeline.
    const FigureState& s = fig.State();
    std::optional<Quarter> q = s.hover_quarter ? s.hover_quarter : s.quarter;
    if (q && out.chart.plot.w > 0 && s.chart != ChartKind::Snapshot) {
        float x = out.chart.x(QuarterMidpoint(*q));
        if (x >= out.timeline.plot.x && x <= out.timeline.plot.Right())
            ImGui::GetWindowDrawList()->AddLine(ImVec2(x, out.timeline.lanes_top), ImVec2(x, out.timeline.axis_y), Muted(), 1.0f);
    }
    ImGui::End();
    return out;
}

void DatasetErrorView(const std::vector<std::string>& lines) {
    BeginCanvasWindow();
    ImGui::SetCursorPos(ImVec2(16, 16));
    ImGui::PushTextWrapPos(ImGui::GetIO().DisplaySize.x - 16);
    ImGui::PushFont(GetFonts().strong);
    ImGui::TextUnformatted(Tr(Msg::DataFailedCanvas));
    ImGui::PopFont();
    ImGui::PushFont(GetFonts().label);
    for (const std::string& l : lines) {
        ImGui::SetCursorPosX(16);
        ImGui::TextUnformatted(l.c_str());
    }
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace article::ui
