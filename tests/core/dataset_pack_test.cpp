#include <doctest/doctest.h>

#include <algorithm>

#include "dataset_pack.hpp"
#include "dataset_save.hpp"
#include "test_support.hpp"

using namespace article;

extern const unsigned char story_fixture_packed[];
extern const std::size_t story_fixture_packed_size;

namespace {

// SaveDataset writes every field, so equal saves mean equal datasets.
void CheckSameDataset(const Dataset& a, const Dataset& b) { CHECK(SaveDataset(a) == SaveDataset(b)); }

Dataset Unpacked(const std::string& bytes) {
    Dataset out;
    std::string error;
    bool ok = UnpackDataset(bytes, &out, &error);
    INFO(error);
    CHECK(ok);
    CHECK(error.empty());
    return out;
}

std::string UnpackError(const std::string& bytes) {
    Dataset out;
    std::string error;
    CHECK_FALSE(UnpackDataset(bytes, &out, &error));
    return error;
}

}  // namespace

TEST_CASE("the pack that articlec made at build time unpacks to the story fixture as the canvas uses it") {
    std::string built(reinterpret_cast<const char*>(story_fixture_packed), story_fixture_packed_size);
    CheckSameDataset(Unpacked(built), CanvasOnly(LoadOk(StoryFixtureText())));
}

TEST_CASE("the canvas's dataset leaves out the prose the page shows and keeps what the figure draws") {
    const Dataset full = LoadOk(MinimalDatasetText());
    const Dataset c = CanvasOnly(full);
    const Event &e = c.events[0], &f = full.events[0];
    CHECK(e.summary.empty());
    CHECK(e.body.empty());
    CHECK_FALSE(e.quote);
    CHECK(e.road_not_taken.empty());
    CHECK(e.sources.empty());
    CHECK(c.steps[0].text.empty());
    CHECK(c.sources[0].title.empty());
    CHECK(c.sources[0].url.empty());
    CHECK(c.meta.methodology.empty());
    // What the timeline, the chart, their tooltips and the announcements read.
    CHECK(e.id == f.id);
    CHECK(e.label == f.label);
    CHECK(e.headline == f.headline);
    CHECK(e.related == f.related);
    CHECK(e.actors == f.actors);
    CHECK(c.steps[0].view.event == full.steps[0].view.event);
    CHECK(c.sources[0].publisher == full.sources[0].publisher);
    CHECK(c.share_series.size() == full.share_series.size());
    CHECK(c.meta.figure_title == full.meta.figure_title);
    CHECK(PackDataset(c).size() < PackDataset(full).size());
}

TEST_CASE("pack then unpack reproduces the story fixture byte for byte") {
    Dataset ds = LoadOk(StoryFixtureText());
    std::string packed = PackDataset(ds);
    CheckSameDataset(Unpacked(packed), ds);
    CHECK(PackDataset(Unpacked(packed)) == packed);
}

TEST_CASE("pack then unpack keeps optional fields, bands and open bounds") {
    Dataset back = Unpacked(PackDataset(LoadOk(MinimalDatasetText())));
    REQUIRE(back.events.size() == 2);
    REQUIRE(back.events[0].quote.has_value());
    CHECK(back.events[0].quote->speaker == "Jane Example, Example Corp");
    CHECK_FALSE(back.events[0].end.has_value());
    REQUIRE(back.events[1].end.has_value());
    CHECK(DateToIso(*back.events[1].end) == "2019-08");
    const ShareSeries& s = back.share_series.at(0);
    CHECK(s.points[1].shares.at("aws").IsBand());
    CHECK_FALSE(s.points[1].market_usd_bn->has_high);
    CHECK_FALSE(s.points[2].market_usd_bn.has_value());
    CHECK(back.revenue[0].points[1].approximate);
}

TEST_CASE("numbers keep every bit, negative ones and fractions included") {
    Dataset ds;
    ds.version = -7;
    ds.meta.published = PartialDate{2023, 11, 30, DatePrecision::Day};
    ds.revenue.push_back({"r", "R", "", "", {{"2019", 0.1 + 0.2, false, ""}, {"2020", -1e300, true, ""}}});
    Dataset back = Unpacked(PackDataset(ds));
    CHECK(back.version == -7);
    CHECK(back.meta.published == ds.meta.published);
    CHECK(back.revenue[0].points[0].value == 0.1 + 0.2);
    CHECK(back.revenue[0].points[1].value == -1e300);
}

TEST_CASE("every cut-short pack gets a message with its byte offset, never a crash") {
    std::string packed = PackDataset(LoadOk(MinimalDatasetText()));
    for (size_t n = 0; n < packed.size(); n++) {
        std::string error = UnpackError(packed.substr(0, n));
        INFO("cut at " << n << ": " << error);
        CHECK(!error.empty());
        if (n >= 4) CHECK(error.find("at byte") != std::string::npos);
    }
}

TEST_CASE("bytes that are not a pack are refused by their header") {
    CHECK(UnpackError(MinimalDatasetText()) == "not a packed dataset (its first bytes are not \"ARTP\")");
    CHECK(UnpackError("") == "not a packed dataset (its first bytes are not \"ARTP\")");
}

TEST_CASE("a pack in another format asks for the dataset to be packed again") {
    std::string packed = PackDataset(Dataset{});
    packed[4] = 2;  // format 1, zigzagged
    CHECK(UnpackError(packed) ==
          "packed in format 1, and this build reads format 5: pack the dataset again with this build's articlec");
}

TEST_CASE("bytes after the dataset are refused") {
    std::string packed = PackDataset(Dataset{});
    CHECK(UnpackError(packed + "xy") == "packed dataset is broken: 2 bytes left over after the dataset at byte " +
                                            std::to_string(packed.size()));
}

TEST_CASE("a length past the end is refused before anything is allocated for it") {
    // Header, format 5, then the locale's tag's length: 2^32 - 1.
    std::string bytes = std::string("ARTP") + "\x0a" + "\xff\xff\xff\xff\x0f";
    CHECK(UnpackError(bytes) == "packed dataset is broken: a length of 4294967295 with 0 bytes left at byte 5");
}

TEST_CASE("a number that runs on for more than 10 bytes is refused") {
    std::string bytes = std::string("ARTP") + std::string(12, '\x80');
    CHECK(UnpackError(bytes) == "packed dataset is broken: a number longer than 10 bytes at byte 4");
}

TEST_CASE("a flag other than 0 or 1 and an unknown date precision are refused") {
    Dataset ds;
    ds.sources.push_back(Source{"s", "P", "T", "https://example.org/", PartialDate{2020, 0, 0, DatePrecision::Year}, "A", ""});
    std::string packed = PackDataset(ds);
    // The source's date is the only optional present, and its precision the last number before
    // the confidence "A", the empty note and no-URL reason, the quotes flag and the absent release.
    size_t precision_at = packed.size() - 7;
    REQUIRE(packed[precision_at] == 0);
    std::string bad_precision = packed;
    bad_precision[precision_at] = 6;  // 3, zigzagged: one past Day
    CHECK(UnpackError(bad_precision) == "packed dataset is broken: an unknown choice 3 at byte " + std::to_string(precision_at));
    size_t flag_at = precision_at - 5;  // the flag, then year 2020 (2 bytes), month 0, day 0
    REQUIRE(packed[flag_at] == 1);
    std::string bad_flag = packed;
    bad_flag[flag_at] = 2;
    CHECK(UnpackError(bad_flag) == "packed dataset is broken: a flag that is neither 0 nor 1 at byte " + std::to_string(flag_at));
}

namespace {
bool Has(const std::vector<uint32_t>& cps, uint32_t c) { return std::binary_search(cps.begin(), cps.end(), c); }
}  // namespace

TEST_CASE("the canvas's characters: its labels', not the prose the page shows") {
    std::string text = MinimalDatasetText();
    text.replace(text.find("\"label\": \"AWS\""), 14, "\"label\": \"AWS \xE4\xB8\xAD\"");            // 中 in a label
    text.replace(text.find("\"body\": \"More about it.\""), 24, "\"body\": \"\xED\x95\x9C\"");  // 한 in a body only
    const std::vector<uint32_t> cps = CanvasCodepoints(LoadOk(text));
    CHECK(std::is_sorted(cps.begin(), cps.end()));
    CHECK(Has(cps, 0x4E2D));
    CHECK_FALSE(Has(cps, 0xD55C));
    CHECK(Has(cps, 'A'));
    CHECK(Has(cps, 0x2026));  // the ellipsis of a shortened label
}

TEST_CASE("the canvas's characters include the engine's words in the story's language") {
    CHECK_FALSE(Has(CanvasCodepoints(LoadOk(MinimalDatasetText())), 0xE4));  // ä
    CHECK(Has(CanvasCodepoints(LoadOk(MinimalDatasetIn("de"))), 0xE4));    // "März", "Daten ab", ...
    SetLanguage("en");
}

TEST_CASE("the pack carries its story's locale, and unpacking makes it current") {
    std::string text = MinimalDatasetIn("de");
    const std::string packed = PackDataset(LoadOk(text));
    SetLanguage("en");
    Dataset out;
    std::string error;
    REQUIRE(UnpackDataset(packed, &out, &error));
    CHECK(std::string(CurrentLocale().tag) == "de");
    CHECK(std::string(Tr(Msg::TableShow)) == "Als Tabelle zeigen");
    CHECK(QuarterToText(Quarter{2023, 2}) == "Q2/2023");
    CHECK(out.kinds[0].label == "Abgelehnt");
    SetLanguage("en");
}

TEST_CASE("a broken pack leaves the current locale as it was") {
    SetLanguage("en");
    std::string text = MinimalDatasetIn("de");
    const std::string packed = PackDataset(LoadOk(text));
    SetLanguage("en");
    Dataset out;
    std::string error;
    CHECK_FALSE(UnpackDataset(packed.substr(0, packed.size() - 3), &out, &error));
    CHECK(std::string(CurrentLocale().tag) == "en");
}
