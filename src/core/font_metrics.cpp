#include "font_metrics.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace article {

static uint16_t U16(const unsigned char* p) { return uint16_t(p[0] << 8 | p[1]); }
static uint32_t U32(const unsigned char* p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }

// The table `tag`'s bytes, or null when it is missing or runs past the end.
static const unsigned char* Table(const unsigned char* font, size_t size, const char* tag, size_t need) {
    if (size < 12) return nullptr;
    const size_t tables = U16(font + 4);
    if (12 + tables * 16 > size) return nullptr;
    for (size_t i = 0; i < tables; i++) {
        const unsigned char* rec = font + 12 + i * 16;
        if (std::memcmp(rec, tag, 4) != 0) continue;
        const size_t offset = U32(rec + 8), length = U32(rec + 12);
        if (length < need || offset > size || size - offset < need) return nullptr;
        return font + offset;
    }
    return nullptr;
}

float LineHeightPerEm(const unsigned char* font, size_t size) {
    if (!font) return 1.0f;
    const unsigned char* head = Table(font, size, "head", 20);
    const unsigned char* hhea = Table(font, size, "hhea", 8);
    if (!head || !hhea) return 1.0f;
    const int units = U16(head + 18);
    const int ascent = int16_t(U16(hhea + 4)), descent = int16_t(U16(hhea + 6));
    if (units <= 0 || ascent - descent <= 0) return 1.0f;
    return float(ascent - descent) / float(units);
}

// The subtable for (platform, encoding), or null.
static const unsigned char* Subtable(const unsigned char* cmap, size_t cmap_size, int platform, int encoding) {
    const size_t count = U16(cmap + 2);
    if (4 + count * 8 > cmap_size) return nullptr;
    for (size_t i = 0; i < count; i++) {
        const unsigned char* rec = cmap + 4 + i * 8;
        const size_t offset = U32(rec + 4);
        if (U16(rec) == platform && U16(rec + 2) == encoding && offset + 8 <= cmap_size) return cmap + offset;
    }
    return nullptr;
}

static void Format12(const unsigned char* t, size_t room, std::vector<uint32_t>* out) {
    if (room < 16 || U16(t) != 12) return;
    const size_t groups = U32(t + 12);
    if (groups > (room - 16) / 12) return;
    for (size_t g = 0; g < groups; g++) {
        const unsigned char* rec = t + 16 + g * 12;
        const uint32_t first = U32(rec), last = U32(rec + 4);
        if (last < first || last > 0x10FFFF) return;
        for (uint32_t c = first; c <= last; c++) out->push_back(c);
    }
}

static void Format4(const unsigned char* t, size_t room, std::vector<uint32_t>* out) {
    if (room < 14 || U16(t) != 4) return;
    const size_t segs = U16(t + 6) / 2;
    if (16 + segs * 8 > room) return;
    const unsigned char *ends = t + 14, *starts = t + 16 + segs * 2, *deltas = starts + segs * 2, *offsets = deltas + segs * 2;
    for (size_t i = 0; i < segs; i++) {
        const uint32_t first = U16(starts + i * 2), last = U16(ends + i * 2);
        const uint16_t delta = U16(deltas + i * 2), range_offset = U16(offsets + i * 2);
        for (uint32_t c = first; c <= last && c != 0xFFFF; c++) {
            uint32_t glyph;
            if (range_offset == 0) {
                glyph = uint16_t(c + delta);
            } else {
                const size_t at = size_t(offsets + i * 2 - t) + range_offset + (c - first) * 2;
                if (at + 2 > room) return;
                glyph = U16(t + at);
                if (glyph != 0) glyph = uint16_t(glyph + delta);
            }
            if (glyph != 0) out->push_back(c);
        }
    }
}

std::vector<uint32_t> FontCodepoints(const unsigned char* font, size_t size) {
    std::vector<uint32_t> out;
    if (!font) return out;
    const unsigned char* cmap = Table(font, size, "cmap", 4);
    if (!cmap) return out;
    const size_t cmap_size = size - size_t(cmap - font);
    if (const unsigned char* t = Subtable(cmap, cmap_size, 3, 10)) Format12(t, cmap_size - size_t(t - cmap), &out);
    if (out.empty())
        if (const unsigned char* t = Subtable(cmap, cmap_size, 3, 1)) Format4(t, cmap_size - size_t(t - cmap), &out);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<uint32_t> CodepointRanges(const std::vector<uint32_t>& sorted) {
    std::vector<uint32_t> ranges;
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1) j++;
        ranges.push_back(sorted[i]);
        ranges.push_back(sorted[j]);
        i = j + 1;
    }
    ranges.push_back(0);
    return ranges;
}

}  // namespace article
