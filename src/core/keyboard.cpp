#include "keyboard.hpp"

namespace article {

bool HandleFigureKey(Figure& fig, FigureKey key) {
    const FigureState& s = fig.State();
    // Zoom keys centre on the middle of the timeline.
    float mid = (s.target.PxLeft() + s.target.PxRight()) * 0.5f;
    switch (key) {
    case FigureKey::Up:
        if (!s.chart_focused) return false;  // let the page scroll
        fig.SetChartFocused(false);
        return true;
    case FigureKey::Down:
        if (s.chart_focused || fig.Data().share_series.empty()) return false;  // no chart to move to
        fig.SetChartFocused(true);
        if (!s.quarter) fig.MoveQuarter(+1);
        return true;
    case FigureKey::Left:
        if (s.chart_focused) fig.MoveQuarter(-1);
        else fig.SelectPrevious();
        return true;
    case FigureKey::Right:
        if (s.chart_focused) fig.MoveQuarter(+1);
        else fig.SelectNext();
        return true;
    case FigureKey::Home:
        if (s.chart_focused) fig.MoveQuarter(-1000);
        else fig.SelectFirst();
        return true;
    case FigureKey::End:
        if (s.chart_focused) fig.MoveQuarter(+1000);
        else fig.SelectLast();
        return true;
    case FigureKey::Enter:
        if (s.selected < 0) fig.SelectFirst();
        else fig.OpenCard();
        return true;
    case FigureKey::Space:
        // Space scrolls the page unless it opens the card of the event the reader has selected.
        if (s.selected < 0 || s.card_open) return false;
        fig.OpenCard();
        return true;
    case FigureKey::Escape:
        if (!s.card_open) return false;
        fig.CloseCard();
        return true;
    case FigureKey::ZoomIn: fig.Zoom(mid, 1.5); return true;
    case FigureKey::ZoomOut: fig.Zoom(mid, 1.0 / 1.5); return true;
    case FigureKey::ZoomReset: fig.ResetZoom(); return true;
    }
    return false;
}

}  // namespace article
