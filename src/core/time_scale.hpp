// Maps time (fractional years) to horizontal pixels, with zoom and pan that
// stay inside the article's range, and the tick marks for an axis.
#pragma once
#include <string>
#include <vector>

namespace article {

class TimeScale {
public:
    // The narrowest window a reader can zoom to: one quarter of a year.
    static constexpr double kMinSpanYears = 0.25;

    TimeScale() = default;
    TimeScale(double domain_start, double domain_end);

    void SetPixelRange(float left, float right);
    float ToPx(double t) const;
    double ToTime(float px) const;

    double DomainStart() const { return domain_start_; }
    double DomainEnd() const { return domain_end_; }
    double ViewStart() const { return view_start_; }
    double ViewEnd() const { return view_end_; }
    float PxLeft() const { return px_left_; }
    float PxRight() const { return px_right_; }
    double PxPerYear() const;
    bool IsZoomed() const;

    // factor > 1 zooms in, keeping the time under `px` where it was.
    void ZoomAround(float px, double factor);
    void PanByPx(float dx);
    void SetView(double start, double end);
    void Reset();
    // Pans the least needed so [t0, t1] is inside the view with `margin_px` to spare.
    void EnsureVisible(double t0, double t1, float margin_px);

private:
    void Clamp();

    double domain_start_ = 0, domain_end_ = 1;
    double view_start_ = 0, view_end_ = 1;
    float px_left_ = 0, px_right_ = 1;
};

struct Tick {
    double t = 0;
    float x = 0;
    bool major = false;  // majors carry a label
    std::string label;
};

// Year ticks labelled; minor ticks by quarter or month as the zoom allows.
// Labels thin out (every 2nd, 5th year) so none come closer than min_label_gap_px.
std::vector<Tick> TimeTicks(const TimeScale& scale, float min_label_gap_px);

}  // namespace article
