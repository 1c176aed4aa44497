#include "locale.hpp"

namespace article {

namespace {

struct MsgRow {
    Msg msg;
    const char* key;
    const char* en;
    const char* de;
};

// One row per message, in the enum's order (checked when compiling; a test checks no text is empty).
// German uses „…“ quotes and the typographic apostrophe; both use ‹ › on the step buttons.
constexpr MsgRow kRows[] = {
    {Msg::StepsNav, "steps_nav", "Story steps", "Schritte der Geschichte"},
    {Msg::StepPrev, "step_prev", "\xE2\x80\xB9 Previous", "\xE2\x80\xB9 Zur\xC3\xBC" "ck"},
    {Msg::StepNext, "step_next", "Next \xE2\x80\xBA", "Weiter \xE2\x80\xBA"},
    {Msg::StepCountStart, "step_count_start", "Step 0 of {1}", "Schritt 0 von {1}"},
    {Msg::StepOf, "step_of", "Step {1} of {2}", "Schritt {1} von {2}"},
    {Msg::StepsTotal, "steps_total", "{1} steps", "{1} Schritte"},
    {Msg::ChartGroup, "chart_group", "Chart", "Diagramm"},
    {Msg::ChartShare, "chart_share", "Share", "Anteile"},
    {Msg::ChartGap, "chart_gap", "Gap", "Abstand"},
    {Msg::ChartLead, "chart_lead", "{1} lead", "Vorsprung {1}"},
    {Msg::ChartSnapshot, "chart_snapshot", "One quarter", "Ein Quartal"},
    {Msg::ChartSnapshotYear, "chart_snapshot_year", "One year", "Ein Jahr"},
    {Msg::ChartMarket, "chart_market", "Market size", "Marktgr\xC3\xB6\xC3\x9F" "e"},
    {Msg::SeriesPicker, "series_picker", "Source", "Quelle"},
    {Msg::FiltersGroup, "filters_group", "Show events", "Ereignisse zeigen"},
    {Msg::DecisionsOnly, "decisions_only", "Decisions only", "Nur Entscheidungen"},
    {Msg::CanvasLabel, "canvas_label",
     "Interactive figure: {1}. {2} Use the arrow keys to move between events; the text version has every fact.",
     "Interaktive Grafik: {1}. {2} Mit den Pfeiltasten geht es von Ereignis zu Ereignis; die Textfassung enth\xC3\xA4lt alle Fakten."},
    {Msg::CanvasDescription, "canvas_description", "A timeline of events above a chart.",
     "Eine Zeitleiste der Ereignisse \xC3\xBC" "ber einem Diagramm."},
    {Msg::SelectedEvent, "selected_event", "Selected event", "Ausgew\xC3\xA4hltes Ereignis"},
    {Msg::CloseCard, "close_card", "Close the event card", "Ereigniskarte schlie\xC3\x9F" "en"},
    {Msg::Loading, "loading", "Loading the interactive figure\xE2\x80\xA6", "Die interaktive Grafik wird geladen\xE2\x80\xA6"},
    {Msg::TableShow, "table_show", "Show as table", "Als Tabelle zeigen"},
    {Msg::TableHide, "table_hide", "Hide table", "Tabelle ausblenden"},
    {Msg::TextVersionLink, "text_version_link", "Text version", "Textfassung"},
    {Msg::KeyboardSummary, "keyboard_summary", "Keyboard", "Tastatur"},
    {Msg::KeyboardHelp, "keyboard_help",
     "Tab to the figure. \xE2\x86\x90 \xE2\x86\x92 move between events; Home and End jump to the first and last; Enter opens an "
     "event, Esc closes it. \xE2\x86\x93 moves to the chart, where \xE2\x86\x90 \xE2\x86\x92 step through quarters; \xE2\x86\x91 "
     "returns to the timeline. + and \xE2\x88\x92 zoom, 0 resets. Tab again to leave.",
     "Mit der Tabulatortaste zur Grafik. \xE2\x86\x90 \xE2\x86\x92 gehen von Ereignis zu Ereignis; Pos1 und Ende springen zum "
     "ersten und letzten; Eingabe \xC3\xB6" "ffnet ein Ereignis, Esc schlie\xC3\x9Ft es. \xE2\x86\x93 f\xC3\xBChrt zum Diagramm, "
     "wo \xE2\x86\x90 \xE2\x86\x92 durch die Quartale gehen; \xE2\x86\x91 f\xC3\xBChrt zur\xC3\xBC" "ck zur Zeitleiste. + und "
     "\xE2\x88\x92 zoomen, 0 setzt zur\xC3\xBC" "ck. Noch einmal Tab verl\xC3\xA4sst die Grafik."},
    {Msg::GetCsv, "get_csv", "Get the data (CSV)", "Daten herunterladen (CSV)"},
    {Msg::DownloadImage, "download_image", "Download image", "Bild herunterladen"},
    {Msg::SkipLink, "skip_link", "Skip to the text version of the figure", "Zur Textfassung der Grafik springen"},
    {Msg::PublishedWord, "published", "Published", "Ver\xC3\xB6" "ffentlicht"},
    {Msg::UpdatedWord, "updated", "Updated", "Aktualisiert"},
    {Msg::FactsRunTo, "facts_run_to", "The facts in this article run to {1}.", "Die Fakten in diesem Artikel reichen bis {1}."},
    {Msg::Methodology, "methodology", "How we did this", "Wie wir vorgegangen sind"},
    {Msg::Caveats, "caveats", "Caveats", "Einschr\xC3\xA4nkungen"},
    {Msg::TextVersionTitle, "text_version_title", "Text version of the figure", "Textfassung der Grafik"},
    {Msg::SourcesTitle, "sources_title", "Sources", "Quellen"},
    {Msg::DataTitle, "data_title", "Get the data", "Die Daten"},
    {Msg::DataSeriesCsv, "data_series_csv", "Market-share series (CSV)", "Marktanteile (CSV)"},
    {Msg::DataEventsCsv, "data_events_csv", "Events (CSV)", "Ereignisse (CSV)"},
    {Msg::DataJson, "data_json", "Everything, with sources (JSON)", "Alles, mit Quellen (JSON)"},
    {Msg::CreditsTitle, "credits_title", "Credits", "Mitwirkende"},
    {Msg::EmbedTitle, "embed_title", "Embed this figure", "Diese Grafik einbetten"},
    {Msg::EmbedHint, "embed_hint", "Paste this into your page; see the embedding notes for auto-height.",
     "Diesen Code in die eigene Seite einf\xC3\xBCgen; zur automatischen H\xC3\xB6he siehe die Hinweise zum Einbetten."},
    {Msg::EmbedPageTitle, "embed_page_title", "{1}: interactive figure", "{1}: interaktive Grafik"},
    {Msg::EmbedCredit, "embed_credit", "From {1}. Sources in the {2}.", "Aus: {1}. Quellen im {2}."},
    {Msg::EmbedFullArticle, "embed_full_article", "full article", "vollst\xC3\xA4ndigen Artikel"},
    {Msg::NoWebgl, "no_webgl", "This browser cannot show the interactive figure (it needs WebGL 2).",
     "Dieser Browser kann die interaktive Grafik nicht zeigen (sie braucht WebGL 2)."},
    {Msg::ShaderRefused, "shader_refused", "This browser cannot show the interactive figure (its WebGL 2 refused the figure's shader).",
     "Dieser Browser kann die interaktive Grafik nicht zeigen (sein WebGL 2 lehnt den Shader der Grafik ab)."},
    {Msg::StartFailed, "start_failed", "The interactive figure could not start ({1}).",
     "Die interaktive Grafik konnte nicht starten ({1})."},
    {Msg::LoadFailed, "load_failed", "The interactive figure could not load ({1}).",
     "Die interaktive Grafik konnte nicht geladen werden ({1})."},
    {Msg::DataFailed, "data_failed", "The figure's data could not be loaded.", "Die Daten der Grafik konnten nicht geladen werden."},
    {Msg::FactsInTextVersion, "facts_in_text_version", "Every fact in the figure is in the text version below.",
     "Alle Angaben der Grafik stehen auch in der Textfassung unten."},
    {Msg::ContextLost, "context_lost",
     "The browser paused the figure's graphics; it will be back in a moment. Everything in it is also in the text version below.",
     "Der Browser hat die Grafik angehalten; sie ist gleich wieder da. Alles, was sie zeigt, steht auch in der Textfassung unten."},
    {Msg::GuideTitle, "guide_title", "Select an event on the timeline", "Ein Ereignis auf der Zeitleiste w\xC3\xA4hlen"},
    {Msg::GuideText, "guide_text", "Click or tap a marker, or use the arrow keys. Drag to pan; Ctrl + scroll or pinch to zoom.",
     "Eine Markierung anklicken oder antippen oder die Pfeiltasten nutzen. Ziehen verschiebt; Strg + Mausrad oder zwei "
     "Finger zoomen."},
    {Msg::KeyHeading, "key_heading", "Key", "Legende"},
    {Msg::DateBarNote, "date_bar_note", "A bar under a marker shows a date known only to the year or month.",
     "Ein Balken unter einer Markierung zeigt ein Datum, das nur auf das Jahr oder den Monat genau bekannt ist."},
    {Msg::RoadNotTaken, "road_not_taken", "The road not taken", "Der andere Weg"},
    {Msg::RoadNotTakenInline, "road_not_taken_inline", "The road not taken: {1}", "Der andere Weg: {1}"},
    {Msg::LeadsTo, "leads_to", "What it led to, and what led to it", "Was daraus folgte und was dazu f\xC3\xBChrte"},
    {Msg::RelatedInline, "related_inline", "Related: {1}.", "Siehe auch: {1}."},
    {Msg::OpensNewTab, "opens_new_tab", " (opens in a new tab)", " (\xC3\xB6" "ffnet in einem neuen Tab)"},
    {Msg::EventsHeading, "events_heading", "Events", "Ereignisse"},
    {Msg::PeriodsHeading, "periods_heading", "Periods on the timeline", "Zeitabschnitte auf der Zeitleiste"},
    {Msg::PeriodSpan, "period_span", "{1}: {2} to {3}", "{1}: {2} bis {3}"},
    {Msg::MarketShareHeading, "market_share_heading", "Market share", "Marktanteile"},
    {Msg::FiguresHeading, "figures_heading", "Revenue and market size", "Umsatz und Marktgr\xC3\xB6\xC3\x9F" "e"},
    {Msg::YearlyMarketCaption, "yearly_market_caption", "{1}: market size per year. {2}", "{1}: Marktgr\xC3\xB6\xC3\x9F" "e je Jahr. {2}"},
    {Msg::RevenueCaption, "revenue_caption", "{1}. {2}", "{1}. {2}"},
    {Msg::PeriodColumn, "period_column", "Period", "Zeitraum"},
    {Msg::YearColumn, "year_column", "Year", "Jahr"},
    {Msg::ValueColumn, "value_column", "Value", "Wert"},
    {Msg::Approximate, "approximate", "about {1}", "etwa {1}"},
    {Msg::TableRegion, "table_region", "{1} table", "Tabelle {1}"},
    {Msg::TableCaption, "table_caption", "{1}: {2}. {3}", "{1}: {2}. {3}"},
    {Msg::QuarterColumn, "quarter_column", "Quarter", "Quartal"},
    {Msg::SourceColumn, "source_column", "Source", "Quelle"},
    {Msg::NotReported, "not_reported", "not reported", "nicht gemeldet"},
    {Msg::Confidence, "confidence", "Confidence {1}.", "Verl\xC3\xA4sslichkeit {1}."},
    {Msg::NoLink, "no_link", "No link: {1}", "Kein Link: {1}"},
    {Msg::SeriesSource, "series_source", "Source: {1}, as reported by the outlets listed for each quarter.",
     "Quelle: {1}, wie von den f\xC3\xBCr jedes Quartal genannten Medien berichtet."},
    {Msg::SeriesSourceYearly, "series_source_yearly", "Source: {1}, as reported by the outlets listed for each year.",
     "Quelle: {1}, wie von den f\xC3\xBCr jedes Jahr genannten Medien berichtet."},
    {Msg::KindDecline, "kind_decline", "Declined", "Abgelehnt"},
    {Msg::KindInvestment, "kind_investment", "Investment", "Investition"},
    {Msg::KindLaunch, "kind_launch", "Launch", "Markteinf\xC3\xBChrung"},
    {Msg::KindLeadership, "kind_leadership", "Leadership", "F\xC3\xBChrung"},
    {Msg::KindMarket, "kind_market", "Market", "Markt"},
    {Msg::KindReport, "kind_report", "Report", "Bericht"},
    {Msg::TitleShare, "title_share", "Market share", "Marktanteil"},
    {Msg::TitleSnapshot, "title_snapshot", "Market share in one quarter", "Marktanteil in einem Quartal"},
    {Msg::TitleMarket, "title_market", "Market size per quarter", "Marktgr\xC3\xB6\xC3\x9F" "e je Quartal"},
    {Msg::DataFailedCanvas, "data_failed_canvas", "This figure's data could not be loaded",
     "Die Daten dieser Grafik konnten nicht geladen werden"},
    {Msg::NoSeries, "no_series", "No market-share series in this dataset.", "Dieser Datensatz enth\xC3\xA4lt keine Marktanteile."},
    {Msg::NoQuarterFigures, "no_quarter_figures", "No figures published for this quarter",
     "F\xC3\xBCr dieses Quartal wurden keine Zahlen ver\xC3\xB6" "ffentlicht"},
    {Msg::MarketThatQuarter, "market_that_quarter", "Market that quarter: {1}", "Markt in diesem Quartal: {1}"},
    {Msg::MarketTooltip, "market_tooltip", "Market  {1}", "Markt  {1}"},
    {Msg::SeriesVia, "series_via", "{1}, via {2}", "{1}, \xC3\xBC" "ber {2}"},
    {Msg::DataBegin, "data_begin", "Data begin", "Daten ab"},
    {Msg::QuarterDescribe, "quarter_describe", "{1}, {2}: {3}.", "{1}, {2}: {3}."},
    {Msg::QuarterNoFigures, "quarter_no_figures", "{1}, {2}: no figures published.", "{1}, {2}: keine Zahlen ver\xC3\xB6" "ffentlicht."},
    {Msg::QuarterNoFiguresTitle, "quarter_no_figures_title", "{1}: no figures published", "{1}: keine Zahlen ver\xC3\xB6" "ffentlicht"},
    {Msg::QuarterMarket, "quarter_market", "; market {1}", "; Markt {1}"},
    {Msg::KeyOverLines, "key_over_lines", "Arrows mark {1} published only as \xE2\x80\x9Cover\xE2\x80\x9D a figure.",
     "Pfeile markieren {1}, die nur als \xE2\x80\x9E\xC3\xBC" "ber\xE2\x80\x9C einem Wert ver\xC3\xB6" "ffentlicht wurden."},
    {Msg::KeyOverBars, "key_over_bars", "Triangles mark {1} published only as \xE2\x80\x9Cover\xE2\x80\x9D a figure.",
     "Dreiecke markieren {1}, die nur als \xE2\x80\x9E\xC3\xBC" "ber\xE2\x80\x9C einem Wert ver\xC3\xB6" "ffentlicht wurden."},
    {Msg::KeyRangeLines, "key_range_lines", "Boxes mark {1} published as a range.",
     "K\xC3\xA4sten markieren {1}, die als Spanne ver\xC3\xB6" "ffentlicht wurden."},
    {Msg::KeyRangeBars, "key_range_bars", "Pale tops mark {1} published as a range.",
     "Blasse Spitzen markieren {1}, die als Spanne ver\xC3\xB6" "ffentlicht wurden."},
    {Msg::KeyBothLines, "key_both_lines",
     "Arrows mark {1} published only as \xE2\x80\x9Cover\xE2\x80\x9D a figure; boxes, {1} published as a range.",
     "Pfeile markieren {1}, die nur als \xE2\x80\x9E\xC3\xBC" "ber\xE2\x80\x9C einem Wert ver\xC3\xB6" "ffentlicht wurden; "
     "K\xC3\xA4sten solche, die als Spanne ver\xC3\xB6" "ffentlicht wurden."},
    {Msg::KeyBothBars, "key_both_bars",
     "Triangles mark {1} published only as \xE2\x80\x9Cover\xE2\x80\x9D a figure; pale tops, {1} published as a range.",
     "Dreiecke markieren {1}, die nur als \xE2\x80\x9E\xC3\xBC" "ber\xE2\x80\x9C einem Wert ver\xC3\xB6" "ffentlicht wurden; "
     "blasse Spitzen solche, die als Spanne ver\xC3\xB6" "ffentlicht wurden."},
    {Msg::WhatShares, "what_shares", "shares", "Anteile"},
    {Msg::WhatLeads, "what_leads", "leads", "Vorspr\xC3\xBCnge"},
    {Msg::WhatTotals, "what_totals", "totals", "Summen"},
    {Msg::Over, "over", "over {1}", "\xC3\xBC" "ber {1}"},
    {Msg::OverCompact, "over_compact", ">{1}", ">{1}"},
    {Msg::MonthUnknown, "month_unknown", "{1} (month not known)", "{1} (Monat unbekannt)"},
};
static_assert(sizeof(kRows) / sizeof(kRows[0]) == size_t(kMsgCount), "one row per Msg");
constexpr bool RowsInOrder() {
    for (int i = 0; i < kMsgCount; i++)
        if (int(kRows[i].msg) != i) return false;
    return true;
}
static_assert(RowsInOrder(), "the rows follow the enum's order");

template <int Column>
struct Texts {
    const char* text[kMsgCount];
    Texts() {
        for (int i = 0; i < kMsgCount; i++) text[i] = Column == 0 ? kRows[i].en : kRows[i].de;
    }
};

const Texts<0>& EnglishTexts() {
    static const Texts<0> t;
    return t;
}
const Texts<1>& GermanTexts() {
    static const Texts<1> t;
    return t;
}

Locale English() {
    return Locale{"en", '.',
                  {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December"},
                  {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
                  "{1} {2} {3}", "{1} {2}", "Q{1} {2}", EnglishTexts().text};
}

Locale German() {
    return Locale{"de", ',',
                  {"Januar", "Februar", "M\xC3\xA4rz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                   "November", "Dezember"},
                  {"Jan.", "Feb.", "M\xC3\xA4rz", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
                  "{1}. {2} {3}", "{1} {2}", "Q{1}/{2}", GermanTexts().text};
}

}  // namespace

int LocaleCount() { return 2; }

const Locale& LocaleAt(int i) {
    static const Locale locales[2] = {English(), German()};
    return locales[i == 1 ? 1 : 0];
}

static std::string LanguagePart(const std::string& tag) {
    std::string lang = tag.substr(0, tag.find_first_of("-_"));
    for (char& c : lang) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lang;
}

bool HasLocale(const std::string& language) {
    const std::string lang = LanguagePart(language);
    for (int i = 0; i < LocaleCount(); i++)
        if (lang == LocaleAt(i).tag) return true;
    return false;
}

std::string LocaleList() {
    std::string out;
    for (int i = 0; i < LocaleCount(); i++) out += std::string(i ? ", " : "") + LocaleAt(i).tag;
    return out;
}

const Locale& LocaleFor(const std::string& language) {
    const std::string lang = LanguagePart(language);
    for (int i = 0; i < LocaleCount(); i++)
        if (lang == LocaleAt(i).tag) return LocaleAt(i);
    return LocaleAt(0);
}

void SetLanguage(const std::string& language) { SetLocale(LocaleFor(language)); }

const char* MsgKey(Msg m) { return kRows[int(m)].key; }

// Until a language is set, the engine speaks English: linked wherever the table is (the tools and
// tests), so the browser build, which takes its locale from the packed dataset, carries no table.
static const Locale& EnglishFallback() { return LocaleAt(0); }
static const bool g_fallback_set = (SetFallbackLocale(&EnglishFallback), true);

}  // namespace article
