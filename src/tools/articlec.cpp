// articlec: the article's command-line companion.
//   articlec validate FILE             print every problem as FILE:POINTER: message; exit 1 on errors
//   articlec csv FILE OUTDIR           write share-series.csv and events.csv ("Get the data")
//   articlec html FILE TEMPLATE OUT    render a page template with the dataset's prose and tables
//   articlec new FILE [--language TAG]  write a small story that validates, to fill in
//   articlec glyphs FILE [--page]      print every character the canvas (and the page) may draw
//   articlec glyph-check FILE COVERED NAMES  fail, with JSON pointers, on characters no font has
//   articlec css DATASET OUT           write the themes' and the actors' colours as CSS
//   articlec pack FILE OUT             validate, then write the dataset packed for the browser build
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "article_html.hpp"
#include "data_export.hpp"
#include "dataset_load.hpp"
#include "dataset_pack.hpp"
#include "dataset_save.hpp"
#include "locale.hpp"
#include "theme.hpp"
#include "utf8.hpp"

using namespace article;

static bool ReadFile(const std::string& path, std::string* out) {
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    // Refuse to slurp huge files: read one byte past the limit and let the loader say so.
    std::string data(kMaxDatasetBytes + 1, '\0');
    f.read(&data[0], std::streamsize(data.size()));
    data.resize(size_t(f.gcount()));
    *out = std::move(data);
    return true;
}

static bool WriteFile(const std::string& path, const std::string& data) {
    std::ofstream f(path, std::ios::binary);
    f << data;
    return bool(f);
}

// Loads and prints diagnostics; returns true when the dataset has no errors.
// Writes `text` to `out`: 0, or 1 with a message.
static int WriteOrSay(const std::string& out, const std::string& text) {
    if (WriteFile(out, text)) return 0;
    std::fprintf(stderr, "%s: cannot write\n", out.c_str());
    return 1;
}

static bool LoadAndReport(const std::string& path, LoadResult* result, bool print_warnings) {
    std::string text;
    if (!ReadFile(path, &text)) {
        std::fprintf(stderr, "%s: cannot read file\n", path.c_str());
        return false;
    }
    *result = LoadDataset(text);
    for (const Diagnostic& d : result->diagnostics)
        if (d.severity == Severity::Error || print_warnings)
            std::fprintf(stderr, "%s\n", FormatDiagnostic(path, d).c_str());
    return result->ok();
}

static int Validate(const std::string& path) {
    LoadResult r;
    bool ok = LoadAndReport(path, &r, true);
    std::fprintf(ok ? stdout : stderr, "%s: %d error(s), %d warning(s); %zu events, %zu series, %zu steps, %zu sources\n",
                 path.c_str(), r.ErrorCount(), r.WarningCount(), r.dataset.events.size(), r.dataset.share_series.size(),
                 r.dataset.steps.size(), r.dataset.sources.size());
    return ok ? 0 : 1;
}

static int Csv(const std::string& path, const std::string& outdir) {
    LoadResult r;
    if (!LoadAndReport(path, &r, false)) return 1;
    bool ok = WriteFile(outdir + "/share-series.csv", ShareSeriesCsv(r.dataset)) &&
              WriteFile(outdir + "/events.csv", EventsCsv(r.dataset));
    if (!ok) std::fprintf(stderr, "%s: cannot write CSV files\n", outdir.c_str());
    return ok ? 0 : 1;
}

// `base_url`, if given, replaces the dataset's canonical_url: where the article is published is a
// setting of the build, not of the story. A release build refuses a placeholder address.
static bool ApplyBaseUrl(const std::string& path, LoadResult& r, std::string base_url, bool release) {
    if (!base_url.empty()) {
        if (base_url.back() != '/') base_url += '/';
        if (!IsHttpUrl(base_url)) {
            std::fprintf(stderr, "--base-url: \"%s\" is not an http(s) URL\n", EscapeForTerminal(base_url).c_str());
            return false;
        }
        r.dataset.meta.canonical_url = base_url;
    }
    if (release && IsPlaceholderUrl(r.dataset.meta.canonical_url)) {
        std::fprintf(stderr, "%s: the article's address \"%s\" is a placeholder; a release build needs --base-url with the "
                     "address it will be published at\n", path.c_str(), EscapeForTerminal(r.dataset.meta.canonical_url).c_str());
        return false;
    }
    return true;
}

static int Html(const std::string& path, const std::string& tmpl_path, const std::string& out, const std::string& base_url,
                bool release) {
    LoadResult r;
    if (!LoadAndReport(path, &r, false) || !ApplyBaseUrl(path, r, base_url, release)) return 1;
    std::string tmpl, html, error;
    if (!ReadFile(tmpl_path, &tmpl)) {
        std::fprintf(stderr, "%s: cannot read template\n", tmpl_path.c_str());
        return 1;
    }
    std::map<std::string, std::string> values = ArticleTemplateValues(r.dataset);
    // Pieces shared by the article and the embed live beside the template as NAME.partial.html
    // and fill {{NAME}}: the figure's markup, the head's assets.
    std::string dir = tmpl_path.substr(0, tmpl_path.find_last_of('/') + 1);
    for (const char* name : {"figure", "assets"}) {
        std::string partial, rendered;
        if (!ReadFile(dir + name + ".partial.html", &partial)) continue;
        if (!RenderTemplate(partial, values, &rendered, &error)) {
            std::fprintf(stderr, "%s%s.partial.html: %s\n", dir.c_str(), name, error.c_str());
            return 1;
        }
        values[name] = rendered;
    }
    if (!RenderTemplate(tmpl, values, &html, &error)) {
        std::fprintf(stderr, "%s: %s\n", tmpl_path.c_str(), error.c_str());
        return 1;
    }
    if (!WriteFile(out, html)) {
        std::fprintf(stderr, "%s: cannot write\n", out.c_str());
        return 1;
    }
    return 0;
}

// The browser build compiles in the packed form, so it never parses or validates JSON itself:
// nothing is packed unless the dataset is free of errors.
static int Pack(const std::string& path, const std::string& out) {
    LoadResult r;
    if (!LoadAndReport(path, &r, false)) return 1;
    return WriteOrSay(out, PackDataset(CanvasOnly(r.dataset)));
}

static int Css(const std::string& path, const std::string& out) {
    LoadResult r;
    if (!LoadAndReport(path, &r, false)) return 1;
    std::vector<ActorCss> actors;
    for (const Actor& a : r.dataset.actors) actors.push_back({a.id, a.paired});
    return WriteOrSay(out, ThemeCss(actors));
}

static int OEmbed(const std::string& path, const std::string& out, const std::string& base_url, bool release) {
    LoadResult r;
    if (!LoadAndReport(path, &r, false) || !ApplyBaseUrl(path, r, base_url, release)) return 1;
    return WriteOrSay(out, OEmbedJson(r.dataset.meta));
}

// The data readers download (dist/data/article.json, and the offline file's copy): the
// validated model written back, so a field the format does not know never ships.
static int Save(const std::string& path, const std::string& out) {
    LoadResult r;
    if (!LoadAndReport(path, &r, false)) return 1;
    return WriteOrSay(out, SaveDataset(r.dataset) + "\n");
}

// Every code point in the dataset's text, plus printable ASCII and the few symbols the UI draws.
static std::string Utf8(uint32_t c) {
    std::string s;
    if (c < 0x80) s += char(c);
    else if (c < 0x800) s += char(0xC0 | c >> 6), s += char(0x80 | (c & 0x3F));
    else if (c < 0x10000) s += char(0xE0 | c >> 12), s += char(0x80 | (c >> 6 & 0x3F)), s += char(0x80 | (c & 0x3F));
    else s += char(0xF0 | c >> 18), s += char(0x80 | (c >> 12 & 0x3F)), s += char(0x80 | (c >> 6 & 0x3F)), s += char(0x80 | (c & 0x3F));
    return s;
}

// Every character the canvas may draw (CanvasCodepoints), as UTF-8 on one line: what the build
// subsets the fonts to.
// With --page, also every other character of the file: the page's text uses the main font too,
// so a letter in a paragraph matches its neighbours.
static int Glyphs(const std::string& path, bool page) {
    LoadResult r;
    std::string text;
    if (!LoadAndReport(path, &r, false) || !ReadFile(path, &text)) return 1;
    std::vector<uint32_t> cps = CanvasCodepoints(r.dataset);
    std::set<uint32_t> all(cps.begin(), cps.end());
    for (size_t i = 0; page && i < text.size();) {
        const size_t len = Utf8SequenceLength(text, i);
        if (len > 1) all.insert(Utf8CodePoint(text, i, len));
        i += len ? len : 1;
    }
    for (uint32_t c : all) std::fputs(Utf8(c).c_str(), stdout);
    std::fputc('\n', stdout);
    return 0;
}

// The JSON pointer of the first string in `v` holding `needle`, or "".
static std::string FirstPointerWith(const nlohmann::json& v, const std::string& needle, const std::string& at) {
    if (v.is_string()) return v.get_ref<const std::string&>().find(needle) != std::string::npos ? (at.empty() ? "/" : at) : "";
    if (v.is_object())
        for (auto it = v.begin(); it != v.end(); ++it) {
            std::string key;
            for (char c : it.key()) key += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
            std::string found = FirstPointerWith(*it, needle, at + "/" + key);
            if (!found.empty()) return found;
        }
    if (v.is_array())
        for (size_t i = 0; i < v.size(); i++) {
            std::string found = FirstPointerWith(v[i], needle, at + "/" + std::to_string(i));
            if (!found.empty()) return found;
        }
    return "";
}

// Fails, naming where each one is used, when a character the canvas may draw is in none of the
// fonts: COVERED holds, as UTF-8, every character the build's fonts have.
static int GlyphCheck(const std::string& path, const std::string& covered_path, const std::string& font_names) {
    LoadResult r;
    std::string text, covered_text;
    if (!LoadAndReport(path, &r, false) || !ReadFile(path, &text)) return 1;
    if (!ReadFile(covered_path, &covered_text)) {
        std::fprintf(stderr, "%s: cannot read file\n", covered_path.c_str());
        return 1;
    }
    std::set<uint32_t> covered;
    for (size_t i = 0; i < covered_text.size();) {
        const size_t len = Utf8SequenceLength(covered_text, i);
        if (len) covered.insert(Utf8CodePoint(covered_text, i, len));
        i += len ? len : 1;
    }
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    int missing = 0;
    for (uint32_t c : CanvasCodepoints(r.dataset)) {
        if (covered.count(c)) continue;
        std::string where = FirstPointerWith(doc, Utf8(c), "");
        if (where.empty()) where = "the engine's own words for \"" + r.dataset.meta.language + "\"";
        std::fprintf(stderr, "%s: %s: character U+%04X (%s) is in none of the fonts (%s); the figure cannot draw it\n",
                     path.c_str(), where.c_str(), c, EscapeForTerminal(Utf8(c)).c_str(), font_names.c_str());
        missing++;
    }
    return missing ? 1 : 0;
}

// A small story that validates, with every section present and words to replace: the start of a
// new story (docs/data-format.md, "The next story in an afternoon").
static const char kTemplate[] = R"JSON({
  "version": 1,
  "meta": {
    "title": "Replace with the headline",
    "dek": "Replace with the standfirst: one or two sentences on what the story finds.",
    "byline": "Replace with the byline",
    "kicker": "Replace with the kicker",
    "figure_title": "Replace with the figure's title",
    "figure_description": "Replace with one sentence on what the figure shows, for screen readers.",
    "units": {"share": {"suffix": "%"}, "market": {"prefix": "$", "suffix": "bn"}},
    "chart_titles": {"share": "Replace with the share chart's title"},
    "gap": {"leader": "first-firm", "challenger": "second-firm", "title": "Replace: the first firm's lead over the second, points"},
    "published": "2026-01-15",
    "updated": "2026-01-15",
    "language": "LANGUAGE",
    "canonical_url": "https://example.org/replace-with-the-story-address/",
    "as_of": "2025-12",
    "range": {"start": "2020", "end": "2025"},
    "credits": ["Replace with the credits."],
    "methodology": "Replace with how the story was reported and where its figures come from.",
    "caveats": ["Replace with what a reader should keep in mind."]
  },
  "lanes": [
    {"id": "firms", "label": "Firms"},
    {"id": "others", "label": "Others"}
  ],
  "actors": [
    {"id": "first-firm", "name": "First Firm, Inc.", "label": "First Firm", "lane": "firms"},
    {"id": "second-firm", "name": "Second Firm plc", "label": "Second Firm", "lane": "firms"},
    {"id": "regulator", "name": "The Regulator", "label": "Regulator", "lane": "others"}
  ],
  "eras": [
    {"id": "first-phase", "label": "Replace: a phase", "start": "2020-01", "end": "2022-12"}
  ],
  "event_kinds": [
    {"id": "decision", "label": "Decision", "shape": "struck-circle", "decision": true},
    {"id": "deal", "label": "Deal", "shape": "diamond", "decision": true},
    {"id": "launch", "label": "Launch", "shape": "triangle"},
    {"id": "report", "label": "Report", "shape": "open-square"}
  ],
  "events": [
    {
      "id": "first-event", "date": "2020-03-02", "actors": ["first-firm"], "kind": "launch",
      "label": "Replace: label", "headline": "Replace with the event's headline",
      "summary": "Replace with one sentence on what happened.", "body": "Replace with what the reader needs to know about it.",
      "sources": ["example-source"], "related": ["second-event"]
    },
    {
      "id": "second-event", "date": "2021-06", "actors": ["second-firm", "first-firm"], "kind": "deal",
      "label": "Replace: label", "headline": "Replace with the event's headline",
      "summary": "Replace with one sentence on what happened.", "body": "Replace with what the reader needs to know about it.",
      "quote": {"text": "Replace with a short quote", "speaker": "Replace with who said it", "source": "example-source"},
      "sources": ["example-source"], "related": []
    },
    {
      "id": "third-event", "date": "2023", "actors": ["regulator", "first-firm"], "kind": "decision",
      "label": "Replace: label", "headline": "Replace with the event's headline",
      "summary": "Replace with one sentence on what happened.", "body": "Replace with what the reader needs to know about it.",
      "road_not_taken": "Replace with what the decision ruled out, or remove this field.",
      "sources": ["example-source"], "related": []
    }
  ],
  "share_series": [
    {
      "id": "research-firm", "firm": "Replace: research firm", "label": "Replace: research firm",
      "basis": "Replace with what the research firm counts.",
      "providers": [
        {"id": "first-firm", "label": "First Firm", "actor": "first-firm"},
        {"id": "second-firm", "label": "Second Firm", "actor": "second-firm"}
      ],
      "points": [
        {"quarter": "2022-Q1", "shares": {"first-firm": 40, "second-firm": 20}, "market_usd_bn": 10, "source": "example-source"},
        {"quarter": "2022-Q2", "shares": {"first-firm": 39, "second-firm": {"low": 21, "high": 22}}, "source": "example-source"},
        {"quarter": "2022-Q4", "shares": {"first-firm": {"low": 37}, "second-firm": 23}, "market_usd_bn": 12, "source": "example-source"}
      ]
    }
  ],
  "steps": [
    {
      "id": "beginning", "heading": "Replace with the first beat's heading", "text": "Replace with the first beat.",
      "view": {"event": "first-event", "chart": "share", "series": "research-firm", "highlight": "first-firm"}
    },
    {
      "id": "turn", "heading": "Replace with the second beat's heading", "text": "Replace with the second beat.",
      "view": {"event": "third-event", "chart": "gap", "series": "research-firm", "quarter": "2022-Q4"}
    }
  ],
  "sources": [
    {"id": "example-source", "publisher": "Replace: publisher", "title": "Replace: the source's title",
     "url": "https://example.org/replace-with-the-source", "date": "2025-01-10", "confidence": "A", "carries_quotes": true}
  ]
}
)JSON";

// Writes the template, in `language`, to `out` (never over an existing file).
static int New(const std::string& out, const std::string& language) {
    if (std::ifstream(out)) {
        std::fprintf(stderr, "%s: already exists; choose another name\n", out.c_str());
        return 1;
    }
    if (language.empty() || language.size() > 16 || language.find_first_of("\"\\") != std::string::npos) {
        std::fprintf(stderr, "articlec new: \"%s\" is not a language tag (\"en\", \"de\", \"en-GB\")\n", language.c_str());
        return 1;
    }
    std::string text = kTemplate;
    text.replace(text.find("LANGUAGE"), 8, language);
    if (!HasLocale(language))
        std::fprintf(stderr, "articlec new: \"%s\" has no locale in this build, so the figure's own words will be in English (locales: %s)\n",
                     language.c_str(), LocaleList().c_str());
    if (WriteOrSay(out, text) != 0) return 1;
    std::printf("%s: a story to fill in; check it with articlec validate %s\n", out.c_str(), out.c_str());
    return 0;
}

static int Usage() {
    std::fprintf(stderr,
                 "usage:\n"
                 "  articlec validate FILE\n"
                 "  articlec csv FILE OUTDIR\n"
                 "  articlec html FILE TEMPLATE OUT [--base-url URL] [--release]\n"
                 "  articlec oembed FILE OUT [--base-url URL] [--release]\n"
                 "  articlec new FILE [--language TAG]\n"
                 "  articlec glyphs FILE [--page]\n"
                 "  articlec glyph-check FILE COVERED FONT_NAMES\n"
                 "  articlec css DATASET OUT\n"
                 "  articlec pack FILE OUT\n"
                 "  articlec save FILE OUT\n");
    return 2;
}

int main(int argc, char** argv) {
    if (argc < 3) return Usage();
    std::string cmd = argv[1];
    if (cmd == "validate" && argc == 3) return Validate(argv[2]);
    if (cmd == "csv" && argc == 4) return Csv(argv[2], argv[3]);
    if ((cmd == "html" && argc >= 5) || (cmd == "oembed" && argc >= 4)) {
        std::string base_url;
        bool release = false;
        for (int i = cmd == "html" ? 5 : 4; i < argc; i++) {
            std::string a = argv[i];
            if (a == "--base-url" && i + 1 < argc) base_url = argv[++i];
            else if (a == "--release") release = true;
            else return Usage();
        }
        return cmd == "html" ? Html(argv[2], argv[3], argv[4], base_url, release) : OEmbed(argv[2], argv[3], base_url, release);
    }
    if (cmd == "new" && argc == 3) return New(argv[2], "en");
    if (cmd == "new" && argc == 5 && std::string(argv[3]) == "--language") return New(argv[2], argv[4]);
    if (cmd == "glyphs" && argc == 3) return Glyphs(argv[2], false);
    if (cmd == "glyphs" && argc == 4 && std::string(argv[3]) == "--page") return Glyphs(argv[2], true);
    if (cmd == "glyph-check" && argc == 5) return GlyphCheck(argv[2], argv[3], argv[4]);
    if (cmd == "pack" && argc == 4) return Pack(argv[2], argv[3]);
    if (cmd == "save" && argc == 4) return Save(argv[2], argv[3]);
    if (cmd == "css" && argc == 4) return Css(argv[2], argv[3]);
    return Usage();
}
