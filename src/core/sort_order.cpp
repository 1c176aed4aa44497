#include "sort_order.hpp"

#include <algorithm>

namespace article {

std::vector<int> OrderByKey(const std::vector<float>& keys) {
    std::vector<int> order(keys.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    return order;
}

}  // namespace article
