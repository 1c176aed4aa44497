// One palette for the canvas and the page (articlec writes it out as CSS custom
// properties), chosen for contrast on the paper colour and for colour-vision
// deficiencies (Okabe-Ito hues, darkened until text and lines pass WCAG).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace article {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
};

struct Theme {
    Rgb paper{255, 255, 255};    // page and canvas background
    Rgb panel{246, 245, 241};    // card and era shading
    Rgb ink{18, 18, 18};         // body text
    Rgb muted{92, 92, 92};       // secondary text, axis labels
    Rgb rule{208, 206, 200};     // grid lines and dividers
    Rgb focus{0, 95, 204};       // focus ring
    Rgb accent{0, 95, 204};      // links and active controls
};

// A light theme and a dark one, each designed (the dark is not an inversion): its own paper and
// inks, and actor colours lightened until they keep the same contrast on dark paper.
// System is the reader's own colours under forced colours (Windows contrast themes), which the
// page reads from the browser and hands over with UseSystemColors.
enum class ThemeKind { Light, Dark, System };
const Theme& ThemeOf(ThemeKind kind);
const Theme& DefaultTheme();  // the light theme
// The theme the figure draws in now; the page switches it (prefers-color-scheme, ?dark=, a host).
const Theme& CurrentTheme();
ThemeKind CurrentThemeKind();
void UseTheme(ThemeKind kind);

// The system's colours by their CSS names. The theme made from them takes the paper, inks and
// highlight as they are; GrayText stands in for the muted ink and the rules only where it keeps
// 4.5:1 (text) and 3:1 (rules) on Canvas, else CanvasText does.
struct SystemColors {
    Rgb canvas, canvas_text, gray_text, highlight, link_text;
};
Theme SystemTheme(const SystemColors& c);
// Makes SystemTheme(c) the current theme (ThemeKind::System).
void UseSystemColors(const SystemColors& c);
// With transparent paper the figure leaves its background undrawn, for coloured host pages;
// panels, cards and the backing of labels keep theirs.
void UseTransparentPaper(bool on);
bool TransparentPaper();

// A colour for the light paper and its counterpart for the dark.
struct PairedColor {
    Rgb light, dark;
};
// The categorical palette for actors a dataset gives no colour, in the order they are handed out:
// Okabe-Ito hues, darkened until a line keeps 3:1 and a label 4.5:1 on the light paper, and
// lightened to the same on the dark one. Chosen to stay apart under colour-vision deficiencies.
const std::vector<PairedColor>& ActorPalette();
// The grey for what belongs to no actor (a provider without one, say).
PairedColor NeutralColor();
// A colour given for the light paper, lightened for the dark paper until it has the contrast
// there it has on the light one (the same hue, not its inverse).
Rgb DarkCounterpart(Rgb light);
// `c` as the current theme (or `kind`) draws it. Under system colours: the light or the dark
// colour, whichever suits the system's paper, or the system's ink where that would not keep 3:1.
Rgb Themed(const PairedColor& c);
Rgb Themed(const PairedColor& c, ThemeKind kind);

double RelativeLuminance(Rgb c);
double ContrastRatio(Rgb a, Rgb b);
std::string ToHex(Rgb c);  // "#rrggbb"

// Minimum contrasts on the paper (WCAG 2.2, 1.4.3 and 1.4.11): text, and marks that carry meaning.
constexpr double kTextContrast = 4.5;
constexpr double kMarkContrast = 3.0;
// How far apart (CIE76, after simulating each colour-vision deficiency) two actors' colours must be:
// the palette's purple and grey, the closest pair it has, are 12.3 apart under deuteranopia.
constexpr double kActorColorDistance = 12.0;
// `c` mixed toward `paper` as far as it can go while keeping `min_contrast` on it: how a mark or a
// label is set back (a series not highlighted, say) without fading below what a reader can see.
// A colour already under `min_contrast` is returned as it is.
Rgb Faded(Rgb c, Rgb paper, double min_contrast);

// Simulates protanopia, deuteranopia or tritanopia (Machado et al. 2009, severity 1).
enum class ColorVision { Protanopia, Deuteranopia, Tritanopia };
Rgb SimulateColorVision(Rgb c, ColorVision kind);
// CIE76 distance in Lab, a rough "can these be told apart" measure.
double LabDistance(Rgb a, Rgb b);

// Both themes as CSS custom properties: the light one on :root, the dark one on :root.theme-dark
// and, unless the page asks for light (.theme-light), under prefers-color-scheme: dark. Each
// actor's colour is --actor-ID, with a class .actor-ID for its swatch and .line-actor-ID for a
// rule in it (a quote's).
struct ActorCss {
    std::string id;
    PairedColor color;
};
std::string ThemeCss(const std::vector<ActorCss>& actors);

}  // namespace article
