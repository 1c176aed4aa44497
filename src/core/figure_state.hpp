// The interactive figure's state and the intents that change it. Views and the
// JS bridge only call these; nothing else writes the state.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "dataset.hpp"
#include "navigation.hpp"
#include "time_scale.hpp"
#include "timeline_layout.hpp"

namespace article {

class JsonWriter;

// Eases the timeline's visible window toward a target over ~200 ms.
struct ViewTransition {
    static constexpr double kDurationSeconds = 0.2;
    double from_start = 0, from_end = 0, to_start = 0, to_end = 0;
    double elapsed = 0;
    bool active = false;
};

struct FigureState {
    int selected = -1;  // index into Dataset::events
    bool card_open = false;  // asked for by click, tap or Enter; a card column shows the selection regardless
    int hovered = -1;
    int step = -1;  // current story step, -1 before the first
    ChartKind chart = ChartKind::Share;
    std::string series;     // share series id
    std::string highlight;  // provider id
    std::string compare;    // a second series of the same firm, drawn dashed (set by steps)
    std::set<std::string> hidden_providers;  // legend toggles on the share chart
    double chart_fade = 1.0;                 // 0 -> 1 after a chart or source switch: lines fade in
    std::optional<Quarter> quarter;        // focused quarter on the chart (click, keys, steps)
    std::optional<Quarter> hover_quarter;  // under the pointer, for the crosshair and tooltip
    EventFilter filter;
    bool chart_focused = false;  // keyboard focus inside the canvas: timeline (false) or chart (true)
    TimeScale target;   // where the timeline is going (zoom/pan/selection)
    TimeScale shown;    // what is drawn this frame (eases toward target)
    ViewTransition transition;
    bool reduced_motion = false;
    // Set by a selection; the timeline then checks, at the view being eased to, whether the
    // selected event would be drawn inside a cluster, and zooms until it stands alone.
    bool reveal_pending = false;
    uint64_t frames_drawn = 0;
};

// What input handled inside a frame can change: hover, selection and card, focus, the chart's
// quarter, legend toggles, the timeline's view. The views draw first and handle input after, so
// a frame that changed any of these shows the old values, and another frame must follow it.
struct InFrameState {
    int selected = -1, hovered = -1;
    bool card_open = false, chart_focused = false;
    std::optional<Quarter> quarter, hover_quarter;
    size_t hidden_providers = 0;  // a legend click toggles one provider, so the count tells
    double view_start = 0, view_end = 0, target_start = 0, target_end = 0;
    bool operator==(const InFrameState& o) const {
        return selected == o.selected && hovered == o.hovered && card_open == o.card_open && chart_focused == o.chart_focused &&
               quarter == o.quarter && hover_quarter == o.hover_quarter && hidden_providers == o.hidden_providers &&
               view_start == o.view_start && view_end == o.view_end && target_start == o.target_start && target_end == o.target_end;
    }
    bool operator!=(const InFrameState& o) const { return !(*this == o); }
};
InFrameState InFrameStateOf(const FigureState& s);

// Whether the event card shows the selected event. In a column of its own (`beside`) it always
// does; laid over the chart on narrow screens, only once asked for (click, tap, Enter).
bool CardShown(const FigureState& s, bool beside);

class Figure {
public:
    explicit Figure(const Dataset& ds);

    const Dataset& Data() const { return *ds_; }
    const FigureState& State() const { return state_; }
    std::vector<bool> Visible() const { return VisibleEvents(*ds_, state_.filter); }

    // Selection and the event card.
    void Select(int event_index);  // -1 clears
    bool SelectById(const std::string& id);
    void SelectNext();
    void SelectPrevious();
    void SelectFirst();
    void SelectLast();
    void OpenCard();
    void CloseCard();
    // The card's close button: a card in its own column goes back to the guide (nothing
    // selected); a card over the chart closes and the selection stays.
    void DismissCard(bool beside);
    void SetHovered(int event_index);

    // Story steps set the whole view at once.
    void ApplyStep(int step);
    void NextStep();
    void PreviousStep();

    // Chart.
    void SetChart(ChartKind chart);
    void SetChart(const std::string& name);  // from the page or a link: unknown names change nothing
    bool SetSeries(const std::string& series_id);
    void SetHighlight(const std::string& provider);
    void ToggleProvider(const std::string& provider);  // the chart legend
    void FocusQuarter(std::optional<Quarter> q);
    void MoveQuarter(int delta);  // Left/Right on the focused chart
    void SetChartFocused(bool on) { state_.chart_focused = on; }
    void SetHoverQuarter(std::optional<Quarter> q) { state_.hover_quarter = q; }

    // Timeline view. Pixel positions are CSS px in the timeline's plot.
    void SetPlotRange(float left, float right);
    void Zoom(float px, double factor);
    void Pan(float dx);
    void ResetZoom();
    void ShowRange(double start, double end);  // eases the view to [start, end] (fractional years)
    // After a selection: `at_target` is the timeline laid out at the view being eased to. If the
    // selected event is in a cluster there, zoom until it stands alone. Once per selection, so a
    // reader who zooms back out is not pulled in again.
    bool RevealPending() const { return state_.reveal_pending; }
    void RevealSelection(const TimelineLayout& at_target);

    // Filters.
    void SetDecisionsOnly(bool on);
    void ToggleActor(const std::string& actor_id);

    void SetReducedMotion(bool on) { state_.reduced_motion = on; }
    // Advances animation; returns true while something still moves (the shell keeps drawing).
    bool Animate(double dt_seconds);
    bool Animating() const { return state_.transition.active || state_.chart_fade < 1.0; }
    void CountFrame() { state_.frames_drawn++; }

    // The state as the fields of a JSON object, for the JS bridge and the tests: the caller
    // opens the object (and may add fields of its own) and closes it.
    void WriteStateFields(JsonWriter& w) const;

private:
    void KeepSelectionInView();
    void StartChartFade();
    void StartTransition();
    void DropHiddenSelection();

    const Dataset* ds_;
    FigureState state_;
};

}  // namespace article
