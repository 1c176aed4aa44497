#include "url_state.hpp"

namespace article {

static int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string EventIdFromHash(std::string_view hash) {
    if (hash.size() > kMaxHashLength) return {};
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    std::string id;
    for (size_t i = 0; i < hash.size(); i++) {
        char c = hash[i];
        if (c == '%') {
            int hi = i + 1 < hash.size() ? HexValue(hash[i + 1]) : -1;
            int lo = i + 2 < hash.size() ? HexValue(hash[i + 2]) : -1;
            if (hi < 0 || lo < 0) return {};
            c = char(hi * 16 + lo);
            i += 2;
        }
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');  // ids are lowercase; links get retyped
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) return {};
        id += c;
    }
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') return {};
    return id;
}

std::string HashForEvent(const std::string& id) { return "#" + id; }

}  // namespace article
