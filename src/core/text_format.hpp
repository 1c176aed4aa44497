// printf-style formatting, for the article's own text and for ImGui's (see
// src/ui/imgui_format.cpp). The C library's printf brings software long-double arithmetic for
// its floating-point conversions: 5.2 kB of the gzipped wasm, against 3.3 kB for this.
//
// Supported, with C's meaning: flags - + space 0 #, width and precision (numbers or *), the
// length modifiers hh h l ll j z t, and the conversions d i u o x X c s p f F e E g G %.
// Integers, strings and characters come out exactly as C's snprintf writes them, and so do
// floating-point numbers with up to 12 significant digits (the tests compare 24,000 random
// ones). With more digits the last one is rounded from v * 10^k as a double, not from v's
// exact binary value, so a value within a few units of its last bit of a halfway point may
// round the other way; digits past the 17th significant one are written as zeros.
// A conversion outside that list (long double's L among them) is copied to the output as
// written, and so is the rest of the format, whose arguments can no longer be matched.
#pragma once
#include <cstdarg>
#include <cstddef>
#include <string>

namespace article {

// As vsnprintf: writes at most size - 1 characters and a terminating NUL (nothing when size is
// 0, and buf may then be null), and returns the length the whole text has.
int FormatTextV(char* buf, size_t size, const char* fmt, va_list args);
int FormatText(char* buf, size_t size, const char* fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

// The same, into a string.
std::string FormatString(const char* fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

}  // namespace article
