// Which events the reader can see and step through: filters and keyboard order.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "dataset.hpp"

namespace article {

struct EventFilter {
    bool decisions_only = false;          // declines and investments: the choices the story is about
    std::set<std::string> hidden_actors;  // actor ids switched off
};

bool IsDecision(const Dataset& ds, const Event& e);
// An event shows when it passes "decisions only" and at least one of its actors is switched on.
bool EventPasses(const Dataset& ds, const Event& e, const EventFilter& f);
std::vector<bool> VisibleEvents(const Dataset& ds, const EventFilter& f);

// Keyboard order is chronological among visible events (Dataset::events is sorted).
// From `current` (-1 for none): the next/previous visible event, or -1 at the end.
int NextVisible(const std::vector<bool>& visible, int current);
int PreviousVisible(const std::vector<bool>& visible, int current);
int FirstVisible(const std::vector<bool>& visible);
int LastVisible(const std::vector<bool>& visible);

}  // namespace article
