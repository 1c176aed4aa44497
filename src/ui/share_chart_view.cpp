#include "share_chart_view.hpp"

#include <algorithm>
#include <cmath>

#include "draw_style.hpp"
#include "figure_layout.hpp"
#include "imgui_internal.h"  // IsMouseDragPastThreshold
#include "text_format.hpp"
#include "timeline_layout.hpp"  // the marker shapes' proportions

namespace article::ui {

namespace {

struct ChartContext {
    const Dataset& ds;
    const FigureState& s;
    const ShareSeries& series;
    ImDrawList* dl;
    ShareChartDrawn out;
    Rect area;  // the whole chart's, title and line labels included
};

Rgb ProviderRgb(const Dataset& ds, const Provider& p) { return p.actor.empty() ? Themed(NeutralColor()) : ActorRgb(ds, p.actor); }
ImU32 ProviderColor(const Dataset& ds, const Provider& p, float alpha = 1.0f) { return Color(ProviderRgb(ds, p), alpha); }

const char* ChartTitle(const Dataset& ds, ChartKind chart) {
    switch (chart) {
        case ChartKind::Gap: return ds.meta.gap.title.c_str();
        case ChartKind::Snapshot: return ds.meta.chart_titles.snapshot.c_str();
        case ChartKind::Market: return ds.meta.chart_titles.market.c_str();
        case ChartKind::Share: break;
    }
    return ds.meta.chart_titles.share.c_str();
}

void DrawYAxis(ChartContext& c, const std::vector<double>& ticks, const Unit& unit) {
    const Fonts& f = GetFonts();
    for (double t : ticks) {
        float y = c.out.y(t);
        c.dl->AddLine(ImVec2(c.out.plot.x, y), ImVec2(c.out.plot.Right(), y), RuleColor(t == 0 ? 1.0f : 0.55f));
        const std::string buf = unit.prefix + LocalizeNumber(FormatString("%g", t)) + unit.suffix;
        float w = TextWidth(f.small, buf);
        // The marks are clipped at the plot's left edge (zoomed in, earlier quarters fall
        // before it); the axis's own labels stand left of that edge.
        c.dl->PushClipRect(ImVec2(c.out.plot.x - kChartValueAxisWidth, c.out.plot.y - f.small->FontSize),
                           ImVec2(c.out.plot.x, c.out.plot.Bottom() + f.small->FontSize), false);
        DrawText(c.dl, f.small, ImVec2(c.out.plot.x - w - 6, y - f.small->FontSize * 0.5f), Muted(), buf);
        c.dl->PopClipRect();
    }
}

// Sets the y scale from 0 (or below, for negative values) to a round number above `highest`,
// with as many ticks as the plot's height has room for, and draws the axis.
void SetValueAxis(ChartContext& c, double highest, const Unit& unit, double lowest = 0) {
    int steps = AxisStepsForHeight(c.out.plot.h);
    const auto [bottom, top] = NiceDomain(lowest, highest, steps);
    c.out.y = LinearScale{bottom, top, c.out.plot.Bottom(), c.out.plot.y};
    DrawYAxis(c, NiceTicks(bottom, top, steps), unit);
}

// One bar per quarter: most of a quarter's width, within readable limits.
float QuarterBarWidth(const ChartContext& c) {
    const double period = c.series.yearly ? 1.0 : 0.25;
    return std::max(3.0f, std::min(c.series.yearly ? 40.0f : 14.0f, float(c.out.x(2019.0 + period) - c.out.x(2019.0)) * 0.6f));
}

void DrawXAxis(ChartContext& c) {
    TimeScale on_plot = c.s.shown;
    on_plot.SetPixelRange(c.out.plot.x, c.out.plot.Right());
    DrawTimeTicks(c.dl, on_plot, c.out.plot.Bottom());
}

// One provider's line: segments only between consecutive quarters, a dot at each point,
// a vertical bar for a band, an upward arrow for "over x".
void DrawProvider(ChartContext& c, const Provider& p, bool dim) {
    // Set back, a line is paler and thinner, but keeps 3:1 on the paper.
    float alpha = float(c.s.chart_fade);
    bool strong = c.s.highlight == p.id;
    ImU32 col = dim ? FadedColor(ProviderRgb(c.ds, p), kMarkContrast, alpha) : ProviderColor(c.ds, p, alpha);
    float width = strong ? 3.0f : dim ? 1.5f : 2.0f;
    for (const std::vector<int>& run : ConsecutiveRuns(c.series, p.id)) {
        std::vector<ImVec2> pts;
        for (int i : run) {
            const SharePoint& pt = c.series.points[size_t(i)];
            pts.push_back(ImVec2(c.out.x(QuarterMidpoint(pt.quarter)), c.out.y(pt.shares.at(p.id).Mid())));
        }
        if (pts.size() > 1) c.dl->AddPolyline(pts.data(), int(pts.size()), col, 0, width);
    }
    for (const SharePoint& pt : c.series.points) {
        auto it = pt.shares.find(p.id);
        if (it == pt.shares.end()) continue;
        const ReportedValue& v = it->second;
        float x = c.out.x(QuarterMidpoint(pt.quarter));
        if (v.IsBand()) {
            float y0 = c.out.y(v.low), y1 = c.out.y(v.high);
            c.dl->AddRectFilled(ImVec2(x - 4, y1), ImVec2(x + 4, y0), ProviderColor(c.ds, p, 0.25f * alpha + 0.05f), 2.0f);
            c.dl->AddRect(ImVec2(x - 4, y1), ImVec2(x + 4, y0), col, 2.0f, 0, 1.5f);
        } else if (!v.has_high) {
            float y = c.out.y(v.low);
            c.dl->AddLine(ImVec2(x, y), ImVec2(x, y - 12), col, 1.5f);
            c.dl->AddTriangleFilled(ImVec2(x, y - 16), ImVec2(x - 4, y - 10), ImVec2(x + 4, y - 10), col);
            c.dl->AddCircleFilled(ImVec2(x, y), strong ? 4.0f : 3.0f, col);
        } else {
            c.dl->AddCircleFilled(ImVec2(x, c.out.y(v.low)), strong ? 4.0f : 3.0f, col);
        }
    }
}

// Provider names at the right end of each line, nudged apart. They double as the legend:
// each is a toggle (a hidden provider's name stays, struck through, so it can come back).
void DrawLineLabels(ChartContext& c, const std::vector<bool>& dim) {
    const Fonts& f = GetFonts();
    struct Lab { float y; std::string id, text; ImU32 col; bool hidden; };
    std::vector<Lab> labs;
    for (size_t k = 0; k < c.series.providers.size(); k++) {
        const Provider& p = c.series.providers[k];
        bool hidden = c.s.hidden_providers.count(p.id) != 0;
        for (auto it = c.series.points.rbegin(); it != c.series.points.rend(); ++it) {
            auto v = it->shares.find(p.id);
            if (v == it->shares.end()) continue;
            ImU32 col = hidden ? Muted() : dim[k] ? FadedColor(ProviderRgb(c.ds, p), kTextContrast) : ProviderColor(c.ds, p);
            labs.push_back({c.out.y(v->second.Mid()), p.id, p.label, col, hidden});
            break;
        }
    }
    // Nudged apart and kept inside the chart however many there are; a name wider than the room
    // right of the plot is shortened, not cut.
    float h = std::max(f.label->FontSize + 1, 18.0f);
    std::vector<float> ys;
    for (const Lab& l : labs) ys.push_back(l.y);
    ys = StackLabels(ys, h, c.out.plot.y - h * 0.5f, c.area.Bottom());
    for (size_t i = 0; i < labs.size(); i++) labs[i].y = ys[i];
    const float room = c.area.Right() - c.out.plot.Right() - 6;
    // The lines are cut at the plot's right edge; their names stand beyond it.
    c.dl->PushClipRect(ImVec2(c.out.plot.Right(), c.area.y), ImVec2(c.area.Right(), c.area.Bottom()), false);
    for (const Lab& l : labs) {
        ImVec2 pos(c.out.plot.Right() + 6, l.y - f.label->FontSize * 0.5f);
        const std::string text = FitText(f.label, l.text, room);
        float w = TextWidth(f.label, text);
        DrawText(c.dl, f.label, pos, l.col, text);
        if (l.hidden) c.dl->AddLine(ImVec2(pos.x, l.y), ImVec2(pos.x + w, l.y), l.col, 1.0f);
        c.out.legend.push_back({l.id, Rect{pos.x - 4, l.y - h * 0.5f, w + 8, h}});
    }
    c.dl->PopClipRect();
}

// A line drawn in dashes, `on` px drawn and `off` px left, carried on from one segment to the next.
static void DashedPolyline(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 col, float width, float on = 5, float off = 4) {
    float phase = 0;
    for (size_t i = 1; i < pts.size(); i++) {
        const ImVec2 a = pts[i - 1], b = pts[i];
        const float len = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
        for (float t = 0; t < len;) {
            const float in_dash = std::fmod(phase, on + off), step = in_dash < on ? on - in_dash : on + off - in_dash;
            const float t1 = std::min(len, t + step);
            if (in_dash < on) {
                const float k0 = t / len, k1 = t1 / len;
                dl->AddLine(ImVec2(a.x + (b.x - a.x) * k0, a.y + (b.y - a.y) * k0), ImVec2(a.x + (b.x - a.x) * k1, a.y + (b.y - a.y) * k1), col, width);
            }
            phase += t1 - t;
            t = t1;
        }
    }
}

// The compared series (an earlier edition by the same firm): dashed, set back, under the lines.
static void DrawComparedSeries(ChartContext& c, const ShareSeries& compare) {
    const float alpha = float(c.s.chart_fade);
    for (const Provider& p : compare.providers) {
        if (c.s.hidden_providers.count(p.id)) continue;
        const ImU32 col = FadedColor(ProviderRgb(c.ds, p), kMarkContrast, alpha);
        for (const std::vector<int>& run : ConsecutiveRuns(compare, p.id)) {
            std::vector<ImVec2> pts;
            for (int i : run) {
                const SharePoint& pt = compare.points[size_t(i)];
                pts.push_back(ImVec2(c.out.x(QuarterMidpoint(pt.quarter)), c.out.y(pt.shares.at(p.id).Mid())));
            }
            DashedPolyline(c.dl, pts, col, 1.5f);
            for (ImVec2 q : pts) c.dl->AddCircle(q, 3.0f, col, 0, 1.5f);
        }
    }
}

// Over a comparison, a key names both series: a solid stroke for the one shown, a dashed one
// for the one it is compared with.
static float ComparisonKeyHeight(const ChartContext& c) { return c.s.compare.empty() ? 0.0f : GetFonts().small->FontSize + 8; }
static void DrawComparisonKey(ChartContext& c, const ShareSeries& compare) {
    const Fonts& f = GetFonts();
    float x = c.out.plot.x;
    const float y = c.out.plot.y - ComparisonKeyHeight(c) + 2, mid = y + f.small->FontSize * 0.5f;
    c.dl->AddLine(ImVec2(x, mid), ImVec2(x + 18, mid), Ink(), 2.0f);
    DrawText(c.dl, f.small, ImVec2(x + 24, y), Ink(), c.series.label);
    x += 24 + TextWidth(f.small, c.series.label) + 16;
    DashedPolyline(c.dl, {ImVec2(x, mid), ImVec2(x + 18, mid)}, Muted(), 1.5f, 4, 3);
    DrawText(c.dl, f.small, ImVec2(x + 24, y), Muted(), compare.label);
}

void DrawShareLines(ChartContext& c) {
    const ShareSeries* compare = c.s.compare.empty() ? nullptr : c.ds.FindSeries(c.s.compare);
    SetValueAxis(c, std::max({SeriesMax(c.series), compare ? SeriesMax(*compare) : 0.0, 10.0}), c.ds.meta.units.share);
    if (compare) {
        DrawComparedSeries(c, *compare);
        DrawComparisonKey(c, *compare);
    }
    std::vector<bool> dim;
    for (const Provider& p : c.series.providers) dim.push_back(!c.s.highlight.empty() && c.s.highlight != p.id);
    auto shown = [&](size_t k) { return c.s.hidden_providers.count(c.series.providers[k].id) == 0; };
    for (size_t k = 0; k < c.series.providers.size(); k++)
        if (dim[k] && shown(k)) DrawProvider(c, c.series.providers[k], true);
    for (size_t k = 0; k < c.series.providers.size(); k++)
        if (!dim[k] && shown(k)) DrawProvider(c, c.series.providers[k], false);
    DrawLineLabels(c, dim);
}

// A bar from zero for a value: solid to its low end, pale on to the high end of a range, and a
// triangle on top of a value published only as "over" a figure. Returns the y of its top.
float DrawValueBar(ChartContext& c, float x, float bar, const ReportedValue& v, ImU32 solid, ImU32 pale, ImU32 mark) {
    float base = c.out.y(0), low = c.out.y(v.low);
    // A range's pale top is a tint; its outline in the solid colour is what keeps 3:1.
    if (v.IsBand()) {
        c.dl->AddRectFilled(ImVec2(x - bar / 2, c.out.y(v.high)), ImVec2(x + bar / 2, base), pale);
        c.dl->AddRect(ImVec2(x - bar / 2, c.out.y(v.high)), ImVec2(x + bar / 2, base), solid, 0.0f, 0, 1.0f);
    }
    c.dl->AddRectFilled(ImVec2(x - bar / 2, low), ImVec2(x + bar / 2, base), solid);
    if (!v.has_high) {
        c.dl->AddTriangleFilled(ImVec2(x, low - 9), ImVec2(x - 4, low - 3), ImVec2(x + 4, low - 3), mark);
        return low - 9;
    }
    return v.IsBand() ? c.out.y(v.high) : low;
}

void DrawGap(ChartContext& c) {
    const GapChart& gap = c.ds.meta.gap;
    const Provider* leader = c.ds.FindProvider(gap.leader);
    double top = 25, bottom = 0;
    for (const SharePoint& p : c.series.points)
        if (auto d = Difference(p, gap.leader, gap.challenger)) {
            top = std::max(top, d->has_high ? d->high : d->low + 3);
            bottom = std::min(bottom, d->low);
        }
    SetValueAxis(c, top, Unit{}, bottom);
    const Fonts& f = GetFonts();
    float bar = QuarterBarWidth(c);
    ImU32 solid = leader ? ProviderColor(c.ds, *leader) : Ink(), pale = leader ? ProviderColor(c.ds, *leader, 0.3f) : Ink(0.3f);
    std::vector<BarLabel> labels;
    for (const SharePoint& p : c.series.points) {
        auto d = Difference(p, gap.leader, gap.challenger);
        if (!d) continue;
        float x = c.out.x(QuarterMidpoint(p.quarter));
        float bar_top = DrawValueBar(c, x, bar, *d, solid, pale, solid);
        // A negative lead (the challenger ahead) hangs below zero; its value goes under it.
        const float label_bottom = d->low < 0 && !d->IsBand() ? c.out.y(d->low) + f.small->FontSize + 2 : bar_top - 2;
        labels.push_back({x, label_bottom, ReportedValueToText(*d, Unit{}), ReportedValueToCompactText(*d, Unit{})});
    }
    // Values over the bars where they fit; hovering a quarter gives every one of them.
    if (bar < 10) return;
    auto width = [&](const std::string& t) { return TextWidth(f.small, t); };
    std::vector<std::string> texts = FitBarLabels(labels, f.small->FontSize, width, 3.0f);
    for (size_t i = 0; i < labels.size(); i++)
        if (!texts[i].empty())
            DrawText(c.dl, f.small, ImVec2(labels[i].x - width(texts[i]) / 2, labels[i].bottom - f.small->FontSize), Ink(), texts[i]);
}

void DrawMarketBars(ChartContext& c) {
    double top = 10;
    for (const SharePoint& p : c.series.points)
        if (p.market_usd_bn) top = std::max(top, p.market_usd_bn->has_high ? p.market_usd_bn->high : p.market_usd_bn->low);
    SetValueAxis(c, top, Unit{});
    float bar = QuarterBarWidth(c);
    for (const SharePoint& p : c.series.points)
        if (p.market_usd_bn)
            DrawValueBar(c, c.out.x(QuarterMidpoint(p.quarter)), bar, *p.market_usd_bn, Muted(), Muted(0.3f), Muted());
}

// Snapshot: one quarter as labelled horizontal bars. Uses the x scale only for event ticks.
void DrawSnapshot(ChartContext& c) {
    const Fonts& f = GetFonts();
    Quarter q = SnapshotQuarter(c.series, c.s.quarter);
    QuarterSummary sum = SummarizeQuarter(c.ds, c.series, q);
    Rect r = c.out.plot;
    // "‹ Q4 2023 ›": the arrows step through the series' quarters, as Left and Right do.
    const std::string title = sum.has_point ? QuarterToText(q) : Tr(Msg::QuarterNoFiguresTitle, {QuarterToText(q)});
    // Each is a round button drawn 26 px across, with a touch-sized target around it.
    const float radius = 13.0f, cy = r.y + f.strong->FontSize * 0.5f;
    auto step_control = [&](int delta, float cx) {
        bool enabled = HasQuarterBeyond(c.series, q, delta);
        const char* arrow = delta < 0 ? "\xE2\x80\xB9" : "\xE2\x80\xBA";
        c.dl->AddCircle(ImVec2(cx, cy), radius, enabled ? Muted(0.8f) : Muted(0.3f), 0, 1.0f);
        DrawText(c.dl, f.strong, ImVec2(cx - TextWidth(f.strong, arrow) * 0.5f, cy - f.strong->FontSize * 0.55f),
                 enabled ? Ink() : Muted(0.4f), arrow);
        float t = kMinTouchTarget;
        if (enabled) c.out.quarter_steps.push_back({delta, Rect{cx - t * 0.5f, cy - t * 0.5f, t, t}});
    };
    const float title_x = r.x + radius * 2 + 10;
    step_control(-1, r.x + radius);
    DrawText(c.dl, f.strong, ImVec2(title_x, r.y), Ink(), title);
    step_control(+1, title_x + TextWidth(f.strong, title) + 10 + radius);
    // Names take at most a third of the width (longer ones are shortened); the values' room on the
    // right is their widest text; rows get thinner, down to the text's height, so every provider
    // fits however many the series has.
    float label_w = 0, value_w = 0;
    for (size_t k = 0; k < c.series.providers.size(); k++) {
        label_w = std::max(label_w, TextWidth(f.label, c.series.providers[k].label));
        value_w = std::max(value_w, TextWidth(sum.values[k].reported ? f.strong : f.label, sum.values[k].text));
    }
    label_w = std::min(label_w, r.w / 3);
    const float rows_top = r.y + f.strong->FontSize + 10, market_h = sum.market.empty() ? 0.0f : f.label->FontSize + 8;
    const float n = float(std::max<size_t>(c.series.providers.size(), 1));
    const float bar_h = std::clamp((r.Bottom() - rows_top - market_h) / n - 8, f.strong->FontSize + 2, 18.0f);
    float y = rows_top, x0 = r.x + label_w + 10;
    float max_w = r.Right() - x0 - value_w - 8;
    LinearScale bx{0, SnapshotScaleTop(c.series), x0, x0 + std::max(max_w, 40.0f)};
    for (size_t k = 0; k < c.series.providers.size(); k++) {
        const Provider& p = c.series.providers[k];
        const std::string name = FitText(f.label, p.label, label_w);
        DrawText(c.dl, f.label, ImVec2(x0 - 10 - TextWidth(f.label, name), y + bar_h * 0.5f - f.label->FontSize * 0.5f), Ink(), name);
        const QuarterValue& v = sum.values[k];
        if (v.reported) {
            const ReportedValue& rv = c.series.points[size_t(PointAt(c.series, q))].shares.at(p.id);
            c.dl->AddRectFilled(ImVec2(x0, y), ImVec2(bx(rv.low), y + bar_h), ProviderColor(c.ds, p));
            if (rv.IsBand()) {
                c.dl->AddRectFilled(ImVec2(bx(rv.low), y), ImVec2(bx(rv.high), y + bar_h), ProviderColor(c.ds, p, 0.3f));
                c.dl->AddRect(ImVec2(bx(rv.low), y), ImVec2(bx(rv.high), y + bar_h), ProviderColor(c.ds, p), 0.0f, 0, 1.0f);
            }
            DrawText(c.dl, f.strong, ImVec2(bx(rv.has_high ? rv.high : rv.low) + 6, y + bar_h * 0.5f - f.strong->FontSize * 0.5f), Ink(), v.text);
        } else {
            DrawText(c.dl, f.label, ImVec2(x0, y + bar_h * 0.5f - f.label->FontSize * 0.5f), Muted(), Tr(Msg::NotReported));
        }
        y += bar_h + 8;
    }
    if (!sum.market.empty()) DrawText(c.dl, f.label, ImVec2(r.x, y + 4), Muted(), Tr(Msg::MarketThatQuarter, {sum.market}));
}

// The years before the series' first quarter are empty, and say so, on the time axis the
// timeline shares.
void DrawDataStart(ChartContext& c) {
    if (c.series.points.empty()) return;
    Quarter first = c.series.points.front().quarter;
    // A compared series drawn with it may begin earlier.
    const ShareSeries* compare = c.s.chart == ChartKind::Share && !c.s.compare.empty() ? c.ds.FindSeries(c.s.compare) : nullptr;
    if (compare && !compare->points.empty() && compare->points.front().quarter < first) first = compare->points.front().quarter;
    const float x = c.out.x(QuarterStart(first));
    if (x - c.out.plot.x < 70) return;
    const Fonts& f = GetFonts();
    c.dl->AddRectFilled(ImVec2(c.out.plot.x, c.out.plot.y), ImVec2(x, c.out.plot.Bottom()), Panel(0.6f));
    const std::string text = std::string(Tr(Msg::DataBegin)) + " " + QuarterToText(first);
    std::vector<std::string> words = {Tr(Msg::DataBegin), QuarterToText(first)};
    float y = c.out.plot.y + c.out.plot.h * 0.5f - f.small->FontSize;
    if (TextWidth(f.small, text) + 12 < x - c.out.plot.x) words = {text};
    for (const std::string& w : words) {
        DrawText(c.dl, f.small, ImVec2(c.out.plot.x + 6, y), Muted(), w);
        y += f.small->FontSize + 2;
    }
}

void DrawEventTicks(ChartContext& c, Figure& fig) {
    const FigureState& s = c.s;
    float y = c.out.plot.Bottom() + 26;
    std::vector<bool> visible = fig.Visible();
    std::vector<int> events;
    std::vector<float> xs;
    int keep = -1;
    for (size_t i = 0; i < c.ds.events.size(); i++) {
        if (!visible[i]) continue;
        const Event& e = c.ds.events[i];
        float x = c.out.x(e.date.precision == DatePrecision::Day ? e.SpanStart() : (e.SpanStart() + e.SpanEnd()) * 0.5);
        if (x < c.out.plot.x || x > c.out.plot.Right()) continue;
        if (int(i) == s.selected) keep = int(xs.size());
        events.push_back(int(i));
        xs.push_back(x);
    }
    // A row of small marks, not the timeline: where two would touch, the earlier one stands for
    // both (the timeline above draws every event); the selected event's mark is always drawn.
    for (int k : SpacedMarks(xs, keep, 4.5f * 2.0f * kDiamondTip + 2.0f)) {
        const int i = events[size_t(k)];
        const Event& e = c.ds.events[size_t(i)];
        const float x = xs[size_t(k)];
        bool sel = i == s.selected;
        if (sel) c.dl->AddCircle(ImVec2(x, y), 9.0f, Focus(), 0, 2.0f);
        DrawKindMarker(c.dl, ImVec2(x, y), sel ? 5.5f : 4.5f, c.ds.KindOf(e).shape, ActorColor(c.ds, e.actors.front()));
        c.out.event_ticks.push_back({i, Vec2{x, y}});
    }
}

void DrawSelectedEvent(ChartContext& c) {
    if (c.s.selected < 0) return;
    const Event& e = c.ds.events[size_t(c.s.selected)];
    float x0 = c.out.x(e.SpanStart()), x1 = c.out.x(e.SpanEnd());
    if (x1 - x0 > 3) c.dl->AddRectFilled(ImVec2(x0, c.out.plot.y), ImVec2(x1, c.out.plot.Bottom()), Focus(0.07f));
    c.dl->AddLine(ImVec2(x0, c.out.plot.y), ImVec2(x0, c.out.plot.Bottom()), Focus(), 1.5f);
}

void DrawCrosshair(ChartContext& c, const Quarter& q) {
    float x = c.out.x(QuarterMidpoint(q));
    c.dl->AddLine(ImVec2(x, c.out.plot.y), ImVec2(x, c.out.plot.Bottom()), Muted(), 1.0f);
    if (c.s.chart != ChartKind::Share) return;
    int i = PointAt(c.series, q);
    if (i < 0) return;
    for (const Provider& p : c.series.providers) {
        auto it = c.series.points[size_t(i)].shares.find(p.id);
        if (it != c.series.points[size_t(i)].shares.end())
            c.dl->AddCircle(ImVec2(x, c.out.y(it->second.Mid())), 6.0f, ProviderColor(c.ds, p), 0, 2.0f);
    }
}

void QuarterTooltip(const ChartContext& c, const Quarter& q) {
    QuarterSummary sum = SummarizeQuarter(c.ds, c.series, q);
    // Beside the crosshair, from the top of the plot: the pointer is often on the quarter's own
    // points, and the tooltip must not cover what it describes. Its width is the one it had
    // last frame, kept in ImGui's storage for the figure's window; a new tooltip is hidden for
    // a frame while ImGui measures it.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID width_id = ImGui::GetID("##quarter-tooltip-width");
    const float left = TooltipBesideCrosshair(c.out.x(QuarterMidpoint(q)), storage->GetFloat(width_id), 12.0f,
                                              c.out.plot, ImGui::GetIO().DisplaySize.x);
    ImGui::SetNextWindowPos(ImVec2(left, c.out.plot.y));
    BeginPaddedTooltip();
    storage->SetFloat(width_id, ImGui::GetWindowWidth());
    ImGui::PushFont(GetFonts().strong);
    ImGui::TextUnformatted(QuarterToText(q).c_str());
    ImGui::PopFont();
    ImGui::PushFont(GetFonts().label);
    if (!sum.has_point) {
        ImGui::TextUnformatted(Tr(Msg::NoQuarterFigures));
    } else {
        for (size_t k = 0; k < sum.values.size(); k++) {
            ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + 5, p.y + 8), 4.5f, ProviderColor(c.ds, c.series.providers[k]));
            ImGui::SetCursorScreenPos(ImVec2(p.x + 14, p.y));
            ImGui::Text("%s  %s", sum.values[k].label.c_str(), sum.values[k].text.c_str());
        }
        if (!sum.market.empty()) ImGui::TextUnformatted(Tr(Msg::MarketTooltip, {sum.market}).c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, Muted());
        ImGui::TextUnformatted(Tr(Msg::SeriesVia, {c.series.firm, sum.source}).c_str());
        ImGui::PopStyleColor();
        if (!sum.note.empty()) {
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 20);
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(Muted()), "%s", sum.note.c_str());
            ImGui::PopTextWrapPos();
        }
    }
    ImGui::PopFont();
    ImGui::EndTooltip();
}

// The source line, wrapped to the chart's width and set at its foot; the plot gets the rest.
void HandlePointer(ChartContext& c, Figure& fig, const Rect& area) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetCursorScreenPos(ImVec2(area.x, area.y));
    ImGui::InvisibleButton("##chart", ImVec2(std::max(area.w, 1.0f), std::max(area.h, 1.0f)));
    bool hovered = ImGui::IsItemHovered();
    Vec2 m{io.MousePos.x, io.MousePos.y};
    // Event ticks first: a touch-sized target around each.
    int tick_hit = -1;
    float best = kMinTouchTarget * 0.5f;
    for (const auto& [ev, pos] : c.out.event_ticks) {
        float d = std::hypot(m.x - pos.x, m.y - pos.y);
        if (d <= best) {
            best = d;
            tick_hit = ev;
        }
    }
    if (tick_hit >= 0 && hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    bool over_plot = m.x >= c.out.plot.x - 4 && m.x <= c.out.plot.Right() + 4 && m.y >= c.out.plot.y && m.y <= c.out.plot.Bottom() + 8;
    std::optional<Quarter> hover_q;
    if (hovered && over_plot && tick_hit < 0 && c.s.chart != ChartKind::Snapshot) {
        int i = NearestPoint(c.series, c.out.x.Invert(m.x));
        if (i >= 0) hover_q = c.series.points[size_t(i)].quarter;
    }
    fig.SetHoverQuarter(hover_q);
    fig.SetHovered(hovered && tick_hit >= 0 ? tick_hit : (hovered ? -1 : fig.State().hovered));
    const std::string* legend_hit = nullptr;
    for (const auto& entry : c.out.legend)
        if (entry.second.Contains(m)) legend_hit = &entry.first;
    int step_hit = 0;
    for (const auto& entry : c.out.quarter_steps)
        if (entry.second.Contains(m)) step_hit = entry.first;
    if ((legend_hit || step_hit) && hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsItemDeactivated() && !ImGui::IsMouseDragPastThreshold(ImGuiMouseButton_Left, 6.0f)) {
        fig.SetChartFocused(true);
        if (step_hit) fig.MoveQuarter(step_hit);
        else if (legend_hit) fig.ToggleProvider(*legend_hit);
        else if (tick_hit >= 0) fig.Select(tick_hit);
        else if (hover_q) fig.FocusQuarter(hover_q);
    }
    if (hover_q) {
        DrawCrosshair(c, *hover_q);
        QuarterTooltip(c, *hover_q);
    } else if (tick_hit >= 0 && hovered) {
        const Event& e = c.ds.events[size_t(tick_hit)];
        BeginPaddedTooltip();
        ImGui::PushFont(GetFonts().strong);
        ImGui::TextUnformatted(e.headline.c_str());
        ImGui::PopFont();
        ImGui::PushFont(GetFonts().label);
        ImGui::TextUnformatted(DateToText(e.date).c_str());
        ImGui::PopFont();
        ImGui::EndTooltip();
    }
}

}  // namespace

ShareChartDrawn ShareChartView(Figure& fig, const Rect& area, const Rect& time_plot) {
    const Dataset& ds = fig.Data();
    const FigureState& s = fig.State();
    const ShareSeries* series = ds.FindSeries(s.series);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Fonts& f = GetFonts();
    if (!series || series->points.empty()) {
        DrawText(dl, f.label, ImVec2(area.x, area.y), Muted(), Tr(Msg::NoSeries));
        return {};
    }
    ChartContext c{ds, s, *series, dl, {}, area};
    // A title wider than the chart wraps (a phone, or the page zoomed to 400%) rather than being cut.
    const std::string title = ChartTitle(ds, s.chart);
    float title_h = f.strong->CalcTextSizeA(f.strong->FontSize, 1e9f, area.w, title.c_str(), title.c_str() + title.size()).y + 6;
    // The chart's source and the key to its marks are HTML under the canvas (#series-note).
    const float key_h = s.chart == ChartKind::Share ? ComparisonKeyHeight(c) : 0.0f;
    c.out.plot = {time_plot.x, area.y + title_h + 8 + key_h, time_plot.w, area.h - title_h - 8 - 40 - key_h};
    c.out.x = LinearScale{s.shown.ViewStart(), s.shown.ViewEnd(), c.out.plot.x, c.out.plot.Right()};

    dl->PushClipRect(ImVec2(area.x, area.y), ImVec2(area.Right(), area.Bottom()), true);
    DrawText(dl, f.strong, ImVec2(area.x, area.y), Ink(), title, area.w);
    switch (s.chart) {
        case ChartKind::Snapshot: DrawSnapshot(c); break;
        case ChartKind::Share:
        case ChartKind::Gap:
        case ChartKind::Market:
            // Zoomed in, what falls outside the plot is cut at its edges (a point on the edge
            // keeps its dot); the line labels right of the plot stay, and the event ticks under
            // it keep the room a selection ring takes, as the timeline's markers do.
            dl->PushClipRect(ImVec2(c.out.plot.x - 1, area.y), ImVec2(c.out.plot.Right() + 4, area.Bottom()), true);
            DrawDataStart(c);
            DrawSelectedEvent(c);
            if (s.chart == ChartKind::Gap) DrawGap(c);
            else if (s.chart == ChartKind::Market) DrawMarketBars(c);
            else DrawShareLines(c);
            DrawXAxis(c);
            if (s.quarter && !s.hover_quarter) DrawCrosshair(c, *s.quarter);
            dl->PopClipRect();
            dl->PushClipRect(ImVec2(c.out.plot.x - 14, area.y), ImVec2(c.out.plot.Right() + 14, area.Bottom()), true);
            DrawEventTicks(c, fig);
            dl->PopClipRect();
            break;
    }
    dl->PopClipRect();
    HandlePointer(c, fig, area);
    // A quarter reached by keyboard gets the tooltip the pointer's gets (the pointer's wins).
    const FigureState& now = fig.State();
    if (now.chart_focused && now.quarter && !now.hover_quarter && now.chart != ChartKind::Snapshot) QuarterTooltip(c, *now.quarter);
    return c.out;
}

}  // namespace article::ui
