// Parses JSON text into nlohmann::json without throwing, refusing documents
// that nest deeper than a limit (so a 10,000-deep file gets a message instead
// of a stack overflow later, when the tree is walked or destroyed).
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace article {

struct JsonParseError {
    size_t byte_offset = 0;
    bool has_offset = false;  // false when the document was refused as a whole (too deep)
    std::string message;
};

// True on success. On failure `error` says what and where; `out` is left null.
bool ParseJsonDocument(std::string_view text, int max_depth, nlohmann::json* out, JsonParseError* error);

}  // namespace article
