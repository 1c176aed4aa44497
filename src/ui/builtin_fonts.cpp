// ImGui's built-in font in every role. Only the headless view tests call this; keeping it
// out of draw_style.cpp keeps ProggyClean's bytes out of the browser build.
#include "draw_style.hpp"

namespace article::ui {

void BuildBuiltinFonts(float density) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.RasterizerDensity = density;
    ImFont* f = io.Fonts->AddFontDefault(&cfg);
    UseFonts(Fonts{f, f, f});
    io.Fonts->Build();
}

}  // namespace article::ui
