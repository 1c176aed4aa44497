#include "figure_state.hpp"

#include <algorithm>
#include <cmath>

#include "json_writer.hpp"
#include "share_chart_model.hpp"

namespace article {

Figure::Figure(const Dataset& ds) : ds_(&ds) {
    double start = DateSpanStart(ds.meta.range_start), end = DateSpanEnd(ds.meta.range_end);
    state_.target = TimeScale(start, end);
    state_.shown = state_.target;
    if (!ds.share_series.empty()) state_.series = ds.share_series.front().id;
}

void Figure::Select(int index) {
    if (index < -1 || index >= int(ds_->events.size())) return;
    state_.selected = index;
    state_.card_open = index >= 0;
    state_.reveal_pending = index >= 0;
    KeepSelectionInView();
}

bool Figure::SelectById(const std::string& id) {
    int i = ds_->FindEvent(id);
    if (i < 0) return false;
    if (!EventPasses(*ds_, ds_->events[size_t(i)], state_.filter)) state_.filter = EventFilter{};  // show what was asked for
    Select(i);
    return true;
}

void Figure::SelectNext() {
    int n = NextVisible(Visible(), state_.selected);
    if (n >= 0) Select(n);
}

void Figure::SelectPrevious() {
    int n = state_.selected < 0 ? FirstVisible(Visible()) : PreviousVisible(Visible(), state_.selected);
    if (n >= 0) Select(n);
}

void Figure::SelectFirst() {
    int n = FirstVisible(Visible());
    if (n >= 0) Select(n);
}

void Figure::SelectLast() {
    int n = LastVisible(Visible());
    if (n >= 0) Select(n);
}

void Figure::OpenCard() { state_.card_open = state_.selected >= 0; }
void Figure::CloseCard() { state_.card_open = false; }
void Figure::DismissCard(bool beside) {
    if (beside) Select(-1);
    else CloseCard();
}
void Figure::SetHovered(int index) { state_.hovered = index >= 0 && index < int(ds_->events.size()) ? index : -1; }

void Figure::ApplyStep(int step) {
    if (step < 0 || step >= int(ds_->steps.size())) return;
    const StepView& v = ds_->steps[size_t(step)].view;
    state_.step = step;
    state_.filter = EventFilter{};
    if (!v.series.empty()) SetSeries(v.series);
    SetChart(v.chart);
    state_.highlight = v.highlight;
    state_.compare = v.compare;
    state_.quarter = v.quarter;
    // A step sets the whole view, the time axis too: the full range, unless its event needs a
    // closer look to stand apart from its neighbours (RevealSelection).
    state_.target.Reset();
    StartTransition();
    // A step selects its event but leaves the card closed: the step's own text is telling
    // the story, and on a phone an open card would cover the chart. A tap opens it.
    Select(v.event.empty() ? -1 : ds_->FindEvent(v.event));
    state_.card_open = false;
}

void Figure::NextStep() { ApplyStep(std::min(state_.step + 1, int(ds_->steps.size()) - 1)); }
void Figure::PreviousStep() { ApplyStep(std::max(state_.step - 1, 0)); }

void Figure::SetChart(ChartKind chart) {
    if (chart == state_.chart) return;
    state_.chart = chart;
    StartChartFade();
}

void Figure::SetChart(const std::string& name) {
    ChartKind chart;
    if (ParseChartKind(name, &chart)) SetChart(chart);
}

bool Figure::SetSeries(const std::string& id) {
    if (!ds_->FindSeries(id)) return false;
    if (id != state_.series) {
        state_.compare.clear();  // a reader's own choice of series shows that series alone
        state_.series = id;
        StartChartFade();
    }
    return true;
}

void Figure::StartChartFade() { state_.chart_fade = state_.reduced_motion ? 1.0 : 0.0; }

void Figure::ToggleProvider(const std::string& provider) {
    if (!state_.hidden_providers.erase(provider)) state_.hidden_providers.insert(provider);
}

void Figure::SetHighlight(const std::string& provider) { state_.highlight = provider; }

InFrameState InFrameStateOf(const FigureState& s) {
    InFrameState f;
    f.selected = s.selected;
    f.hovered = s.hovered;
    f.card_open = s.card_open;
    f.chart_focused = s.chart_focused;
    f.quarter = s.quarter;
    f.hover_quarter = s.hover_quarter;
    f.hidden_providers = s.hidden_providers.size();
    f.view_start = s.shown.ViewStart();
    f.view_end = s.shown.ViewEnd();
    f.target_start = s.target.ViewStart();
    f.target_end = s.target.ViewEnd();
    return f;
}

bool CardShown(const FigureState& s, bool beside) { return s.selected >= 0 && (s.card_open || beside); }

void Figure::FocusQuarter(std::optional<Quarter> q) { state_.quarter = q; }

void Figure::MoveQuarter(int delta) {
    const ShareSeries* s = ds_->FindSeries(state_.series);
    if (!s || s->points.empty()) return;
    // The one-quarter chart always shows a quarter (the last, if none is focused): a move starts there.
    std::optional<Quarter> from = state_.quarter;
    if (state_.chart == ChartKind::Snapshot) from = SnapshotQuarter(*s, state_.quarter);
    int i = from ? PointAt(*s, *from) : -1;
    if (i < 0) i = from ? NearestPoint(*s, QuarterMidpoint(*from)) : (delta > 0 ? -1 : int(s->points.size()));
    int next = std::clamp(i + delta, 0, int(s->points.size()) - 1);
    state_.quarter = s->points[size_t(next)].quarter;
}

void Figure::SetPlotRange(float left, float right) {
    state_.target.SetPixelRange(left, right);
    state_.shown.SetPixelRange(left, right);
}

void Figure::StartTransition() {
    ViewTransition& t = state_.transition;
    if (state_.reduced_motion) {
        state_.shown.SetView(state_.target.ViewStart(), state_.target.ViewEnd());
        t.active = false;
        return;
    }
    t.from_start = state_.shown.ViewStart();
    t.from_end = state_.shown.ViewEnd();
    t.to_start = state_.target.ViewStart();
    t.to_end = state_.target.ViewEnd();
    t.elapsed = 0;
    t.active = std::fabs(t.from_start - t.to_start) > 1e-9 || std::fabs(t.from_end - t.to_end) > 1e-9;
}

void Figure::Zoom(float px, double factor) {
    // Zoom from what the reader sees, so the point under the pointer stays put.
    state_.target.SetView(state_.shown.ViewStart(), state_.shown.ViewEnd());
    state_.target.ZoomAround(px, factor);
    StartTransition();
}

void Figure::Pan(float dx) {
    // Dragging follows the finger exactly: no easing.
    state_.target.SetView(state_.shown.ViewStart(), state_.shown.ViewEnd());
    state_.target.PanByPx(dx);
    state_.shown.SetView(state_.target.ViewStart(), state_.target.ViewEnd());
    state_.transition.active = false;
}

void Figure::ResetZoom() {
    state_.target.Reset();
    StartTransition();
}

void Figure::ShowRange(double start, double end) {
    state_.target.SetView(start, end);
    StartTransition();
}

void Figure::RevealSelection(const TimelineLayout& at_target) {
    if (!state_.reveal_pending) return;
    state_.reveal_pending = false;
    if (const ClusterLayout* c = ClusterOf(at_target, state_.selected)) {
        auto view = RevealView(at_target, *c, state_.selected, state_.target);
        // A quarter the chart focuses (a step's, say) stays in view with the event, if both fit.
        if (state_.quarter) {
            const double span = view.second - view.first, margin = span * 0.1, q = QuarterMidpoint(*state_.quarter);
            const double e = (view.first + view.second) * 0.5;
            const double lo = std::max(e, q) - span + margin, hi = std::min(e, q) - margin;
            if (lo <= hi) {
                const double start = std::clamp(view.first, lo, hi);
                view = {start, start + span};
            }
        }
        ShowRange(view.first, view.second);
    }
}

void Figure::KeepSelectionInView() {
    if (state_.selected < 0) return;
    const Event& e = ds_->events[size_t(state_.selected)];
    state_.target.EnsureVisible(e.SpanStart(), std::min(e.SpanEnd(), e.SpanStart() + 1.0), 48.0f);
    StartTransition();
}

void Figure::DropHiddenSelection() {
    if (state_.selected >= 0 && !EventPasses(*ds_, ds_->events[size_t(state_.selected)], state_.filter)) {
        state_.selected = -1;
        state_.card_open = false;
    }
}

void Figure::SetDecisionsOnly(bool on) {
    state_.filter.decisions_only = on;
    DropHiddenSelection();
}

void Figure::ToggleActor(const std::string& actor_id) {
    if (!ds_->FindActor(actor_id)) return;
    auto& hidden = state_.filter.hidden_actors;
    if (!hidden.erase(actor_id)) hidden.insert(actor_id);
    DropHiddenSelection();
}

static double EaseInOut(double x) { return x < 0.5 ? 2 * x * x : 1 - std::pow(-2 * x + 2, 2) / 2; }

bool Figure::Animate(double dt) {
    if (state_.chart_fade < 1.0)
        state_.chart_fade = state_.reduced_motion ? 1.0 : std::min(1.0, state_.chart_fade + dt / ViewTransition::kDurationSeconds);
    ViewTransition& t = state_.transition;
    if (!t.active) return Animating();
    t.elapsed += dt;
    double k = state_.reduced_motion ? 1.0 : std::min(t.elapsed / ViewTransition::kDurationSeconds, 1.0);
    double e = EaseInOut(k);
    state_.shown.SetView(t.from_start + (t.to_start - t.from_start) * e, t.from_end + (t.to_end - t.from_end) * e);
    if (k >= 1.0) t.active = false;
    return Animating();
}

void Figure::WriteStateFields(JsonWriter& w) const {
    const FigureState& s = state_;
    w.Field("selected", s.selected >= 0 ? ds_->events[size_t(s.selected)].id : "");
    w.Field("card_open", s.card_open);
    w.Field("hovered", s.hovered >= 0 ? ds_->events[size_t(s.hovered)].id : "");
    w.Field("step", s.step);
    w.Field("chart", ChartKindName(s.chart));
    w.Field("series", s.series);
    w.Field("highlight", s.highlight);
    w.Field("compare", s.compare);
    w.Field("quarter", s.quarter ? QuarterToIso(*s.quarter) : "");
    w.Field("hover_quarter", s.hover_quarter ? QuarterToIso(*s.hover_quarter) : "");
    const ShareSeries* series = ds_->FindSeries(s.series);
    std::optional<Quarter> shown_q = s.hover_quarter ? s.hover_quarter : s.quarter;
    if (series && shown_q) {
        QuarterSummary sum = SummarizeQuarter(*ds_, *series, *shown_q);
        w.Key("tooltip").BeginObject().Field("quarter", QuarterToText(sum.quarter));
        w.Key("values").BeginObject();
        for (const QuarterValue& v : sum.values) w.Field(v.provider, v.text);
        w.EndObject();
        w.Field("market", sum.market).Field("source", sum.source).Field("has_point", sum.has_point).EndObject();
        w.Key("quarter_events").BeginArray();
        for (int e : EventsInQuarter(*ds_, *shown_q)) w.String(ds_->events[size_t(e)].id);
        w.EndArray();
    }
    w.Field("focus", s.chart_focused ? "chart" : "timeline");
    w.Field("decisions_only", s.filter.decisions_only);
    w.Field("hidden_actors", s.filter.hidden_actors);
    w.Key("view").BeginObject().Field("start", s.shown.ViewStart()).Field("end", s.shown.ViewEnd());
    w.Field("zoomed", s.target.IsZoomed()).EndObject();
    w.Field("animating", Animating());
    w.Field("hidden_providers", s.hidden_providers);
    w.Field("reduced_motion", s.reduced_motion);
    w.Field("frames", double(s.frames_drawn));
    std::vector<bool> visible = Visible();
    w.Field("visible_events", int(std::count(visible.begin(), visible.end(), true)));
}

}  // namespace article
