#include <doctest/doctest.h>

#include <string>

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
