#include "share_chart_model.hpp"

#include <algorithm>
#include <cmath>

#include "locale.hpp"
#include "sort_order.hpp"

namespace article {

static double NiceStep(double span, int max_count) {
    if (!(span > 0) || max_count < 1) return 1;
    double raw = span / max_count;
    double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * mag >= raw - 1e-12) return m * mag;
    return 10 * mag;
}

std::vector<double> NiceTicks(double lo, double hi, int max_count) {
    std::vector<double> ticks;
    if (!(hi > lo)) return ticks;
    double step = NiceStep(hi - lo, max_count);
    double first = std::ceil(lo / step - 1e-9) * step;
    for (double v = first; v <= hi + step * 1e-9; v += step) ticks.push_back(std::fabs(v) < step * 1e-9 ? 0.0 : v);
    return ticks;
}

double NiceCeiling(double v, int max_count) {
    if (!(v > 0)) return 1;
    double step = NiceStep(v, max_count);
    return std::ceil(v / step - 1e-9) * step;
}

int AxisStepsForHeight(float plot_height) {
    if (!(plot_height > 0)) return 1;
    return std::clamp(int(plot_height / kMinTickSpacing), 1, 4);
}

std::pair<double, double> NiceDomain(double lowest, double highest, int max_count) {
    if (!(lowest < 0)) return {0.0, NiceCeiling(highest, max_count)};
    const double hi = std::max(highest, 0.0), step = NiceStep(hi - lowest, max_count);
    return {std::floor(lowest / step + 1e-9) * step, std::max(std::ceil(hi / step - 1e-9) * step, step)};
}

double SeriesMax(const ShareSeries& s) {
    double m = 0;
    for (const SharePoint& p : s.points)
        for (const auto& kv : p.shares) m = std::max(m, kv.second.has_high ? kv.second.high : kv.second.low);
    return m;
}

std::vector<std::vector<int>> ConsecutiveRuns(const ShareSeries& s, const std::string& provider) {
    std::vector<std::vector<int>> runs;
    int prev_index = -100;
    for (size_t i = 0; i < s.points.size(); i++) {
        const SharePoint& p = s.points[i];
        if (!p.shares.count(provider)) {
            prev_index = -100;
            continue;
        }
        int qi = QuarterIndex(p.quarter);
        if (runs.empty() || qi != prev_index + (s.yearly ? 4 : 1)) runs.push_back({});
        runs.back().push_back(int(i));
        prev_index = qi;
    }
    return runs;
}

int NearestPoint(const ShareSeries& s, double t) {
    int best = -1;
    double best_d = 1e300;
    for (size_t i = 0; i < s.points.size(); i++) {
        double d = std::fabs(QuarterMidpoint(s.points[i].quarter) - t);
        if (d < best_d) {
            best_d = d;
            best = int(i);
        }
    }
    return best;
}

int PointAt(const ShareSeries& s, const Quarter& q) {
    for (size_t i = 0; i < s.points.size(); i++)
        if (s.points[i].quarter == q) return int(i);
    return -1;
}

std::optional<ReportedValue> Difference(const SharePoint& p, const std::string& a, const std::string& b) {
    auto ia = p.shares.find(a), ib = p.shares.find(b);
    if (ia == p.shares.end() || ib == p.shares.end()) return std::nullopt;
    const ReportedValue &va = ia->second, &vb = ib->second;
    ReportedValue d;
    d.low = va.low - (vb.has_high ? vb.high : vb.low);
    d.has_high = va.has_high && vb.has_high;
    d.high = d.has_high ? va.high - vb.low : d.low;
    if (!vb.has_high) {
        // "a minus (over x)" has no known lower bound: report nothing rather than a wrong figure.
        return std::nullopt;
    }
    return d;
}

std::vector<int> EventsInQuarter(const Dataset& ds, const Quarter& q) {
    double q0 = QuarterStart(q), q1 = q0 + QuarterLength(q);
    std::vector<int> out;
    for (size_t i = 0; i < ds.events.size(); i++) {
        const Event& e = ds.events[i];
        if (e.SpanStart() < q1 && e.SpanEnd() > q0) out.push_back(int(i));
    }
    return out;
}

QuarterSummary SummarizeQuarter(const Dataset& ds, const ShareSeries& s, const Quarter& q) {
    QuarterSummary out;
    out.quarter = q;
    int i = PointAt(s, q);
    out.has_point = i >= 0;
    const SharePoint* p = i >= 0 ? &s.points[size_t(i)] : nullptr;
    for (const Provider& prov : s.providers) {
        QuarterValue v{prov.id, prov.label, Tr(Msg::NotReported), false};
        if (p) {
            auto it = p->shares.find(prov.id);
            if (it != p->shares.end()) {
                v.text = ReportedValueToText(it->second, ds.meta.units.share);
                v.reported = true;
            }
        }
        out.values.push_back(v);
    }
    if (p) {
        if (p->market_usd_bn) out.market = ReportedValueToText(*p->market_usd_bn, ds.meta.units.market);
        const Source* src = ds.FindSource(p->source);
        out.source = src ? src->publisher : p->source;
        out.note = p->note;
    }
    return out;
}

std::string DescribeQuarter(const QuarterSummary& sum, const ShareSeries& s) {
    if (!sum.has_point) return Tr(Msg::QuarterNoFigures, {QuarterToText(sum.quarter), s.label});
    std::string text;
    for (size_t i = 0; i < sum.values.size(); i++)
        text += (i ? ", " : "") + sum.values[i].label + " " + sum.values[i].text;
    if (!sum.market.empty()) text += Tr(Msg::QuarterMarket, {sum.market});
    return Tr(Msg::QuarterDescribe, {QuarterToText(sum.quarter), s.label, text});
}

float TooltipBesideCrosshair(float crosshair_x, float width, float gap, const Rect& plot, float canvas_width) {
    const float room_left = crosshair_x - plot.x, room_right = plot.Right() - crosshair_x;
    const bool right = room_right >= width + gap || (room_left < width + gap && room_right >= room_left);
    const float x = right ? crosshair_x + gap : crosshair_x - gap - width;
    return std::max(4.0f, std::min(x, canvas_width - width - 4.0f));
}

bool SeriesQuarterRange(const Dataset& ds, Quarter* first, Quarter* last) {
    bool any = false;
    for (const ShareSeries& s : ds.share_series)
        for (const SharePoint& p : s.points) {
            if (!any || p.quarter < *first) *first = p.quarter;
            if (!any || *last < p.quarter) *last = p.quarter;
            any = true;
        }
    return any;
}

Quarter SnapshotQuarter(const ShareSeries& s, const std::optional<Quarter>& focused) {
    if (focused || s.points.empty()) return focused.value_or(Quarter{});
    return s.points.back().quarter;
}

bool HasQuarterBeyond(const ShareSeries& s, const Quarter& q, int delta) {
    if (s.points.empty()) return false;
    double at = QuarterMidpoint(q);
    return delta < 0 ? at > QuarterMidpoint(s.points.front().quarter) : at < QuarterMidpoint(s.points.back().quarter);
}

std::vector<std::string> FitBarLabels(const std::vector<BarLabel>& labels, float height,
                                      const std::function<float(const std::string&)>& width, float gap) {
    struct Box { float x0, x1, y0, y1; };
    std::vector<Box> placed;
    std::vector<std::string> out;
    for (const BarLabel& l : labels) {
        std::string chosen;
        for (const std::string* t : {&l.text, &l.compact}) {
            float w = width(*t);
            Box b{l.x - w / 2, l.x + w / 2, l.bottom - height, l.bottom};
            bool clear = true;
            for (const Box& p : placed)
                clear = clear && (b.x1 + gap <= p.x0 || p.x1 + gap <= b.x0 || b.y1 <= p.y0 || p.y1 <= b.y0);
            if (!clear) continue;
            chosen = *t;
            placed.push_back(b);
            break;
        }
        out.push_back(chosen);
    }
    return out;
}

std::string ChartMarksKey(const Dataset& ds, const ShareSeries& s, ChartKind chart) {
    bool over = false, range = false;
    auto note = [&](const ReportedValue& v) {
        over = over || !v.has_high;
        range = range || v.IsBand();
    };
    Msg what = Msg::WhatShares;
    for (const SharePoint& p : s.points) {
        switch (chart) {
            case ChartKind::Share:
                what = Msg::WhatShares;
                for (const auto& entry : p.shares) note(entry.second);
                break;
            case ChartKind::Gap:
                what = Msg::WhatLeads;
                if (auto d = Difference(p, ds.meta.gap.leader, ds.meta.gap.challenger)) note(*d);
                break;
            case ChartKind::Market:
                what = Msg::WhatTotals;
                if (p.market_usd_bn) note(*p.market_usd_bn);
                break;
            case ChartKind::Snapshot: break;  // the one-quarter chart writes its values out
        }
    }
    if (!over && !range) return "";
    const bool lines = chart == ChartKind::Share;
    const Msg key = !range ? (lines ? Msg::KeyOverLines : Msg::KeyOverBars)
                    : !over ? (lines ? Msg::KeyRangeLines : Msg::KeyRangeBars)
                            : (lines ? Msg::KeyBothLines : Msg::KeyBothBars);
    return Tr(key, {Tr(what)});
}

std::vector<float> StackLabels(const std::vector<float>& ys, float h, float top, float bottom) {
    const std::vector<int> order = OrderByKey(ys);
    std::vector<float> y(ys.size());
    const float lo = top + h * 0.5f, hi = bottom - h * 0.5f;
    const float pitch = ys.size() > 1 ? std::min(h, (hi - lo) / float(ys.size() - 1)) : h;
    for (size_t k = 0; k < order.size(); k++) {
        float want = std::max(ys[order[k]], lo);
        if (k > 0) want = std::max(want, y[order[k - 1]] + pitch);
        y[order[k]] = want;
    }
    for (size_t k = order.size(); k-- > 0;) {
        float cap = hi;
        if (k + 1 < order.size()) cap = std::min(cap, y[order[k + 1]] - pitch);
        y[order[k]] = std::min(y[order[k]], cap);
    }
    return y;
}

double SnapshotScaleTop(const ShareSeries& s) {
    double top = 50;
    for (const SharePoint& p : s.points)
        for (const auto& entry : p.shares) top = std::max(top, entry.second.has_high ? entry.second.high : entry.second.low);
    return std::ceil(top / 10.0 - 1e-9) * 10.0;
}

std::vector<int> SpacedMarks(const std::vector<float>& xs, int keep, float min_gap) {
    const std::vector<int> order = OrderByKey(xs);
    std::vector<int> kept;
    if (keep >= 0 && keep < int(xs.size())) kept.push_back(keep);
    float last = -1e30f;
    for (int i : order) {
        if (i == keep) continue;
        const float x = xs[size_t(i)];
        if (x - last < min_gap || (keep >= 0 && keep < int(xs.size()) && std::fabs(x - xs[size_t(keep)]) < min_gap)) continue;
        kept.push_back(i);
        last = x;
    }
    return kept;
}

}  // namespace article
