// "Get the data": the series and the events as CSV (RFC 4180 quoting), with sources.
#pragma once
#include <string>

#include "dataset.hpp"

namespace article {

std::string CsvField(const std::string& s);
// One row per provider per quarter per series: series, firm, quarter, provider, low, high, kind, source.
std::string ShareSeriesCsv(const Dataset& ds);
// One row per event: id, date, precision, end, kind, actors, headline, summary, sources.
std::string EventsCsv(const Dataset& ds);

}  // namespace article
