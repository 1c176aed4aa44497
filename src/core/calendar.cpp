#include "calendar.hpp"

#include <cmath>

#include "locale.hpp"
#include "text_format.hpp"

namespace article {

static bool ReadDigits(std::string_view s, size_t pos, size_t count, int* out) {
    if (pos + count > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

int DaysInMonth(int year, int month) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool ParseDate(std::string_view s, PartialDate* out) {
    PartialDate d;
    if (!ReadDigits(s, 0, 4, &d.year) || d.year < 1) return false;
    if (s.size() == 4) {
        d.precision = DatePrecision::Year;
    } else if (s.size() == 7 && s[4] == '-') {
        if (!ReadDigits(s, 5, 2, &d.month) || d.month < 1 || d.month > 12) return false;
        d.precision = DatePrecision::Month;
    } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        if (!ReadDigits(s, 5, 2, &d.month) || d.month < 1 || d.month > 12) return false;
        if (!ReadDigits(s, 8, 2, &d.day) || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return false;
        d.precision = DatePrecision::Day;
    } else {
        return false;
    }
    *out = d;
    return true;
}

std::string DateToIso(const PartialDate& d) {
    switch (d.precision) {
    case DatePrecision::Year: return FormatString("%04d", d.year);
    case DatePrecision::Month: return FormatString("%04d-%02d", d.year, d.month);
    case DatePrecision::Day: break;
    }
    return FormatString("%04d-%02d-%02d", d.year, d.month, d.day);
}

static const char* MonthName(int month) {
    return month >= 1 && month <= 12 ? CurrentLocale().months[month - 1] : "";
}

std::string DateToText(const PartialDate& d) {
    const Locale& l = CurrentLocale();
    switch (d.precision) {
    case DatePrecision::Year: return std::to_string(d.year);
    case DatePrecision::Month: return Fill(l.month_year, {MonthName(d.month), std::to_string(d.year)});
    case DatePrecision::Day: return Fill(l.day_month_year, {std::to_string(d.day), MonthName(d.month), std::to_string(d.year)});
    }
    return {};
}

static double DayOfYearFraction(int year, int month, int day) {
    int doy = 0;
    for (int m = 1; m < month; m++) doy += DaysInMonth(year, m);
    doy += day - 1;
    int year_days = DaysInMonth(year, 2) == 29 ? 366 : 365;
    return double(doy) / year_days;
}

double DateSpanStart(const PartialDate& d) {
    switch (d.precision) {
    case DatePrecision::Year: return d.year;
    case DatePrecision::Month: return d.year + DayOfYearFraction(d.year, d.month, 1);
    case DatePrecision::Day: return d.year + DayOfYearFraction(d.year, d.month, d.day);
    }
    return d.year;
}

double DateSpanEnd(const PartialDate& d) {
    switch (d.precision) {
    case DatePrecision::Year: return d.year + 1.0;
    case DatePrecision::Month:
        return d.month == 12 ? d.year + 1.0 : d.year + DayOfYearFraction(d.year, d.month + 1, 1);
    case DatePrecision::Day: {
        int year_days = DaysInMonth(d.year, 2) == 29 ? 366 : 365;
        return DateSpanStart(d) + 1.0 / year_days;
    }
    }
    return d.year + 1.0;
}

bool ParseQuarter(std::string_view s, Quarter* out) {
    Quarter q;
    if (s.size() == 4) {
        if (!ReadDigits(s, 0, 4, &q.year) || q.year < 1) return false;
        *out = q;
        return true;
    }
    if (s.size() != 7 || s[4] != '-' || s[5] != 'Q') return false;
    if (!ReadDigits(s, 0, 4, &q.year) || q.year < 1) return false;
    if (!ReadDigits(s, 6, 1, &q.q) || q.q < 1 || q.q > 4) return false;
    *out = q;
    return true;
}

std::string QuarterToIso(const Quarter& q) { return q.IsYear() ? FormatString("%04d", q.year) : FormatString("%04d-Q%d", q.year, q.q); }

std::string QuarterToText(const Quarter& q) {
    if (q.IsYear()) return std::to_string(q.year);
    return Fill(CurrentLocale().quarter, {std::to_string(q.q), FormatString("%04d", q.year)});
}

int QuarterIndex(const Quarter& q) { return q.year * 4 + (q.IsYear() ? 0 : q.q - 1); }

Quarter QuarterFromIndex(int index) { return Quarter{index / 4, index % 4 + 1}; }

double QuarterStart(const Quarter& q) { return q.IsYear() ? double(q.year) : q.year + (q.q - 1) * 0.25; }

double QuarterLength(const Quarter& q) { return q.IsYear() ? 1.0 : 0.25; }

double QuarterMidpoint(const Quarter& q) { return QuarterStart(q) + QuarterLength(q) * 0.5; }

Quarter QuarterOf(double t) {
    int year = int(std::floor(t));
    int q = int(std::floor((t - year) * 4.0)) + 1;
    if (q > 4) q = 4;
    if (q < 1) q = 1;
    return Quarter{year, q};
}

}  // namespace article
