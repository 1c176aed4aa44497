#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "font_metrics.hpp"

using namespace article;

namespace {
// A font file with only the header, the table directory and the two tables read.
std::string FontWith(int units_per_em, int ascent, int descent, bool with_hhea = true) {
    auto u16 = [](std::string& s, int v) { s += char((v >> 8) & 0xff), s += char(v & 0xff); };
    auto u32 = [&](std::string& s, uint32_t v) { u16(s, int(v >> 16)), u16(s, int(v & 0xffff)); };
    const int tables = with_hhea ? 2 : 1;
    std::string f;
    u32(f, 0x00010000), u16(f, tables), u16(f, 0), u16(f, 0), u16(f, 0);
    const uint32_t head_at = 12 + 16 * tables, hhea_at = head_at + 54;
    f += "head", u32(f, 0), u32(f, head_at), u32(f, 54);
    if (with_hhea) f += "hhea", u32(f, 0), u32(f, hhea_at), u32(f, 36);
    std::string head(54, '\0');
    head[18] = char(units_per_em >> 8), head[19] = char(units_per_em & 0xff);
    f += head;
    std::string hhea(36, '\0');
    hhea[4] = char((ascent >> 8) & 0xff), hhea[5] = char(ascent & 0xff);
    hhea[6] = char((descent >> 8) & 0xff), hhea[7] = char(descent & 0xff);
    if (with_hhea) f += hhea;
    return f;
}
float Ratio(const std::string& f) { return LineHeightPerEm(reinterpret_cast<const unsigned char*>(f.data()), f.size()); }
}  // namespace

TEST_CASE("a font's line height per em comes from its hhea ascent and descent and its head's units") {
    CHECK(Ratio(FontWith(1000, 969, -242)) == doctest::Approx(1.211));
    CHECK(Ratio(FontWith(2048, 1900, -500)) == doctest::Approx(2400.0 / 2048));
}

TEST_CASE("bytes that are not such a font give 1, the size as asked") {
    CHECK(Ratio("") == 1.0f);
    CHECK(Ratio("not a font at all") == 1.0f);
    CHECK(Ratio(FontWith(1000, 969, -242, false)) == 1.0f);
    CHECK(Ratio(FontWith(0, 969, -242)) == 1.0f);
    std::string cut = FontWith(1000, 969, -242);
    cut.resize(cut.size() - 30);  // hhea runs past the end
    CHECK(Ratio(cut) == 1.0f);
    CHECK(LineHeightPerEm(nullptr, 0) == 1.0f);
}

namespace {
void U16(std::string& s, uint32_t v) { s += char((v >> 8) & 0xff), s += char(v & 0xff); }
void U32(std::string& s, uint32_t v) { U16(s, v >> 16), U16(s, v & 0xffff); }

struct Segment {
    uint16_t first, last;
    int16_t delta;
};
// A format 4 subtable; a segment with delta 0 maps through the glyph array instead, to glyph 0
// (no glyph) for its first character and glyph 7 for the rest.
std::string Format4(std::vector<Segment> segs) {
    segs.push_back({0xFFFF, 0xFFFF, 1});
    const size_t n = segs.size();
    std::string ends, starts, deltas, offsets, glyphs;
    for (size_t i = 0; i < n; i++) {
        U16(ends, segs[i].last), U16(starts, segs[i].first), U16(deltas, uint16_t(segs[i].delta));
        if (segs[i].delta == 0) {
            // From this segment's idRangeOffset word to its glyphs after the offsets array.
            U16(offsets, uint32_t((n - i) * 2 + glyphs.size()));
            for (uint32_t c = segs[i].first; c <= segs[i].last; c++) U16(glyphs, c == segs[i].first ? 0 : 7);
        } else {
            U16(offsets, 0);
        }
    }
    std::string t;
    U16(t, 4), U16(t, uint32_t(16 + n * 8 + glyphs.size())), U16(t, 0), U16(t, uint32_t(n * 2)), U16(t, 0), U16(t, 0), U16(t, 0);
    return t + ends + std::string(2, '\0') + starts + deltas + offsets + glyphs;
}
std::string Format12(const std::vector<std::pair<uint32_t, uint32_t>>& groups) {
    std::string t;
    U16(t, 12), U16(t, 0), U32(t, uint32_t(16 + groups.size() * 12)), U32(t, 0), U32(t, uint32_t(groups.size()));
    for (auto [first, last] : groups) U32(t, first), U32(t, last), U32(t, 1);
    return t;
}
// A font whose only table is a cmap holding the given (platform 3) subtables.
std::string FontWithCmap(const std::vector<std::pair<int, std::string>>& subtables) {
    std::string cmap;
    U16(cmap, 0), U16(cmap, uint32_t(subtables.size()));
    size_t at = 4 + subtables.size() * 8;
    for (const auto& [encoding, body] : subtables) U16(cmap, 3), U16(cmap, uint32_t(encoding)), U32(cmap, uint32_t(at)), at += body.size();
    for (const auto& st : subtables) cmap += st.second;
    std::string f;
    U32(f, 0x00010000), U16(f, 1), U16(f, 0), U16(f, 0), U16(f, 0);
    f += "cmap", U32(f, 0), U32(f, 28), U32(f, uint32_t(cmap.size()));
    return f + cmap;
}
std::vector<uint32_t> Codepoints(const std::string& f) {
    return FontCodepoints(reinterpret_cast<const unsigned char*>(f.data()), f.size());
}
}  // namespace

TEST_CASE("a font's characters come from its format 4 cmap") {
    CHECK(Codepoints(FontWithCmap({{1, Format4({{0x41, 0x43, 3}, {0xE4, 0xE4, -100}})}})) == std::vector<uint32_t>{0x41, 0x42, 0x43, 0xE4});
}

TEST_CASE("a character the cmap maps to glyph 0 is not the font's") {
    CHECK(Codepoints(FontWithCmap({{1, Format4({{0x20AC, 0x20AE, 0}})}})) == std::vector<uint32_t>{0x20AD, 0x20AE});
}

TEST_CASE("the format 12 subtable, with characters past U+FFFF, is preferred to format 4") {
    const std::string f = FontWithCmap({{1, Format4({{0x41, 0x41, 3}})}, {10, Format12({{0x4E2D, 0x4E2D}, {0x1F600, 0x1F601}})}});
    CHECK(Codepoints(f) == std::vector<uint32_t>{0x4E2D, 0x1F600, 0x1F601});
}

TEST_CASE("a cmap cut short or bytes that are not a font give no characters, and no crash") {
    const std::string f = FontWithCmap({{10, Format12({{0x41, 0x5A}})}});
    for (size_t cut = 0; cut < f.size(); cut++) CHECK(Codepoints(f.substr(0, cut)).size() <= 26);
    CHECK(Codepoints(f.substr(0, f.size() - 4)).empty());
    CHECK(Codepoints("not a font").empty());
    CHECK(FontCodepoints(nullptr, 0).empty());
}

TEST_CASE("sorted characters become ImGui's glyph ranges: runs as pairs, then 0") {
    CHECK(CodepointRanges({0x20, 0x21, 0x22, 0xE4, 0x1F600}) == std::vector<uint32_t>{0x20, 0x22, 0xE4, 0xE4, 0x1F600, 0x1F600, 0});
    CHECK(CodepointRanges({}) == std::vector<uint32_t>{0});
}
