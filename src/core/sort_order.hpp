// Stable orderings by a number, made by one function: the wasm then carries one copy of the
// sort instead of one for each place that sorts.
#pragma once

#include <vector>

namespace article {

// The indices 0 .. keys.size() - 1 in the order of their keys; equal keys keep the order of
// their indices.
std::vector<int> OrderByKey(const std::vector<float>& keys);

}  // namespace article
