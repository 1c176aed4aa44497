#include "figure_layout.hpp"

#include <algorithm>

namespace article {

FigureRects LayoutFigure(float w, float h, bool with_chart, float min_timeline) {
    const float pad = w < 480 ? 8.0f : 12.0f;
    FigureRects r;
    r.card_beside = w >= kCardColumnMinWidth;
    r.has_chart = with_chart;
    float content_w = r.card_beside ? w - kCardColumnWidth - pad * 2 : w - pad * 2;
    // The timeline gets a bit under half; it needs room for four lanes and an axis.
    float timeline_h = std::clamp(h * 0.46f, 180.0f, 340.0f);
    if (min_timeline > timeline_h) timeline_h = std::max(timeline_h, std::min(min_timeline, h - pad * 3 - 120.0f));
    r.timeline = {pad, pad, content_w, timeline_h};
    if (!with_chart && r.card_beside) r.timeline.h = std::max(h - pad * 2, 180.0f);
    float chart_y = r.timeline.Bottom() + pad;
    if (with_chart) r.chart = {pad, chart_y, content_w, std::max(h - chart_y - pad, 120.0f)};
    if (r.card_beside)
        r.card = {w - kCardColumnWidth - pad, pad, kCardColumnWidth, h - pad * 2};
    else
        r.card = {pad, chart_y, content_w, std::max(h - chart_y - pad, 120.0f)};
    return r;
}

}  // namespace article
