#include "locale.hpp"

namespace article {

namespace {
const Locale* g_current = nullptr;
const Locale& (*g_fallback)() = nullptr;
}  // namespace

void SetLocale(const Locale& locale) { g_current = &locale; }

void SetFallbackLocale(const Locale& (*fallback)()) { g_fallback = fallback; }

const Locale& CurrentLocale() {
    if (g_current) return *g_current;
    if (g_fallback) return g_fallback();
    static const char* const none[kMsgCount] = {};
    static const Locale empty{"", '.', {}, {}, "", "", "", none};
    return empty;
}

const char* Tr(Msg m) {
    const char* text = CurrentLocale().text[int(m)];
    return text ? text : "";
}

std::string Fill(const char* pattern, std::initializer_list<std::string> args) {
    std::string out;
    for (const char* p = pattern; p && *p; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            const size_t i = size_t(p[1] - '1');
            if (i < args.size()) out += *(args.begin() + i);
            p += 2;
            continue;
        }
        out += *p;
    }
    return out;
}

std::string Tr(Msg m, std::initializer_list<std::string> args) { return Fill(Tr(m), args); }

std::string LocalizeNumber(const std::string& text) {
    std::string out;
    const char d = CurrentLocale().decimal;
    for (char c : text) {
        if (c == '.') out += d;
        else if (c == '-') out += "\xE2\x88\x92";  // a minus sign, as wide as a digit's plus, not a hyphen
        else out += c;
    }
    return out;
}

}  // namespace article
