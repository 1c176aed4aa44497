// UTF-8, byte by byte: where one character's bytes end.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace article {

// Length of the UTF-8 sequence starting at s[i] (1 to 4), or 0 if the bytes there are not one:
// a stray continuation byte, an overlong form, a surrogate, past U+10FFFF, or cut short.
size_t Utf8SequenceLength(std::string_view s, size_t i);

// The code point of the `len`-byte sequence at s[i] (len from Utf8SequenceLength).
unsigned Utf8CodePoint(std::string_view s, size_t i, size_t len);

// Characters a dataset may not carry in its text: C0 and C1 controls (a newline only where
// `newline_ok`), DEL, and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069), which can make text read differently from what it holds.
bool IsForbiddenTextChar(unsigned cp, bool newline_ok);

// `s` with every control or bidirectional character, and every byte that is not UTF-8, written
// as \u{XXXX} or \xNN: safe to print to a terminal or a CI log.
std::string EscapeForTerminal(std::string_view s);

}  // namespace article
