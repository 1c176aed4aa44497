#include "dataset_pack.hpp"

#include <cstdint>
#include <cstring>
#include <limits>
#include <set>

#include "utf8.hpp"

namespace article {

namespace {

constexpr char kHeader[4] = {'A', 'R', 'T', 'P'};
// Bump when dataset.hpp gains, loses or reorders a field.
constexpr int kFormat = 5;

// Numbers are LEB128 varints (signed ones zigzagged), doubles their 8 IEEE bytes, little end
// first; strings and lists a varint length and then their contents.
class PackWriter {
public:
    std::string bytes;

    bool ok() const { return true; }
    size_t pos() const { return bytes.size(); }
    void Fail(size_t, const std::string&) {}
    void Count(size_t& n) { Varint(n); }
    void Str(std::string& s) {
        Varint(s.size());
        bytes += s;
    }
    void Int(int& v) { Varint((uint64_t(int64_t(v)) << 1) ^ uint64_t(int64_t(v) >> 63)); }
    void Enum(int& v, int /*max*/) { Int(v); }
    void Bool(bool& b) { bytes.push_back(b ? 1 : 0); }
    void Real(double& d) {
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        for (int i = 0; i < 8; i++) bytes.push_back(char((bits >> (8 * i)) & 0xff));
    }

private:
    void Varint(uint64_t v) {
        while (v >= 0x80) {
            bytes.push_back(char((v & 0x7f) | 0x80));
            v >>= 7;
        }
        bytes.push_back(char(v));
    }
};

// Reads what PackWriter wrote. Every read is bounds-checked; the first problem stops reading
// and is kept, with its byte offset, so broken bytes give a message, never a crash.
class PackReader {
public:
    // Reads from byte `start` on; offsets in messages count from the start of `bytes`.
    PackReader(std::string_view bytes, size_t start) : bytes_(bytes), pos_(start) {}

    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    size_t pos() const { return pos_; }
    size_t left() const { return bytes_.size() - pos_; }

    void Fail(size_t at, const std::string& what) {
        if (ok()) error_ = what + " at byte " + std::to_string(at);
    }

    // Every listed thing takes at least one byte, so a count above the bytes left is broken
    // (and must not become a huge allocation).
    void Count(size_t& n) {
        size_t at = pos_;
        uint64_t v = Varint();
        n = 0;
        if (!ok()) return;
        if (v > left()) return Fail(at, "a length of " + std::to_string(v) + " with " + std::to_string(left()) + " bytes left");
        n = size_t(v);
    }
    void Str(std::string& s) {
        size_t n;
        Count(n);
        if (!ok()) return;
        s.assign(bytes_.data() + pos_, n);
        pos_ += n;
    }
    void Int(int& v) {
        size_t at = pos_;
        uint64_t z = Varint();
        int64_t x = int64_t(z >> 1) ^ -int64_t(z & 1);
        if (ok() && (x < std::numeric_limits<int>::min() || x > std::numeric_limits<int>::max()))
            return Fail(at, "a number out of range");
        v = ok() ? int(x) : 0;
    }
    void Enum(int& v, int max) {
        size_t at = pos_;
        Int(v);
        if (ok() && (v < 0 || v > max)) Fail(at, "an unknown choice " + std::to_string(v));
    }
    void Bool(bool& b) {
        size_t at = pos_;
        uint8_t x = Byte();
        if (ok() && x > 1) Fail(at, "a flag that is neither 0 nor 1");
        b = x == 1;
    }
    void Real(double& d) {
        if (left() < 8) return Fail(pos_, "the data ends early");
        uint64_t bits = 0;
        for (int i = 0; i < 8; i++) bits |= uint64_t(uint8_t(bytes_[pos_ + i])) << (8 * i);
        pos_ += 8;
        std::memcpy(&d, &bits, sizeof d);
    }

private:
    uint8_t Byte() {
        if (left() < 1) {
            Fail(pos_, "the data ends early");
            return 0;
        }
        return uint8_t(bytes_[pos_++]);
    }
    uint64_t Varint() {
        size_t at = pos_;
        uint64_t v = 0;
        for (int shift = 0; shift < 64 && ok(); shift += 7) {
            uint8_t b = Byte();
            v |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        Fail(at, "a number longer than 10 bytes");
        return 0;
    }

    std::string_view bytes_;
    size_t pos_;
    std::string error_;
};

// Every field of the dataset, in one order, for both directions: `Of(io, x)` writes x with a
// PackWriter and reads it with a PackReader. Members of one struct, so each overload sees all
// the others whatever their order here.
struct DatasetFields {
    template <class IO> static void Of(IO& io, std::string& s) { io.Str(s); }
    template <class IO> static void Of(IO& io, int& v) { io.Int(v); }
    template <class IO> static void Of(IO& io, double& v) { io.Real(v); }
    template <class IO> static void Of(IO& io, bool& v) { io.Bool(v); }

    template <class IO, class T> static void Of(IO& io, std::vector<T>& list) {
        size_t n = list.size();
        io.Count(n);
        // A new vector rather than resize(): the reader always starts from an empty list, and
        // resize's growth path, made for each element type, weighed about 8 KB in the wasm.
        if (n != list.size()) list = std::vector<T>(n);
        for (size_t i = 0; i < n && io.ok(); i++) Of(io, list[i]);
    }
    template <class IO, class T> static void Of(IO& io, std::optional<T>& v) {
        bool present = v.has_value();
        io.Bool(present);
        if (!io.ok()) return;
        if (present && !v) v.emplace();
        if (present) Of(io, *v);
    }
    template <class IO, class T> static void Of(IO& io, std::map<std::string, T>& map) {
        // Written as a list of pairs, then rebuilt: map keys cannot be read into in place.
        std::vector<std::pair<std::string, T>> pairs(map.begin(), map.end());
        size_t n = pairs.size();
        io.Count(n);
        pairs.resize(n);
        for (size_t i = 0; i < n && io.ok(); i++) {
            Of(io, pairs[i].first);
            Of(io, pairs[i].second);
        }
        map = std::map<std::string, T>(pairs.begin(), pairs.end());
    }

    template <class IO> static void Of(IO& io, PartialDate& d) {
        Of(io, d.year);
        Of(io, d.month);
        Of(io, d.day);
        int precision = int(d.precision);
        io.Enum(precision, int(DatePrecision::Day));
        d.precision = DatePrecision(precision);
    }
    template <class IO> static void Of(IO& io, MarkerShape& s) {
        int v = int(s);
        io.Enum(v, kMarkerShapeCount - 1);
        s = MarkerShape(v);
    }
    template <class IO> static void Of(IO& io, EventKind& k) { Of(io, k.id), Of(io, k.label), Of(io, k.shape), Of(io, k.decision); }
    template <class IO> static void Of(IO& io, ChartKind& k) {
        int v = int(k);
        io.Enum(v, kChartKindCount - 1);
        k = ChartKind(v);
    }
    template <class IO> static void Of(IO& io, Quarter& q) {
        Of(io, q.year);
        Of(io, q.q);
    }
    template <class IO> static void Of(IO& io, ReportedValue& v) {
        Of(io, v.low);
        Of(io, v.high);
        Of(io, v.has_high);
    }
    template <class IO> static void Of(IO& io, Meta& m) {
        Of(io, m.title), Of(io, m.dek), Of(io, m.byline), Of(io, m.kicker), Of(io, m.figure_title), Of(io, m.figure_description);
        Of(io, m.units.share.prefix), Of(io, m.units.share.suffix), Of(io, m.units.market.prefix), Of(io, m.units.market.suffix);
        Of(io, m.units.revenue.prefix), Of(io, m.units.revenue.suffix);
        Of(io, m.chart_titles.share), Of(io, m.chart_titles.snapshot), Of(io, m.chart_titles.market);
        Of(io, m.gap.leader), Of(io, m.gap.challenger), Of(io, m.gap.title);
        Of(io, m.published), Of(io, m.updated);
        Of(io, m.language), Of(io, m.canonical_url), Of(io, m.as_of);
        Of(io, m.range_start), Of(io, m.range_end);
        Of(io, m.credits), Of(io, m.methodology), Of(io, m.caveats);
    }
    template <class IO> static void Of(IO& io, Lane& l) { Of(io, l.id), Of(io, l.label); }
    template <class IO> static void Of(IO& io, Actor& a) {
        Of(io, a.id), Of(io, a.name), Of(io, a.label), Of(io, a.lane), Of(io, a.color), Of(io, a.color_dark);
    }
    template <class IO> static void Of(IO& io, Era& e) { Of(io, e.id), Of(io, e.label), Of(io, e.start), Of(io, e.end); }
    template <class IO> static void Of(IO& io, Quote& q) { Of(io, q.text), Of(io, q.speaker), Of(io, q.source); }
    template <class IO> static void Of(IO& io, Event& e) {
        Of(io, e.id), Of(io, e.date), Of(io, e.end), Of(io, e.actors), Of(io, e.kind), Of(io, e.label);
        Of(io, e.headline), Of(io, e.summary), Of(io, e.body), Of(io, e.quote);
        Of(io, e.sources), Of(io, e.related), Of(io, e.road_not_taken), Of(io, e.attribution);
    }
    template <class IO> static void Of(IO& io, Provider& p) { Of(io, p.id), Of(io, p.label), Of(io, p.actor); }
    template <class IO> static void Of(IO& io, SharePoint& p) {
        Of(io, p.quarter), Of(io, p.shares), Of(io, p.market_usd_bn), Of(io, p.note), Of(io, p.source);
    }
    template <class IO> static void Of(IO& io, YearValue& y) { Of(io, y.year), Of(io, y.value), Of(io, y.source); }
    template <class IO> static void Of(IO& io, ShareSeries& s) {
        Of(io, s.id), Of(io, s.firm), Of(io, s.label), Of(io, s.basis);
        Of(io, s.providers), Of(io, s.points), Of(io, s.yearly_market_usd_bn), Of(io, s.first_published);
        Of(io, s.yearly);
    }
    template <class IO> static void Of(IO& io, RevenuePoint& p) {
        Of(io, p.period), Of(io, p.value), Of(io, p.approximate), Of(io, p.source);
    }
    template <class IO> static void Of(IO& io, RevenueSeries& s) {
        Of(io, s.id), Of(io, s.label), Of(io, s.basis), Of(io, s.actor), Of(io, s.points);
    }
    template <class IO> static void Of(IO& io, StepView& v) {
        Of(io, v.event), Of(io, v.chart), Of(io, v.series), Of(io, v.highlight), Of(io, v.quarter), Of(io, v.compare);
    }
    template <class IO> static void Of(IO& io, Step& s) {
        Of(io, s.id), Of(io, s.heading), Of(io, s.text), Of(io, s.attribution), Of(io, s.sources), Of(io, s.view);
    }
    template <class IO> static void Of(IO& io, Source& s) {
        Of(io, s.id), Of(io, s.publisher), Of(io, s.title), Of(io, s.url), Of(io, s.date), Of(io, s.confidence);
        Of(io, s.note), Of(io, s.no_url_reason), Of(io, s.carries_quotes), Of(io, s.release);
    }
    template <class IO> static void Of(IO& io, Dataset& ds) {
        Of(io, ds.version), Of(io, ds.meta), Of(io, ds.lanes), Of(io, ds.actors), Of(io, ds.eras), Of(io, ds.kinds),
            Of(io, ds.kinds_given);
        Of(io, ds.events), Of(io, ds.share_series), Of(io, ds.revenue), Of(io, ds.steps), Of(io, ds.sources);
    }
};

}  // namespace

namespace {

// Walks the same fields as the packer and keeps every string.
class StringCollector {
public:
    std::vector<std::string> strings;

    bool ok() const { return true; }
    void Count(size_t&) {}
    void Str(std::string& s) {
        if (!s.empty()) strings.push_back(s);
    }
    void Int(int&) {}
    void Enum(int&, int) {}
    void Bool(bool&) {}
    void Real(double&) {}
};

}  // namespace

std::vector<std::string> CanvasStrings(const Dataset& ds) {
    StringCollector c;
    Dataset copy = CanvasOnly(ds);
    DatasetFields::Of(c, copy);
    return std::move(c.strings);
}

std::vector<uint32_t> CanvasCodepoints(const Dataset& ds) {
    std::set<uint32_t> cps;
    for (uint32_t c = 0x20; c < 0x7F; c++) cps.insert(c);
    auto add = [&](const std::string& s) {
        for (size_t i = 0; i < s.size();) {
            const size_t len = Utf8SequenceLength(s, i);
            if (len == 0) {  // not UTF-8: validation names it
                i++;
                continue;
            }
            cps.insert(Utf8CodePoint(s, i, len));
            i += len;
        }
    };
    for (const std::string& s : CanvasStrings(ds)) add(s);
    // The engine's own words in the story's language, and the marks it draws as text: the
    // ellipsis of a shortened label, dashes, quotes, arrows, the multiplication and minus signs.
    const Locale& loc = CurrentLocale();
    for (int i = 0; i < kMsgCount; i++) add(loc.text[i]);
    for (int m = 0; m < 12; m++) add(loc.months[m]), add(loc.months_short[m]);
    add(loc.day_month_year), add(loc.month_year), add(loc.quarter);
    add("\xE2\x80\x93\xE2\x80\x94\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\xA6\xC2\xB7\xE2\x80\xB9\xE2\x80\xBA"
        "\xE2\x86\x90\xE2\x86\x92\xE2\x86\x97\xC3\x97\xE2\x88\x92");
    return std::vector<uint32_t>(cps.begin(), cps.end());
}

namespace {

// The locale the pack carries: the browser build reads its words from here, so the table of
// every locale stays out of it. Owned here, and pointed at by the Locale made current.
struct PackedLocale {
    std::string tag, day_month_year, month_year, quarter;
    int decimal = '.';
    std::string months[12], months_short[12];
    std::vector<std::string> text = std::vector<std::string>(size_t(kMsgCount));
    const char* text_ptrs[kMsgCount] = {};
    Locale view{};

    template <class IO> void Of(IO& io) {
        io.Str(tag), io.Int(decimal), io.Str(day_month_year), io.Str(month_year), io.Str(quarter);
        for (std::string& m : months) io.Str(m);
        for (std::string& m : months_short) io.Str(m);
        size_t n = text.size();
        io.Count(n);
        if (n != text.size()) io.Fail(io.pos(), "the pack has " + std::to_string(n) + " messages, and this build " + std::to_string(kMsgCount));
        for (std::string& t : text) io.Str(t);
    }
    void From(const Locale& l) {
        tag = l.tag, decimal = l.decimal, day_month_year = l.day_month_year, month_year = l.month_year, quarter = l.quarter;
        for (int m = 0; m < 12; m++) months[m] = l.months[m], months_short[m] = l.months_short[m];
        for (int i = 0; i < kMsgCount; i++) text[size_t(i)] = l.text[i] ? l.text[i] : "";
    }
    const Locale& View() {
        view.tag = tag.c_str();
        view.decimal = char(decimal);
        for (int m = 0; m < 12; m++) view.months[m] = months[m].c_str(), view.months_short[m] = months_short[m].c_str();
        view.day_month_year = day_month_year.c_str(), view.month_year = month_year.c_str(), view.quarter = quarter.c_str();
        for (int i = 0; i < kMsgCount; i++) text_ptrs[i] = text[size_t(i)].c_str();
        view.text = text_ptrs;
        return view;
    }
};

}  // namespace

std::string PackDataset(const Dataset& ds) {
    PackWriter w;
    w.bytes.assign(kHeader, sizeof kHeader);
    int format = kFormat;
    w.Int(format);
    PackedLocale locale;
    locale.From(CurrentLocale());
    locale.Of(w);
    // The one field list takes mutable references (it also reads), so it walks a copy.
    Dataset copy = ds;
    DatasetFields::Of(w, copy);
    return std::move(w.bytes);
}

bool UnpackDataset(std::string_view bytes, Dataset* out, std::string* error) {
    *out = Dataset{};
    if (bytes.size() < sizeof kHeader || std::memcmp(bytes.data(), kHeader, sizeof kHeader) != 0) {
        *error = "not a packed dataset (its first bytes are not \"ARTP\")";
        return false;
    }
    PackReader r(bytes, sizeof kHeader);
    int format = 0;
    r.Int(format);
    if (r.ok() && format != kFormat) {
        *error = "packed in format " + std::to_string(format) + ", and this build reads format " + std::to_string(kFormat) +
                 ": pack the dataset again with this build's articlec";
        return false;
    }
    PackedLocale read;  // first in the pack; made current only when all of it was read
    read.Of(r);
    DatasetFields::Of(r, *out);
    for (size_t i = 0; i < out->events.size() && r.ok(); i++)
        if (out->events[i].kind < 0 || size_t(out->events[i].kind) >= out->kinds.size())
            r.Fail(r.pos(), "event " + std::to_string(i) + " has kind " + std::to_string(out->events[i].kind) + " of " +
                                std::to_string(out->kinds.size()));
    ResolveActorColors(out);
    if (r.ok() && r.left() > 0) r.Fail(r.pos(), std::to_string(r.left()) + " bytes left over after the dataset");
    if (!r.ok()) {
        *error = "packed dataset is broken: " + r.error();
        return false;
    }
    static PackedLocale locale;
    locale = std::move(read);
    SetLocale(locale.View());
    return true;
}

Dataset CanvasOnly(Dataset ds) {
    Meta& m = ds.meta;
    m.dek.clear(), m.methodology.clear(), m.caveats.clear(), m.credits.clear();
    for (Event& e : ds.events) {
        e.summary.clear(), e.body.clear(), e.road_not_taken.clear(), e.attribution.clear();
        e.quote.reset();
        e.sources.clear();
    }
    for (Step& st : ds.steps) st.heading.clear(), st.text.clear(), st.attribution.clear(), st.sources.clear();
    for (Source& s : ds.sources) s.title.clear(), s.url.clear(), s.note.clear(), s.no_url_reason.clear();
    return ds;
}

}  // namespace article
