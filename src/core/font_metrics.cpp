#include "font_metrics.hpp"

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

}  // namespace article
