// The article's HTML, generated from the dataset at build time so the prose is
// real, selectable, searchable text. Every dataset string is escaped here.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "dataset.hpp"

namespace article {

std::string EscapeHtml(const std::string& s);

// Fills "{{name}}" placeholders. Values are inserted as given (already HTML).
// False, with `error` naming the placeholder, if the template asks for a value not in `values`.
bool RenderTemplate(const std::string& tmpl, const std::map<std::string, std::string>& values, std::string* out,
                    std::string* error);

// The values the page templates use: title, description, story steps, sources, text version...
std::map<std::string, std::string> ArticleTemplateValues(const Dataset& ds);

// The HTML a news site pastes to embed the figure: the iframe (every value attribute-escaped),
// a link for readers without frames, and embed.js, which sizes the iframe to its content. No
// inline style, so a host's CSP needs no 'unsafe-inline' for it (docs/embedding.md).
std::string EmbedCode(const Meta& m);

// The order of events in the text version: by date, and within a year the events known only by
// their year after the rest.
std::vector<size_t> TextVersionOrder(const Dataset& ds);
constexpr int kEmbedStartHeight = 720;

// True for a URL no published article can have: a host under example.org/.com/.net, .example,
// .test, .invalid or .localhost, localhost itself, or a loopback address. A release build refuses
// such a base URL, which the canonical link, the share cards and the embed code are made from.
bool IsPlaceholderUrl(const std::string& url);

// oembed.json: a "rich" oEmbed response with the embed code, for tools that turn a URL into an
// embed (linked from the article's <head>).
std::string OEmbedJson(const Meta& m);  // CSS px, until embed.js has the real height

// The note under the chart for a series shown as `chart`: its source, its basis and the key to
// the marks for values published as "over" a figure or as a range.
std::string SeriesSourceSentence(const ShareSeries& s);
std::string SeriesNote(const Dataset& ds, const ShareSeries& s, ChartKind chart);

// Pieces, exposed for tests.
std::string StepsHtml(const Dataset& ds);
std::string SourcesHtml(const Dataset& ds);
std::string TextVersionHtml(const Dataset& ds);
// The event card's markup: a guide (data-event="") and one <article data-event="id" hidden> per
// event; the page shows the one the figure has selected.
std::string EventCardsHtml(const Dataset& ds);

}  // namespace article
