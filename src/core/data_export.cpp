#include "data_export.hpp"

#include "text_format.hpp"

namespace article {

// A cell that starts with one of these is run as a formula by some spreadsheet: OWASP's list
// (= + - @, tab, carriage return) and the full-width forms of the four signs.
static bool StartsFormula(const std::string& s) {
    static const char* const kTriggers[] = {"=", "+", "-", "@", "\t", "\r", "\n",
                                            "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"};
    for (const char* t : kTriggers)
        if (s.compare(0, std::char_traits<char>::length(t), t) == 0) return true;
    return false;
}

std::string CsvField(const std::string& s) {
    bool quote = s.find_first_of(",\"\r\n\t") != std::string::npos;
    // A quote mark in front defuses a formula trigger.
    bool formula = StartsFormula(s);
    std::string out = formula ? "'" + s : s;
    if (!quote) return out;
    std::string q = "\"";
    for (char c : out) {
        if (c == '"') q += "\"\"";
        else q += c;
    }
    return q + "\"";
}

static std::string Num(double v) { return FormatString("%g", v); }

static std::string Join(const std::vector<std::string>& v, const char* sep) {
    std::string s;
    for (size_t i = 0; i < v.size(); i++) s += (i ? sep : "") + v[i];
    return s;
}

std::string ShareSeriesCsv(const Dataset& ds) {
    std::string csv = "series,firm,quarter,provider,share_low_pct,share_high_pct,reported_as,source_publisher,source_url\r\n";
    for (const ShareSeries& s : ds.share_series)
        for (const SharePoint& p : s.points)
            for (const Provider& prov : s.providers) {
                auto it = p.shares.find(prov.id);
                if (it == p.shares.end()) continue;  // gaps stay gaps
                const ReportedValue& v = it->second;
                const Source* src = ds.FindSource(p.source);
                const char* kind = v.IsPoint() ? "point" : (v.has_high ? "band" : "at least");
                csv += CsvField(s.id) + "," + CsvField(s.firm) + "," + QuarterToIso(p.quarter) + "," +
                       CsvField(prov.label) + "," + Num(v.low) + "," + (v.has_high ? Num(v.high) : "") + "," + kind +
                       "," + CsvField(src ? src->publisher : p.source) + "," + CsvField(src ? src->url : "") + "\r\n";
            }
    return csv;
}

std::string EventsCsv(const Dataset& ds) {
    std::string csv = "id,date,precision,end,kind,actors,headline,summary,sources\r\n";
    for (const Event& e : ds.events) {
        const char* precision = e.date.precision == DatePrecision::Day ? "day"
                                : e.date.precision == DatePrecision::Month ? "month" : "year";
        std::vector<std::string> pubs;
        for (const std::string& id : e.sources) {
            const Source* s = ds.FindSource(id);
            pubs.push_back(s ? s->publisher : id);
        }
        csv += CsvField(e.id) + "," + DateToIso(e.date) + "," + precision + "," + (e.end ? DateToIso(*e.end) : "") +
               "," + CsvField(ds.KindOf(e).id) + "," + CsvField(Join(e.actors, ";")) + "," + CsvField(e.headline) + "," +
               CsvField(e.summary) + "," + CsvField(Join(pubs, "; ")) + "\r\n";
    }
    return csv;
}

}  // namespace article
