#include <doctest/doctest.h>

#include <algorithm>

#include "theme.hpp"

using namespace article;

TEST_CASE("contrast ratio matches the WCAG reference values") {
    CHECK(ContrastRatio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(ContrastRatio({255, 255, 255}, {255, 255, 255}) == doctest::Approx(1.0));
    CHECK(ContrastRatio({118, 118, 118}, {255, 255, 255}) == doctest::Approx(4.54).epsilon(0.01));
}

static const ThemeKind kThemes[] = {ThemeKind::Light, ThemeKind::Dark};

TEST_CASE("all text colours reach 4.5:1 on paper and on panels, in both themes") {
  for (ThemeKind kind : kThemes) {
    const Theme& t = ThemeOf(kind);
    INFO("theme " << int(kind));
    for (Rgb bg : {t.paper, t.panel}) {
        CHECK(ContrastRatio(t.ink, bg) >= 4.5);
        CHECK(ContrastRatio(t.muted, bg) >= 4.5);
        CHECK(ContrastRatio(t.accent, bg) >= 4.5);
    }
    CHECK(ContrastRatio(t.rule, t.paper) >= 1.5);  // a divider is seen, faintly
  }
}

// The palette and the neutral grey, for tests over every colour the engine hands out itself.
static std::vector<PairedColor> EngineColors() {
    std::vector<PairedColor> all = ActorPalette();
    all.push_back(NeutralColor());
    return all;
}

TEST_CASE("every palette colour reaches 4.5:1 on paper, so it can also colour labels, in both themes") {
    for (ThemeKind kind : kThemes)
        for (const PairedColor& c : EngineColors()) {
            INFO(ToHex(Themed(c, kind)) << " in theme " << int(kind));
            CHECK(ContrastRatio(Themed(c, kind), ThemeOf(kind).paper) >= 4.5);
            CHECK(ContrastRatio(Themed(c, kind), ThemeOf(kind).panel) >= 4.5);
        }
}

TEST_CASE("a dark counterpart keeps the light colour's contrast, lighter and of the same hue") {
    for (const PairedColor& c : EngineColors()) {
        const Rgb d = DarkCounterpart(c.light);
        INFO(ToHex(c.light) << " -> " << ToHex(d));
        CHECK(ContrastRatio(d, ThemeOf(ThemeKind::Dark).paper) >= ContrastRatio(c.light, ThemeOf(ThemeKind::Light).paper) - 0.05);
        CHECK(RelativeLuminance(d) > RelativeLuminance(c.light));
    }
}

TEST_CASE("the focus ring stands out at 3:1 in both themes") {
    for (ThemeKind kind : kThemes) CHECK(ContrastRatio(ThemeOf(kind).focus, ThemeOf(kind).paper) >= 3.0);
}

TEST_CASE("the dark theme is designed, not inverted: light inks on dark paper, the same hues") {
    const Theme &light = ThemeOf(ThemeKind::Light), &dark = ThemeOf(ThemeKind::Dark);
    CHECK(RelativeLuminance(dark.paper) < 0.02);
    CHECK(RelativeLuminance(dark.ink) > 0.7);
    for (const PairedColor& c : EngineColors()) {
        Rgb l = c.light, d = c.dark;
        if (std::max({l.r, l.g, l.b}) - std::min({l.r, l.g, l.b}) < 40) continue;  // a grey's inverse is a grey
        INFO(ToHex(l));
        // Not the inverse: an inverted orange would be blue.
        CHECK(LabDistance(d, Rgb{uint8_t(255 - l.r), uint8_t(255 - l.g), uint8_t(255 - l.b)}) > 40.0);
    }
    CHECK(ContrastRatio(light.ink, light.paper) >= 12.0);
    CHECK(ContrastRatio(dark.ink, dark.paper) >= 12.0);
}

TEST_CASE("the current theme switches what Themed gives") {
    const PairedColor c = ActorPalette().front();
    UseTheme(ThemeKind::Dark);
    CHECK(ToHex(Themed(c)) == ToHex(c.dark));
    CHECK(ToHex(CurrentTheme().paper) == ToHex(ThemeOf(ThemeKind::Dark).paper));
    UseTheme(ThemeKind::Light);
    CHECK(ToHex(Themed(c)) == ToHex(c.light));
}

TEST_CASE("the palette's colours stay apart under colour-vision deficiencies, in both themes") {
    const std::vector<PairedColor> all = EngineColors();
    for (ThemeKind kind : kThemes)
        for (ColorVision cv : {ColorVision::Protanopia, ColorVision::Deuteranopia, ColorVision::Tritanopia})
            for (size_t i = 0; i < all.size(); i++)
                for (size_t j = i + 1; j < all.size(); j++) {
                    INFO(ToHex(all[i].light) << " vs " << ToHex(all[j].light) << " under " << int(cv) << " in theme " << int(kind));
                    CHECK(LabDistance(SimulateColorVision(Themed(all[i], kind), cv), SimulateColorVision(Themed(all[j], kind), cv)) >=
                          kActorColorDistance);
                }
}

TEST_CASE("the CSS carries each actor's colour in both themes, the neutral grey, and a class for each") {
    const PairedColor c{{1, 2, 3}, {250, 251, 252}};
    std::string css = ThemeCss({{"acme", c}});
    CHECK(css.find("--actor-acme: #010203") != std::string::npos);
    CHECK(css.find("--actor-acme: #fafbfc") != std::string::npos);
    CHECK(css.find("--neutral: " + ToHex(NeutralColor().light)) != std::string::npos);
    CHECK(css.find(".actor-acme { background: var(--actor-acme); }") != std::string::npos);
    CHECK(css.find(".line-actor-acme.line-actor-acme { border-left-color: var(--actor-acme); }") != std::string::npos);
    CHECK(css.find(":root.theme-dark {") != std::string::npos);
    CHECK(css.find("@media (prefers-color-scheme: dark)") != std::string::npos);
}

TEST_CASE("under system colours the figure takes the system's paper, inks and highlight") {
    const SystemColors black{{0, 0, 0}, {255, 255, 255}, {63, 242, 63}, {26, 235, 255}, {255, 255, 0}};
    const Theme t = SystemTheme(black);
    CHECK(ToHex(t.paper) == "#000000");
    CHECK(ToHex(t.ink) == "#ffffff");
    CHECK(ToHex(t.muted) == "#3ff23f");  // GrayText, which keeps 4.5:1 here
    CHECK(ToHex(t.focus) == "#1aebff");
    CHECK(ToHex(t.accent) == "#ffff00");
}

TEST_CASE("a system grey too faint for text or rules gives way to the system's ink") {
    const SystemColors white{{255, 255, 255}, {0, 0, 0}, {200, 200, 200}, {55, 0, 110}, {0, 0, 159}};
    const Theme t = SystemTheme(white);
    CHECK(ToHex(t.muted) == "#000000");
    CHECK(ToHex(t.rule) == "#000000");
}

TEST_CASE("under system colours every palette colour keeps 3:1 on the system's paper") {
    for (const SystemColors& c : {SystemColors{{0, 0, 0}, {255, 255, 255}, {128, 128, 128}, {26, 235, 255}, {255, 255, 0}},
                                  SystemColors{{255, 255, 255}, {0, 0, 0}, {96, 96, 96}, {55, 0, 110}, {0, 0, 159}},
                                  SystemColors{{32, 32, 96}, {255, 255, 255}, {160, 160, 160}, {255, 255, 0}, {255, 255, 0}}}) {
        UseSystemColors(c);
        for (const PairedColor& p : EngineColors()) {
            INFO(ToHex(p.light) << " on " << ToHex(c.canvas));
            CHECK(ContrastRatio(Themed(p), c.canvas) >= 3.0);
        }
    }
    UseSystemColors({{0, 0, 0}, {255, 255, 255}, {128, 128, 128}, {26, 235, 255}, {255, 255, 0}});
    CHECK(ToHex(Themed(ActorPalette().front())) == ToHex(ActorPalette().front().dark));  // on black: the dark colours
    UseTheme(ThemeKind::Light);
}

TEST_CASE("a faded colour keeps the contrast asked for, and is as pale as that allows") {
    for (ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark})
        for (const PairedColor& p : EngineColors()) {
            const Rgb paper = ThemeOf(kind).paper, c = Themed(p, kind);
            for (double min : {kMarkContrast, kTextContrast}) {
                if (ContrastRatio(c, paper) < min) continue;
                INFO(ToHex(c) << " at " << min);
                const Rgb f = Faded(c, paper, min);
                CHECK(ContrastRatio(f, paper) >= min);
                CHECK(ContrastRatio(f, paper) < min + 0.15);  // no darker than it must be
            }
        }
    const Rgb faint{200, 200, 200}, white{255, 255, 255};
    CHECK(ToHex(Faded(faint, white, kMarkContrast)) == ToHex(faint));  // already too faint: left alone
}
