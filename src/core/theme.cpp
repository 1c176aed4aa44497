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

namespace {
struct RoleColorEntry {
    const char* role;
    Rgb color, dark;  // on light paper, on dark paper
};
// Okabe-Ito hues, darkened where needed so a line or marker keeps 3:1 on white and a label 4.5:1.
// On dark paper the same hues are lightened instead, to the same contrast.
const RoleColorEntry kRoleColors[] = {
    {"amazon", {181, 78, 0}, {245, 150, 60}},       // vermillion-orange
    {"microsoft", {0, 107, 168}, {86, 180, 233}},   // blue (Okabe-Ito sky blue on dark)
    {"openai", {38, 38, 38}, {228, 228, 228}},      // near-black on light, near-white on dark
    {"anthropic", {120, 96, 0}, {222, 196, 70}},    // ochre (Okabe-Ito yellow)
    {"google", {168, 72, 130}, {214, 138, 182}},    // reddish purple
    {"other", {96, 96, 96}, {160, 160, 160}},       // grey
};
}  // namespace

Rgb RoleColor(const std::string& role, ThemeKind kind) {
    if (kind == ThemeKind::System) {
        const Rgb paper = g_system.paper;
        const ThemeKind nearest = RelativeLuminance(paper) < 0.18 ? ThemeKind::Dark : ThemeKind::Light;
        const Rgb c = RoleColor(role, nearest);
        return ContrastRatio(c, paper) >= 3.0 ? c : g_system.ink;
    }
    for (const auto& e : kRoleColors)
        if (role == e.role) return kind == ThemeKind::Dark ? e.dark : e.color;
    return kind == ThemeKind::Dark ? Rgb{160, 160, 160} : Rgb{96, 96, 96};
}

Rgb RoleColor(const std::string& role) { return RoleColor(role, g_theme); }

const std::vector<std::string>& PaletteRoles() {
    static const std::vector<std::string> roles = [] {
        std::vector<std::string> r;
        for (const auto& e : kRoleColors) r.push_back(e.role);
        return r;
    }();
    return roles;
}

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

Rgb Faded(Rgb c, Rgb paper, double min_contrast) {
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

static std::string ThemeVariables(ThemeKind kind, const char* indent) {
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
    for (const auto& e : kRoleColors) add(std::string("role-") + e.role, RoleColor(e.role, kind));
    return css;
}

std::string ThemeCss() {
    return ":root {\n  color-scheme: light;\n" + ThemeVariables(ThemeKind::Light, "  ") + "}\n" +
           ":root.theme-dark {\n  color-scheme: dark;\n" + ThemeVariables(ThemeKind::Dark, "  ") + "}\n" +
           "@media (prefers-color-scheme: dark) {\n  :root:not(.theme-light) {\n    color-scheme: dark;\n" +
           ThemeVariables(ThemeKind::Dark, "    ") + "  }\n}\n";
}

}  // namespace article
