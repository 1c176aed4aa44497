#include "navigation.hpp"

#include <algorithm>

namespace article {

bool IsDecision(const Dataset& ds, const Event& e) { return ds.KindOf(e).decision; }

bool EventPasses(const Dataset& ds, const Event& e, const EventFilter& f) {
    if (f.decisions_only && !IsDecision(ds, e)) return false;
    return std::any_of(e.actors.begin(), e.actors.end(),
                       [&](const std::string& a) { return f.hidden_actors.count(a) == 0; });
}

std::vector<bool> VisibleEvents(const Dataset& ds, const EventFilter& f) {
    std::vector<bool> v(ds.events.size());
    for (size_t i = 0; i < ds.events.size(); i++) v[i] = EventPasses(ds, ds.events[i], f);
    return v;
}

int NextVisible(const std::vector<bool>& visible, int current) {
    for (int i = current + 1; i < int(visible.size()); i++)
        if (visible[size_t(i)]) return i;
    return -1;
}

int PreviousVisible(const std::vector<bool>& visible, int current) {
    if (current < 0) return LastVisible(visible);
    for (int i = std::min(current, int(visible.size())) - 1; i >= 0; i--)
        if (visible[size_t(i)]) return i;
    return -1;
}

int FirstVisible(const std::vector<bool>& visible) { return NextVisible(visible, -1); }

int LastVisible(const std::vector<bool>& visible) {
    for (int i = int(visible.size()) - 1; i >= 0; i--)
        if (visible[size_t(i)]) return i;
    return -1;
}

}  // namespace article
