#include "event_card_view.hpp"

#include "draw_style.hpp"

namespace article::ui {

static ImVec4 Vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

static void SectionLabel(const char* text) {
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushFont(GetFonts().small);
    ImGui::TextColored(Vec(Muted()), "%s", text);
    ImGui::PopFont();
}

static void KindKey() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(GetFonts().label);
    for (int k = 0; k < kEventKindCount; k++) {
        if (EventKind(k) == EventKind::Report) continue;  // the key names the kinds the story's decisions use
        ImVec2 p = ImGui::GetCursorScreenPos();
        DrawKindMarker(dl, ImVec2(p.x + 8, p.y + ImGui::GetFontSize() * 0.5f + 1), 6.0f, EventKind(k), Ink());
        ImGui::SetCursorScreenPos(ImVec2(p.x + 22, p.y));
        ImGui::TextUnformatted(KindInfo(EventKind(k)).label);
    }
    ImGui::PopFont();
}

static void Guide(const Dataset& ds) {
    ImGui::PushFont(GetFonts().strong);
    ImGui::TextWrapped("Select an event on the timeline");
    ImGui::PopFont();
    ImGui::PushFont(GetFonts().body);
    ImGui::PushStyleColor(ImGuiCol_Text, Vec(Muted()));
    ImGui::TextWrapped("Click or tap a marker, or use the arrow keys. Drag to pan; Ctrl + scroll or pinch to zoom.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    SectionLabel("KEY");
    KindKey();
    ImGui::PushFont(GetFonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, Vec(Muted()));
    ImGui::TextWrapped("A bar under a marker shows a date known only to the year or month.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

static void ActorChips(const Dataset& ds, const Event& e) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(GetFonts().label);
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (size_t i = 0; i < e.actors.size(); i++) {
        const Actor* a = ds.FindActor(e.actors[i]);
        if (!a) continue;
        if (i > 0) {
            // Next to the previous name if it fits, else on a new line.
            ImGui::SameLine(0, 12);
            if (ImGui::GetCursorScreenPos().x + 13 + ImGui::CalcTextSize(a->name.c_str()).x > right) ImGui::NewLine();
        }
        ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddCircleFilled(ImVec2(p.x + 5, p.y + ImGui::GetFontSize() * 0.5f + 1), 4.5f, ActorColor(ds, a->id));
        ImGui::SetCursorScreenPos(ImVec2(p.x + 13, p.y));
        ImGui::TextUnformatted(a->name.c_str());
    }
    ImGui::PopFont();
}

static void Sources(const Dataset& ds, const Event& e, std::vector<LinkHotspot>* links) {
    SectionLabel("SOURCES");
    ImGui::PushFont(GetFonts().label);
    for (const std::string& id : e.sources) {
        const Source* s = ds.FindSource(id);
        if (!s) continue;
        std::string text = s->publisher + ": " + s->title + (s->url.empty() ? "" : " \xE2\x86\x97");  // ↗
        ImGui::PushStyleColor(ImGuiCol_Text, Vec(s->url.empty() ? Ink() : Color(CurrentTheme().accent)));
        ImVec2 p0 = ImGui::GetCursorScreenPos();
        ImGui::TextWrapped("%s", text.c_str());
        ImGui::PopStyleColor();
        if (s->url.empty()) continue;
        ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), ImVec2(max.x, max.y), Color(CurrentTheme().accent, 0.5f));
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        links->push_back({Rect{p0.x, p0.y, max.x - min.x, max.y - min.y}, s->url});
    }
    ImGui::PopFont();
}

static void RelatedChips(Figure& fig, const Event& e) {
    const Dataset& ds = fig.Data();
    if (e.related.empty()) return;
    SectionLabel("WHAT IT LED TO, AND WHAT LED TO IT");
    ImGui::PushFont(GetFonts().label);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 12.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10, 5));
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (size_t i = 0; i < e.related.size(); i++) {
        int idx = ds.FindEvent(e.related[i]);
        if (idx < 0) continue;
        const Event& r = ds.events[size_t(idx)];
        std::string text = DateToText(r.date) + ": " + r.label + "##rel" + std::to_string(i);
        float w = ImGui::CalcTextSize(text.c_str(), nullptr, true).x + 20;
        if (i > 0) {
            ImGui::SameLine(0, 6);
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        if (ImGui::Button(text.c_str())) fig.Select(idx);
    }
    ImGui::PopStyleVar(2);
    ImGui::PopFont();
}

static void Card(Figure& fig, const Event& e, std::vector<LinkHotspot>* links) {
    const Dataset& ds = fig.Data();
    const Fonts& f = GetFonts();
    ImGui::PushFont(f.small);
    std::string when = DateToText(e.date) + (e.end ? "\xE2\x80\x93" + DateToText(*e.end) : std::string());
    if (e.date.precision == DatePrecision::Year && !e.end) when += " (month not known)";
    ImGui::TextColored(Vec(Muted()), "%s  \xC2\xB7  %s", KindInfo(e.kind).label, when.c_str());
    ImGui::PopFont();
    ImGui::PushFont(f.headline);
    ImGui::TextWrapped("%s", e.headline.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 2));
    ActorChips(ds, e);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushFont(f.body);
    if (!e.attribution.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, Muted());
        ImGui::TextWrapped("%s.", e.attribution.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::TextWrapped("%s", e.summary.c_str());
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::TextWrapped("%s", e.body.c_str());
    ImGui::PopFont();
    if (e.quote) {
        ImGui::Dummy(ImVec2(0, 4));
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Indent(12);
        ImGui::PushFont(f.strong);
        ImGui::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", e.quote->text.c_str());
        ImGui::PopFont();
        ImGui::PushFont(f.small);
        ImGui::TextColored(Vec(Muted()), "%s", e.quote->speaker.c_str());
        ImGui::PopFont();
        ImGui::Unindent(12);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x + 2, p.y), ImVec2(p.x + 2, ImGui::GetCursorScreenPos().y - 4),
                                            ActorColor(ds, e.actors.front()), 3.0f);
    }
    if (!e.road_not_taken.empty()) {
        SectionLabel("THE ROAD NOT TAKEN");
        ImGui::PushFont(f.body);
        ImGui::TextWrapped("%s", e.road_not_taken.c_str());
        ImGui::PopFont();
    }
    RelatedChips(fig, e);
    Sources(ds, e, links);
}

void EventCardView(Figure& fig, const Rect& area, bool beside, std::vector<LinkHotspot>* links) {
    const FigureState& s = fig.State();
    // In its own column the card always shows the selection; over the chart only when asked for.
    bool show_card = CardShown(s, beside);
    if (!show_card && !beside) return;  // overlay mode: nothing to show
    ImGui::SetCursorScreenPos(ImVec2(area.x, area.y));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, Vec(Paper()));  // opaque: the chart under an overlaid card must not show through
    ImGui::PushStyleColor(ImGuiCol_Border, Vec(RuleColor()));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
    ImGui::BeginChild("##card", ImVec2(area.w, area.h), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
    // Content that scrolls out of view stops short of the border instead of running over it.
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    ImGui::PushClipRect(ImVec2(wp.x + 2, wp.y + 2), ImVec2(wp.x + ws.x - 2, wp.y + ws.y - 3), true);
    if (show_card) {
        // Close button, top right: a 44 px target for fingers.
        ImGui::SetCursorScreenPos(ImVec2(wp.x + area.w - 44, wp.y));
        ImGui::PushStyleColor(ImGuiCol_Button, Vec(Paper(0)));
        ImGui::PushFont(GetFonts().headline);
        if (ImGui::Button("\xC3\x97##close", ImVec2(44, 44))) {  // ×
            if (beside) fig.Select(-1);
            else fig.CloseCard();
        }
        ImGui::PopFont();
        ImGui::PopStyleColor();
        ImGui::SetCursorScreenPos(ImVec2(wp.x + 14, wp.y + 12));
        Card(fig, fig.Data().events[size_t(s.selected)], links);
    } else {
        Guide(fig.Data());
    }
    ImGui::PopClipRect();
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

}  // namespace article::ui
