// The article's dataset: everything the story says and shows, as plain structs.
// Loaded and validated by dataset_load.cpp; written back by dataset_save.cpp.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "locale.hpp"
#include "theme.hpp"

namespace article {

// The charts the figure can show. A table in dataset.cpp gives each its name in the dataset
// and the URL; a switch over this enum that misses one is a compiler warning.
enum class ChartKind : int { Share, Gap, Snapshot, Market };
constexpr int kChartKindCount = 4;

// The marker shapes an event kind can have; each kind of a story has its own.
enum class MarkerShape : int { StruckCircle, Diamond, Triangle, Square, DottedCircle, OpenSquare };
constexpr int kMarkerShapeCount = 6;

// A kind of event: the story's own (event_kinds in the dataset) or, when it defines none, the
// six built-in ones, labelled in the story's language.
struct EventKind {
    std::string id;     // as events name it
    std::string label;  // as the event card and its key name it
    MarkerShape shape = MarkerShape::OpenSquare;
    bool decision = false;  // kept by the "decisions only" filter
};
// The built-in kinds (decline, investment, launch, leadership, market, report), labels empty:
// ApplyLanguage fills them.
std::vector<EventKind> DefaultEventKinds();

const char* ChartKindName(ChartKind chart);
const char* MarkerShapeName(MarkerShape shape);
// False (and *out untouched) for a name that is not one of them.
bool ParseChartKind(const std::string& name, ChartKind* out);
bool ParseMarkerShape(const std::string& name, MarkerShape* out);
// "share, gap, snapshot or market": the names, for messages.
std::string ChartKindList();
std::string MarkerShapeList();

// A reported figure: a point (low == high), a band ("32-34") or an open bound ("over 34").
struct ReportedValue {
    double low = 0;
    double high = 0;
    bool has_high = true;  // false for "at least low"

    bool IsPoint() const { return has_high && low == high; }
    bool IsBand() const { return has_high && low != high; }
    double Mid() const { return has_high ? (low + high) * 0.5 : low; }
    static ReportedValue Point(double v) { return ReportedValue{v, v, true}; }
};
// How the story writes a value's unit: "$" before, "bn" or "%" after (spaces included, as the
// story's language spaces them: German writes "52,4 %").
struct Unit {
    std::string prefix, suffix;
};
// In the current locale: "33%", "32–34%", "over 34%", "$64.8bn"; compact makes "over" ">".
std::string ReportedValueToText(const ReportedValue& v, const Unit& unit);
std::string ReportedValueToCompactText(const ReportedValue& v, const Unit& unit);

// The "gap" chart: one provider's share minus another's, as the story frames it.
struct GapChart {
    std::string leader, challenger;  // provider ids, present in the share series
    std::string title;               // the story's words, e.g. "A's lead over B, percentage points"
};

// The share, one-quarter and market charts' titles (the gap chart's is GapChart::title). They
// are the story's words; without them a chart is titled by what it draws.
// Empty ones are filled from the locale when the dataset is loaded.
struct ChartTitles {
    std::string share, snapshot, market;
};

// The units of the share series' values, of the market's size and of the revenue series.
struct Units {
    Unit share{"", "%"};
    Unit market;
    Unit revenue;
};

struct Meta {
    std::string title, dek, byline;
    std::string kicker;        // the small line over the headline (optional)
    ChartTitles chart_titles;
    std::string figure_title;  // heading above the interactive figure
    std::string figure_description;  // what the figure shows, for its accessible name (optional)
    Units units;
    GapChart gap;
    PartialDate published, updated;
    std::string language;
    std::string canonical_url;
    PartialDate as_of;  // the date the story's facts run to, shown under the headline
    PartialDate range_start, range_end;
    std::vector<std::string> credits;
    std::string methodology;
    std::vector<std::string> caveats;
};

struct Lane {
    std::string id, label;
};

struct Actor {
    std::string id, name, label;
    std::string lane;  // lane id
    // "#rrggbb" as the dataset gives them (or empty): the colour on light paper, and optionally
    // its own counterpart on dark paper.
    std::string color, color_dark;
    PairedColor paired;  // what is drawn: as given, or from the palette (ResolveActorColors)
};

struct Era {
    std::string id, label;
    PartialDate start, end;
};

struct Quote {
    std::string text, speaker, source;
};

struct Event {
    std::string id;
    PartialDate date;
    std::optional<PartialDate> end;
    std::vector<std::string> actors;
    int kind = 0;  // index into Dataset::kinds
    std::string label;  // short label beside the marker
    std::string headline, summary, body;
    std::optional<Quote> quote;
    std::vector<std::string> sources;
    std::vector<std::string> related;
    std::string road_not_taken;
    std::string attribution;  // "According to The Information": required when every source is grade B

    double SpanStart() const { return DateSpanStart(date); }
    double SpanEnd() const { return end ? DateSpanEnd(*end) : DateSpanEnd(date); }
};

// An event's date as the card, the text version and the tooltip write it: "22 July 2019",
// "July–August 2019" style spans with an en dash, and "2021 (month not known)" for a date known
// only to the year.
std::string EventDateText(const Event& e);


struct Provider {
    std::string id, label;
    std::string actor;  // may be empty ("others")
};

struct SharePoint {
    Quarter quarter;
    std::map<std::string, ReportedValue> shares;  // provider id -> percent
    std::optional<ReportedValue> market_usd_bn;
    std::string note;
    std::string source;
};

struct YearValue {
    int year = 0;
    double value = 0;
    std::string source;
};

struct ShareSeries {
    std::string id, firm, label, basis;
    std::vector<Provider> providers;
    std::vector<SharePoint> points;  // sorted by quarter, no duplicates
    std::vector<YearValue> yearly_market_usd_bn;
    bool first_published = false;  // "as first published": each point from its own quarter's release
    bool yearly = false;           // points are whole years (Quarter::IsYear), not quarters
};

struct RevenuePoint {
    std::string period;  // "2019" or "FY2019"
    double value = 0;
    bool approximate = false;
    std::string source;
};

struct RevenueSeries {
    std::string id, label, basis, actor;
    std::vector<RevenuePoint> points;
};

// What a story step sets in the figure. Empty strings leave that part unset.
struct StepView {
    std::string event;
    ChartKind chart = ChartKind::Share;
    std::string series;     // share series id
    std::string highlight;  // provider id
    std::optional<Quarter> quarter;
    // A second series by the same research firm (an earlier edition, say), drawn dashed under the
    // first on the share chart, so a step about a restatement shows both. Never another firm's.
    std::string compare;
};

struct Step {
    std::string id, heading, text;
    std::string attribution;           // as for events
    std::vector<std::string> sources;  // what the step's text rests on (optional)
    StepView view;
};

struct Source {
    std::string id, publisher, title, url;
    std::optional<PartialDate> date;
    std::string confidence;  // "A", "B" or "C"
    std::string note;
    std::string no_url_reason;      // why there is no URL (required without one)
    bool carries_quotes = false;    // the source prints the quotes credited to it
    std::optional<Quarter> release; // the research firm's release for this quarter, which it reports
};

struct Dataset {
    int version = 1;
    Meta meta;
    std::vector<Lane> lanes;
    std::vector<Actor> actors;
    std::vector<Era> eras;
    std::vector<EventKind> kinds;  // never empty after loading
    bool kinds_given = false;      // the dataset defines them (event_kinds), or they are the built-in ones
    std::vector<Event> events;  // sorted by date (stable) after loading
    std::vector<ShareSeries> share_series;
    std::vector<RevenueSeries> revenue;
    std::vector<Step> steps;
    std::vector<Source> sources;

    const Actor* FindActor(const std::string& id) const;
    const Source* FindSource(const std::string& id) const;
    const ShareSeries* FindSeries(const std::string& id) const;
    // A provider by id, from the first share series that has it (ids name the same company
    // in every series). Null if no series has it.
    const Provider* FindProvider(const std::string& id) const;
    int FindEvent(const std::string& id) const;  // index or -1
    int FindKind(const std::string& id) const;   // index or -1
    const EventKind& KindOf(const Event& e) const;
    int LaneIndex(const std::string& lane_id) const;
};

// "#rrggbb" (either case) as a colour; false for anything else.
bool ParseHexColor(const std::string& text, Rgb* out);
// Gives every actor its colours: those the dataset names (a dark one derived when only the light
// is given), then the palette's, in order, to the rest, skipping hues already taken; once the
// palette is used up, the neutral grey. Run after loading and after unpacking.
void ResolveActorColors(Dataset* ds);


}  // namespace article
