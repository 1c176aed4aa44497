// Fonts, colours and marker shapes shared by every view, so the timeline, the
// chart and the page's HTML card speak one visual language (and the page's CSS the same).
#pragma once
#include <cstddef>
#include <string>

#include "dataset.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "time_scale.hpp"

namespace article::ui {

struct Fonts {
    // Only what the canvas draws: the card's paragraphs and headline are HTML.
    // Sizes are CSS px of the em, as the page's own text is set (ImGui's FontSize, the line
    // height, is about 1.2 times that for Inter).
    ImFont* label = nullptr;     // 13 px: marker labels, legends (ImGui's default font)
    ImFont* small = nullptr;     // 12 px: axis ticks, notes
    ImFont* strong = nullptr;    // 15 px semibold: lane names, emphasis
};

struct FontBytes {
    const unsigned char* regular = nullptr;
    size_t regular_size = 0;
    const unsigned char* semibold = nullptr;
    size_t semibold_size = 0;
    // Fonts for what Inter lacks (CJK, symbols), merged into every size in this order; an empty
    // one is skipped.
    const unsigned char* fallback[2] = {nullptr, nullptr};
    size_t fallback_size[2] = {0, 0};
};

// (Re)builds the font atlas from the article's fonts at `density` device pixels per CSS
// pixel, so text stays crisp on HiDPI screens.
void BuildFonts(const FontBytes& bytes, float density);
// Builds the atlas from ImGui's built-in font for every role: for headless tests, which
// run without the subset font files. Lives in its own file so the browser build never
// links that font.
void BuildBuiltinFonts(float density);
void UseFonts(const Fonts& fonts);
const Fonts& GetFonts();

ImU32 Color(Rgb c, float alpha = 1.0f);
inline ImU32 Ink(float a = 1.0f) { return Color(CurrentTheme().ink, a); }
inline ImU32 Muted(float a = 1.0f) { return Color(CurrentTheme().muted, a); }
inline ImU32 Paper(float a = 1.0f) { return Color(CurrentTheme().paper, a); }
inline ImU32 Panel(float a = 1.0f) { return Color(CurrentTheme().panel, a); }
inline ImU32 RuleColor(float a = 1.0f) { return Color(CurrentTheme().rule, a); }
inline ImU32 Focus(float a = 1.0f) { return Color(CurrentTheme().focus, a); }
inline ImU32 ArrowInk() { return Focus(0.85f); }  // the arrows from a selected event to related ones

// An actor's colour by id (grey when unknown).
ImU32 ActorColor(const Dataset& ds, const std::string& actor_id, float alpha = 1.0f);
Rgb ActorRgb(const Dataset& ds, const std::string& actor_id);
// `c` set back toward the paper as far as `min_contrast` on it allows (Faded): how marks and
// labels are dimmed, never with a translucency that would take them under 3:1 or 4.5:1.
inline ImU32 FadedColor(Rgb c, double min_contrast, float alpha = 1.0f) {
    return Color(Faded(c, CurrentTheme().paper, min_contrast), alpha);
}

// Each event kind has its own shape, so nothing is told by colour alone:
// decline = circle struck through, investment = diamond, launch = triangle,
// leadership = square, market = ring, report = hollow square.
void DrawKindMarker(ImDrawList* dl, ImVec2 c, float r, MarkerShape shape, ImU32 color);

// Text in a given font, drawn at a point (top-left); wrapped at `wrap_width` when it is over 0.
void DrawText(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 color, const std::string& text, float wrap_width = 0.0f);
float TextWidth(ImFont* font, const std::string& text);
// `text` as it fits in `room` px: whole, or cut at a character with "…" after it; "" when not even
// one character and the ellipsis fit.
std::string FitText(ImFont* font, const std::string& text, float room);

// A tooltip with room around its text (the figure's own window has no padding, and ImGui's
// tooltips take the style's). Ends with ImGui::EndTooltip().
void BeginPaddedTooltip();

// The time axis's ticks and labels along `y`, between the scale's pixel ends: the timeline and
// the chart under it draw the same ones, so the two read as one axis.
void DrawTimeTicks(ImDrawList* dl, const TimeScale& scale, float y);

}  // namespace article::ui
