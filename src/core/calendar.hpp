// Dates at an honest precision (a year, a month or a day) and calendar quarters.
// Pure C++: shared by the dataset loader, the scales and the views.
#pragma once
#include <string>
#include <string_view>

namespace article {

enum class DatePrecision { Year, Month, Day };

// A date known to a year, a month or a day. Unknown parts are zero.
struct PartialDate {
    int year = 0;
    int month = 0;  // 1..12 when precision >= Month
    int day = 0;    // 1..31 when precision == Day
    DatePrecision precision = DatePrecision::Year;

    bool operator==(const PartialDate& o) const {
        return year == o.year && month == o.month && day == o.day && precision == o.precision;
    }
    bool operator!=(const PartialDate& o) const { return !(*this == o); }
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar day). False on anything else.
bool ParseDate(std::string_view text, PartialDate* out);
// Back to "YYYY", "YYYY-MM" or "YYYY-MM-DD".
std::string DateToIso(const PartialDate& d);
// For readers, at the date's precision: "2018", "July 2019", "22 July 2019".
std::string DateToText(const PartialDate& d);

int DaysInMonth(int year, int month);

// Time as fractional years (2019.0 is 1 January 2019). A date covers a span:
// a year-only date covers the whole year, a day covers one day.
double DateSpanStart(const PartialDate& d);
double DateSpanEnd(const PartialDate& d);

// A quarter of a year, or (q == 0) a whole year: the period of a share series' point.
struct Quarter {
    int year = 0;
    int q = 0;  // 1..4, or 0 for the whole year
    bool IsYear() const { return q == 0; }
    bool operator==(const Quarter& o) const { return year == o.year && q == o.q; }
    bool operator!=(const Quarter& o) const { return !(*this == o); }
    bool operator<(const Quarter& o) const { return year != o.year ? year < o.year : q < o.q; }
};

// Parses "YYYY-QN", or "YYYY" for a whole year.
bool ParseQuarter(std::string_view text, Quarter* out);
std::string QuarterToIso(const Quarter& q);   // "2023-Q2", or "2023"
std::string QuarterToText(const Quarter& q);  // "Q2 2023" in the locale, or "2023"
int QuarterIndex(const Quarter& q);           // year * 4 + (q - 1): consecutive quarters differ by 1
Quarter QuarterFromIndex(int index);
double QuarterStart(const Quarter& q);        // fractional year where the quarter (or year) begins
double QuarterLength(const Quarter& q);       // 0.25, or 1 for a whole year
double QuarterMidpoint(const Quarter& q);     // fractional year at the middle of the quarter (or year)
Quarter QuarterOf(double fractional_year);

}  // namespace article
