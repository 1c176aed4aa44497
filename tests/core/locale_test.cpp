#include <set>
#include <string>

#include "article_html.hpp"
#include "dataset_load.hpp"
#include <doctest/doctest.h>
#include "locale.hpp"
#include "test_support.hpp"

using namespace article;

namespace {
// Each case sets the language it needs and puts English back, as the other suites expect.
struct InLanguage {
    explicit InLanguage(const char* tag) { SetLanguage(tag); }
    ~InLanguage() { SetLanguage("en"); }
};
}  // namespace

TEST_CASE("every message has a key and a text in every locale") {
    std::set<std::string> keys;
    for (int i = 0; i < kMsgCount; i++) {
        const std::string key = MsgKey(Msg(i));
        INFO(key);
        CHECK_FALSE(key.empty());
        CHECK(keys.insert(key).second);
        for (int l = 0; l < LocaleCount(); l++) {
            INFO(LocaleAt(l).tag);
            const char* text = LocaleAt(l).text[i];
            REQUIRE(text != nullptr);
            CHECK(std::string(text).find_first_not_of(' ') != std::string::npos);
        }
    }
}

TEST_CASE("every locale names its months and its date and quarter patterns") {
    for (int l = 0; l < LocaleCount(); l++) {
        const Locale& loc = LocaleAt(l);
        INFO(loc.tag);
        for (int m = 0; m < 12; m++) {
            CHECK(std::string(loc.months[m]).size() > 2);
            CHECK(std::string(loc.months_short[m]).size() > 2);
        }
        CHECK(std::string(loc.day_month_year).find("{3}") != std::string::npos);
        CHECK(std::string(loc.quarter).find("{2}") != std::string::npos);
    }
}

TEST_CASE("a region or script in the tag picks the language's locale; an unknown language gets English") {
    CHECK(std::string(LocaleFor("de").tag) == "de");
    CHECK(std::string(LocaleFor("de-AT").tag) == "de");
    CHECK(std::string(LocaleFor("DE_ch").tag) == "de");
    CHECK(std::string(LocaleFor("en-GB").tag) == "en");
    CHECK(std::string(LocaleFor("fr").tag) == "en");
    CHECK(HasLocale("de-DE"));
    CHECK_FALSE(HasLocale("fr"));
}

TEST_CASE("placeholders are filled in order and may repeat") {
    CHECK(Fill("Step {1} of {2}", {"2", "9"}) == "Step 2 of 9");
    CHECK(Fill("{1}, then {1}", {"a"}) == "a, then a");
    CHECK(Fill("{2} stays when it has no value", {"a"}) == " stays when it has no value");
    CHECK(Fill("{x} and {10} are text", {"a"}) == "{x} and {10} are text");
}

TEST_CASE("German dates, quarters and numbers") {
    InLanguage de("de");
    CHECK(DateToText(PartialDate{2019, 7, 22, DatePrecision::Day}) == "22. Juli 2019");
    CHECK(DateToText(PartialDate{2021, 3, 1, DatePrecision::Month}) == "M\xC3\xA4rz 2021");
    CHECK(QuarterToText(Quarter{2023, 2}) == "Q2/2023");
    const Unit percent{"", "\xC2\xA0%"};
    CHECK(ReportedValueToText(ReportedValue::Point(52.4), percent) == "52,4\xC2\xA0%");
    CHECK(ReportedValueToText(ReportedValue{32, 34, true}, percent) == "32\xE2\x80\x93" "34\xC2\xA0%");
    CHECK(ReportedValueToText(ReportedValue{34, 0, false}, percent) == "\xC3\xBC" "ber 34\xC2\xA0%");
    CHECK(ReportedValueToCompactText(ReportedValue{34, 0, false}, percent) == ">34\xC2\xA0%");
}

TEST_CASE("English dates, quarters and numbers") {
    InLanguage en("en");
    CHECK(DateToText(PartialDate{2019, 7, 22, DatePrecision::Day}) == "22 July 2019");
    CHECK(QuarterToText(Quarter{2023, 2}) == "Q2 2023");
    CHECK(ReportedValueToText(ReportedValue::Point(64.8), Unit{"$", "bn"}) == "$64.8bn");
    CHECK(ReportedValueToText(ReportedValue{60, 0, false}, Unit{"$", "bn"}) == "over $60bn");
}

TEST_CASE("the page's own words follow meta.language") {
    std::string text = MinimalDatasetIn("de");
    const Dataset ds = LoadOk(text);
    InLanguage de("de");
    const auto v = ArticleTemplateValues(ds);
    CHECK(v.at("lang") == "de");
    CHECK(v.at("t.table_show") == "Als Tabelle zeigen");
    CHECK(v.at("step_count_start").find("Schritt 0 von") == 0);
    CHECK(v.at("page_strings").find("\"table_hide\":\"Tabelle ausblenden\"") != std::string::npos);
    CHECK(TextVersionHtml(ds).find("<h3>Ereignisse</h3>") != std::string::npos);
}

TEST_CASE("a language without a locale is a warning that names the locales there are") {
    std::string text = MinimalDatasetIn("fr");
    LoadResult r = LoadDataset(text);
    CHECK(r.ok());
    CHECK(HasDiagnostic(r, "/meta/language: \"fr\" has no locale in this build, so the figure's own words are in English (locales: en, de)"));
}

TEST_CASE("units come from meta.units, and a unit left out has none") {
    std::string text = MinimalDatasetText();
    text.replace(text.find("\"units\": {"), 10, "\"units\": {\"weight\": {}, ");
    LoadResult r = LoadDataset(text);
    REQUIRE(r.ok());
    CHECK(HasDiagnostic(r, "/meta/units/weight: unknown field \"weight\" is ignored"));
    CHECK(r.dataset.meta.units.market.prefix == "$");
    CHECK(r.dataset.meta.units.market.suffix == "bn");
    Meta plain;
    CHECK(plain.units.share.suffix == "%");
    CHECK(plain.units.market.prefix.empty());
}

TEST_CASE("a negative number is written with a minus sign, not a hyphen") {
    CHECK(LocalizeNumber("-4") == "\xE2\x88\x92" "4");
    CHECK(ReportedValueToText(ReportedValue::Point(-4), Unit{}) == "\xE2\x88\x92" "4");
    InLanguage de("de");
    CHECK(LocalizeNumber("-2.5") == "\xE2\x88\x92" "2,5");
}
