// libFuzzer target for the deep-link parser: untrusted hash text in, an id or nothing out.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "url_state.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string id = article::EventIdFromHash(std::string_view(reinterpret_cast<const char*>(data), size));
    // Whatever comes out is a plain id: lowercase letters, digits, hyphens, bounded length.
    if (id.size() > 64) __builtin_trap();
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) __builtin_trap();
    return 0;
}
