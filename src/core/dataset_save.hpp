// Writes a Dataset back to JSON in the documented format (docs/data-format.md).
// LoadDataset(SaveDataset(d)) reproduces d: the tests hold it to that.
#pragma once
#include <string>

#include "dataset.hpp"

namespace article {

std::string SaveDataset(const Dataset& ds, int indent = 2);

}  // namespace article
