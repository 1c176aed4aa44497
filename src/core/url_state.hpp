// The deep link in the page's hash: "#<event-id>". Hash text comes from anyone
// who crafts a link, so it is bounded and checked here before it reaches the state.
#pragma once
#include <string>
#include <string_view>

namespace article {

constexpr size_t kMaxHashLength = 96;

// The event id a hash names ("#an-event-id" or without '#'), or "" when it names
// nothing usable: too long, not an id, or empty. Percent-encoded ASCII is decoded first.
std::string EventIdFromHash(std::string_view hash);
// "#id" for an event id.
std::string HashForEvent(const std::string& id);

}  // namespace article
