// What the canvas needs to know of a font file before ImGui rasterises it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace article {

// ImGui, like stb_truetype, sizes a font by its ascent minus its descent; CSS sizes it by the em.
// This is (ascent - descent) / unitsPerEm from the font's hhea and head tables, so that ImGui
// given `em_px * ratio` draws text as large as CSS's `font-size: em_px`. 1 when the bytes are
// not a TrueType or OpenType font with those tables.
float LineHeightPerEm(const unsigned char* font, size_t size);

// Every character the font maps to a glyph, sorted, from its cmap's Unicode subtable (format 12
// where there is one, else format 4). The build subsets each font to what the story uses, so
// this is exactly what that font is there to draw. Empty for bytes that are not a font.
std::vector<uint32_t> FontCodepoints(const unsigned char* font, size_t size);

// Sorted code points as [first, last] pairs of runs, ending in 0: ImGui's glyph ranges.
std::vector<uint32_t> CodepointRanges(const std::vector<uint32_t>& sorted);

}  // namespace article
