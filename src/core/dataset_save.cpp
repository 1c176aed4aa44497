#include "dataset_save.hpp"

#include <nlohmann/json.hpp>

namespace article {

using nlohmann::json;

static json ValueJson(const ReportedValue& v) {
    if (v.IsPoint()) return v.low;
    json o = {{"low", v.low}};
    if (v.has_high) o["high"] = v.high;
    return o;
}

static json UnitJson(const Unit& u) {
    json o = json::object();
    if (!u.prefix.empty()) o["prefix"] = u.prefix;
    if (!u.suffix.empty()) o["suffix"] = u.suffix;
    return o;
}

static json MetaJson(const Meta& m) {
    const ChartTitles& t = m.chart_titles;
    json o = {{"title", m.title},
              {"dek", m.dek},
              {"byline", m.byline},
              {"chart_titles", {{"share", t.share}, {"snapshot", t.snapshot}, {"market", t.market}}},
              {"figure_title", m.figure_title},
              {"units", {{"share", UnitJson(m.units.share)}, {"market", UnitJson(m.units.market)}, {"revenue", UnitJson(m.units.revenue)}}},
              {"published", DateToIso(m.published)},
              {"updated", DateToIso(m.updated)},
              {"language", m.language},
              {"canonical_url", m.canonical_url},
              {"as_of", DateToIso(m.as_of)},
              {"range", {{"start", DateToIso(m.range_start)}, {"end", DateToIso(m.range_end)}}},
              {"credits", m.credits},
              {"methodology", m.methodology},
              {"caveats", m.caveats}};
    if (!m.kicker.empty()) o["kicker"] = m.kicker;
    if (!m.gap.leader.empty()) o["gap"] = {{"leader", m.gap.leader}, {"challenger", m.gap.challenger}, {"title", m.gap.title}};
    if (!m.figure_description.empty()) o["figure_description"] = m.figure_description;
    return o;
}

static json EventJson(const Dataset& ds, const Event& e) {
    json o = {{"id", e.id},         {"date", DateToIso(e.date)}, {"actors", e.actors},   {"kind", ds.KindOf(e).id},
              {"label", e.label},   {"headline", e.headline},    {"summary", e.summary}, {"body", e.body},
              {"sources", e.sources}, {"related", e.related}};
    if (e.end) o["end"] = DateToIso(*e.end);
    if (e.quote) {
        o["quote"] = {{"text", e.quote->text}, {"speaker", e.quote->speaker}};
        if (!e.quote->source.empty()) o["quote"]["source"] = e.quote->source;
    }
    if (!e.road_not_taken.empty()) o["road_not_taken"] = e.road_not_taken;
    if (!e.attribution.empty()) o["attribution"] = e.attribution;
    return o;
}

static json SeriesJson(const ShareSeries& s) {
    json providers = json::array(), points = json::array(), yearly = json::array();
    for (const Provider& p : s.providers) providers.push_back({{"id", p.id}, {"label", p.label}, {"actor", p.actor}});
    for (const SharePoint& pt : s.points) {
        json shares = json::object();
        for (const auto& [id, v] : pt.shares) shares[id] = ValueJson(v);
        json o = {{"shares", shares}, {"source", pt.source}};
        if (s.yearly) o["year"] = pt.quarter.year;
        else o["quarter"] = QuarterToIso(pt.quarter);
        if (pt.market_usd_bn) o["market_usd_bn"] = ValueJson(*pt.market_usd_bn);
        if (!pt.note.empty()) o["note"] = pt.note;
        points.push_back(o);
    }
    for (const YearValue& y : s.yearly_market_usd_bn)
        yearly.push_back({{"year", y.year}, {"value", y.value}, {"source", y.source}});
    json o = {{"id", s.id},     {"firm", s.firm},     {"label", s.label},
              {"basis", s.basis}, {"providers", providers}, {"points", points}, {"yearly_market_usd_bn", yearly}};
    if (s.first_published) o["first_published"] = true;
    if (s.yearly) o["period"] = "year";
    return o;
}

static json RevenueJson(const RevenueSeries& r) {
    json points = json::array();
    for (const RevenuePoint& p : r.points) {
        json o = {{"period", p.period}, {"value", p.value}, {"source", p.source}};
        if (p.approximate) o["approximate"] = true;
        points.push_back(o);
    }
    return {{"id", r.id}, {"label", r.label}, {"basis", r.basis}, {"actor", r.actor}, {"points", points}};
}

static json StepJson(const Step& s) {
    json view = {{"event", s.view.event}, {"chart", ChartKindName(s.view.chart)}};
    if (!s.view.series.empty()) view["series"] = s.view.series;
    if (!s.view.highlight.empty()) view["highlight"] = s.view.highlight;
    if (s.view.quarter) view["quarter"] = QuarterToIso(*s.view.quarter);
    if (!s.view.compare.empty()) view["compare"] = s.view.compare;
    json o = {{"id", s.id}, {"heading", s.heading}, {"text", s.text}, {"view", view}};
    if (!s.attribution.empty()) o["attribution"] = s.attribution;
    if (!s.sources.empty()) o["sources"] = s.sources;
    return o;
}

static json SourceJson(const Source& s) {
    json o = {{"id", s.id}, {"publisher", s.publisher}, {"title", s.title}, {"confidence", s.confidence}};
    if (!s.url.empty()) o["url"] = s.url;
    if (s.date) o["date"] = DateToIso(*s.date);
    if (!s.note.empty()) o["note"] = s.note;
    if (!s.no_url_reason.empty()) o["no_url_reason"] = s.no_url_reason;
    if (s.carries_quotes) o["carries_quotes"] = true;
    if (s.release) o["release"] = QuarterToIso(*s.release);
    return o;
}

std::string SaveDataset(const Dataset& ds, int indent) {
    json root;
    root["version"] = ds.version;
    root["meta"] = MetaJson(ds.meta);
    root["lanes"] = json::array();
    for (const Lane& l : ds.lanes) root["lanes"].push_back({{"id", l.id}, {"label", l.label}});
    root["actors"] = json::array();
    for (const Actor& a : ds.actors) {
        json o = {{"id", a.id}, {"name", a.name}, {"label", a.label}, {"lane", a.lane}};
        if (!a.color.empty()) o["color"] = a.color;
        if (!a.color_dark.empty()) o["color_dark"] = a.color_dark;
        root["actors"].push_back(o);
    }
    root["eras"] = json::array();
    for (const Era& e : ds.eras)
        root["eras"].push_back({{"id", e.id}, {"label", e.label}, {"start", DateToIso(e.start)}, {"end", DateToIso(e.end)}});
    root["events"] = json::array();
    if (ds.kinds_given) {
        root["event_kinds"] = json::array();
        for (const EventKind& k : ds.kinds)
            root["event_kinds"].push_back({{"id", k.id}, {"label", k.label}, {"shape", MarkerShapeName(k.shape)}, {"decision", k.decision}});
    }
    for (const Event& e : ds.events) root["events"].push_back(EventJson(ds, e));
    root["share_series"] = json::array();
    for (const ShareSeries& s : ds.share_series) root["share_series"].push_back(SeriesJson(s));
    root["revenue"] = json::array();
    for (const RevenueSeries& r : ds.revenue) root["revenue"].push_back(RevenueJson(r));
    root["steps"] = json::array();
    for (const Step& s : ds.steps) root["steps"].push_back(StepJson(s));
    root["sources"] = json::array();
    for (const Source& s : ds.sources) root["sources"].push_back(SourceJson(s));
    return root.dump(indent);
}

}  // namespace article
