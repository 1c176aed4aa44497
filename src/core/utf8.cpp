#include "utf8.hpp"

namespace article {

size_t Utf8SequenceLength(std::string_view s, size_t i) {
    unsigned char c = (unsigned char)s[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    if (len == 1) return 1;
    unsigned cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; k++) {
        unsigned char b = (unsigned char)s[i + k];
        if ((b >> 6) != 0x2) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    static const unsigned kLeast[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kLeast[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

unsigned Utf8CodePoint(std::string_view s, size_t i, size_t len) {
    unsigned char c = (unsigned char)s[i];
    if (len <= 1) return c;
    unsigned cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; k++) cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3F);
    return cp;
}

bool IsForbiddenTextChar(unsigned cp, bool newline_ok) {
    if (cp == '\n') return !newline_ok;
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string EscapeForTerminal(std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (size_t i = 0; i < s.size();) {
        size_t len = Utf8SequenceLength(s, i);
        if (len == 0) {
            unsigned char b = (unsigned char)s[i++];
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 15];
            continue;
        }
        unsigned cp = Utf8CodePoint(s, i, len);
        if (IsForbiddenTextChar(cp, false)) {
            out += "\\u{";
            for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
            out += "}";
        } else {
            out.append(s.substr(i, len));
        }
        i += len;
    }
    return out;
}

}  // namespace article
