#include "share_chart_model.hpp"

#include <algorithm>
#include <cmath>

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
        if (runs.empty() || qi != prev_index + 1) runs.push_back({});
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
    double q0 = q.year + (q.q - 1) * 0.25, q1 = q0 + 0.25;
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
        QuarterValue v{prov.id, prov.label, "not reported", false};
        if (p) {
            auto it = p->shares.find(prov.id);
            if (it != p->shares.end()) {
                v.text = ReportedValueToText(it->second, "%");
                v.reported = true;
            }
        }
        out.values.push_back(v);
    }
    if (p) {
        if (p->market_usd_bn) {
            const ReportedValue& m = *p->market_usd_bn;
            out.market = m.has_high ? "$" + ReportedValueToText(m, "bn")
                                    : "over $" + ReportedValueToText(ReportedValue::Point(m.low), "bn");
        }
        const Source* src = ds.FindSource(p->source);
        out.source = src ? src->publisher : p->source;
        out.note = p->note;
    }
    return out;
}

std::string DescribeQuarter(const QuarterSummary& sum, const ShareSeries& s) {
    std::string text = QuarterToText(sum.quarter) + ", " + s.label + ": ";
    if (!sum.has_point) return text + "no figures published.";
    for (size_t i = 0; i < sum.values.size(); i++)
        text += (i ? ", " : "") + sum.values[i].label + " " + sum.values[i].text;
    if (!sum.market.empty()) text += "; market " + sum.market;
    return text + ".";
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

}  // namespace article
