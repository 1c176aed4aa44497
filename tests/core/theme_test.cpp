#include <doctest/doctest.h>

#include "theme.hpp"

using namespace article;

TEST_CASE("contrast ratio matches the WCAG reference values") {
    CHECK(ContrastRatio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(ContrastRatio({255, 255, 255}, {255, 255, 255}) == doctest::Approx(1.0));
    CHECK(ContrastRatio({118, 118, 118}, {255, 255, 255}) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("all text colours reach 4.5:1 on paper and on panels") {
    const Theme& t = DefaultTheme();
    for (Rgb bg : {t.paper, t.panel}) {
        CHECK(ContrastRatio(t.ink, bg) >= 4.5);
        CHECK(ContrastRatio(t.muted, bg) >= 4.5);
        CHECK(ContrastRatio(t.accent, bg) >= 4.5);
    }
}

TEST_CASE("every actor colour reaches 4.5:1 on paper, so it can also colour labels") {
    for (const std::string& role : PaletteRoles()) {
        INFO(role);
        CHECK(ContrastRatio(RoleColor(role), DefaultTheme().paper) >= 4.5);
        CHECK(ContrastRatio(RoleColor(role), DefaultTheme().panel) >= 4.5);
    }
}

TEST_CASE("the focus ring stands out at 3:1") {
    CHECK(ContrastRatio(DefaultTheme().focus, DefaultTheme().paper) >= 3.0);
}

TEST_CASE("the main actor colours stay apart under colour-vision deficiencies") {
    const char* main_roles[] = {"amazon", "microsoft", "openai", "google"};
    for (ColorVision cv : {ColorVision::Protanopia, ColorVision::Deuteranopia, ColorVision::Tritanopia}) {
        for (int i = 0; i < 4; i++)
            for (int j = i + 1; j < 4; j++) {
                double d = LabDistance(SimulateColorVision(RoleColor(main_roles[i]), cv),
                                       SimulateColorVision(RoleColor(main_roles[j]), cv));
                INFO(std::string(main_roles[i]) << " vs " << std::string(main_roles[j]) << " under " << int(cv));
                CHECK(d >= 15.0);
            }
    }
}

TEST_CASE("the CSS carries every palette colour") {
    std::string css = ThemeCss();
    for (const std::string& role : PaletteRoles()) CHECK(css.find("--role-" + role + ": " + ToHex(RoleColor(role))) != std::string::npos);
}
