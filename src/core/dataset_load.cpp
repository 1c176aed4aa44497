#include "dataset_load.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>

#include "json_document.hpp"
#include "text_format.hpp"
#include "utf8.hpp"

namespace article {

using nlohmann::json;

int LoadResult::ErrorCount() const {
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int LoadResult::WarningCount() const { return int(diagnostics.size()) - ErrorCount(); }

std::string FormatDiagnostic(const std::string& file, const Diagnostic& d) {
    // A pointer or message may quote the dataset's own text: escaped, it cannot forge log lines.
    std::string s = EscapeForTerminal(file) + ":" + EscapeForTerminal(d.pointer.empty() ? "/" : d.pointer) + ": ";
    if (d.severity == Severity::Warning) s += "warning: ";
    return s + EscapeForTerminal(d.message);
}

// An http(s) URL with nothing in it that could leave an HTML attribute or a CSS url().
bool IsHttpUrl(const std::string& s) {
    auto starts = [&](const char* p) { return s.rfind(p, 0) == 0; };
    if (!(starts("https://") || starts("http://"))) return false;
    for (unsigned char c : s)
        if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == 127) return false;
    return s.size() > 8;
}

namespace {

// Text limits. Generous for real prose, small enough to keep layout sane.
constexpr size_t kMaxId = 64;
constexpr size_t kMaxLabel = 80;
constexpr size_t kMaxLine = 240;
constexpr size_t kMaxParagraph = 1200;
constexpr size_t kMaxUrl = 400;

std::string EscapePointerToken(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string At(const std::string& ptr, const std::string& key) { return ptr + "/" + EscapePointerToken(key); }
std::string At(const std::string& ptr, size_t index) { return ptr + "/" + std::to_string(index); }

const char* TypeName(const json& v) {
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "an unsupported value";
    }
}

// A short rendering of a found value for messages: "2019-13-02", 3, an object.
std::string Shown(const json& v) {
    if (v.is_structured()) return TypeName(v);
    std::string s = v.dump(-1, ' ', false, json::error_handler_t::replace);
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
}

bool IsSlug(const std::string& s) {
    if (s.empty() || s.size() > kMaxId) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return s.front() != '-' && s.back() != '-';
}


// Reads one JSON tree into the model, recording every problem on the way.
class Reader {
public:
    explicit Reader(std::vector<Diagnostic>* out) : out_(out) {}

    void Error(const std::string& ptr, std::string msg) { out_->push_back({Severity::Error, ptr, std::move(msg)}); }
    void Warn(const std::string& ptr, std::string msg) { out_->push_back({Severity::Warning, ptr, std::move(msg)}); }

    bool ExpectObject(const json& v, const std::string& ptr) {
        if (v.is_object()) return true;
        Error(ptr, std::string("expected an object, found ") + Shown(v));
        return false;
    }
    bool ExpectArray(const json& v, const std::string& ptr) {
        if (v.is_array()) return true;
        Error(ptr, std::string("expected an array, found ") + Shown(v));
        return false;
    }

    // The member `key` of `obj`, or null (with an error when required).
    const json* Field(const json& obj, const std::string& ptr, const char* key, bool required) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) Error(ptr, std::string("missing required field \"") + key + "\"");
            return nullptr;
        }
        return &*it;
    }

    void WarnUnknown(const json& obj, const std::string& ptr, std::initializer_list<const char*> known) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool found = std::any_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; });
            if (!found) Warn(At(ptr, it.key()), "unknown field \"" + it.key() + "\" is ignored");
        }
    }

    bool String(const json& obj, const std::string& ptr, const char* key, std::string* out, bool required,
                size_t max_len, bool allow_empty = false) {
        const json* v = Field(obj, ptr, key, required);
        if (!v) return false;
        return StringValue(*v, At(ptr, key), out, max_len, allow_empty);
    }

    bool StringValue(const json& v, const std::string& ptr, std::string* out, size_t max_len, bool allow_empty) {
        if (!v.is_string()) {
            Error(ptr, std::string("expected a string, found ") + Shown(v));
            return false;
        }
        const std::string& s = v.get_ref<const std::string&>();
        // Limits count characters, so a label in Chinese gets as many as one in English; four bytes
        // a character bounds the work before they are counted.
        if (s.size() > max_len * 4) {
            Error(ptr, "text is " + std::to_string(s.size()) + " bytes long, more than " + std::to_string(max_len) +
                           " characters can be");
            return false;
        }
        // Only paragraphs may break lines; nothing may carry controls or direction overrides.
        const bool newline_ok = max_len >= kMaxParagraph;
        size_t chars = 0;
        for (size_t i = 0; i < s.size(); chars++) {
            size_t len = Utf8SequenceLength(s, i);
            if (len == 0) {
                Error(ptr, "byte " + std::to_string(i) + " is not UTF-8");
                return false;
            }
            unsigned cp = Utf8CodePoint(s, i, len);
            if (IsForbiddenTextChar(cp, newline_ok)) {
                Error(ptr, FormatString("character %zu is U+%04X, a control or bidirectional character, "
                                        "which text may not contain%s", chars + 1, cp,
                                        newline_ok ? " (a paragraph may break lines with \\n)" : ""));
                return false;
            }
            i += len;
        }
        if (chars > max_len) {
            Error(ptr, "text is " + std::to_string(chars) + " characters long, more than the " + std::to_string(max_len) +
                           " allowed");
            return false;
        }
        if (!allow_empty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
            Error(ptr, "expected text, found an empty string");
            return false;
        }
        *out = s;
        return true;
    }

    bool Id(const json& obj, const std::string& ptr, const char* key, std::string* out) {
        if (!String(obj, ptr, key, out, true, kMaxId)) return false;
        if (!IsSlug(*out)) {
            Error(At(ptr, key), "\"" + *out + "\" is not an id (lowercase letters, digits and inner hyphens)");
            return false;
        }
        return true;
    }

    bool Number(const json& v, const std::string& ptr, double* out) {
        if (!v.is_number()) {
            Error(ptr, std::string("expected a number, found ") + Shown(v));
            return false;
        }
        double d = v.get<double>();
        if (!std::isfinite(d)) {
            Error(ptr, "expected a finite number");
            return false;
        }
        *out = d;
        return true;
    }

    bool Date(const json& obj, const std::string& ptr, const char* key, PartialDate* out, bool required) {
        const json* v = Field(obj, ptr, key, required);
        if (!v) return false;
        return DateValue(*v, At(ptr, key), out);
    }

    bool DateValue(const json& v, const std::string& ptr, PartialDate* out) {
        if (!v.is_string()) {
            Error(ptr, std::string("expected a date string, found ") + Shown(v));
            return false;
        }
        if (!ParseDate(v.get_ref<const std::string&>(), out)) {
            Error(ptr, Shown(v) + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            return false;
        }
        return true;
    }

    // An array of short strings (ids), each checked as an id.
    std::vector<std::string> IdList(const json& obj, const std::string& ptr, const char* key, bool required) {
        std::vector<std::string> out;
        const json* v = Field(obj, ptr, key, required);
        if (!v) return out;
        std::string aptr = At(ptr, key);
        if (!ExpectArray(*v, aptr)) return out;
        for (size_t i = 0; i < v->size(); i++) {
            std::string s;
            if (StringValue((*v)[i], At(aptr, i), &s, kMaxId, false)) out.push_back(s);
        }
        return out;
    }

    std::vector<std::string> TextList(const json& obj, const std::string& ptr, const char* key, size_t max_len) {
        std::vector<std::string> out;
        const json* v = Field(obj, ptr, key, false);
        if (!v) return out;
        std::string aptr = At(ptr, key);
        if (!ExpectArray(*v, aptr)) return out;
        for (size_t i = 0; i < v->size(); i++) {
            std::string s;
            if (StringValue((*v)[i], At(aptr, i), &s, max_len, false)) out.push_back(s);
        }
        return out;
    }

    // A number, or {"low": n, "high": n} for a band, or {"low": n} for "at least n".
    bool Reported(const json& v, const std::string& ptr, ReportedValue* out) {
        if (v.is_number()) {
            double d;
            if (!Number(v, ptr, &d)) return false;
            *out = ReportedValue::Point(d);
            return true;
        }
        if (!v.is_object()) {
            Error(ptr, std::string("expected a number or a {\"low\", \"high\"} range, found ") + Shown(v));
            return false;
        }
        WarnUnknown(v, ptr, {"low", "high"});
        const json* low = Field(v, ptr, "low", true);
        if (!low || !Number(*low, At(ptr, "low"), &out->low)) return false;
        const json* high = Field(v, ptr, "high", false);
        out->has_high = high != nullptr;
        out->high = out->low;
        if (high && !Number(*high, At(ptr, "high"), &out->high)) return false;
        if (out->has_high && out->high < out->low) {
            Error(ptr, "range is reversed: high " + Shown(*high) + " is below low " + Shown(*low));
            return false;
        }
        return true;
    }

private:
    std::vector<Diagnostic>* out_;
};

// Records ids of one kind and reports repeats.
class IdSet {
public:
    void Add(Reader& r, const std::string& id, const std::string& ptr, const char* what) {
        if (id.empty()) return;
        if (!ids_.insert(id).second) r.Error(ptr, std::string("duplicate ") + what + " id \"" + id + "\"");
    }
    bool Has(const std::string& id) const { return ids_.count(id) != 0; }

private:
    std::set<std::string> ids_;
};

// A share as messages write it: in English and plain ASCII digits whatever the story's locale,
// so a log reads the same for every story ("-1%", "32\xE2\x80\x93" "34%", "over 34%").
static std::string ShareForMessage(const ReportedValue& v) {
    auto n = [](double x) { return FormatString(std::fabs(x - std::round(x)) < 1e-9 ? "%.0f" : "%.1f", x); };
    if (!v.has_high) return "over " + n(v.low) + "%";
    if (v.IsBand()) return n(v.low) + "\xE2\x80\x93" + n(v.high) + "%";
    return n(v.low) + "%";
}

// {"prefix": "$", "suffix": "bn"}: both optional; a unit given replaces the default whole.
static void ReadUnit(Reader& r, const json& units, const std::string& ptr, const char* key, Unit* out) {
    const json* v = r.Field(units, ptr, key, false);
    if (!v) return;
    const std::string p = At(ptr, key);
    if (!r.ExpectObject(*v, p)) return;
    r.WarnUnknown(*v, p, {"prefix", "suffix"});
    Unit u;
    r.String(*v, p, "prefix", &u.prefix, false, 8);
    r.String(*v, p, "suffix", &u.suffix, false, 8);
    *out = u;
}

void ReadMeta(Reader& r, const json& root, Meta* m) {
    const json* v = r.Field(root, "", "meta", true);
    if (!v || !r.ExpectObject(*v, "/meta")) return;
    const json& o = *v;
    const std::string p = "/meta";
    r.WarnUnknown(o, p, {"title", "dek", "byline", "kicker", "figure_title", "figure_description", "units", "chart_titles", "gap",
                         "published", "updated", "language", "canonical_url", "as_of", "range", "credits", "methodology",
                         "caveats"});
    r.String(o, p, "title", &m->title, true, kMaxLine);
    r.String(o, p, "kicker", &m->kicker, false, kMaxLine);
    if (const json* titles = r.Field(o, p, "chart_titles", false)) {
        std::string tp = At(p, "chart_titles");
        if (r.ExpectObject(*titles, tp)) {
            r.WarnUnknown(*titles, tp, {"share", "snapshot", "market"});
            r.String(*titles, tp, "share", &m->chart_titles.share, false, kMaxLine);
            r.String(*titles, tp, "snapshot", &m->chart_titles.snapshot, false, kMaxLine);
            r.String(*titles, tp, "market", &m->chart_titles.market, false, kMaxLine);
        }
    }
    r.String(o, p, "figure_title", &m->figure_title, true, kMaxLine);
    r.String(o, p, "figure_description", &m->figure_description, false, kMaxLine);
    if (const json* units = r.Field(o, p, "units", false)) {
        const std::string up = At(p, "units");
        if (r.ExpectObject(*units, up)) {
            r.WarnUnknown(*units, up, {"share", "market", "revenue"});
            ReadUnit(r, *units, up, "share", &m->units.share);
            ReadUnit(r, *units, up, "market", &m->units.market);
            ReadUnit(r, *units, up, "revenue", &m->units.revenue);
        }
    }
    // The gap chart is optional: a story without share data, or without a rivalry to measure,
    // has none, and the figure offers no gap tab.
    if (const json* gap = r.Field(o, p, "gap", false)) {
        std::string gp = At(p, "gap");
        if (r.ExpectObject(*gap, gp)) {
            r.WarnUnknown(*gap, gp, {"leader", "challenger", "title"});
            r.String(*gap, gp, "leader", &m->gap.leader, true, kMaxId);
            r.String(*gap, gp, "challenger", &m->gap.challenger, true, kMaxId);
            r.String(*gap, gp, "title", &m->gap.title, true, kMaxLine);
        }
    }
    r.String(o, p, "dek", &m->dek, true, kMaxParagraph);
    r.String(o, p, "byline", &m->byline, true, kMaxLine);
    r.Date(o, p, "published", &m->published, true);
    r.Date(o, p, "updated", &m->updated, true);
    if (r.String(o, p, "language", &m->language, true, 16) && !HasLocale(m->language))
        r.Warn(At(p, "language"), "\"" + m->language + "\" has no locale in this build, so the figure's own words are in English (locales: " +
                                      LocaleList() + ")");
    if (r.String(o, p, "canonical_url", &m->canonical_url, true, kMaxUrl) && !IsHttpUrl(m->canonical_url))
        r.Error(At(p, "canonical_url"), "\"" + m->canonical_url + "\" is not an http(s) URL");
    r.Date(o, p, "as_of", &m->as_of, true);
    if (const json* range = r.Field(o, p, "range", true)) {
        std::string rp = At(p, "range");
        if (r.ExpectObject(*range, rp)) {
            r.WarnUnknown(*range, rp, {"start", "end"});
            bool a = r.Date(*range, rp, "start", &m->range_start, true);
            bool b = r.Date(*range, rp, "end", &m->range_end, true);
            if (a && b && DateSpanEnd(m->range_end) <= DateSpanStart(m->range_start))
                r.Error(rp, "range ends before it starts");
        }
    }
    m->credits = r.TextList(o, p, "credits", kMaxLine);
    r.String(o, p, "methodology", &m->methodology, true, kMaxParagraph * 2);
    m->caveats = r.TextList(o, p, "caveats", kMaxParagraph);
}

// Calls fn(item, pointer) for each object in root[key], an array.
template <typename Fn>
void ForEach(Reader& r, const json& root, const char* key, bool required, const Fn& fn) {
    const json* v = r.Field(root, "", key, required);
    std::string p = std::string("/") + key;
    if (!v || !r.ExpectArray(*v, p)) return;
    for (size_t i = 0; i < v->size(); i++) {
        std::string ip = At(p, i);
        if (r.ExpectObject((*v)[i], ip)) fn((*v)[i], ip);
    }
}

bool InRange(const Meta& m, const PartialDate& d) {
    return DateSpanStart(d) >= DateSpanStart(m.range_start) && DateSpanEnd(d) <= DateSpanEnd(m.range_end);
}

std::string RangeText(const Meta& m) { return DateToIso(m.range_start) + " to " + DateToIso(m.range_end); }


void ReadLanesAndActors(Reader& r, const json& root, Dataset* ds) {
    IdSet lane_ids, actor_ids;
    ForEach(r, root, "lanes", true, [&](const json& o, const std::string& p) {
        r.WarnUnknown(o, p, {"id", "label"});
        Lane l;
        r.Id(o, p, "id", &l.id);
        r.String(o, p, "label", &l.label, true, kMaxLabel);
        lane_ids.Add(r, l.id, At(p, "id"), "lane");
        ds->lanes.push_back(l);
    });
    ForEach(r, root, "actors", true, [&](const json& o, const std::string& p) {
        r.WarnUnknown(o, p, {"id", "name", "label", "color", "color_dark", "lane"});
        Actor a;
        r.Id(o, p, "id", &a.id);
        r.String(o, p, "name", &a.name, true, kMaxLabel);
        r.String(o, p, "label", &a.label, true, kMaxLabel);
        Rgb parsed;
        for (auto field : {std::make_pair("color", &a.color), std::make_pair("color_dark", &a.color_dark)})
            if (r.String(o, p, field.first, field.second, false, 16) && !ParseHexColor(*field.second, &parsed))
                r.Error(At(p, field.first), "\"" + *field.second + "\" is not a colour (#rrggbb)");
        if (a.color.empty() && !a.color_dark.empty()) r.Error(At(p, "color_dark"), "a dark colour needs a light one (color)");
        if (r.String(o, p, "lane", &a.lane, true, kMaxId) && !lane_ids.Has(a.lane))
            r.Error(At(p, "lane"), "lane \"" + a.lane + "\" is not defined in /lanes");
        actor_ids.Add(r, a.id, At(p, "id"), "actor");
        ds->actors.push_back(a);
    });
}

void ReadEras(Reader& r, const json& root, Dataset* ds) {
    IdSet ids;
    ForEach(r, root, "eras", false, [&](const json& o, const std::string& p) {
        r.WarnUnknown(o, p, {"id", "label", "start", "end"});
        Era e;
        r.Id(o, p, "id", &e.id);
        r.String(o, p, "label", &e.label, true, kMaxLabel);
        bool a = r.Date(o, p, "start", &e.start, true);
        bool b = r.Date(o, p, "end", &e.end, true);
        if (a && b && DateSpanEnd(e.end) <= DateSpanStart(e.start)) r.Error(p, "era ends before it starts");
        if (a && !InRange(ds->meta, e.start)) r.Error(At(p, "start"), "date is outside the article's range, " + RangeText(ds->meta));
        if (b && !InRange(ds->meta, e.end)) r.Error(At(p, "end"), "date is outside the article's range, " + RangeText(ds->meta));
        ids.Add(r, e.id, At(p, "id"), "era");
        ds->eras.push_back(e);
    });
}

// Who said a quote must be someone: a speaker like "insiders" or "sources" names no one.
bool IsUnnamedSpeaker(const std::string& speaker) {
    static const char* const kUnnamed[] = {"insider", "source", "people familiar", "person familiar", "official",
                                           "anonymous", "someone", "observers", "critics"};
    std::string lower;
    for (char c : speaker) lower += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const char* u : kUnnamed)
        if (lower.rfind(u, 0) == 0) return true;
    return false;
}

// The story's own kinds of event; without them, the built-in six. Each has its own marker shape,
// so a reader can tell every kind apart.
void ReadEventKinds(Reader& r, const json& root, Dataset* ds) {
    if (!root.contains("event_kinds")) {
        ds->kinds = DefaultEventKinds();
        return;
    }
    ds->kinds_given = true;
    IdSet ids;
    std::map<int, std::string> shapes;  // shape -> the kind that has it
    ForEach(r, root, "event_kinds", true, [&](const json& o, const std::string& p) {
        r.WarnUnknown(o, p, {"id", "label", "shape", "decision"});
        EventKind k;
        r.Id(o, p, "id", &k.id);
        r.String(o, p, "label", &k.label, true, kMaxLabel);
        std::string shape;
        if (r.String(o, p, "shape", &shape, true, kMaxId)) {
            if (!ParseMarkerShape(shape, &k.shape))
                r.Error(At(p, "shape"), "unknown shape \"" + shape + "\" (expected " + MarkerShapeList() + ")");
            else if (shapes.count(int(k.shape)))
                r.Error(At(p, "shape"), "kind \"" + shapes[int(k.shape)] + "\" has the shape \"" + shape +
                                            "\" already: each kind needs its own, so a reader can tell them apart");
            else
                shapes[int(k.shape)] = k.id;
        }
        if (const json* d = r.Field(o, p, "decision", false)) {
            if (d->is_boolean()) k.decision = d->get<bool>();
            else r.Error(At(p, "decision"), std::string("expected true or false, found ") + Shown(*d));
        }
        ids.Add(r, k.id, At(p, "id"), "event kind");
        ds->kinds.push_back(k);
    });
    if (ds->kinds.empty()) {
        if (root["event_kinds"].is_array()) r.Error("/event_kinds", "a story needs at least one kind of event");
        ds->kinds = DefaultEventKinds();
        ds->kinds_given = false;
    }
}

void ReadQuote(Reader& r, const json& v, const std::string& p, Event* e) {
    if (!r.ExpectObject(v, p)) return;
    r.WarnUnknown(v, p, {"text", "speaker", "source"});
    Quote q;
    bool ok = r.String(v, p, "text", &q.text, true, kMaxParagraph);
    ok &= r.String(v, p, "speaker", &q.speaker, true, kMaxLine);
    if (ok && IsUnnamedSpeaker(q.speaker)) {
        r.Error(At(p, "speaker"), "\"" + q.speaker + "\" names no person or organisation; a quote needs the one who said it");
        ok = false;
    }
    r.String(v, p, "source", &q.source, true, kMaxId);
    if (ok) e->quote = q;
}


void ReadEvents(Reader& r, const json& root, Dataset* ds) {
    IdSet ids;
    ForEach(r, root, "events", true, [&](const json& o, const std::string& p) {
        r.WarnUnknown(o, p, {"id", "date", "end", "actors", "kind", "label", "headline", "summary", "body", "quote",
                             "sources", "related", "road_not_taken", "attribution"});
        Event e;
        r.Id(o, p, "id", &e.id);
        if (r.Date(o, p, "date", &e.date, true) && !InRange(ds->meta, e.date))
            r.Error(At(p, "date"), "\"" + DateToIso(e.date) + "\" is outside the article's range, " + RangeText(ds->meta));
        PartialDate end;
        if (r.Date(o, p, "end", &end, false)) {
            if (DateSpanEnd(end) <= DateSpanStart(e.date))
                r.Error(At(p, "end"), "\"" + DateToIso(end) + "\" is not after the event's date \"" + DateToIso(e.date) + "\"");
            else if (!InRange(ds->meta, end))
                r.Error(At(p, "end"), "\"" + DateToIso(end) + "\" is outside the article's range, " + RangeText(ds->meta));
            else
                e.end = end;
        }
        e.actors = r.IdList(o, p, "actors", true);
        if (o.contains("actors") && o["actors"].is_array() && o["actors"].empty())
            r.Error(At(p, "actors"), "an event needs at least one actor");
        std::string kind;
        if (r.String(o, p, "kind", &kind, true, kMaxId)) {
            e.kind = ds->FindKind(kind);
            if (e.kind < 0) {
                std::string known;
                for (size_t k = 0; k < ds->kinds.size(); k++)
                    known += std::string(k == 0 ? "" : k + 1 == ds->kinds.size() ? " or " : ", ") + ds->kinds[k].id;
                r.Error(At(p, "kind"), "unknown kind \"" + kind + "\" (expected " + known +
                                           (ds->kinds_given ? ", from /event_kinds)" : ")"));
                e.kind = 0;
            }
        }
        r.String(o, p, "label", &e.label, true, kMaxLabel);
        r.String(o, p, "headline", &e.headline, true, kMaxLine);
        r.String(o, p, "summary", &e.summary, true, kMaxParagraph);
        r.String(o, p, "body", &e.body, true, kMaxParagraph);
        if (const json* q = r.Field(o, p, "quote", false)) ReadQuote(r, *q, At(p, "quote"), &e);
        e.sources = r.IdList(o, p, "sources", true);
        if (o.contains("sources") && o["sources"].is_array() && o["sources"].empty())
            r.Error(At(p, "sources"), "an event needs at least one source");
        e.related = r.IdList(o, p, "related", false);
        r.String(o, p, "road_not_taken", &e.road_not_taken, false, kMaxParagraph);
        r.String(o, p, "attribution", &e.attribution, false, kMaxLine);
        ids.Add(r, e.id, At(p, "id"), "event");
        ds->events.push_back(e);
    });
}

void ReadSharePoint(Reader& r, const json& o, const std::string& p, ShareSeries* s) {
    r.WarnUnknown(o, p, {s->yearly ? "year" : "quarter", "shares", "market_usd_bn", "note", "source"});
    SharePoint pt;
    if (s->yearly) {
        // A yearly series' point is a whole year: {"year": 2019}.
        if (const json* y = r.Field(o, p, "year", true)) {
            if (!y->is_number_integer() || y->get<long long>() < 1 || y->get<long long>() > 9999)
                r.Error(At(p, "year"), "expected a year (2019), found " + Shown(*y));
            else
                pt.quarter = Quarter{int(y->get<long long>()), 0};
        }
    } else if (const json* q = r.Field(o, p, "quarter", true)) {
        std::string qs;
        if (r.StringValue(*q, At(p, "quarter"), &qs, 16, false) && (!ParseQuarter(qs, &pt.quarter) || pt.quarter.IsYear()))
            r.Error(At(p, "quarter"), "\"" + qs + "\" is not a quarter (YYYY-QN; a series of whole years says \"period\": \"year\")");
    }
    if (const json* shares = r.Field(o, p, "shares", true)) {
        std::string sp = At(p, "shares");
        if (r.ExpectObject(*shares, sp)) {
            for (auto it = shares->begin(); it != shares->end(); ++it) {
                std::string vp = At(sp, it.key());
                ReportedValue v;
                if (!r.Reported(it.value(), vp, &v)) continue;
                if (v.low < 0 || v.low > 100 || (v.has_high && v.high > 100)) {
                    r.Error(vp, "share " + ShareForMessage(v) + " is outside 0-100");
                    continue;
                }
                pt.shares[it.key()] = v;
            }
        }
    }
    if (const json* m = r.Field(o, p, "market_usd_bn", false)) {
        ReportedValue v;
        if (r.Reported(*m, At(p, "market_usd_bn"), &v)) {
            if (v.low <= 0) r.Error(At(p, "market_usd_bn"), "market size must be positive");
            else pt.market_usd_bn = v;
        }
    }
    r.String(o, p, "note", &pt.note, false, kMaxLine);
    r.String(o, p, "source", &pt.source, true, kMaxId);
    s->points.push_back(pt);
}

void ReadShareSeries(Reader& r, const json& root, Dataset* ds) {
    IdSet ids;
    ForEach(r, root, "share_series", false, [&](const json& o, const std::string& p) {
        r.WarnUnknown(o, p, {"id", "firm", "label", "basis", "period", "providers", "points", "yearly_market_usd_bn", "first_published"});
        ShareSeries s;
        r.Id(o, p, "id", &s.id);
        r.String(o, p, "firm", &s.firm, true, kMaxLabel);
        r.String(o, p, "label", &s.label, true, kMaxLabel);
        r.String(o, p, "basis", &s.basis, true, kMaxParagraph);
        std::string period;
        if (r.String(o, p, "period", &period, false, 16)) {
            if (period == "year") s.yearly = true;
            else if (period != "quarter") r.Error(At(p, "period"), "unknown period \"" + period + "\" (expected quarter or year)");
        }
        if (const json* fp = r.Field(o, p, "first_published", false)) {
            if (fp->is_boolean()) s.first_published = fp->get<bool>();
            else r.Error(At(p, "first_published"), std::string("expected true or false, found ") + Shown(*fp));
        }
        IdSet provider_ids;
        if (const json* pv = r.Field(o, p, "providers", true)) {
            std::string pp = At(p, "providers");
            if (r.ExpectArray(*pv, pp)) {
                for (size_t i = 0; i < pv->size(); i++) {
                    std::string ip = At(pp, i);
                    const json& po = (*pv)[i];
                    if (!r.ExpectObject(po, ip)) continue;
                    r.WarnUnknown(po, ip, {"id", "label", "actor"});
                    Provider prov;
                    r.Id(po, ip, "id", &prov.id);
                    r.String(po, ip, "label", &prov.label, true, kMaxLabel);
                    r.String(po, ip, "actor", &prov.actor, false, kMaxId, true);
                    provider_ids.Add(r, prov.id, At(ip, "id"), "provider");
                    s.providers.push_back(prov);
                }
            }
        }
        if (const json* pts = r.Field(o, p, "points", true)) {
            std::string pp = At(p, "points");
            if (r.ExpectArray(*pts, pp))
                for (size_t i = 0; i < pts->size(); i++)
                    if (r.ExpectObject((*pts)[i], At(pp, i))) ReadSharePoint(r, (*pts)[i], At(pp, i), &s);
        }
        if (const json* ym = r.Field(o, p, "yearly_market_usd_bn", false)) {
            std::string yp = At(p, "yearly_market_usd_bn");
            if (r.ExpectArray(*ym, yp)) {
                for (size_t i = 0; i < ym->size(); i++) {
                    std::string ip = At(yp, i);
                    const json& yo = (*ym)[i];
                    if (!r.ExpectObject(yo, ip)) continue;
                    r.WarnUnknown(yo, ip, {"year", "value", "source"});
                    YearValue y;
                    double year = 0;
                    if (const json* yv = r.Field(yo, ip, "year", true)) r.Number(*yv, At(ip, "year"), &year);
                    y.year = int(year);
                    if (const json* vv = r.Field(yo, ip, "value", true)) r.Number(*vv, At(ip, "value"), &y.value);
                    r.String(yo, ip, "source", &y.source, true, kMaxId);
                    s.yearly_market_usd_bn.push_back(y);
                }
            }
        }
        ids.Add(r, s.id, At(p, "id"), "series");
        ds->share_series.push_back(s);
    });
}

void ReadRevenue(Reader& r, const json& root, Dataset* ds) {
    IdSet ids;
    ForEach(r, root, "revenue", false, [&](const json& o, const std::string& p) {
        r.WarnUnknown(o, p, {"id", "label", "basis", "actor", "points"});
        RevenueSeries s;
        r.Id(o, p, "id", &s.id);
        r.String(o, p, "label", &s.label, true, kMaxLabel);
        r.String(o, p, "basis", &s.basis, true, kMaxParagraph);
        r.String(o, p, "actor", &s.actor, true, kMaxId);
        if (const json* pts = r.Field(o, p, "points", true)) {
            std::string pp = At(p, "points");
            if (r.ExpectArray(*pts, pp)) {
                for (size_t i = 0; i < pts->size(); i++) {
                    std::string ip = At(pp, i);
                    const json& po = (*pts)[i];
                    if (!r.ExpectObject(po, ip)) continue;
                    r.WarnUnknown(po, ip, {"period", "value", "approximate", "source"});
                    RevenuePoint rp;
                    r.String(po, ip, "period", &rp.period, true, 16);
                    if (const json* v = r.Field(po, ip, "value", true))
                        if (r.Number(*v, At(ip, "value"), &rp.value) && rp.value <= 0)
                            r.Error(At(ip, "value"), "revenue must be positive");
                    if (const json* a = r.Field(po, ip, "approximate", false)) {
                        if (a->is_boolean()) rp.approximate = a->get<bool>();
                        else r.Error(At(ip, "approximate"), std::string("expected true or false, found ") + Shown(*a));
                    }
                    r.String(po, ip, "source", &rp.source, true, kMaxId);
                    s.points.push_back(rp);
                }
            }
        }
        ids.Add(r, s.id, At(p, "id"), "revenue series");
        ds->revenue.push_back(s);
    });
}

void ReadSteps(Reader& r, const json& root, Dataset* ds) {
    IdSet ids;
    ForEach(r, root, "steps", true, [&](const json& o, const std::string& p) {
        r.WarnUnknown(o, p, {"id", "heading", "text", "attribution", "sources", "view"});
        Step s;
        r.Id(o, p, "id", &s.id);
        r.String(o, p, "heading", &s.heading, true, kMaxLine);
        r.String(o, p, "text", &s.text, true, kMaxParagraph);
        r.String(o, p, "attribution", &s.attribution, false, kMaxLine);
        s.sources = r.IdList(o, p, "sources", false);
        if (const json* v = r.Field(o, p, "view", true)) {
            std::string vp = At(p, "view");
            if (r.ExpectObject(*v, vp)) {
                r.WarnUnknown(*v, vp, {"event", "chart", "series", "highlight", "quarter", "compare"});
                r.String(*v, vp, "event", &s.view.event, false, kMaxId, true);
                std::string chart;
                if (r.String(*v, vp, "chart", &chart, false, kMaxId) && !ParseChartKind(chart, &s.view.chart))
                    r.Error(At(vp, "chart"), "unknown chart \"" + chart + "\" (expected " + ChartKindList() + ")");
                r.String(*v, vp, "series", &s.view.series, false, kMaxId);
                r.String(*v, vp, "highlight", &s.view.highlight, false, kMaxId, true);
                r.String(*v, vp, "compare", &s.view.compare, false, kMaxId, true);
                std::string qs;
                if (r.String(*v, vp, "quarter", &qs, false, 16)) {
                    Quarter q;
                    if (ParseQuarter(qs, &q)) s.view.quarter = q;
                    else r.Error(At(vp, "quarter"), "\"" + qs + "\" is not a quarter (YYYY-QN) or a year (YYYY)");
                }
            }
        }
        ids.Add(r, s.id, At(p, "id"), "step");
        ds->steps.push_back(s);
    });
}

void ReadSources(Reader& r, const json& root, Dataset* ds) {
    IdSet ids;
    ForEach(r, root, "sources", true, [&](const json& o, const std::string& p) {
        r.WarnUnknown(o, p, {"id", "publisher", "title", "url", "date", "confidence", "note", "no_url_reason",
                             "carries_quotes", "release"});
        Source s;
        r.Id(o, p, "id", &s.id);
        r.String(o, p, "publisher", &s.publisher, true, kMaxLine);
        r.String(o, p, "title", &s.title, true, kMaxLine);
        if (r.String(o, p, "url", &s.url, false, kMaxUrl) && !IsHttpUrl(s.url)) {
            r.Error(At(p, "url"), "\"" + s.url + "\" is not an http(s) URL");
            s.url.clear();
        }
        PartialDate d;
        if (r.Date(o, p, "date", &d, false)) s.date = d;
        if (r.String(o, p, "confidence", &s.confidence, true, 1)) {
            if (s.confidence != "A" && s.confidence != "B" && s.confidence != "C")
                r.Error(At(p, "confidence"), "\"" + s.confidence + "\" is not a confidence grade (A, B or C)");
            else if (s.confidence == "C")
                r.Warn(At(p, "confidence"), "grade C sources must be shown with a visible caveat");
        }
        r.String(o, p, "note", &s.note, false, kMaxLine);
        r.String(o, p, "no_url_reason", &s.no_url_reason, false, kMaxLine);
        if (s.url.empty() && s.no_url_reason.empty() && !o.contains("url"))
            r.Error(p, "a source without a \"url\" needs a \"no_url_reason\" saying why it has none");
        if (const json* cq = r.Field(o, p, "carries_quotes", false)) {
            if (cq->is_boolean()) s.carries_quotes = cq->get<bool>();
            else r.Error(At(p, "carries_quotes"), std::string("expected true or false, found ") + Shown(*cq));
        }
        std::string rq;
        if (r.String(o, p, "release", &rq, false, 16)) {
            Quarter q;
            if (ParseQuarter(rq, &q)) s.release = q;
            else r.Error(At(p, "release"), "\"" + rq + "\" is not a quarter (YYYY-QN)");
        }
        ids.Add(r, s.id, At(p, "id"), "source");
        ds->sources.push_back(s);
    });
}

// A claim that rests only on grade-B sources (one outlet's reporting, relayed) must say whose it
// is where it is made.
void CheckAttribution(Reader& r, const Dataset& ds, const std::vector<std::string>& sources,
                      const std::string& attribution, const std::string& ptr, const char* what) {
    if (sources.empty() || !attribution.empty()) return;
    for (const std::string& id : sources) {
        const Source* s = ds.FindSource(id);
        if (!s || s->confidence != "B") return;
    }
    r.Error(ptr, std::string("every source of this ") + what +
                     " is grade B, so it needs an \"attribution\" the page shows (e.g. \"According to The Information\")");
}

// Every source backs some claim: an event, a quote, a step, a share point, a yearly total or a
// revenue figure.
void CheckSourcesUsed(Reader& r, const Dataset& ds) {
    std::set<std::string> used;
    for (const Event& e : ds.events) {
        used.insert(e.sources.begin(), e.sources.end());
        if (e.quote) used.insert(e.quote->source);
    }
    for (const Step& s : ds.steps) used.insert(s.sources.begin(), s.sources.end());
    for (const ShareSeries& s : ds.share_series) {
        for (const SharePoint& p : s.points) used.insert(p.source);
        for (const YearValue& y : s.yearly_market_usd_bn) used.insert(y.source);
    }
    for (const RevenueSeries& rs : ds.revenue)
        for (const RevenuePoint& p : rs.points) used.insert(p.source);
    for (size_t i = 0; i < ds.sources.size(); i++)
        if (!used.count(ds.sources[i].id))
            r.Error(At("/sources", i), "source \"" + ds.sources[i].id + "\" backs no claim: cite it or remove it");
}

// Cross-references, checked once everything is read, so order in the file does not matter.
void CheckSourceRef(Reader& r, const Dataset& ds, const std::string& id, const std::string& ptr) {
    if (!id.empty() && !ds.FindSource(id)) r.Error(ptr, "source \"" + id + "\" is not defined in /sources");
}

void CheckReferences(Reader& r, const Dataset& ds) {
    for (size_t i = 0; i < ds.events.size(); i++) {
        const Event& e = ds.events[i];
        std::string p = At("/events", i);
        for (size_t k = 0; k < e.actors.size(); k++)
            if (!ds.FindActor(e.actors[k]))
                r.Error(At(At(p, "actors"), k), "actor \"" + e.actors[k] + "\" is not defined in /actors");
        for (size_t k = 0; k < e.sources.size(); k++) CheckSourceRef(r, ds, e.sources[k], At(At(p, "sources"), k));
        for (size_t k = 0; k < e.related.size(); k++) {
            std::string rp = At(At(p, "related"), k);
            if (e.related[k] == e.id) r.Error(rp, "an event cannot be related to itself");
            else if (ds.FindEvent(e.related[k]) < 0) r.Error(rp, "event \"" + e.related[k] + "\" is not defined in /events");
        }
        if (e.quote) {
            CheckSourceRef(r, ds, e.quote->source, At(At(p, "quote"), "source"));
            const Source* qs = ds.FindSource(e.quote->source);
            if (qs && !qs->carries_quotes)
                r.Error(At(At(p, "quote"), "source"), "source \"" + qs->id + "\" is not marked as carrying quotes (\"carries_quotes\": true)");
        }
        CheckAttribution(r, ds, e.sources, e.attribution, p, "event");
    }
    for (size_t i = 0; i < ds.share_series.size(); i++) {
        const ShareSeries& s = ds.share_series[i];
        std::string p = At("/share_series", i);
        for (size_t k = 0; k < s.providers.size(); k++)
            if (!s.providers[k].actor.empty() && !ds.FindActor(s.providers[k].actor))
                r.Error(At(At(At(p, "providers"), k), "actor"), "actor \"" + s.providers[k].actor + "\" is not defined in /actors");
        for (size_t k = 0; k < s.points.size(); k++) {
            const SharePoint& pt = s.points[k];
            std::string pp = At(At(p, "points"), k);
            CheckSourceRef(r, ds, pt.source, At(pp, "source"));
            const Source* src = ds.FindSource(pt.source);
            if (s.first_published && src && !(src->release && *src->release == pt.quarter))
                r.Error(At(pp, "source"), "\"" + src->id + "\" " +
                                              (src->release ? "reports the release for " + QuarterToIso(*src->release)
                                                            : std::string("does not say which release it reports (\"release\")")) +
                                              ", not " + QuarterToIso(pt.quarter) +
                                              "'s; a series as first published holds only each quarter's own release");
            double lows = 0;
            for (const auto& kv : pt.shares) {
                const std::string& prov = kv.first;
                lows += kv.second.low;
                bool known = std::any_of(s.providers.begin(), s.providers.end(), [&](const Provider& pr) { return pr.id == prov; });
                if (!known) r.Error(At(At(pp, "shares"), prov), "provider \"" + prov + "\" is not listed in this series' providers");
            }
            // Each published share is rounded, so allow half a point per provider.
            double allowed = 100.0 + 0.5 * double(pt.shares.size());
            if (lows > allowed)
                r.Error(At(pp, "shares"), "shares add up to " + ShareForMessage(ReportedValue::Point(lows)) +
                                              ", more than 100% plus rounding");
            if (k > 0 && pt.quarter.year && s.points[k - 1].quarter.year) {
                if (pt.quarter == s.points[k - 1].quarter)
                    r.Error(At(pp, "quarter"), "quarter " + QuarterToIso(pt.quarter) + " appears twice");
                else if (pt.quarter < s.points[k - 1].quarter)
                    r.Error(At(pp, "quarter"), "quarter " + QuarterToIso(pt.quarter) + " is out of order (points must be in time order)");
            }
        }
        for (size_t k = 0; k < s.yearly_market_usd_bn.size(); k++)
            CheckSourceRef(r, ds, s.yearly_market_usd_bn[k].source, At(At(At(p, "yearly_market_usd_bn"), k), "source"));
    }
    for (size_t i = 0; i < ds.revenue.size(); i++) {
        std::string p = At("/revenue", i);
        if (!ds.revenue[i].actor.empty() && !ds.FindActor(ds.revenue[i].actor))
            r.Error(At(p, "actor"), "actor \"" + ds.revenue[i].actor + "\" is not defined in /actors");
        for (size_t k = 0; k < ds.revenue[i].points.size(); k++)
            CheckSourceRef(r, ds, ds.revenue[i].points[k].source, At(At(At(p, "points"), k), "source"));
    }
    for (size_t i = 0; i < ds.steps.size(); i++) {
        const StepView& v = ds.steps[i].view;
        std::string vp = At(At("/steps", i), "view");
        for (size_t k = 0; k < ds.steps[i].sources.size(); k++)
            CheckSourceRef(r, ds, ds.steps[i].sources[k], At(At(At("/steps", i), "sources"), k));
        CheckAttribution(r, ds, ds.steps[i].sources, ds.steps[i].attribution, At("/steps", i), "step");
        if (!v.event.empty() && ds.FindEvent(v.event) < 0)
            r.Error(At(vp, "event"), "event \"" + v.event + "\" is not defined in /events");
        const ShareSeries* s = v.series.empty() ? nullptr : ds.FindSeries(v.series);
        if (v.chart == ChartKind::Gap && ds.meta.gap.leader.empty())
            r.Error(At(vp, "chart"), "the gap chart needs /meta/gap (a leader, a challenger and a title)");
        if (ds.share_series.empty() && (!v.series.empty() || !v.highlight.empty() || v.quarter))
            r.Error(vp, "the story has no share series, so a step cannot set a series, highlight or quarter");
        if (!v.series.empty() && !s) r.Error(At(vp, "series"), "series \"" + v.series + "\" is not defined in /share_series");
        // A step's period is the kind its series has: a quarter of a quarterly one, a year of a yearly one.
        if (v.quarter && !v.series.empty() && s && v.quarter->IsYear() != s->yearly)
            r.Error(At(vp, "quarter"), "\"" + QuarterToIso(*v.quarter) + "\" is " + (v.quarter->IsYear() ? "a year" : "a quarter") +
                                           ", and series \"" + s->id + "\" has " + (s->yearly ? "years" : "quarters"));
        if (s && !v.highlight.empty() &&
            std::none_of(s->providers.begin(), s->providers.end(), [&](const Provider& pr) { return pr.id == v.highlight; }))
            r.Error(At(vp, "highlight"), "provider \"" + v.highlight + "\" is not in series \"" + s->id + "\"");
        if (!v.compare.empty()) {
            const ShareSeries* c = ds.FindSeries(v.compare);
            if (!c) r.Error(At(vp, "compare"), "series \"" + v.compare + "\" is not defined in /share_series");
            else if (v.chart != ChartKind::Share) r.Error(At(vp, "compare"), "a series is compared only on the share chart");
            else if (s && c->id == s->id) r.Error(At(vp, "compare"), "series \"" + c->id + "\" is compared with itself");
            else if (s && c->firm != s->firm)
                r.Error(At(vp, "compare"), "series \"" + c->id + "\" is by " + c->firm + " and \"" + s->id + "\" by " + s->firm +
                                               ": two research firms' figures are never set side by side");
        }
    }
    const GapChart& gap = ds.meta.gap;
    if (!gap.leader.empty() && !ds.FindProvider(gap.leader))
        r.Error("/meta/gap/leader", "provider \"" + gap.leader + "\" is in no share series");
    if (!gap.challenger.empty() && !ds.FindProvider(gap.challenger))
        r.Error("/meta/gap/challenger", "provider \"" + gap.challenger + "\" is in no share series");
    if (ds.steps.empty() && !ds.events.empty()) r.Warn("/steps", "no story steps: the figure has nothing to narrate");
    CheckSourcesUsed(r, ds);
}

}  // namespace

// Actor colours colour labels too: each keeps 4.5:1 on its paper, in both themes. Two actors with
// different colours must stay apart for readers with a colour-vision deficiency as well; two
// given the very same colour are one group by the editor's choice.
static void CheckActorColors(Reader& r, const Dataset& ds) {
    const std::pair<ThemeKind, const char*> themes[] = {{ThemeKind::Light, "light"}, {ThemeKind::Dark, "dark"}};
    for (size_t i = 0; i < ds.actors.size(); i++) {
        const Actor& a = ds.actors[i];
        for (const auto& t : themes) {
            const double c = ContrastRatio(Themed(a.paired, t.first), ThemeOf(t.first).paper);
            if (c < kTextContrast)
                r.Error(At(At("/actors", i), t.first == ThemeKind::Dark && !a.color_dark.empty() ? "color_dark" : "color"),
                        FormatString("%s has %.1f:1 on the %s paper, less than the 4.5:1 its labels need", ToHex(Themed(a.paired, t.first)).c_str(),
                                     c, t.second));
        }
    }
    const std::pair<ColorVision, const char*> visions[] = {
        {ColorVision::Protanopia, "protanopia"}, {ColorVision::Deuteranopia, "deuteranopia"}, {ColorVision::Tritanopia, "tritanopia"}};
    for (size_t i = 0; i < ds.actors.size(); i++)
        for (size_t j = i + 1; j < ds.actors.size(); j++) {
            const Rgb a = ds.actors[i].paired.light, b = ds.actors[j].paired.light;
            if (a.r == b.r && a.g == b.g && a.b == b.b) continue;
            std::string alike;  // the first vision and paper under which the two look alike
            for (const auto& t : themes)
                for (const auto& v : visions)
                    if (alike.empty() && LabDistance(SimulateColorVision(Themed(ds.actors[i].paired, t.first), v.first),
                                                     SimulateColorVision(Themed(ds.actors[j].paired, t.first), v.first)) <
                                             kActorColorDistance)
                        alike = std::string(v.second) + " on the " + t.second + " paper";
            if (!alike.empty())
                r.Error(At(At("/actors", j), "color"), "\"" + ds.actors[j].id + "\" and \"" + ds.actors[i].id + "\" look alike under " +
                                                           alike + ": choose colours further apart");
        }
}

LoadResult LoadDataset(std::string_view text) {
    LoadResult result;
    Reader r(&result.diagnostics);
    if (text.size() > kMaxDatasetBytes) {
        r.Error("", "file is " + std::to_string(text.size()) + " bytes, more than the " +
                        std::to_string(kMaxDatasetBytes) + " a dataset may have");
        return result;
    }
    json root;
    JsonParseError perr;
    if (!ParseJsonDocument(text, kMaxJsonDepth, &root, &perr)) {
        r.Error("", perr.has_offset ? "not valid JSON at byte " + std::to_string(perr.byte_offset) + ": " + perr.message
                                    : "not valid JSON: " + perr.message);
        return result;
    }
    if (!r.ExpectObject(root, "")) return result;
    r.WarnUnknown(root, "", {"version", "meta", "lanes", "actors", "eras", "event_kinds", "events", "share_series", "revenue",
                             "steps", "sources"});
    Dataset& ds = result.dataset;
    if (const json* v = r.Field(root, "", "version", true)) {
        if (!v->is_number_integer() || v->get<long long>() != 1) r.Error("/version", "expected version 1, found " + Shown(*v));
    }
    ReadMeta(r, root, &ds.meta);
    ReadLanesAndActors(r, root, &ds);
    ReadEras(r, root, &ds);
    ReadEventKinds(r, root, &ds);
    ReadEvents(r, root, &ds);
    ReadShareSeries(r, root, &ds);
    ReadRevenue(r, root, &ds);
    ReadSteps(r, root, &ds);
    ReadSources(r, root, &ds);
    CheckReferences(r, ds);
    ResolveActorColors(&ds);
    ApplyLanguage(&ds);
    CheckActorColors(r, ds);
    // The timeline, keyboard order and CSV all want chronological order; a stable sort keeps
    // the file's order for events on the same date.
    std::stable_sort(ds.events.begin(), ds.events.end(),
                     [](const Event& a, const Event& b) { return a.SpanStart() < b.SpanStart(); });
    return result;
}

void ApplyLanguage(Dataset* ds) {
    SetLanguage(ds->meta.language);
    ChartTitles& t = ds->meta.chart_titles;
    if (t.share.empty()) t.share = Tr(Msg::TitleShare);
    if (t.snapshot.empty()) t.snapshot = Tr(Msg::TitleSnapshot);
    if (t.market.empty()) t.market = Tr(Msg::TitleMarket);
    if (!ds->kinds_given) {
        static const Msg kLabels[] = {Msg::KindDecline, Msg::KindInvestment, Msg::KindLaunch,
                                      Msg::KindLeadership, Msg::KindMarket, Msg::KindReport};
        ds->kinds = DefaultEventKinds();
        for (size_t i = 0; i < ds->kinds.size(); i++) ds->kinds[i].label = Tr(kLabels[i]);
    }
}


}  // namespace article
