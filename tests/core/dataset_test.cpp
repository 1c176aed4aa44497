#include <doctest/doctest.h>

#include "dataset_load.hpp"
#include "dataset_save.hpp"
#include "test_support.hpp"

using namespace article;

TEST_CASE("the story fixture validates with no errors and no warnings") {
    LoadResult r = LoadDataset(StoryFixtureText());
    for (const auto& d : r.diagnostics) INFO(FormatDiagnostic("article.json", d));
    CHECK(r.diagnostics.empty());
    CHECK(r.ok());
}

TEST_CASE("the story fixture tells the story the issues ask for") {
    Dataset ds = LoadOk(StoryFixtureText());
    CHECK(ds.events.size() >= 16);
    CHECK(ds.FindSeries("synergy") != nullptr);
    CHECK(ds.FindSeries("canalys-2018") != nullptr);
    CHECK(ds.FindSeries("canalys-2024") != nullptr);
    int decline = ds.FindEvent("aws-declines-openai");
    REQUIRE(decline >= 0);
    CHECK(ds.events[size_t(decline)].date.precision == DatePrecision::Year);
    CHECK(ds.events[size_t(decline)].related.front() == "microsoft-invests-openai");
    for (const Event& e : ds.events) {
        CHECK(e.SpanStart() >= 2015.0);
        CHECK(e.SpanEnd() <= 2024.0);
    }
}

TEST_CASE("the minimal example from docs validates clean") {
    LoadResult r = LoadDataset(MinimalDatasetText());
    for (const auto& d : r.diagnostics) INFO(FormatDiagnostic("minimal.json", d));
    CHECK(r.diagnostics.empty());
}

TEST_CASE("a provider is found by id across the share series, and an unknown id is not") {
    Dataset ds = LoadOk(StoryFixtureText());
    const Provider* aws = ds.FindProvider("aws");
    REQUIRE(aws != nullptr);
    CHECK(aws->label == "AWS");
    REQUIRE(ds.FindProvider(ds.meta.gap.challenger) != nullptr);
    CHECK(ds.FindProvider("no-such-provider") == nullptr);
}

TEST_CASE("events come out sorted by date, whatever the file order") {
    Dataset ds = LoadOk(StoryFixtureText());
    for (size_t i = 1; i < ds.events.size(); i++) CHECK(ds.events[i - 1].SpanStart() <= ds.events[i].SpanStart());
}

TEST_CASE("a reported band stays a band and an open bound stays open") {
    Dataset ds = LoadOk(MinimalDatasetText());
    const SharePoint& band = ds.share_series[0].points[1];
    CHECK(band.shares.at("aws").IsBand());
    CHECK(ReportedValueToText(band.shares.at("aws"), Unit{"", "%"}) == "32\xE2\x80\x93" "34%");
    CHECK_FALSE(band.market_usd_bn->has_high);
    const SharePoint& open = ds.share_series[0].points[2];
    CHECK(ReportedValueToText(open.shares.at("aws"), Unit{"", "%"}) == "over 33%");
}

TEST_CASE("a missing quarter is absent, not interpolated") {
    Dataset ds = LoadOk(MinimalDatasetText());
    const ShareSeries& s = ds.share_series[0];
    REQUIRE(s.points.size() == 3);
    CHECK(s.points[1].quarter == Quarter{2018, 2});
    CHECK(s.points[2].quarter == Quarter{2018, 4});
}

TEST_CASE("load then save round-trips the story fixture") {
    Dataset a = LoadOk(StoryFixtureText());
    std::string saved = SaveDataset(a);
    LoadResult r = LoadDataset(saved);
    CHECK(r.diagnostics.empty());
    CHECK(SaveDataset(r.dataset) == saved);
    CHECK(r.dataset.events.size() == a.events.size());
    CHECK(r.dataset.events.back().headline == a.events.back().headline);
}

TEST_CASE("load then save round-trips optional fields of the minimal example") {
    Dataset a = LoadOk(MinimalDatasetText());
    LoadResult r = LoadDataset(SaveDataset(a));
    REQUIRE(r.ok());
    const Event& first = r.dataset.events[0];
    REQUIRE(first.quote.has_value());
    CHECK(first.quote->speaker == "Jane Example, Example Corp");
    CHECK(first.road_not_taken == "What might have been.");
    REQUIRE(r.dataset.events[1].end.has_value());
    CHECK(DateToIso(*r.dataset.events[1].end) == "2019-08");
    CHECK(r.dataset.revenue[0].points[1].approximate);
}

TEST_CASE("every problem is collected, not just the first") {
    std::string text = MinimalDatasetText();
    auto replace = [&](const std::string& from, const std::string& to) {
        size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    replace("\"2019-07-22\"", "\"2019-13-02\"");
    replace("\"confidence\": \"A\"", "\"confidence\": \"Z\"");
    LoadResult r = LoadDataset(text);
    CHECK(r.ErrorCount() == 2);
    CHECK(HasDiagnostic(r, "/events/1/date: \"2019-13-02\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    CHECK(HasDiagnostic(r, "/sources/0/confidence: \"Z\" is not a confidence grade (A, B or C)"));
}

TEST_CASE("an unknown field is a warning, not an error") {
    std::string text = MinimalDatasetText();
    text.replace(text.find("\"version\": 1,"), 13, "\"version\": 1, \"colour\": \"red\",");
    LoadResult r = LoadDataset(text);
    CHECK(r.ok());
    CHECK(r.WarningCount() == 1);
    CHECK(HasDiagnostic(r, "/colour: unknown field \"colour\" is ignored"));
}

TEST_CASE("a file over the size limit gets a message without being parsed") {
    std::string big(kMaxDatasetBytes + 1, ' ');
    LoadResult r = LoadDataset(big);
    REQUIRE(r.ErrorCount() == 1);
    CHECK(r.diagnostics[0].message.find("more than the 4194304 a dataset may have") != std::string::npos);
}

TEST_CASE("a 50 MB file is refused with a message, not a crash") {
    std::string huge = "[" + std::string(50u << 20, ' ') + "]";
    LoadResult r = LoadDataset(huge);
    CHECK(r.ErrorCount() == 1);
}

TEST_CASE("diagnostics print as FILE:POINTER: message") {
    Diagnostic d{Severity::Error, "/events/7/date", "\"2019-13-02\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"};
    CHECK(FormatDiagnostic("article.json", d) ==
          "article.json:/events/7/date: \"2019-13-02\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    Diagnostic w{Severity::Warning, "", "x"};
    CHECK(FormatDiagnostic("f.json", w) == "f.json:/: warning: x");
}

TEST_CASE("pointer tokens escape ~ and /") {
    std::string text = MinimalDatasetText();
    text.replace(text.find("\"version\": 1,"), 13, "\"version\": 1, \"a/b~c\": 0,");
    LoadResult r = LoadDataset(text);
    CHECK(HasDiagnostic(r, "/a~1b~0c: unknown field \"a/b~c\" is ignored"));
}

TEST_CASE("a diagnostic prints the dataset's control and bidirectional characters escaped") {
    Diagnostic d{Severity::Error, "/events/0/x\x1b[2J", "\"a\xE2\x80\xAE" "b\r\nc\xFF\""};
    std::string line = FormatDiagnostic("f.json", d);
    CHECK(line == "f.json:/events/0/x\\u{001B}[2J: \"a\\u{202E}b\\u{000D}\\u{000A}c\\xFF\"");
    for (char c : line) CHECK((unsigned char)c >= 0x20);
}

TEST_CASE("a chart with no title in the dataset is titled by what it draws, in the story's language") {
    const Dataset ds = LoadOk(MinimalDatasetText());
    CHECK(ds.meta.kicker.empty());
    CHECK(ds.meta.chart_titles.share == "Market share");
    CHECK(ds.meta.chart_titles.market == "Market size per quarter");
    std::string text = MinimalDatasetIn("de");
    const Dataset de = LoadOk(text);
    CHECK(de.meta.chart_titles.share == "Marktanteil");
    SetLanguage("en");
}

TEST_CASE("the kicker and the charts' titles are the story's, from meta") {
    std::string text = MinimalDatasetText();
    text.replace(text.find("\"meta\": {"), 9,
                 "\"meta\": {\"kicker\": \"Retail\", \"chart_titles\": {\"share\": \"Share of grocery sales\", "
                 "\"market\": \"Grocery sales per quarter, \xE2\x82\xAC bn\", \"colour\": \"red\"},");
    LoadResult r = LoadDataset(text);
    CHECK(r.ok());
    CHECK(HasDiagnostic(r, "/meta/chart_titles/colour: unknown field \"colour\" is ignored"));
    CHECK(r.dataset.meta.kicker == "Retail");
    CHECK(r.dataset.meta.chart_titles.share == "Share of grocery sales");
    CHECK(r.dataset.meta.chart_titles.market == "Grocery sales per quarter, \xE2\x82\xAC bn");
    CHECK(r.dataset.meta.chart_titles.snapshot == "Market share in one quarter");  // one left out keeps its own
}

TEST_CASE("text limits count characters, not bytes") {
    std::string text = MinimalDatasetText();
    std::string label;
    for (int i = 0; i < 28; i++) label += "\xE4\xBA\x91";  // 28 CJK characters, 84 bytes
    text.replace(text.find("\"label\": \"First\""), 16, "\"label\": \"" + label + "\"");
    LoadResult r = LoadDataset(text);
    for (const auto& d : r.diagnostics) INFO(FormatDiagnostic("minimal.json", d));
    CHECK(r.ok());
    for (int i = 0; i < 53; i++) label += "\xE4\xBA\x91";  // 81 characters
    text = MinimalDatasetText();
    text.replace(text.find("\"label\": \"First\""), 16, "\"label\": \"" + label + "\"");
    r = LoadDataset(text);
    CHECK(HasDiagnostic(r, "/events/0/label: text is 81 characters long, more than the 80 allowed"));
}

// The story fixture with its step 8 (Canalys's restatement, compared with Canalys's first
// figures) given another `compare` and `chart`.
static LoadResult LoadWithComparison(const std::string& compare, const std::string& chart = "share") {
    std::string text = StoryFixtureText();
    const std::string from = "\"compare\": \"canalys-2018\"";
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), "\"compare\": \"" + compare + "\"");
    if (chart != "share") {
        size_t c = text.rfind("\"chart\": \"share\"", at);
        REQUIRE(c != std::string::npos);
        text.replace(c, 16, "\"chart\": \"" + chart + "\"");
    }
    return LoadDataset(text);
}

TEST_CASE("a step may compare its series with another edition by the same firm") {
    LoadResult r = LoadWithComparison("canalys-2018");
    CHECK(r.ErrorCount() == 0);
    CHECK(r.dataset.steps[8].view.compare == "canalys-2018");
}

TEST_CASE("a step never compares two research firms' figures") {
    LoadResult r = LoadWithComparison("synergy");
    CHECK(HasDiagnostic(r, "/steps/8/view/compare: series \"synergy\" is by Synergy Research Group and \"canalys-2024\" by "
                           "Canalys: two research firms' figures are never set side by side"));
}

TEST_CASE("a compared series must exist, differ from the shown one, and be on the share chart") {
    CHECK(HasDiagnostic(LoadWithComparison("idc"), "/steps/8/view/compare: series \"idc\" is not defined in /share_series"));
    CHECK(HasDiagnostic(LoadWithComparison("canalys-2024"), "/steps/8/view/compare: series \"canalys-2024\" is compared with itself"));
    CHECK(HasDiagnostic(LoadWithComparison("canalys-2018", "gap"), "/steps/8/view/compare: a series is compared only on the share chart"));
}

// The minimal dataset with its first actor's colour fields replaced by `fields` (JSON members).
static LoadResult LoadWithActorColor(const std::string& fields) {
    std::string text = MinimalDatasetText();
    const std::string from = "\"color\": \"#b54e00\"";
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), fields);
    return LoadDataset(text);
}

TEST_CASE("an actor's colour is given as #rrggbb, its dark counterpart derived unless given") {
    LoadResult r = LoadWithActorColor("\"color\": \"#006BA8\"");
    REQUIRE(r.ErrorCount() == 0);
    CHECK(ToHex(r.dataset.actors[0].paired.light) == "#006ba8");
    CHECK(ToHex(r.dataset.actors[0].paired.dark) == ToHex(DarkCounterpart({0, 107, 168})));
    r = LoadWithActorColor("\"color\": \"#006ba8\", \"color_dark\": \"#56b4e9\"");
    CHECK(ToHex(r.dataset.actors[0].paired.dark) == "#56b4e9");
    CHECK(HasDiagnostic(LoadWithActorColor("\"color\": \"blue\""), "/actors/0/color: \"blue\" is not a colour (#rrggbb)"));
    CHECK(HasDiagnostic(LoadWithActorColor("\"color_dark\": \"#56b4e9\""), "/actors/0/color_dark: a dark colour needs a light one (color)"));
}

TEST_CASE("an actor without a colour gets the palette's next one not taken") {
    LoadResult r = LoadWithActorColor("\"_x\": 0");  // no colour at all
    REQUIRE(r.dataset.actors.size() >= 2);
    // The second actor names a colour; the first gets the palette's first that differs from it.
    const Rgb second = r.dataset.actors[1].paired.light;
    const Rgb first = r.dataset.actors[0].paired.light;
    CHECK(ToHex(first) != ToHex(second));
    bool from_palette = false;
    for (const PairedColor& c : ActorPalette()) from_palette = from_palette || ToHex(c.light) == ToHex(first);
    CHECK(from_palette);
}

TEST_CASE("an actor colour too faint for its labels is refused, on either paper") {
    CHECK(HasDiagnostic(LoadWithActorColor("\"color\": \"#f0a0a0\""),
                        "/actors/0/color: #f0a0a0 has 2.1:1 on the light paper, less than the 4.5:1 its labels need"));
    LoadResult r = LoadWithActorColor("\"color\": \"#006ba8\", \"color_dark\": \"#202840\"");
    bool dark_refused = false;
    for (const auto& d : r.diagnostics) dark_refused = dark_refused || d.pointer == "/actors/0/color_dark";
    CHECK(dark_refused);
}

TEST_CASE("two actors whose colours look alike under a colour-vision deficiency are refused") {
    // Two near-blacks a shade apart (the same colour twice is allowed: a group by choice).
    LoadResult r = LoadWithActorColor("\"color\": \"#2e2e2e\"");
    std::string all;
    for (const auto& d : r.diagnostics) all += d.pointer + ": " + d.message + "\n";
    INFO(all);
    CHECK(all.find("look alike under protanopia") != std::string::npos);
}

TEST_CASE("a story without share data, gap chart or revenue is valid") {
    const Dataset ds = LoadOk(ReadTestFile(std::string(ARTICLE_TEST_DATA_DIR) + "/no-shares.json"));
    CHECK(ds.share_series.empty());
    CHECK(ds.meta.gap.leader.empty());
    CHECK(ds.steps[0].view.series.empty());
}

TEST_CASE("a step asks for the gap chart only when meta.gap defines one") {
    std::string text = MinimalDatasetText();
    const size_t at = text.find("\"gap\": {");
    text.erase(at, text.find("},", at) + 2 - at);
    LoadResult r = LoadDataset(text);
    CHECK(HasDiagnostic(r, "/steps/1/view/chart: the gap chart needs /meta/gap (a leader, a challenger and a title)"));
}

TEST_CASE("without share data a step cannot set a series") {
    std::string text = ReadTestFile(std::string(ARTICLE_TEST_DATA_DIR) + "/no-shares.json");
    text.replace(text.find("\"event\": \"first\""), 16, "\"event\": \"first\", \"series\": \"firm-a\"");
    LoadResult r = LoadDataset(text);
    CHECK(HasDiagnostic(r, "/steps/0/view: the story has no share series, so a step cannot set a series, highlight or quarter"));
}

TEST_CASE("a story without share data round-trips through saving") {
    const Dataset ds = LoadOk(ReadTestFile(std::string(ARTICLE_TEST_DATA_DIR) + "/no-shares.json"));
    const std::string saved = SaveDataset(ds);
    LoadResult r = LoadDataset(saved);
    CHECK(r.diagnostics.empty());
    CHECK(SaveDataset(r.dataset) == saved);
}
