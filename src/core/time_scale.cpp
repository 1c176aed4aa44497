#include "time_scale.hpp"

#include <algorithm>
#include <cmath>

#include "locale.hpp"

namespace article {

TimeScale::TimeScale(double domain_start, double domain_end)
    : domain_start_(domain_start), domain_end_(std::max(domain_end, domain_start + kMinSpanYears)) {
    Reset();
}

void TimeScale::SetPixelRange(float left, float right) {
    px_left_ = left;
    px_right_ = std::max(right, left + 1.0f);
}

float TimeScale::ToPx(double t) const {
    return px_left_ + float((t - view_start_) / (view_end_ - view_start_) * (px_right_ - px_left_));
}

double TimeScale::ToTime(float px) const {
    return view_start_ + double(px - px_left_) / double(px_right_ - px_left_) * (view_end_ - view_start_);
}

double TimeScale::PxPerYear() const { return (px_right_ - px_left_) / (view_end_ - view_start_); }

bool TimeScale::IsZoomed() const {
    return view_start_ > domain_start_ + 1e-9 || view_end_ < domain_end_ - 1e-9;
}

void TimeScale::Reset() {
    view_start_ = domain_start_;
    view_end_ = domain_end_;
}

void TimeScale::SetView(double start, double end) {
    view_start_ = start;
    view_end_ = end;
    Clamp();
}

void TimeScale::Clamp() {
    double domain = domain_end_ - domain_start_;
    double span = std::clamp(view_end_ - view_start_, kMinSpanYears, domain);
    double center = (view_start_ + view_end_) * 0.5;
    view_start_ = center - span * 0.5;
    view_end_ = center + span * 0.5;
    if (view_start_ < domain_start_) {
        view_end_ += domain_start_ - view_start_;
        view_start_ = domain_start_;
    }
    if (view_end_ > domain_end_) {
        view_start_ -= view_end_ - domain_end_;
        view_end_ = domain_end_;
    }
}

void TimeScale::ZoomAround(float px, double factor) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    double pivot = ToTime(px);
    double span = std::clamp((view_end_ - view_start_) / factor, kMinSpanYears, domain_end_ - domain_start_);
    double frac = (pivot - view_start_) / (view_end_ - view_start_);
    view_start_ = pivot - frac * span;
    view_end_ = view_start_ + span;
    Clamp();
}

void TimeScale::PanByPx(float dx) {
    double dt = -double(dx) / PxPerYear();
    view_start_ += dt;
    view_end_ += dt;
    Clamp();
}

void TimeScale::EnsureVisible(double t0, double t1, float margin_px) {
    double margin = margin_px / PxPerYear();
    double lo = t0 - margin, hi = t1 + margin;
    if (hi - lo > view_end_ - view_start_) {
        double c = (t0 + t1) * 0.5, half = (view_end_ - view_start_) * 0.5;
        SetView(c - half, c + half);
        return;
    }
    if (lo < view_start_) SetView(lo, lo + (view_end_ - view_start_));
    else if (hi > view_end_) SetView(hi - (view_end_ - view_start_), hi);
}

std::vector<Tick> TimeTicks(const TimeScale& s, float min_label_gap_px) {
    std::vector<Tick> ticks;
    double ppy = s.PxPerYear();
    // Label every year if there is room, else every 2nd or 5th.
    int year_step = 1;
    for (int step : {1, 2, 5, 10}) {
        year_step = step;
        if (ppy * step >= min_label_gap_px) break;
    }
    // Minor ticks: months when a month is wide enough to label, else quarters, else none.
    int minor_per_year = ppy / 12.0 >= min_label_gap_px ? 12 : (ppy / 4.0 >= 8.0 ? 4 : 1);
    int first = int(std::floor(s.ViewStart()));
    int last = int(std::ceil(s.ViewEnd()));
    for (int y = first; y <= last; y++) {
        for (int m = 0; m < minor_per_year; m++) {
            double t = y + double(m) / minor_per_year;
            if (t < s.ViewStart() - 1e-9 || t > s.ViewEnd() + 1e-9) continue;
            Tick tk;
            tk.t = t;
            tk.x = s.ToPx(t);
            if (m == 0) {
                tk.major = y % year_step == 0;
                if (tk.major) tk.label = std::to_string(y);
            } else if (minor_per_year == 12) {
                tk.label = CurrentLocale().months_short[m];
            }
            ticks.push_back(tk);
        }
    }
    return ticks;
}

}  // namespace article
