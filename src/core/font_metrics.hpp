// What the canvas needs to know of a font file before ImGui rasterises it.
#pragma once
#include <cstddef>

namespace article {

// ImGui, like stb_truetype, sizes a font by its ascent minus its descent; CSS sizes it by the em.
// This is (ascent - descent) / unitsPerEm from the font's hhea and head tables, so that ImGui
// given `em_px * ratio` draws text as large as CSS's `font-size: em_px`. 1 when the bytes are
// not a TrueType or OpenType font with those tables.
float LineHeightPerEm(const unsigned char* font, size_t size);

}  // namespace article
