// articlec: the article's command-line companion.
//   articlec validate FILE             print every problem as FILE:POINTER: message; exit 1 on errors
//   articlec csv FILE OUTDIR           write share-series.csv and events.csv ("Get the data")
//   articlec html FILE TEMPLATE OUT    render a page template with the dataset's prose and tables
//   articlec glyphs FILE               print every character the dataset uses (for font subsetting)
//   articlec css DATASET OUT           write the themes' and the actors' colours as CSS
//   articlec pack FILE OUT             validate, then write the dataset packed for the browser build
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "article_html.hpp"
#include "data_export.hpp"
#include "dataset_load.hpp"
#include "dataset_pack.hpp"
#include "dataset_save.hpp"
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
static int Glyphs(const std::string& path) {
    std::string text;
    if (!ReadFile(path, &text)) {
        std::fprintf(stderr, "%s: cannot read file\n", path.c_str());
        return 1;
    }
    std::set<std::string> chars;
    for (char c = ' '; c <= '~'; c++) chars.insert(std::string(1, c));
    for (const char* s : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA6",
                          "\xC2\xB7", "\xE2\x80\xB9", "\xE2\x80\xBA", "\xE2\x86\x90", "\xE2\x86\x92", "\xE2\x86\x97",
                          "\xC3\x97", "\xE2\x88\x92"})
        chars.insert(s);
    for (size_t i = 0; i < text.size();) {
        size_t len = Utf8SequenceLength(text, i);  // 0: not UTF-8, skipped (validation names it)
        if (len > 1) chars.insert(text.substr(i, len));
        i += len ? len : 1;
    }
    for (const std::string& s : chars) std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
    return 0;
}

static int Usage() {
    std::fprintf(stderr,
                 "usage:\n"
                 "  articlec validate FILE\n"
                 "  articlec csv FILE OUTDIR\n"
                 "  articlec html FILE TEMPLATE OUT [--base-url URL] [--release]\n"
                 "  articlec oembed FILE OUT [--base-url URL] [--release]\n"
                 "  articlec glyphs FILE\n"
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
    if (cmd == "glyphs" && argc == 3) return Glyphs(argv[2]);
    if (cmd == "pack" && argc == 4) return Pack(argv[2], argv[3]);
    if (cmd == "save" && argc == 4) return Save(argv[2], argv[3]);
    if (cmd == "css" && argc == 4) return Css(argv[2], argv[3]);
    return Usage();
}
