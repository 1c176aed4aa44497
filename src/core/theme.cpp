#include "theme.hpp"

#include <algorithm>
#include <cmath>

#include "text_format.hpp"

namespace article {

static Theme g_system;

const Theme& ThemeOf(ThemeKind kind) {
    if (kind == ThemeKind::System) return g_system;
    static const Theme light;
    // Near-black paper with a cool cast, panels a step lighter; inks chosen for 4.5:1 on both.
    static const Theme dark{{20, 22, 26}, {34, 37, 43}, {236, 236, 236}, {172, 176, 184},
                            {70, 74, 82}, {110, 176, 255}, {120, 182, 255}};
    return kind == ThemeKind::Dark ? dark : light;
}

const Theme& DefaultTheme() { return ThemeOf(ThemeKind::Light); }

static ThemeKind g_theme = ThemeKind::Light;
const Theme& CurrentTheme() { return ThemeOf(g_theme); }
ThemeKind CurrentThemeKind() { return g_theme; }
void UseTheme(ThemeKind kind) { g_theme = kind; }

Theme SystemTheme(const SystemColors& c) {
    Theme t;
    t.paper = t.panel = c.canvas;
    t.ink = c.canvas_text;
    t.muted = ContrastRatio(c.gray_text, c.canvas) >= 4.5 ? c.gray_text : c.canvas_text;
    t.rule = ContrastRatio(c.gray_text, c.canvas) >= 3.0 ? c.gray_text : c.canvas_text;
    t.focus = c.highlight;
    t.accent = c.link_text;
    return t;
}

void UseSystemColors(const SystemColors& c) {
    g_system = SystemTheme(c);
    g_theme = ThemeKind::System;
}

static bool g_transparent = false;
void UseTransparentPaper(bool on) { g_transparent = on; }
bool TransparentPaper() { return g_transparent; }

const std::vector<PairedColor>& ActorPalette() {
    static const std::vector<PairedColor> palette = {
        {{181, 78, 0}, {245, 150, 60}},     // vermillion-orange
        {{0, 107, 168}, {86, 180, 233}},    // blue (Okabe-Ito sky blue on dark)
        {{38, 38, 38}, {228, 228, 228}},    // near-black on light, near-white on dark
        {{168, 72, 130}, {214, 138, 182}},  // reddish purple
        {{104, 0, 252}, {170, 112, 253}},   // violet: of the hues with 4.5:1, the furthest from the
                                            // four above under every deficiency (docs/decisions.md)
    };
    return palette;
}

// The grey furthest from the palette's purple under deuteranopia that keeps 4.5:1 on the panels.
PairedColor NeutralColor() { return {{66, 66, 66}, {192, 192, 192}}; }

Rgb Themed(const PairedColor& c, ThemeKind kind) {
    if (kind == ThemeKind::System) {
        const Rgb paper = g_system.paper;
        const Rgb near = RelativeLuminance(paper) < 0.18 ? c.dark : c.light;
        return ContrastRatio(near, paper) >= 3.0 ? near : g_system.ink;
    }
    return kind == ThemeKind::Dark ? c.dark : c.light;
}

Rgb Themed(const PairedColor& c) { return Themed(c, g_theme); }

static double Linear(uint8_t v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

static uint8_t Encode(double lin) {
    lin = std::clamp(lin, 0.0, 1.0);
    double c = lin <= 0.0031308 ? lin * 12.92 : 1.055 * std::pow(lin, 1 / 2.4) - 0.055;
    return uint8_t(std::lround(c * 255));
}

double RelativeLuminance(Rgb c) { return 0.2126 * Linear(c.r) + 0.7152 * Linear(c.g) + 0.0722 * Linear(c.b); }

double ContrastRatio(Rgb a, Rgb b) {
    double la = RelativeLuminance(a), lb = RelativeLuminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

Rgb DarkCounterpart(Rgb light) {
    const Rgb lp = ThemeOf(ThemeKind::Light).paper, dp = ThemeOf(ThemeKind::Dark).paper;
    const double want = ContrastRatio(light, lp);
    auto mix = [&](double t) {
        auto ch = [&](uint8_t a) { return uint8_t(std::lround(a + (255 - a) * t)); };
        return Rgb{ch(light.r), ch(light.g), ch(light.b)};
    };
    // Toward white, keeping the hue, until it stands out from the dark paper as much.
    double lo = 0, hi = 1;
    for (int i = 0; i < 24; i++) {
        const double t = (lo + hi) * 0.5;
        (ContrastRatio(mix(t), dp) < want ? lo : hi) = t;
    }
    return mix(hi);
}

static Rgb FadedUncached(Rgb c, Rgb paper, double min_contrast) {
    auto mix = [&](double t) {
        auto ch = [&](uint8_t a, uint8_t b) { return uint8_t(std::lround(a + (b - a) * t)); };
        return Rgb{ch(c.r, paper.r), ch(c.g, paper.g), ch(c.b, paper.b)};
    };
    if (ContrastRatio(c, paper) < min_contrast) return c;
    double lo = 0, hi = 1;  // contrast falls as t rises: find the largest t that keeps it
    for (int i = 0; i < 24; i++) {
        const double t = (lo + hi) * 0.5;
        (ContrastRatio(mix(t), paper) >= min_contrast ? lo : hi) = t;
    }
    return mix(lo);
}

Rgb Faded(Rgb c, Rgb paper, double min_contrast) {
    // The figure asks for the same few colours every frame; the search takes a few hundred pow()s.
    struct Entry {
        Rgb c, paper, out;
        double min;
    };
    static std::vector<Entry> memo;
    auto same = [](Rgb a, Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; };
    for (const Entry& e : memo)
        if (same(e.c, c) && same(e.paper, paper) && e.min == min_contrast) return e.out;
    if (memo.size() >= 64) memo.clear();  // themes and stories change rarely: a small table is enough
    memo.push_back({c, paper, FadedUncached(c, paper, min_contrast), min_contrast});
    return memo.back().out;
}

std::string ToHex(Rgb c) { return FormatString("#%02x%02x%02x", c.r, c.g, c.b); }

Rgb SimulateColorVision(Rgb c, ColorVision kind) {
    static const double m[3][9] = {
        {0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998},
        {0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.011820, 0.042940, 0.968881},
        {1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.303900},
    };
    const double* k = m[int(kind)];
    double r = Linear(c.r), g = Linear(c.g), b = Linear(c.b);
    return {Encode(k[0] * r + k[1] * g + k[2] * b), Encode(k[3] * r + k[4] * g + k[5] * b),
            Encode(k[6] * r + k[7] * g + k[8] * b)};
}

static void ToLab(Rgb c, double* L, double* A, double* B) {
    double r = Linear(c.r), g = Linear(c.g), b = Linear(c.b);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    *L = 116 * f(y) - 16;
    *A = 500 * (f(x) - f(y));
    *B = 200 * (f(y) - f(z));
}

double LabDistance(Rgb a, Rgb b) {
    double l1, a1, b1, l2, a2, b2;
    ToLab(a, &l1, &a1, &b1);
    ToLab(b, &l2, &a2, &b2);
    return std::sqrt((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2));
}

static std::string ThemeVariables(ThemeKind kind, const char* indent, const std::vector<ActorCss>& actors) {
    const Theme& t = ThemeOf(kind);
    std::string css;
    auto add = [&](const std::string& name, Rgb c) { css += indent + ("--" + name) + ": " + ToHex(c) + ";\n"; };
    add("paper", t.paper);
    add("panel", t.panel);
    add("ink", t.ink);
    add("muted", t.muted);
    add("rule", t.rule);
    add("focus", t.focus);
    add("accent", t.accent);
    add("neutral", Themed(NeutralColor(), kind));
    for (const ActorCss& a : actors) add("actor-" + a.id, Themed(a.color, kind));
    return css;
}

std::string ThemeCss(const std::vector<ActorCss>& actors) {
    std::string rules;
    for (const ActorCss& a : actors)
        // The rule's class twice: it wins over any rule of one class that sets the border later.
        rules += ".actor-" + a.id + " { background: var(--actor-" + a.id + "); }\n.line-actor-" + a.id + ".line-actor-" + a.id +
                 " { border-left-color: var(--actor-" + a.id + "); }\n";
    return ":root {\n  color-scheme: light;\n" + ThemeVariables(ThemeKind::Light, "  ", actors) + "}\n" +
           ":root.theme-dark {\n  color-scheme: dark;\n" + ThemeVariables(ThemeKind::Dark, "  ", actors) + "}\n" +
           "@media (prefers-color-scheme: dark) {\n  :root:not(.theme-light) {\n    color-scheme: dark;\n" +
           ThemeVariables(ThemeKind::Dark, "    ", actors) + "  }\n}\n" + rules;
}

}  // namespace article
