#include "article_html.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "data_export.hpp"
#include "json_writer.hpp"
#include "locale.hpp"
#include "share_chart_model.hpp"
#include "text_format.hpp"
#include "timeline_layout.hpp"  // the marker shapes' proportions

namespace article {

std::string EscapeHtml(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

bool RenderTemplate(const std::string& tmpl, const std::map<std::string, std::string>& values, std::string* out,
                    std::string* error) {
    std::string result;
    size_t pos = 0;
    while (true) {
        size_t open = tmpl.find("{{", pos);
        if (open == std::string::npos) break;
        size_t close = tmpl.find("}}", open + 2);
        if (close == std::string::npos) break;
        std::string name = tmpl.substr(open + 2, close - open - 2);
        auto it = values.find(name);
        if (it == values.end()) {
            if (error) *error = "template asks for unknown value {{" + name + "}}";
            return false;
        }
        result.append(tmpl, pos, open - pos);
        result += it->second;
        pos = close + 2;
    }
    result.append(tmpl, pos, std::string::npos);
    *out = std::move(result);
    return true;
}

// Source ids -> their 1-based number in the sources list, for footnote-style links.
static int SourceNumber(const Dataset& ds, const std::string& id) {
    for (size_t i = 0; i < ds.sources.size(); i++)
        if (ds.sources[i].id == id) return int(i) + 1;
    return 0;
}

static std::string SourceRefs(const Dataset& ds, const std::vector<std::string>& ids) {
    std::string s;
    for (const std::string& id : ids) {
        int n = SourceNumber(ds, id);
        if (n > 0) s += "<a class=\"ref\" href=\"#source-" + std::to_string(n) + "\">[" + std::to_string(n) + "]</a>";
    }
    return s;
}

static std::string KindMarkerSvg(MarkerShape shape);

// The event a step selects, as a small card at the step's end: its date, headline and summary
// stay in view while the step is read at any width. The page hides it beside a figure that has a
// card column of its own (.figure-has-card-column), where the same card is open already.
static std::string StepEventHtml(const Dataset& ds, const Event& e) {
    std::string html = "  <div class=\"step-event\" data-event=\"" + EscapeHtml(e.id) + "\">\n";
    html += "    <p class=\"step-event-headline\"><span class=\"step-event-date\">" + KindMarkerSvg(ds.KindOf(e).shape) + "<time datetime=\"" +
            DateToIso(e.date) + "\">" + EscapeHtml(EventDateText(e)) + "</time></span> " + EscapeHtml(e.headline) + "</p>\n";
    if (!e.summary.empty()) html += "    <p class=\"step-event-summary\">" + EscapeHtml(e.summary) + "</p>\n";
    return html + "  </div>\n";
}

std::string StepsHtml(const Dataset& ds) {
    std::string html;
    for (size_t i = 0; i < ds.steps.size(); i++) {
        const Step& st = ds.steps[i];
        html += "<section class=\"step\" id=\"step-" + EscapeHtml(st.id) + "\" data-step=\"" + std::to_string(i) + "\">\n";
        html += "  <h2>" + EscapeHtml(st.heading) + "</h2>\n";
        html += "  <p>" + EscapeHtml(st.text);
        int ev = st.view.event.empty() ? -1 : ds.FindEvent(st.view.event);
        std::vector<std::string> refs = st.sources;
        if (ev >= 0)
            for (const std::string& id : ds.events[size_t(ev)].sources)
                if (std::find(refs.begin(), refs.end(), id) == refs.end()) refs.push_back(id);
        if (!refs.empty()) html += " " + SourceRefs(ds, refs);
        html += "</p>\n";
        if (!st.attribution.empty()) html += "  <p class=\"attribution\">" + EscapeHtml(st.attribution) + ".</p>\n";
        if (ev >= 0) html += StepEventHtml(ds, ds.events[size_t(ev)]);
        html += "</section>\n";
    }
    return html;
}

std::string SourcesHtml(const Dataset& ds) {
    std::string html = "<ol class=\"sources\">\n";
    for (size_t i = 0; i < ds.sources.size(); i++) {
        const Source& s = ds.sources[i];
        html += "  <li id=\"source-" + std::to_string(i + 1) + "\">" + EscapeHtml(s.publisher) + ", ";
        if (!s.url.empty())
            html += "<a href=\"" + EscapeHtml(s.url) + "\" rel=\"noopener noreferrer\" target=\"_blank\">" +
                    EscapeHtml(s.title) + "</a>";
        else
            html += "<cite>" + EscapeHtml(s.title) + "</cite>";
        if (s.date) html += ", <time datetime=\"" + DateToIso(*s.date) + "\">" + DateToText(*s.date) + "</time>";
        html += ". <span class=\"confidence\">" + EscapeHtml(Tr(Msg::Confidence, {s.confidence})) + "</span>";
        if (!s.note.empty()) html += " " + EscapeHtml(s.note);
        if (s.url.empty() && !s.no_url_reason.empty()) html += " " + EscapeHtml(Tr(Msg::NoLink, {s.no_url_reason}));
        html += "</li>\n";
    }
    return html + "</ol>\n";
}

static std::string ActorNames(const Dataset& ds, const Event& e) {
    std::string s;
    for (size_t i = 0; i < e.actors.size(); i++) {
        const Actor* a = ds.FindActor(e.actors[i]);
        s += (i ? ", " : "") + EscapeHtml(a ? a->name : e.actors[i]);
    }
    return s;
}

static std::string SeriesTable(const Dataset& ds, const ShareSeries& s) {
    // A narrow screen scrolls the table sideways inside its own box, not the page's text.
    std::string html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" +
                       EscapeHtml(Tr(Msg::TableRegion, {s.label})) + "\">\n<table class=\"data-table\" id=\"table-" +
                       EscapeHtml(s.id) + "\">\n<caption>" +
                       EscapeHtml(Tr(Msg::TableCaption, {s.label, ds.meta.chart_titles.share, s.basis})) +
                       "</caption>\n<thead><tr><th scope=\"col\">" + Tr(s.yearly ? Msg::YearColumn : Msg::QuarterColumn) + "</th>";
    for (const Provider& p : s.providers) html += "<th scope=\"col\">" + EscapeHtml(p.label) + "</th>";
    html += "<th scope=\"col\">" + EscapeHtml(ds.meta.chart_titles.market) + "</th><th scope=\"col\">" + Tr(Msg::SourceColumn) +
            "</th></tr></thead>\n<tbody>\n";
    for (const SharePoint& pt : s.points) {
        html += "<tr><th scope=\"row\">" + QuarterToText(pt.quarter) + "</th>";
        for (const Provider& p : s.providers) {
            auto it = pt.shares.find(p.id);
            if (it == pt.shares.end())
                html += "<td class=\"gap\"><span aria-hidden=\"true\">\xE2\x80\x93</span><span class=\"visually-hidden\">" +
                        EscapeHtml(Tr(Msg::NotReported)) + "</span></td>";
            else html += "<td>" + EscapeHtml(ReportedValueToText(it->second, ds.meta.units.share)) + "</td>";
        }
        html += "<td>" + (pt.market_usd_bn ? EscapeHtml(ReportedValueToText(*pt.market_usd_bn, ds.meta.units.market)) : std::string("\xE2\x80\x93")) + "</td>";
        html += "<td>" + SourceRefs(ds, {pt.source});
        if (!pt.note.empty()) html += " " + EscapeHtml(pt.note);
        html += "</td></tr>\n";
    }
    return html + "</tbody>\n</table>\n</div>\n";
}

// What the event card shows beyond the headline and summary: kind, body, quote, the road not
// taken and the related events, each as text.
static std::string EventDetailsHtml(const Dataset& ds, const Event& e) {
    std::string html = "<div class=\"event-details\"><p><span class=\"kind\">" + EscapeHtml(ds.KindOf(e).label) +
                       ".</span> " + EscapeHtml(e.body) + "</p>";
    if (e.quote)
        html += "<blockquote><p>\xE2\x80\x9C" + EscapeHtml(e.quote->text) + "\xE2\x80\x9D</p><footer>" +
                EscapeHtml(e.quote->speaker) + " " + SourceRefs(ds, {e.quote->source}) + "</footer></blockquote>";
    if (!e.road_not_taken.empty()) html += "<p class=\"road-not-taken\">" + EscapeHtml(Tr(Msg::RoadNotTakenInline, {e.road_not_taken})) + "</p>";
    std::string related;
    for (const std::string& id : e.related) {
        int r = ds.FindEvent(id);
        if (r < 0) continue;
        related += std::string(related.empty() ? "" : "; ") + "<a href=\"#event-" + EscapeHtml(id) + "\">" +
                   EscapeHtml(ds.events[size_t(r)].headline) + "</a>";
    }
    if (!related.empty()) html += "<p class=\"related\">" + Fill(EscapeHtml(Tr(Msg::RelatedInline)).c_str(), {related}) + "</p>";
    return html + "</div>";
}

// The named periods the timeline shades.
static std::string ErasHtml(const Dataset& ds) {
    if (ds.eras.empty()) return "";
    std::string html = "<h3>" + EscapeHtml(Tr(Msg::PeriodsHeading)) + "</h3>\n<ul class=\"era-list\">\n";
    for (const Era& era : ds.eras)
        html += "  <li>" + Fill(EscapeHtml(Tr(Msg::PeriodSpan)).c_str(),
                                {EscapeHtml(era.label), "<time datetime=\"" + DateToIso(era.start) + "\">" + EscapeHtml(DateToText(era.start)) + "</time>",
                                 "<time datetime=\"" + DateToIso(era.end) + "\">" + EscapeHtml(DateToText(era.end)) + "</time>"}) +
                "</li>\n";
    return html + "</ul>\n";
}

// A kind's marker as a 16 px SVG, in the proportions DrawKindMarker uses, for the card's key.
static std::string KindMarkerSvg(MarkerShape kind_shape) {
    const float r = 6.0f, box = r * 0.85f;
    auto n = [](float v) { return FormatString("%g", double(std::round(v * 100.0f) / 100.0f)); };
    std::string shape;
    switch (kind_shape) {
        case MarkerShape::StruckCircle: {
            const float d = (r - 1.5f) * 0.7071f;
            shape = "<circle r=\"" + n(r - 1) + "\" class=\"paper\" stroke-width=\"2\"/><path d=\"M" + n(-d) + " " + n(d) + "L" +
                    n(d) + " " + n(-d) + "\" stroke-width=\"2\"/>";
            break;
        }
        case MarkerShape::Diamond: {
            const float t = r * kDiamondTip;
            shape = "<path d=\"M0 " + n(-t) + "L" + n(t) + " 0L0 " + n(t) + "L" + n(-t) + " 0Z\" class=\"ink\"/>";
            break;
        }
        case MarkerShape::Triangle:
            shape = "<path d=\"M0 " + n(-r * kTriangleApex) + "L" + n(r * kTriangleHalfBase) + " " + n(box) + "L" +
                    n(-r * kTriangleHalfBase) + " " + n(box) + "Z\" class=\"ink\"/>";
            break;
        case MarkerShape::Square:
            shape = "<rect x=\"" + n(-box) + "\" y=\"" + n(-box) + "\" width=\"" + n(2 * box) + "\" height=\"" + n(2 * box) + "\" class=\"ink\"/>";
            break;
        case MarkerShape::DottedCircle:
            shape = "<circle r=\"" + n(r - 1) + "\" class=\"paper\" stroke-width=\"2.5\"/><circle r=\"" + n(r * 0.35f) + "\" class=\"ink\"/>";
            break;
        case MarkerShape::OpenSquare:
            shape = "<rect x=\"" + n(-box) + "\" y=\"" + n(-box) + "\" width=\"" + n(2 * box) + "\" height=\"" + n(2 * box) +
                    "\" class=\"paper\" stroke-width=\"2\"/>";
            break;
    }
    return "<svg class=\"kind-marker\" viewBox=\"-8 -8 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\">" + shape + "</svg>";
}

static std::string CardSection(Msg heading) { return "<h4 class=\"card-section\">" + EscapeHtml(Tr(heading)) + "</h4>"; }

// What the card shows before anything is selected (in its own column on wide figures).
static std::string CardGuideHtml(const Dataset& ds) {
    std::string html = "<div class=\"card-guide\" data-event=\"\">\n<h3 class=\"card-guide-title\">" + EscapeHtml(Tr(Msg::GuideTitle)) +
                       "</h3>\n<p class=\"card-muted\">" + EscapeHtml(Tr(Msg::GuideText)) + "</p>\n" + CardSection(Msg::KeyHeading) +
                       "\n<ul class=\"kind-key\">";
    for (const EventKind& k : ds.kinds) html += "<li>" + KindMarkerSvg(k.shape) + EscapeHtml(k.label) + "</li>";
    return html + "</ul>\n<p class=\"card-muted card-small\">" + EscapeHtml(Tr(Msg::DateBarNote)) + "</p>\n</div>\n";
}

static std::string EventCardHtml(const Dataset& ds, const Event& e) {
    const std::string id = EscapeHtml(e.id);
    std::string html = "<article class=\"card-event\" data-event=\"" + id + "\" aria-labelledby=\"card-title-" + id + "\" hidden>\n";
    html += "<p class=\"card-meta\">" + EscapeHtml(ds.KindOf(e).label) + " \xC2\xB7 <time datetime=\"" + DateToIso(e.date) + "\">" +
            EscapeHtml(EventDateText(e)) + "</time></p>\n";
    html += "<h3 class=\"card-title\" id=\"card-title-" + id + "\">" + EscapeHtml(e.headline) + "</h3>\n<ul class=\"card-actors\">";
    for (const std::string& a_id : e.actors) {
        const Actor* a = ds.FindActor(a_id);
        if (a) html += "<li><span class=\"swatch actor-" + EscapeHtml(a->id) + "\"></span>" + EscapeHtml(a->name) + "</li>";
    }
    html += "</ul>\n";
    if (!e.attribution.empty()) html += "<p class=\"card-attribution\">" + EscapeHtml(e.attribution) + ".</p>\n";
    html += "<p>" + EscapeHtml(e.summary) + "</p>\n<p>" + EscapeHtml(e.body) + "</p>\n";
    if (e.quote) {
        const std::string line = e.actors.empty() || !ds.FindActor(e.actors.front()) ? "" : " line-actor-" + e.actors.front();
        html += "<blockquote class=\"card-quote" + EscapeHtml(line) + "\"><p>\xE2\x80\x9C" + EscapeHtml(e.quote->text) +
                "\xE2\x80\x9D</p><footer>" + EscapeHtml(e.quote->speaker) + "</footer></blockquote>\n";
    }
    if (!e.road_not_taken.empty()) html += CardSection(Msg::RoadNotTaken) + "\n<p>" + EscapeHtml(e.road_not_taken) + "</p>\n";
    std::string related;
    for (const std::string& r_id : e.related) {
        int r = ds.FindEvent(r_id);
        if (r < 0) continue;
        const Event& re = ds.events[size_t(r)];
        related += "<li><button type=\"button\" class=\"card-related\" data-select=\"" + EscapeHtml(r_id) + "\">" +
                   EscapeHtml(DateToText(re.date) + ": " + re.label) + "</button></li>";
    }
    if (!related.empty()) html += CardSection(Msg::LeadsTo) + "\n<ul class=\"card-related-list\">" + related + "</ul>\n";
    std::string sources;
    for (const std::string& s_id : e.sources) {
        const Source* s = ds.FindSource(s_id);
        if (!s) continue;
        std::string text = EscapeHtml(s->publisher + ": " + s->title);
        sources += s->url.empty() ? "<li>" + text + "</li>"
                                  : "<li><a href=\"" + EscapeHtml(s->url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + text +
                                        "<span class=\"visually-hidden\">" + EscapeHtml(Tr(Msg::OpensNewTab)) + "</span></a></li>";
    }
    if (!sources.empty()) html += CardSection(Msg::SourcesTitle) + "\n<ul class=\"card-sources\">" + sources + "</ul>\n";
    return html + "</article>\n";
}

std::string EventCardsHtml(const Dataset& ds) {
    std::string html = CardGuideHtml(ds);
    for (const Event& e : ds.events) html += EventCardHtml(ds, e);
    return html;
}

std::vector<size_t> TextVersionOrder(const Dataset& ds) {
    std::vector<size_t> order(ds.events.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = i;
    // Within a year, the events known only by their year come after those with a month or day:
    // placing them on 1 January would claim they came first.
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const PartialDate &x = ds.events[a].date, &y = ds.events[b].date;
        if (x.year != y.year) return x.year < y.year;
        bool xy = x.precision == DatePrecision::Year, yy = y.precision == DatePrecision::Year;
        if (xy != yy) return yy;
        return ds.events[a].SpanStart() < ds.events[b].SpanStart();
    });
    return order;
}

// A small two-column table (period, value, source) in the text version's style.
static std::string ValueTable(const Dataset& ds, const std::string& caption, Msg period_column,
                              const std::vector<std::tuple<std::string, std::string, std::string>>& rows) {
    std::string html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + EscapeHtml(caption) +
                       "\">\n<table class=\"data-table\">\n<caption>" + EscapeHtml(caption) + "</caption>\n<thead><tr><th scope=\"col\">" +
                       EscapeHtml(Tr(period_column)) + "</th><th scope=\"col\">" + EscapeHtml(Tr(Msg::ValueColumn)) +
                       "</th><th scope=\"col\">" + EscapeHtml(Tr(Msg::SourceColumn)) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& [period, value, source] : rows)
        html += "<tr><th scope=\"row\">" + EscapeHtml(period) + "</th><td>" + EscapeHtml(value) + "</td><td>" + SourceRefs(ds, {source}) +
                "</td></tr>\n";
    return html + "</tbody>\n</table>\n</div>\n";
}

// The yearly market sizes of the share series and the revenue series: figures the story's
// dataset carries with their sources, as tables (the figure draws neither).
static std::string FiguresHtml(const Dataset& ds) {
    std::string html;
    for (const ShareSeries& s : ds.share_series) {
        if (s.yearly_market_usd_bn.empty()) continue;
        std::vector<std::tuple<std::string, std::string, std::string>> rows;
        for (const YearValue& y : s.yearly_market_usd_bn)
            rows.emplace_back(std::to_string(y.year), ReportedValueToText(ReportedValue::Point(y.value), ds.meta.units.market), y.source);
        html += ValueTable(ds, Tr(Msg::YearlyMarketCaption, {s.label, s.basis}), Msg::YearColumn, rows);
    }
    for (const RevenueSeries& r : ds.revenue) {
        std::vector<std::tuple<std::string, std::string, std::string>> rows;
        const Unit& u = ds.meta.units.revenue;
        for (const RevenuePoint& p : r.points) {
            const std::string value = u.prefix + LocalizeNumber(FormatString("%g", p.value)) + u.suffix;
            rows.emplace_back(p.period, p.approximate ? Tr(Msg::Approximate, {value}) : value, p.source);
        }
        html += ValueTable(ds, Tr(Msg::RevenueCaption, {r.label, r.basis}), Msg::PeriodColumn, rows);
    }
    return html.empty() ? "" : "<h3>" + EscapeHtml(Tr(Msg::FiguresHeading)) + "</h3>\n" + html;
}

std::string TextVersionHtml(const Dataset& ds) {
    std::string html = "<h3>" + EscapeHtml(Tr(Msg::EventsHeading)) + "</h3>\n<ol class=\"event-list\">\n";
    for (size_t i : TextVersionOrder(ds)) {
        const Event& e = ds.events[i];
        html += "  <li id=\"event-" + EscapeHtml(e.id) + "\"><time datetime=\"" + DateToIso(e.date) + "\">" + EscapeHtml(EventDateText(e));
        html += "</time>: <strong>" + EscapeHtml(e.headline) + "</strong>. ";
        if (!e.attribution.empty()) html += "<span class=\"attribution\">" + EscapeHtml(e.attribution) + ".</span> ";
        html += EscapeHtml(e.summary) + " <span class=\"actors\">(" + ActorNames(ds, e) + ")</span> " +
                SourceRefs(ds, e.sources) + EventDetailsHtml(ds, e) + "</li>\n";
    }
    html += "</ol>\n" + ErasHtml(ds);
    if (!ds.share_series.empty()) html += "<h3>" + EscapeHtml(Tr(Msg::MarketShareHeading)) + "</h3>\n";
    for (const ShareSeries& s : ds.share_series) html += SeriesTable(ds, s);
    return html + FiguresHtml(ds);
}

static std::string ListItems(const std::vector<std::string>& items) {
    std::string html;
    for (const std::string& s : items) html += "<li>" + EscapeHtml(s) + "</li>\n";
    return html;
}

// The messages the page script shows itself (step counter, table button, failures), as JSON in
// the page: t("key") in article-page.js reads them.
static const Msg kPageScriptMsgs[] = {Msg::StepOf, Msg::StepsTotal, Msg::TableShow, Msg::TableHide, Msg::ChartSnapshot,
                                      Msg::ChartSnapshotYear, Msg::NoWebgl,
                                      Msg::StartFailed, Msg::LoadFailed, Msg::DataFailed, Msg::FactsInTextVersion,
                                      Msg::ContextLost};

// The chart's tabs, source menu, table button and CSV links: only for a story with share data,
// and the gap tab only for one that names a gap (meta.gap).
static void ChartControls(const Dataset& ds, std::map<std::string, std::string>* out) {
    std::map<std::string, std::string>& v = *out;
    if (ds.share_series.empty()) {
        v["chart_controls"] = v["table_button"] = v["csv_link"] = v["data_series_item"] = "";
        return;
    }
    auto tab = [](const char* chart, bool pressed, const std::string& label) {
        return std::string("      <button type=\"button\" data-chart=\"") + chart + "\" aria-pressed=\"" + (pressed ? "true" : "false") +
               "\">" + label + "</button>\n";
    };
    const Provider* leader = ds.FindProvider(ds.meta.gap.leader);
    std::string html = "    <div class=\"chart-tabs\" role=\"group\" aria-label=\"" + EscapeHtml(Tr(Msg::ChartGroup)) + "\">\n";
    html += tab("share", true, EscapeHtml(Tr(Msg::ChartShare)));
    if (!ds.meta.gap.leader.empty())
        html += tab("gap", false, EscapeHtml(leader ? Tr(Msg::ChartLead, {leader->label}) : Tr(Msg::ChartGap)));
    html += tab("snapshot", false, EscapeHtml(Tr(Msg::ChartSnapshot)));
    html += tab("market", false, EscapeHtml(Tr(Msg::ChartMarket)));
    // The menu itself waits in a template for the page script: a <select> parsed with the page
    // makes Chrome's form autofill lay the whole page out at DOMContentLoaded, stylesheet or not.
    // Until then a box of the menu's size holds its place, every label stacked in one cell.
    std::string labels;
    for (const ShareSeries& s : ds.share_series) labels += "<span>" + EscapeHtml(s.label) + "</span>";
    html += "    </div>\n    <label class=\"series-picker\"><span class=\"series-picker-name\">" + EscapeHtml(Tr(Msg::SeriesPicker)) +
            "</span> <span class=\"series-select-slot\" aria-hidden=\"true\">" + labels +
            "</span><template id=\"series-select-template\"><select id=\"series-select\">" + v["series_options"] +
            "</select></template></label>\n";
    v["chart_controls"] = html;
    v["table_button"] = "    <button type=\"button\" class=\"link-button\" id=\"show-table\" aria-expanded=\"false\" "
                        "aria-controls=\"figure-table\">" + EscapeHtml(Tr(Msg::TableShow)) + "</button>\n";
    v["csv_link"] = "    <a href=\"data/share-series.csv\" download=\"share-series.csv\">" + EscapeHtml(Tr(Msg::GetCsv)) + "</a>\n";
    v["data_series_item"] = "      <li><a href=\"data/share-series.csv\" download=\"share-series.csv\">" +
                            EscapeHtml(Tr(Msg::DataSeriesCsv)) + "</a></li>\n";
}

// {{t.key}} for every message, and the values that put the story's words into a message.
static void LocaleTemplateValues(const Dataset& ds, std::map<std::string, std::string>* out) {
    std::map<std::string, std::string>& v = *out;
    const Meta& m = ds.meta;
    for (int i = 0; i < kMsgCount; i++) v[std::string("t.") + MsgKey(Msg(i))] = EscapeHtml(Tr(Msg(i)));
    v["canvas_label"] = EscapeHtml(
        Tr(Msg::CanvasLabel, {m.figure_title, m.figure_description.empty() ? Tr(Msg::CanvasDescription) : m.figure_description}));
    v["step_count_start"] = EscapeHtml(Tr(Msg::StepCountStart, {std::to_string(ds.steps.size())}));
    v["as_of_line"] = Fill(EscapeHtml(Tr(Msg::FactsRunTo)).c_str(),
                           {"<time datetime=\"" + DateToIso(m.as_of) + "\">" + EscapeHtml(DateToText(m.as_of)) + "</time>"});
    v["embed_page_title"] = EscapeHtml(Tr(Msg::EmbedPageTitle, {m.title}));
    const std::string link = "<a href=\"" + EscapeHtml(m.canonical_url) + "\" target=\"_blank\" rel=\"noopener\">";
    const std::string sources_link = "<a href=\"" + EscapeHtml(m.canonical_url) + "#sources\" target=\"_blank\" rel=\"noopener\">";
    v["embed_credit"] = Fill(EscapeHtml(Tr(Msg::EmbedCredit)).c_str(),
                             {link + EscapeHtml(m.title) + "</a>", sources_link + EscapeHtml(Tr(Msg::EmbedFullArticle)) + "</a>"});
    JsonWriter w;
    w.BeginObject();
    for (Msg msg : kPageScriptMsgs) w.Field(MsgKey(msg), Tr(msg));
    w.EndObject();
    // In a <script type="application/json">: no "</" may end the element early.
    std::string json;
    for (char c : w.text()) json += c == '<' ? std::string("\\u003c") : std::string(1, c);
    v["page_strings"] = json;
}

std::map<std::string, std::string> ArticleTemplateValues(const Dataset& ds) {
    const Meta& m = ds.meta;
    std::map<std::string, std::string> v;
    v["lang"] = EscapeHtml(m.language);
    v["title"] = EscapeHtml(m.title);
    v["dek"] = EscapeHtml(m.dek);
    v["kicker"] = m.kicker.empty() ? "" : "<p class=\"kicker\">" + EscapeHtml(m.kicker) + "</p>";
    v["figure_title"] = EscapeHtml(m.figure_title);
    v["byline"] = EscapeHtml(m.byline);
    v["published_iso"] = DateToIso(m.published);
    v["published_text"] = EscapeHtml(DateToText(m.published));
    v["updated_iso"] = DateToIso(m.updated);
    v["updated_text"] = EscapeHtml(DateToText(m.updated));
    v["canonical_url"] = EscapeHtml(m.canonical_url);
    v["as_of_iso"] = DateToIso(m.as_of);
    std::string step_ids;
    for (const Step& st : ds.steps) step_ids += (step_ids.empty() ? "" : " ") + st.id;
    v["step_ids"] = EscapeHtml(step_ids);
    v["as_of_text"] = EscapeHtml(DateToText(m.as_of));
    v["steps"] = StepsHtml(ds);
    v["step_count"] = std::to_string(ds.steps.size());
    v["sources"] = SourcesHtml(ds);
    v["methodology"] = EscapeHtml(m.methodology);
    v["caveats"] = ListItems(m.caveats);
    v["credits"] = ListItems(m.credits);
    v["text_version"] = TextVersionHtml(ds);
    v["event_cards"] = EventCardsHtml(ds);
    std::string options, notes;
    for (const ShareSeries& s : ds.share_series)
    {
        // The note under the chart names the series' source, its basis and the marks the chart
        // uses for values published as "over" a figure or as a range (per chart kind): HTML the
        // reader can select and find, not canvas text.
        std::string keys;
        for (int k = 0; k < kChartKindCount; k++) {
            const std::string key = ChartMarksKey(ds, s, ChartKind(k));
            if (!key.empty()) keys += " data-key-" + std::string(ChartKindName(ChartKind(k))) + "=\"" + EscapeHtml(key) + "\"";
        }
        options += "<option value=\"" + EscapeHtml(s.id) + "\" data-source=\"" + EscapeHtml(SeriesSourceSentence(s)) +
                   "\" data-basis=\"" + EscapeHtml(s.basis) + "\"" + (s.yearly ? " data-yearly" : "") + keys + ">" + EscapeHtml(s.label) + "</option>";
    }
    v["series_options"] = options;
    std::string chips;
    for (const Actor& a : ds.actors)
        chips += "<button type=\"button\" class=\"chip\" data-actor=\"" + EscapeHtml(a.id) +
                 "\" aria-pressed=\"true\"><span class=\"swatch actor-" + EscapeHtml(a.id) + "\"></span>" +
                 EscapeHtml(a.label) + "</button>";
    v["actor_filters"] = chips;
    // The "decisions only" filter, for a story with a kind of event that is a decision.
    const bool decisions = std::any_of(ds.kinds.begin(), ds.kinds.end(), [](const EventKind& k) { return k.decision; });
    ChartControls(ds, &v);
    v["decisions_chip"] = decisions ? "<button type=\"button\" class=\"chip\" data-filter=\"decisions\" aria-pressed=\"false\">" +
                                          EscapeHtml(Tr(Msg::DecisionsOnly)) + "</button>"
                                    : "";
    v["first_series_basis"] = ds.share_series.empty() ? "" : EscapeHtml(SeriesNote(ds, ds.share_series.front(), ChartKind::Share));
    v["embed_code"] = EscapeHtml(EmbedCode(m));
    LocaleTemplateValues(ds, &v);
    return v;
}

std::string SeriesSourceSentence(const ShareSeries& s) {
    return Tr(s.yearly ? Msg::SeriesSourceYearly : Msg::SeriesSource, {s.label});
}

std::string SeriesNote(const Dataset& ds, const ShareSeries& s, ChartKind chart) {
    std::string note = SeriesSourceSentence(s);
    if (!s.basis.empty()) note += " " + s.basis;
    const std::string key = ChartMarksKey(ds, s, chart);
    if (!key.empty()) note += " " + key;
    return note;
}

bool IsPlaceholderUrl(const std::string& url) {
    size_t scheme = url.find("://");
    if (scheme == std::string::npos) return true;
    std::string host = url.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#"));
    if (size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
    host = host.substr(0, host.rfind(':') == std::string::npos || host.back() == ']' ? host.size() : host.rfind(':'));
    for (char& c : host) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    auto ends = [&](const std::string& suffix) {
        return host == suffix.substr(1) || (host.size() > suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0);
    };
    for (const char* s : {".example.org", ".example.com", ".example.net", ".example", ".test", ".invalid", ".localhost"})
        if (ends(s)) return true;
    return host.empty() || host == "localhost" || host.rfind("127.", 0) == 0 || host == "[::1]" || host == "0.0.0.0";
}

std::string OEmbedJson(const Meta& m) {
    JsonWriter w;
    w.BeginObject().Field("version", "1.0").Field("type", "rich").Field("title", m.title);
    w.Field("provider_name", m.byline).Field("provider_url", m.canonical_url);
    w.Field("html", EmbedCode(m)).Field("width", 640).Field("height", kEmbedStartHeight);
    w.Field("thumbnail_url", m.canonical_url + "preview.png").Field("thumbnail_width", 1200).Field("thumbnail_height", 630);
    w.EndObject();
    return w.text() + "\n";
}

std::string EmbedCode(const Meta& m) {
    const std::string base = EscapeHtml(m.canonical_url), title = EscapeHtml(m.title);
    return "<iframe src=\"" + base + "embed.html\" title=\"" + title + "\" data-article-embed width=\"100%\" height=\"" +
           std::to_string(kEmbedStartHeight) + "\" frameborder=\"0\" loading=\"lazy\"></iframe>\n" +
           "<noscript><a href=\"" + base + "\">" + title + "</a></noscript>\n" +
           "<script src=\"" + base + "embed.js\" async></script>";
}

}  // namespace article
