#include <doctest/doctest.h>

#include "calendar.hpp"

using namespace article;

TEST_CASE("a year-only date parses with year precision") {
    PartialDate d;
    REQUIRE(ParseDate("2018", &d));
    CHECK(d.year == 2018);
    CHECK(d.precision == DatePrecision::Year);
}

TEST_CASE("month and day dates parse with their precision") {
    PartialDate m, d;
    REQUIRE(ParseDate("2017-11", &m));
    CHECK(m.precision == DatePrecision::Month);
    CHECK(m.month == 11);
    REQUIRE(ParseDate("2019-07-22", &d));
    CHECK(d.precision == DatePrecision::Day);
    CHECK(d.day == 22);
}

TEST_CASE("impossible or malformed dates are refused") {
    PartialDate d;
    CHECK_FALSE(ParseDate("2019-13-02", &d));
    CHECK_FALSE(ParseDate("2019-02-29", &d));
    CHECK_FALSE(ParseDate("2019-7-22", &d));
    CHECK_FALSE(ParseDate("19", &d));
    CHECK_FALSE(ParseDate("2019-07-22T00:00", &d));
    CHECK_FALSE(ParseDate("", &d));
    CHECK(ParseDate("2020-02-29", &d));  // leap year
}

TEST_CASE("dates are written for readers at their own precision") {
    PartialDate d;
    ParseDate("2018", &d);
    CHECK(DateToText(d) == "2018");
    ParseDate("2023-01", &d);
    CHECK(DateToText(d) == "January 2023");
    ParseDate("2019-07-22", &d);
    CHECK(DateToText(d) == "22 July 2019");
    CHECK(DateToIso(d) == "2019-07-22");
}

TEST_CASE("a year-only date spans its whole year, a day spans one day") {
    PartialDate y, day;
    ParseDate("2018", &y);
    ParseDate("2018-01-01", &day);
    CHECK(DateSpanStart(y) == doctest::Approx(2018.0));
    CHECK(DateSpanEnd(y) == doctest::Approx(2019.0));
    CHECK(DateSpanEnd(day) - DateSpanStart(day) == doctest::Approx(1.0 / 365));
}

TEST_CASE("a December month ends at the new year") {
    PartialDate d;
    ParseDate("2015-12", &d);
    CHECK(DateSpanEnd(d) == doctest::Approx(2016.0));
}

TEST_CASE("quarters parse, print and index consecutively") {
    Quarter q;
    REQUIRE(ParseQuarter("2023-Q2", &q));
    CHECK(q.year == 2023);
    CHECK(q.q == 2);
    CHECK(QuarterToText(q) == "Q2 2023");
    CHECK(QuarterToIso(q) == "2023-Q2");
    Quarter q4{2022, 4}, q1{2023, 1};
    CHECK(QuarterIndex(q1) - QuarterIndex(q4) == 1);
    CHECK(QuarterFromIndex(QuarterIndex(q)) == q);
    CHECK_FALSE(ParseQuarter("2023-Q5", &q));
    CHECK_FALSE(ParseQuarter("2023Q1", &q));
}

TEST_CASE("the quarter of a fractional year") {
    CHECK(QuarterOf(2019.0) == Quarter{2019, 1});
    CHECK(QuarterOf(2019.55) == Quarter{2019, 3});
    CHECK(QuarterOf(QuarterMidpoint(Quarter{2021, 4})) == Quarter{2021, 4});
}
