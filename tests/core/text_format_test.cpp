#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>

#include "text_format.hpp"

using namespace article;

// The C library's snprintf, natively, is the reference these tests hold the formatter to.
template <class... Args> std::string Reference(const char* fmt, Args... args) {
    char buf[512];
    std::snprintf(buf, sizeof buf, fmt, args...);
    return buf;
}

template <class... Args> std::string Ours(const char* fmt, Args... args) {
    char buf[512];
    FormatText(buf, sizeof buf, fmt, args...);
    return buf;
}

#define CHECK_SAME(fmt, ...)                                                    \
    do {                                                                        \
        INFO("format: " << fmt);                                                \
        CHECK(Ours(fmt, __VA_ARGS__) == Reference(fmt, __VA_ARGS__));           \
    } while (0)

TEST_CASE("int conversions match snprintf: widths, precisions, flags and bases") {
    for (int v : {0, 7, -7, 42, 2023, -2023, 65535, INT_MAX, INT_MIN}) {
        for (const char* fmt : {"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%.0d", "%8.3d", "%-+8d|",
                                "%x", "%#x", "%X", "%#08X", "%o", "%#o", "%u", "%02x%02x"}) {
            CHECK_SAME(fmt, v, v);
        }
    }
}

TEST_CASE("length modifiers read arguments of their own width") {
    CHECK_SAME("%hhd %hhu", 300, 300);
    CHECK_SAME("%hd %hu", 70000, 70000);
    CHECK_SAME("%ld %lu", LONG_MIN, ULONG_MAX);
    CHECK_SAME("%lld %llu %llx", LLONG_MIN, ULLONG_MAX, ULLONG_MAX);
    CHECK_SAME("%zu %zd", size_t(123456789), ptrdiff_t(-5));
    CHECK_SAME("%jd %ju", intmax_t(-9000000000LL), uintmax_t(9000000000ULL));
    CHECK_SAME("%td", ptrdiff_t(-77));
}

TEST_CASE("strings and characters: width, precision, and widths taken from the arguments") {
    CHECK_SAME("%s|%10s|%-10s|%.3s|%c%c", "text", "right", "left", "truncated", 'o', 'k');
    CHECK_SAME("%.*s|%*d|%-*d|%*d", 4, "abcdefgh", 6, 42, 6, 42, -6, 42);
    CHECK_SAME("%.*f|%.*f", 2, 3.14159, -1, 3.14159);  // a negative precision counts as none
    CHECK_SAME("100%% of %d", 3);
    CHECK(Ours("[%s]", static_cast<const char*>(nullptr)) == "[(null)]");
}

TEST_CASE("floating-point conversions match snprintf away from halfway points") {
    const double values[] = {0.0, 1.0, -1.0, 0.5, 3.14159265358979, -2.718281828, 33.7, 19.51, 2018.25,
                             1e-5, 0.000123456, 123456789.0, 9.9999999, 99.95001, 1.5e300, 6.02e23, 1e-300};
    const char* formats[] = {"%f", "%.0f", "%.1f", "%.2f", "%10.3f", "%-10.2f|", "%+.1f", "%010.2f", "%#.0f",
                             "%e", "%.3e", "%E", "%.0e", "%#.0e", "%g", "%.3g", "%G", "%#g", "%.10g", "%.1g",
                             "%g%%", "%12.4g|", "%-12.4e|"};
    for (double v : values) {
        for (const char* fmt : formats) {
            const bool fixed = std::string(fmt).find_first_of("fF") != std::string::npos;
            if (fixed && std::fabs(v) > 1e17) continue;  // more than 17 digits: see the test below
            INFO("value: " << v);
            CHECK_SAME(fmt, v);
        }
    }
}

TEST_CASE("negative zero, infinity and NaN are written as C writes them") {
    const double inf = std::numeric_limits<double>::infinity(), nan = std::nan("");
    CHECK_SAME("%f %.1f %g %e", -0.0, -0.0, -0.0, -0.0);
    CHECK_SAME("%f %F %e %g %G %5f|%-6f|%+f", inf, inf, -inf, inf, -inf, inf, inf, inf);
    CHECK(Ours("%f %F %e", nan, nan, nan) == "nan NAN nan");
    CHECK(Ours("%05f", inf) == "  inf");  // no zero padding for words
}

TEST_CASE("exact halfway values round to even, as snprintf rounds them") {
    CHECK_SAME("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -2.5);
    CHECK_SAME("%.1f %.1f %.2f %.2f", 0.25, 33.25, 0.125, 0.375);
}

TEST_CASE("digits past the seventeenth significant one are written as zeros") {
    // snprintf writes the exact binary value; 17 digits already name the double uniquely.
    std::string ours = Ours("%.0f", 1.5e300), ref = Reference("%.0f", 1.5e300);
    REQUIRE(ours.size() == ref.size());
    CHECK(ours.substr(0, 17) == ref.substr(0, 17));
    CHECK(ours.find_first_not_of('0', 17) == std::string::npos);
    CHECK(Ours("%.20f", 0.1) == "0.10000000000000000000");
}

// Random values in [1, 10) * 10^e, either sign, written with `digits` significant digits by
// %.*f, %.*e or %.*g in turn; calls check(format, precision, value).
template <class Check> void ForRandomValues(int digits, int count, Check check) {
    std::mt19937_64 rng(20261126 + digits);
    std::uniform_real_distribution<double> mantissa(1.0, 10.0);
    std::uniform_int_distribution<int> exponent(-8, 11);
    const char* kinds[] = {"%.*f", "%.*e", "%.*g"};
    for (int i = 0; i < count; i++) {
        const int e = exponent(rng);
        const double v = mantissa(rng) * std::pow(10.0, e) * (i % 2 ? -1 : 1);
        const char* fmt = kinds[i % 3];
        const int p = fmt[3] == 'f' ? std::max(0, digits - 1 - e) : fmt[3] == 'e' ? digits - 1 : digits;
        check(fmt, p, v);
    }
}

TEST_CASE("random values with up to 12 significant digits format exactly as snprintf does") {
    int compared = 0;
    for (int digits = 1; digits <= 12; digits++) {
        ForRandomValues(digits, 2000, [&](const char* fmt, int p, double v) {
            INFO(fmt << " p=" << p << " v=" << Reference("%.17g", v));
            CHECK(Ours(fmt, p, v) == Reference(fmt, p, v));
            compared++;
        });
    }
    CHECK(compared == 24000);
}

TEST_CASE("with 13 to 17 significant digits a text differs from snprintf's only next to a halfway point") {
    // The scaled double can land exactly on a halfway point the exact value is just off.
    int differ = 0;
    for (int digits = 13; digits <= 17; digits++) {
        ForRandomValues(digits, 2000, [&](const char* fmt, int p, double v) {
            const std::string ours = Ours(fmt, p, v), ref = Reference(fmt, p, v);
            if (ours == ref) return;
            differ++;
            const long double a = std::strtold(ours.c_str(), nullptr), b = std::strtold(ref.c_str(), nullptr);
            const long double halfway = (a + b) / 2;
            const double ulp = std::nextafter(std::fabs(v), std::numeric_limits<double>::infinity()) - std::fabs(v);
            INFO(fmt << " p=" << p << " v=" << Reference("%.17g", v) << ": " << ours << " against " << ref);
            CHECK(std::fabs((long double)v - halfway) <= 4.0L * ulp);
        });
    }
    CHECK(differ > 0);  // the comparison above did run on some differing texts
}

TEST_CASE("a short buffer gets what fits and a NUL, and the length of the whole text is returned") {
    char buf[8] = "xxxxxxx";
    CHECK(FormatText(buf, sizeof buf, "%s-%d", "abcdef", 4242) == 11);
    CHECK(std::string(buf) == "abcdef-");
    CHECK(FormatText(nullptr, 0, "%05d|%s", 42, "tail") == 10);
    char one[1] = {'x'};
    CHECK(FormatText(one, 1, "%d", 12345) == 5);
    CHECK(one[0] == '\0');
}

TEST_CASE("an unknown conversion is copied with the rest of the format, whose arguments no longer match") {
    CHECK(Ours("%d and %Lf then %d", 5, 1.0, 6) == "5 and %Lf then %d");
    CHECK(Ours("%d%", 5) == "5%");
    CHECK(Ours("%n %d", 5) == "%n %d");
}

TEST_CASE("FormatString returns texts of any length") {
    CHECK(FormatString("%s = %.1f%%", "share", 33.0) == "share = 33.0%");
    const std::string long_text(300, 'y');
    CHECK(FormatString("<%s>", long_text.c_str()) == "<" + long_text + ">");
}
