// UTF-8, byte by byte: where one character's bytes end.
#pragma once
#include <cstddef>
#include <string_view>

namespace article {

// Length of the UTF-8 sequence starting at s[i] (1 to 4), or 0 if the bytes there are not one:
// a stray continuation byte, an overlong form, a surrogate, past U+10FFFF, or cut short.
size_t Utf8SequenceLength(std::string_view s, size_t i);

}  // namespace article
