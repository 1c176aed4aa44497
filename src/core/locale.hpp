// The words and formats of the engine itself, per language: every control, heading, message and
// date, quarter and number format the figure and the page show that the story does not supply.
// One locale is current at a time, chosen by the dataset's meta.language (SetLanguage), the way
// ImGui has one current context.
#pragma once
#include <initializer_list>
#include <string>

namespace article {

// Every message. The table in locale_table.cpp lists them in this order, each with its key (the name
// templates and the page script use: {{t.step_prev}}, t("table_hide")) and its text per language.
enum class Msg : int {
    StepsNav, StepPrev, StepNext, StepCountStart, StepOf, StepsTotal, ChartGroup, ChartShare, ChartGap,
    ChartLead, ChartSnapshot, ChartSnapshotYear, ChartMarket, SeriesPicker, FiltersGroup,
    DecisionsOnly, CanvasLabel, CanvasDescription, SelectedEvent, CloseCard, Loading, TableShow,
    TableHide, TextVersionLink, KeyboardSummary, KeyboardHelp, GetCsv, DownloadImage, SkipLink,
    PublishedWord, UpdatedWord, FactsRunTo, Methodology, Caveats, TextVersionTitle, SourcesTitle,
    DataTitle, DataSeriesCsv, DataEventsCsv, DataJson, CreditsTitle, EmbedTitle, EmbedHint,
    EmbedPageTitle, EmbedCredit, EmbedFullArticle, NoWebgl, ShaderRefused, StartFailed, LoadFailed,
    DataFailed, FactsInTextVersion, ContextLost, GuideTitle, GuideText, KeyHeading, DateBarNote, RoadNotTaken,
    RoadNotTakenInline, LeadsTo, RelatedInline, OpensNewTab, EventsHeading, PeriodsHeading, PeriodSpan,
    MarketShareHeading, FiguresHeading, YearlyMarketCaption, RevenueCaption, PeriodColumn, YearColumn,
    ValueColumn, Approximate, TableRegion, TableCaption, QuarterColumn, SourceColumn, NotReported,
    Confidence, NoLink, SeriesSource, SeriesSourceYearly, KindDecline, KindInvestment, KindLaunch,
    KindLeadership, KindMarket, KindReport, TitleShare, TitleSnapshot, TitleMarket, DataFailedCanvas,
    NoSeries, NoQuarterFigures, MarketThatQuarter, MarketTooltip, SeriesVia, DataBegin,
    QuarterDescribe, QuarterNoFigures, QuarterNoFiguresTitle, QuarterMarket, KeyOverLines, KeyOverBars,
    KeyRangeLines, KeyRangeBars, KeyBothLines, KeyBothBars, WhatShares, WhatLeads, WhatTotals, Over,
    OverCompact, MonthUnknown,
    kCount
};
constexpr int kMsgCount = int(Msg::kCount);

struct Locale {
    const char* tag;         // "en", "de": the language part of a BCP 47 tag
    char decimal;            // "52.4" or "52,4"
    const char* months[12];  // in running text
    const char* months_short[12];  // on the time axis
    const char* day_month_year;    // "{1} {2} {3}": day, month, year
    const char* month_year;        // "{1} {2}": month, year
    const char* quarter;           // "Q{1} {2}": quarter, year
    const char* const* text;       // kMsgCount messages
};

// The table of locales (locale_table.cpp), linked only where used: the tools and the tests. The
// browser build reads its one locale from the packed dataset instead.
// The locales there are, in a fixed order: English first (the fallback).
int LocaleCount();
const Locale& LocaleAt(int i);
// The locale for a BCP 47 tag ("de", "de-AT", "en-GB"); English for a language without one.
const Locale& LocaleFor(const std::string& language);
bool HasLocale(const std::string& language);
std::string LocaleList();  // "en, de", for messages
void SetLanguage(const std::string& language);  // the table's locale for the tag (locale_table.cpp)
// Makes `locale` current; it must outlive its use (the browser build's comes from the pack).
void SetLocale(const Locale& locale);
const Locale& CurrentLocale();
// What CurrentLocale gives before any is set: the table registers English. Without the table
// (the browser build, before its pack is read) it is a locale of empty words.
void SetFallbackLocale(const Locale& (*fallback)());

const char* MsgKey(Msg m);
const char* Tr(Msg m);
// A message's {1}, {2}, ... replaced by the arguments, in the current locale.
std::string Tr(Msg m, std::initializer_list<std::string> args);
std::string Fill(const char* pattern, std::initializer_list<std::string> args);

// A number with the locale's decimal sign and a true minus sign (U+2212), from "%g"-style or
// fixed text.
std::string LocalizeNumber(const std::string& text);

}  // namespace article
