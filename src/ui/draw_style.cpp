#include "draw_style.hpp"

#include <cmath>
#include <vector>

#include "dataset.hpp"
#include "font_metrics.hpp"
#include "timeline_layout.hpp"  // the marker shapes' proportions

namespace article::ui {

static Fonts g_fonts;

const Fonts& GetFonts() { return g_fonts; }

// Each font's glyph ranges are the characters its file maps (FontCodepoints): the build cut
// every file down to what the story draws, so this is exactly what each is there for. Kept for
// the atlas's lifetime, as ImGui reads them when it builds.
static std::vector<ImWchar> g_ranges[4];

static const ImWchar* RangesOf(int slot, const unsigned char* data, size_t size) {
    std::vector<ImWchar>& r = g_ranges[slot];
    if (r.empty())
        for (uint32_t c : CodepointRanges(FontCodepoints(data, size))) r.push_back(ImWchar(c));
    return r.data();
}

static ImFont* AddFont(const unsigned char* data, size_t size, const ImWchar* ranges, float px, float density,
                       ImFont* merge_into = nullptr) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in the binary
    cfg.RasterizerDensity = density;
    // At 1x glyphs are rasterised once and each starts on a whole pixel (the ImGui patch's
    // RenderText hunk), as a screen's own text is; sub-pixel oversampling is for the densities
    // between 1x and 2x, where a glyph's position cannot be whole in both CSS and device pixels.
    // At 2x and up it just slows start-up.
    cfg.OversampleH = density == 1.0f || density >= 2.0f ? 1 : 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    cfg.MergeMode = merge_into != nullptr;
    // `px` is a CSS font-size (the em); ImGui wants ascent minus descent. A merged font is sized
    // by its own em too; ImGui puts its glyphs on the main font's baseline.
    const float size_px = px * LineHeightPerEm(data, size);
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), int(size), size_px, &cfg, ranges);
}

static ImFont* AddSize(const FontBytes& bytes, bool semibold, float px, float density) {
    const unsigned char* data = semibold ? bytes.semibold : bytes.regular;
    const size_t size = semibold ? bytes.semibold_size : bytes.regular_size;
    ImFont* font = AddFont(data, size, RangesOf(semibold ? 1 : 0, data, size), px, density);
    for (int i = 0; i < 2; i++)
        if (bytes.fallback[i] && bytes.fallback_size[i] > 0)
            AddFont(bytes.fallback[i], bytes.fallback_size[i], RangesOf(2 + i, bytes.fallback[i], bytes.fallback_size[i]), px,
                    density, font);
    return font;
}

void BuildFonts(const FontBytes& bytes, float density) {
    IM_ASSERT(bytes.regular && bytes.semibold);
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // a smaller texture to upload
    g_fonts.label = AddSize(bytes, false, 13.0f, density);  // first = default font
    g_fonts.small = AddSize(bytes, false, 12.0f, density);
    g_fonts.strong = AddSize(bytes, true, 15.0f, density);
    io.Fonts->Build();
}

void UseFonts(const Fonts& fonts) { g_fonts = fonts; }

ImU32 Color(Rgb c, float alpha) { return IM_COL32(c.r, c.g, c.b, int(alpha * 255.0f + 0.5f)); }

Rgb ActorRgb(const Dataset& ds, const std::string& actor_id) {
    const Actor* a = ds.FindActor(actor_id);
    return Themed(a ? a->paired : NeutralColor());
}

ImU32 ActorColor(const Dataset& ds, const std::string& actor_id, float alpha) { return Color(ActorRgb(ds, actor_id), alpha); }

void DrawKindMarker(ImDrawList* dl, ImVec2 c, float r, MarkerShape shape, ImU32 color) {
    const ImU32 paper = Paper();
    const ImVec2 box_min(c.x - r * 0.85f, c.y - r * 0.85f), box_max(c.x + r * 0.85f, c.y + r * 0.85f);
    switch (shape) {
        case MarkerShape::StruckCircle: {
            dl->AddCircleFilled(c, r, paper);
            dl->AddCircle(c, r - 1.0f, color, 0, 2.0f);
            float d = (r - 1.5f) * 0.7071f;
            dl->AddLine(ImVec2(c.x - d, c.y + d), ImVec2(c.x + d, c.y - d), color, 2.0f);
            break;
        }
        case MarkerShape::Diamond: {
            const float tip = r * kDiamondTip;
            ImVec2 p[4] = {{c.x, c.y - tip}, {c.x + tip, c.y}, {c.x, c.y + tip}, {c.x - tip, c.y}};
            dl->AddConvexPolyFilled(p, 4, color);
            break;
        }
        case MarkerShape::Triangle: {
            const float half_base = r * kTriangleHalfBase;
            ImVec2 a(c.x, c.y - r * kTriangleApex), b(c.x + half_base, c.y + r * 0.85f), d(c.x - half_base, c.y + r * 0.85f);
            dl->AddTriangleFilled(a, b, d, color);
            break;
        }
        case MarkerShape::Square: dl->AddRectFilled(box_min, box_max, color); break;
        case MarkerShape::DottedCircle:
            dl->AddCircleFilled(c, r, paper);
            dl->AddCircle(c, r - 1.0f, color, 0, 2.5f);
            dl->AddCircleFilled(c, r * 0.35f, color);
            break;
        case MarkerShape::OpenSquare:
            dl->AddRectFilled(box_min, box_max, paper);
            dl->AddRect(box_min, box_max, color, 0, 0, 2.0f);
            break;
    }
}

void DrawText(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 color, const std::string& text, float wrap_width) {
    // Whole device pixels keep glyph edges sharp on any screen density.
    float d = ImGui::GetIO().DisplayFramebufferScale.x > 0 ? ImGui::GetIO().DisplayFramebufferScale.x : 1.0f;
    pos.x = std::round(pos.x * d) / d;
    pos.y = std::round(pos.y * d) / d;
    dl->AddText(font, font->FontSize, pos, color, text.c_str(), text.c_str() + text.size(), wrap_width);
}

float TextWidth(ImFont* font, const std::string& text) {
    return font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, text.c_str(), text.c_str() + text.size()).x;
}

std::string FitText(ImFont* font, const std::string& text, float room) {
    if (TextWidth(font, text) <= room) return text;
    size_t end = text.size();
    while (end > 0) {
        do end--;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);  // back to a character's first byte
        std::string cut = text.substr(0, end);
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        if (!cut.empty() && TextWidth(font, cut + "\xE2\x80\xA6") <= room) return cut + "\xE2\x80\xA6";
    }
    return "";
}

void BeginPaddedTooltip() {
    // The window keeps the padding it was begun with, so the style can be restored at once.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 8));
    ImGui::BeginTooltip();
    ImGui::PopStyleVar();
}

}  // namespace article::ui

namespace article::ui {

void DrawTimeTicks(ImDrawList* dl, const TimeScale& scale, float y) {
    const Fonts& f = GetFonts();
    const float left = scale.PxLeft(), right = scale.PxRight();
    for (const Tick& t : TimeTicks(scale, 44.0f)) {
        if (t.x < left - 0.5f || t.x > right + 0.5f) continue;
        float len = t.major ? 6.0f : 3.0f;
        dl->AddLine(ImVec2(t.x, y), ImVec2(t.x, y + len), Muted());
        if (t.label.empty()) continue;
        // Year labels sit just right of their tick (the year runs from the tick onward); a label
        // that would not fit, such as the range's closing year's, is left out.
        if (t.x + 3.0f + TextWidth(f.small, t.label) > right) continue;
        DrawText(dl, f.small, ImVec2(t.x + 3.0f, y + 6), Muted(), t.label);
    }
}

}  // namespace article::ui
