#include "text_format.hpp"

#include <cmath>
#include <cstdint>
#include <string_view>

namespace article {

namespace {

// Collects the output, counting the characters that do not fit so the caller learns the length
// the whole text has, as snprintf reports it.
struct Output {
    char* buf;
    size_t size;
    size_t len = 0;

    void Put(char c) {
        if (len + 1 < size) buf[len] = c;
        len++;
    }
    void Put(std::string_view s) {
        for (char c : s) Put(c);
    }
    void Fill(char c, int n) {
        for (; n > 0; n--) Put(c);
    }
};

struct Spec {
    bool left = false, plus = false, space = false, zero = false, alt = false;
    int width = 0;
    int precision = -1;  // -1: none given
};

// Writes prefix (a sign, "0x"), `zeros` zeros and the body, padded to the field's width: with
// spaces in front (behind with '-'), or with zeros after the prefix when zero_pad is set.
void Emit(Output& out, const Spec& spec, bool zero_pad, std::string_view prefix, int zeros, std::string_view body) {
    const int len = int(prefix.size() + body.size()) + zeros;
    const int pad = spec.width > len ? spec.width - len : 0;
    if (!spec.left && !zero_pad) out.Fill(' ', pad);
    out.Put(prefix);
    if (!spec.left && zero_pad) out.Fill('0', pad);
    out.Fill('0', zeros);
    out.Put(body);
    if (spec.left) out.Fill(' ', pad);
}

void FormatInteger(Output& out, const Spec& spec, char conv, uint64_t magnitude, bool negative) {
    const unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    const char* digit_set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char digits[24];
    int n = sizeof digits;
    for (uint64_t m = magnitude; m != 0; m /= base) digits[--n] = digit_set[m % base];
    const int count = int(sizeof digits) - n;

    std::string_view prefix;
    if (conv == 'd' || conv == 'i') prefix = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
    if (spec.alt && magnitude != 0 && conv == 'x') prefix = "0x";
    if (spec.alt && magnitude != 0 && conv == 'X') prefix = "0X";
    // The precision is the least number of digits; 0 with a precision of 0 has none.
    int min_digits = spec.precision < 0 ? 1 : spec.precision;
    if (spec.alt && conv == 'o' && min_digits <= count) min_digits = count + 1;  // "#o" starts with 0
    const int zeros = min_digits > count ? min_digits - count : 0;
    Emit(out, spec, spec.zero && spec.precision < 0, prefix, zeros, std::string_view(digits + n, size_t(count)));
}

// 10^k for 0 <= k <= 22, all exact as doubles.
double ExactPowerOfTen(int k) {
    double p = 1.0;
    for (int i = 0; i < k; i++) p *= 10.0;
    return p;
}

// v * 10^k, dividing by exact powers for negative k, which rounds once instead of twice.
double ScaleByPowerOfTen(double v, int k) {
    for (; k > 22; k -= 22) v *= 1e22;
    for (; k < -22; k += 22) v /= 1e22;
    return k >= 0 ? v * ExactPowerOfTen(k) : v / ExactPowerOfTen(-k);
}

uint64_t IntegerPowerOfTen(int k) {
    uint64_t p = 1;
    for (int i = 0; i < k; i++) p *= 10;
    return p;
}

// Writes the integer's decimal digits, at least min_digits of them (zeros in front).
std::string DecimalDigits(uint64_t n, int min_digits) {
    char digits[24];
    int at = sizeof digits;
    for (; n != 0; n /= 10) digits[--at] = char('0' + n % 10);
    const int count = int(sizeof digits) - at;
    std::string s(size_t(min_digits > count ? min_digits - count : 0), '0');
    return s.append(digits + at, size_t(count));
}

// The first `count` (1 to 17) significant digits of v > 0, rounded, and the power of ten that
// the first of them stands for. log10 can be one off near powers of ten, and rounding can carry
// into a new digit; both show as a result with the wrong number of digits, and are redone.
std::string SignificantDigits(double v, int count, int* exponent) {
    int e = int(std::floor(std::log10(v)));
    uint64_t m = 0;
    for (int attempt = 0; attempt < 4; attempt++) {
        m = uint64_t(std::nearbyint(ScaleByPowerOfTen(v, count - 1 - e)));
        if (m >= IntegerPowerOfTen(count)) e++;
        else if (m < IntegerPowerOfTen(count - 1)) e--;
        else break;
    }
    *exponent = e;
    return DecimalDigits(m, count);
}

// %f: fixed notation with `precision` digits after the point.
std::string FixedNotation(double v, int precision, bool alt) {
    // The digits of v * 10^precision, rounded to a whole number.
    std::string digits;
    const double scaled = ScaleByPowerOfTen(v, precision);
    if (scaled < 1e17) {
        digits = DecimalDigits(uint64_t(std::nearbyint(scaled)), 1);
    } else {  // more digits than a double holds: 17 significant ones, then zeros
        int e = 0;
        digits = SignificantDigits(v, 17, &e);
        digits.resize(size_t(e + 1 + precision), '0');
    }
    if (int(digits.size()) < precision + 1) digits.insert(0, size_t(precision + 1) - digits.size(), '0');
    const size_t point = digits.size() - size_t(precision);
    return digits.substr(0, point) + (precision > 0 || alt ? "." : "") + digits.substr(point);
}

// %e: one digit, the point, `precision` digits, then the exponent with at least two digits.
std::string ExponentNotation(double v, int precision, bool alt, bool upper) {
    int e = 0;
    std::string digits = v == 0.0 ? std::string(size_t(precision) + 1, '0')
                                  : SignificantDigits(v, precision + 1 > 17 ? 17 : precision + 1, &e);
    digits.resize(size_t(precision) + 1, '0');
    std::string s = digits.substr(0, 1) + (precision > 0 || alt ? "." : "") + digits.substr(1);
    s += upper ? 'E' : 'e';
    s += e < 0 ? '-' : '+';
    s += DecimalDigits(uint64_t(e < 0 ? -e : e), 2);
    return s;
}

// %g: %e or %f, whichever C picks for the exponent, without trailing zeros unless '#'.
std::string GeneralNotation(double v, int precision, bool alt, bool upper) {
    const int p = precision < 0 ? 6 : precision == 0 ? 1 : precision;
    int x = 0;
    if (v != 0.0) SignificantDigits(v, p > 17 ? 17 : p, &x);
    std::string s = (x < -4 || x >= p) ? ExponentNotation(v, p - 1, alt, upper) : FixedNotation(v, p - 1 - x, alt);
    if (alt) return s;
    const size_t point = s.find('.');
    if (point == std::string::npos) return s;
    const size_t exp_at = s.find_first_of("eE");
    const size_t end = exp_at == std::string::npos ? s.size() : exp_at;
    size_t keep = end;
    while (keep > point + 1 && s[keep - 1] == '0') keep--;
    if (keep == point + 1) keep = point;  // no digits left after the point: no point either
    return s.substr(0, keep) + s.substr(end);
}

void FormatFloat(Output& out, const Spec& spec, char conv, double v) {
    const bool upper = conv == 'F' || conv == 'E' || conv == 'G';
    const std::string_view sign = std::signbit(v) ? "-" : spec.plus ? "+" : spec.space ? " " : "";
    v = std::fabs(v);
    if (!std::isfinite(v)) {
        Emit(out, spec, false, sign, 0, std::isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    const int precision = spec.precision < 0 ? 6 : spec.precision;
    std::string body;
    if (conv == 'f' || conv == 'F') body = FixedNotation(v, precision, spec.alt);
    else if (conv == 'e' || conv == 'E') body = ExponentNotation(v, precision, spec.alt, upper);
    else body = GeneralNotation(v, spec.precision, spec.alt, upper);
    Emit(out, spec, spec.zero, sign, 0, body);
}

void FormatCString(Output& out, const Spec& spec, const char* s) {
    if (!s) s = "(null)";
    size_t n = 0;
    while (s[n] && (spec.precision < 0 || n < size_t(spec.precision))) n++;
    Emit(out, spec, false, "", 0, std::string_view(s, n));
}

int ReadNumber(const char*& p) {
    int n = 0;
    while (*p >= '0' && *p <= '9') n = n * 10 + (*p++ - '0');
    return n;
}

}  // namespace

int FormatTextV(char* buf, size_t size, const char* fmt, va_list args) {
    Output out{buf, size};
    const char* p = fmt;
    while (*p) {
        if (*p != '%') {
            out.Put(*p++);
            continue;
        }
        const char* spec_start = p++;
        Spec spec;
        for (;; p++) {
            if (*p == '-') spec.left = true;
            else if (*p == '+') spec.plus = true;
            else if (*p == ' ') spec.space = true;
            else if (*p == '0') spec.zero = true;
            else if (*p == '#') spec.alt = true;
            else break;
        }
        if (*p == '*') {
            p++;
            spec.width = va_arg(args, int);
            if (spec.width < 0) {  // a negative width from the argument means '-'
                spec.left = true;
                spec.width = -spec.width;
            }
        } else {
            spec.width = ReadNumber(p);
        }
        if (*p == '.') {
            p++;
            if (*p == '*') {
                p++;
                spec.precision = va_arg(args, int);
                if (spec.precision < 0) spec.precision = -1;  // as if none were given
            } else {
                spec.precision = ReadNumber(p);
            }
        }
        // Length: 0 int, 1 long, 2 long long, 3 intmax_t, 4 size_t, 5 ptrdiff_t, -1 char, -2 short.
        int length = 0;
        if (p[0] == 'h' && p[1] == 'h') length = -1, p += 2;
        else if (p[0] == 'h') length = -2, p++;
        else if (p[0] == 'l' && p[1] == 'l') length = 2, p += 2;
        else if (p[0] == 'l') length = 1, p++;
        else if (p[0] == 'j') length = 3, p++;
        else if (p[0] == 'z') length = 4, p++;
        else if (p[0] == 't') length = 5, p++;

        const char conv = *p;
        if (conv == '\0' || std::string_view("diuoxXcspfFeEgG%").find(conv) == std::string_view::npos) {
            // Unknown (or long double, 'L'): the arguments can no longer be matched to the
            // format, so the rest is copied as written.
            out.Put(spec_start);
            break;
        }
        p++;
        if (conv == 'd' || conv == 'i') {
            long long v = length == 1   ? va_arg(args, long)
                          : length == 2 ? va_arg(args, long long)
                          : length == 3 ? (long long)va_arg(args, intmax_t)
                          : length == 4 || length == 5 ? (long long)va_arg(args, ptrdiff_t)
                                                       : va_arg(args, int);
            if (length == -1) v = (signed char)v;
            if (length == -2) v = (short)v;
            // The magnitude as unsigned, so the most negative value needs no special case.
            const uint64_t magnitude = v < 0 ? 0 - uint64_t(v) : uint64_t(v);
            FormatInteger(out, spec, conv, magnitude, v < 0);
        } else if (conv == 'u' || conv == 'o' || conv == 'x' || conv == 'X') {
            uint64_t v = length == 1   ? va_arg(args, unsigned long)
                         : length == 2 ? va_arg(args, unsigned long long)
                         : length == 3 ? (uint64_t)va_arg(args, uintmax_t)
                         : length == 4 || length == 5 ? (uint64_t)va_arg(args, size_t)
                                                      : va_arg(args, unsigned);
            if (length == -1) v = (unsigned char)v;
            if (length == -2) v = (unsigned short)v;
            FormatInteger(out, spec, conv, v, false);
        } else if (conv == 'c') {
            const char c = char(va_arg(args, int));
            Emit(out, spec, false, "", 0, std::string_view(&c, 1));
        } else if (conv == 's') {
            FormatCString(out, spec, va_arg(args, const char*));
        } else if (conv == 'p') {
            Spec hex = spec;
            hex.alt = true;
            FormatInteger(out, hex, 'x', uint64_t(uintptr_t(va_arg(args, void*))), false);
        } else if (conv == '%') {
            out.Put('%');
        } else {
            FormatFloat(out, spec, conv, va_arg(args, double));
        }
    }
    if (size > 0) buf[out.len < size ? out.len : size - 1] = '\0';
    return int(out.len);
}

int FormatText(char* buf, size_t size, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    const int n = FormatTextV(buf, size, fmt, args);
    va_end(args);
    return n;
}

std::string FormatString(const char* fmt, ...) {
    va_list args, again;
    va_start(args, fmt);
    va_copy(again, args);
    char small[128];
    const int n = FormatTextV(small, sizeof small, fmt, args);
    va_end(args);
    std::string s;
    if (n < int(sizeof small)) {
        s.assign(small, size_t(n));
    } else {
        s.resize(size_t(n) + 1);
        FormatTextV(&s[0], s.size(), fmt, again);
        s.resize(size_t(n));
    }
    va_end(again);
    return s;
}

}  // namespace article
