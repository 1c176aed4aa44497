#include <doctest/doctest.h>

#include <algorithm>

#include "article_html.hpp"
#include "data_export.hpp"
#include "share_chart_model.hpp"
#include "test_support.hpp"

using namespace article;

TEST_CASE("HTML escaping covers markup and both quotes") {
    CHECK(EscapeHtml("<script>alert(\"x\")</script> & 'y'") ==
          "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
}

TEST_CASE("dataset text with markup renders inert") {
    Dataset ds = LoadOk(MinimalDatasetText());
    ds.steps[0].heading = "<script>alert(1)</script>";
    ds.events[0].headline = "\"><img src=x onerror=alert(1)>";
    ds.sources[0].title = "<b>bold</b>";
    std::string steps = StepsHtml(ds), text = TextVersionHtml(ds), sources = SourcesHtml(ds);
    CHECK(steps.find("<script>") == std::string::npos);
    CHECK(steps.find("&lt;script&gt;") != std::string::npos);
    CHECK(text.find("<img") == std::string::npos);
    CHECK(sources.find("<b>") == std::string::npos);
}

TEST_CASE("the template fills known values and refuses unknown ones") {
    std::string out, err;
    CHECK(RenderTemplate("<h1>{{title}}</h1>", {{"title", "T"}}, &out, &err));
    CHECK(out == "<h1>T</h1>");
    CHECK_FALSE(RenderTemplate("{{nope}}", {{"title", "T"}}, &out, &err));
    CHECK(err == "template asks for unknown value {{nope}}");
}

TEST_CASE("every step becomes a section with its index") {
    Dataset ds = LoadOk(StoryFixtureText());
    std::string html = StepsHtml(ds);
    for (size_t i = 0; i < ds.steps.size(); i++)
        CHECK(html.find("data-step=\"" + std::to_string(i) + "\"") != std::string::npos);
}

TEST_CASE("sources are numbered and link out in a new tab") {
    Dataset ds = LoadOk(StoryFixtureText());
    std::string html = SourcesHtml(ds);
    CHECK(html.find("id=\"source-1\"") != std::string::npos);
    CHECK(html.find("id=\"source-" + std::to_string(ds.sources.size()) + "\"") != std::string::npos);
    CHECK(html.find("target=\"_blank\"") != std::string::npos);
}

TEST_CASE("the text version lists events with machine-readable dates and marks gaps") {
    Dataset ds = LoadOk(StoryFixtureText());
    std::string html = TextVersionHtml(ds);
    CHECK(html.find("<time datetime=\"2018\">2018 (month not known)</time>") != std::string::npos);
    CHECK(html.find("<time datetime=\"2019-07-22\">22 July 2019</time>") != std::string::npos);
    CHECK(html.find("not reported") != std::string::npos);
    CHECK(html.find("32\xE2\x80\x93" "34%") != std::string::npos);
}

TEST_CASE("CSV quotes fields and defuses formulas") {
    CHECK(CsvField("plain") == "plain");
    CHECK(CsvField("a,b") == "\"a,b\"");
    CHECK(CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(CsvField("=SUM(A1)") == "'=SUM(A1)");
}

TEST_CASE("CSV defuses every formula trigger, tab and carriage return included") {
    for (const char* cell : {"+1", "-1", "@SUM(A1)", "\tx", "\rx", "\xEF\xBC\x9DSUM(A1)"}) {
        INFO(cell);
        std::string out = CsvField(cell);
        size_t text = out[0] == '"' ? 1 : 0;
        CHECK(out[text] == '\'');
    }
    CHECK(CsvField("plain-text") == "plain-text");  // a sign inside the cell is harmless
}

TEST_CASE("the embed code escapes every attribute value and loads embed.js") {
    Meta m;
    m.title = "Amazon's \"no\" to OpenAI\" onload=\"alert(1)";
    m.canonical_url = "https://example.org/a\"b/";
    std::string code = EmbedCode(m);
    CHECK(code.find("onload=\"") == std::string::npos);
    CHECK(code.find("title=\"Amazon&#39;s &quot;no&quot; to OpenAI&quot; onload=&quot;alert(1)\"") != std::string::npos);
    CHECK(code.find("src=\"https://example.org/a&quot;b/embed.html\"") != std::string::npos);
    CHECK(code.find(" data-article-embed ") != std::string::npos);
    CHECK(code.find("<script src=\"https://example.org/a&quot;b/embed.js\" async></script>") != std::string::npos);
    CHECK(code.find("style=") == std::string::npos);
    CHECK(code.find("height=\"" + std::to_string(kEmbedStartHeight) + "\"") != std::string::npos);
}

TEST_CASE("the share CSV has one row per reported value and keeps bands") {
    Dataset ds = LoadOk(StoryFixtureText());
    std::string csv = ShareSeriesCsv(ds);
    size_t rows = 0;
    for (const ShareSeries& s : ds.share_series)
        for (const SharePoint& p : s.points) rows += p.shares.size();
    size_t lines = 0;
    for (char c : csv) lines += c == '\n';
    CHECK(lines == rows + 1);
    CHECK(csv.find("synergy,Synergy Research Group,2023-Q1,AWS,32,34,band") != std::string::npos);
}

TEST_CASE("the events CSV lists every event with its precision") {
    Dataset ds = LoadOk(StoryFixtureText());
    std::string csv = EventsCsv(ds);
    CHECK(csv.find("aws-declines-openai,2018,year,") != std::string::npos);
}

TEST_CASE("in the text version, events known only by their year follow that year's dated events") {
    Dataset ds = LoadOk(StoryFixtureText());
    std::vector<size_t> order = TextVersionOrder(ds);
    REQUIRE(order.size() == ds.events.size());
    auto pos = [&](const char* id) {
        int e = ds.FindEvent(id);
        REQUIRE(e >= 0);
        return std::find(order.begin(), order.end(), size_t(e)) - order.begin();
    };
    // 2021: Selipsky's March appointment comes before the year-only refusals, which sorted by
    // date would stand on 1 January, first.
    CHECK(ds.FindEvent("aws-declines-cohere-anthropic") < ds.FindEvent("selipsky-aws-ceo"));
    CHECK(pos("selipsky-aws-ceo") < pos("aws-declines-cohere-anthropic"));
    CHECK(pos("jassy-amazon-ceo") < pos("aws-declines-cohere-anthropic"));
    CHECK(pos("aws-declines-cohere-anthropic") < pos("chatgpt-launch"));
    std::string html = TextVersionHtml(ds);
    CHECK(html.find("2021 (month not known)") != std::string::npos);
}

TEST_CASE("an event's and a step's attribution are on the page") {
    Dataset ds = LoadOk(MinimalDatasetText());
    ds.events[0].attribution = "According to Example Publisher";
    ds.steps[0].attribution = "According to Another Outlet";
    CHECK(TextVersionHtml(ds).find("<span class=\"attribution\">According to Example Publisher.</span>") != std::string::npos);
    CHECK(StepsHtml(ds).find("<p class=\"attribution\">According to Another Outlet.</p>") != std::string::npos);
}

TEST_CASE("placeholder and local addresses are told from real ones") {
    for (const char* url : {"https://example.org/interactive/aws-ai-deals/", "https://www.example.com/x/", "http://localhost:8080/",
                            "http://127.0.0.1:9000/", "https://news.test/", "https://a.invalid/", "https://EXAMPLE.ORG/",
                            "https://user@example.net:443/x"}) {
        INFO(url);
        CHECK(IsPlaceholderUrl(url));
    }
    for (const char* url : {"https://graphics.newsroom.co.uk/cloud-deals/", "https://www.examples.org/", "https://example.org.uk/",
                            "https://testing.com/"}) {
        INFO(url);
        CHECK_FALSE(IsPlaceholderUrl(url));
    }
}

namespace {
// The markup of one event's card, from its opening tag to its closing one.
std::string CardOf(const std::string& html, const std::string& id) {
    size_t start = html.find("<article class=\"card-event\" data-event=\"" + id + "\"");
    REQUIRE(start != std::string::npos);
    return html.substr(start, html.find("</article>", start) - start);
}
}  // namespace

TEST_CASE("each event has a hidden card with its date, headline, actors, prose, quote and road not taken") {
    Dataset ds = LoadOk(MinimalDatasetText());
    std::string card = CardOf(EventCardsHtml(ds), "first");
    CHECK(card.find(" hidden>") != std::string::npos);
    CHECK(card.find("aria-labelledby=\"card-title-first\"") != std::string::npos);
    CHECK(card.find("<h3 class=\"card-title\" id=\"card-title-first\">The first event</h3>") != std::string::npos);
    CHECK(card.find("Declined \xC2\xB7 <time datetime=\"2018\">2018 (month not known)</time>") != std::string::npos);
    CHECK(card.find("<span class=\"swatch actor-aws\"></span>Amazon Web Services</li>") != std::string::npos);
    CHECK(card.find("<p>Something happened.</p>") != std::string::npos);
    CHECK(card.find("<p>More about it.</p>") != std::string::npos);
    CHECK(card.find("\xE2\x80\x9C" "A few words\xE2\x80\x9D</p><footer>Jane Example, Example Corp</footer>") != std::string::npos);
    CHECK(card.find("The road not taken</h4>\n<p>What might have been.</p>") != std::string::npos);
}

TEST_CASE("a card's related events are buttons naming the event they select") {
    Dataset ds = LoadOk(MinimalDatasetText());
    std::string html = EventCardsHtml(ds);
    CHECK(CardOf(html, "first").find("<button type=\"button\" class=\"card-related\" data-select=\"second\">22 July 2019: Second</button>") !=
          std::string::npos);
    CHECK(CardOf(html, "second").find("card-related") == std::string::npos);  // no related events: no section
}

TEST_CASE("a card's sources link out in a new tab, and a source without an address is plain text") {
    Dataset ds = LoadOk(MinimalDatasetText());
    const Source& s = ds.sources[0];
    std::string card = CardOf(EventCardsHtml(ds), "first");
    CHECK(card.find("<a href=\"" + EscapeHtml(s.url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
                    EscapeHtml(s.publisher + ": " + s.title)) != std::string::npos);
    ds.sources[0].url.clear();
    card = CardOf(EventCardsHtml(ds), "first");
    CHECK(card.find("<a href") == std::string::npos);
    CHECK(card.find("<li>" + EscapeHtml(s.publisher + ": " + s.title) + "</li>") != std::string::npos);
}

TEST_CASE("the card's guide keys every event kind to its marker") {
    const Dataset ds = LoadOk(MinimalDatasetText());
    std::string html = EventCardsHtml(ds);
    std::string guide = html.substr(0, html.find("</div>"));
    CHECK(guide.find("data-event=\"\"") != std::string::npos);
    REQUIRE(ds.kinds.size() == 6);
    for (const EventKind& k : ds.kinds) {
        INFO(k.label);
        CHECK(guide.find("</svg>" + k.label + "</li>") != std::string::npos);
    }
}

TEST_CASE("an event's card text is escaped") {
    Dataset ds = LoadOk(MinimalDatasetText());
    ds.events[0].body = "<img src=x onerror=alert(1)>";
    ds.events[0].quote->speaker = "\"><script>";
    std::string card = CardOf(EventCardsHtml(ds), "first");
    CHECK(card.find("<img") == std::string::npos);
    CHECK(card.find("<script") == std::string::npos);
}

TEST_CASE("the text version's tables are captioned with the story's chart titles") {
    Dataset ds = LoadOk(MinimalDatasetText());
    ds.meta.chart_titles.share = "Share of grocery <sales>";
    ds.meta.chart_titles.market = "Sales per quarter";
    const std::string html = TextVersionHtml(ds);
    CHECK(html.find(": Share of grocery &lt;sales&gt;.") != std::string::npos);
    CHECK(html.find("<th scope=\"col\">Sales per quarter</th>") != std::string::npos);
    CHECK(html.find("cloud") == std::string::npos);
}

TEST_CASE("the kicker is a paragraph when the story has one, and nothing when it has none") {
    Dataset ds = LoadOk(MinimalDatasetText());
    CHECK(ArticleTemplateValues(ds)["kicker"].empty());
    ds.meta.kicker = "Retail & trade";
    CHECK(ArticleTemplateValues(ds)["kicker"] == "<p class=\"kicker\">Retail &amp; trade</p>");
}

TEST_CASE("an event's date reads the same wherever it is written") {
    Dataset ds = LoadOk(MinimalDatasetText());
    CHECK(EventDateText(ds.events[0]) == "2018 (month not known)");
    CHECK(EventDateText(ds.events[1]) == "22 July 2019\xE2\x80\x93" "August 2019");
    for (const Event& e : ds.events) {
        CHECK(TextVersionHtml(ds).find(">" + EscapeHtml(EventDateText(e)) + "</time>") != std::string::npos);
        CHECK(EventCardsHtml(ds).find(">" + EscapeHtml(EventDateText(e)) + "</time>") != std::string::npos);
    }
}

TEST_CASE("the note under the chart names the series' source and basis, and keys only the marks its chart uses") {
    Dataset ds = LoadOk(StoryFixtureText());
    const ShareSeries& s = ds.share_series.front();
    const std::string share = SeriesNote(ds, s, ChartKind::Share);
    CHECK(share.find(s.label) != std::string::npos);
    CHECK(share.find(s.basis) != std::string::npos);
    CHECK(share.find(ChartMarksKey(ds, s, ChartKind::Share)) != std::string::npos);
    REQUIRE_FALSE(ChartMarksKey(ds, s, ChartKind::Share).empty());  // the fixture has bands and "over" values
    CHECK(SeriesNote(ds, s, ChartKind::Snapshot) == SeriesSourceSentence(s) + " " + s.basis);
}

TEST_CASE("each series option carries its source, basis and per-chart keys for the page's note") {
    Dataset ds = LoadOk(StoryFixtureText());
    const std::string options = ArticleTemplateValues(ds).at("series_options");
    for (const ShareSeries& s : ds.share_series) {
        INFO(s.id);
        CHECK(options.find("data-source=\"" + EscapeHtml(SeriesSourceSentence(s)) + "\"") != std::string::npos);
        CHECK(options.find("data-basis=\"" + EscapeHtml(s.basis) + "\"") != std::string::npos);
    }
    CHECK(options.find("data-key-share=\"" + EscapeHtml(ChartMarksKey(ds, ds.share_series.front(), ChartKind::Share)) + "\"") !=
          std::string::npos);
    CHECK(options.find("data-key-snapshot") == std::string::npos);
}

TEST_CASE("the source menu waits in a template, and a box holding every series label stands in its place") {
    Dataset ds = LoadOk(StoryFixtureText());
    const std::string controls = ArticleTemplateValues(ds).at("chart_controls");
    const size_t slot = controls.find("<span class=\"series-select-slot\" aria-hidden=\"true\">");
    const size_t menu = controls.find("<template id=\"series-select-template\"><select id=\"series-select\">");
    REQUIRE(slot != std::string::npos);
    REQUIRE(menu != std::string::npos);
    CHECK(slot < menu);
    CHECK(controls.find("<select") == menu + std::string("<template id=\"series-select-template\">").size());
    for (const ShareSeries& s : ds.share_series) {
        INFO(s.id);
        CHECK(controls.find("<span>" + EscapeHtml(s.label) + "</span>") < menu);
    }
}

TEST_CASE("a story without share data offers no chart tabs, source menu, table or share CSV") {
    const Dataset ds = LoadOk(ReadTestFile(std::string(ARTICLE_TEST_DATA_DIR) + "/no-shares.json"));
    const auto v = ArticleTemplateValues(ds);
    for (const char* key : {"chart_controls", "table_button", "csv_link", "data_series_item"}) {
        INFO(key);
        CHECK(v.at(key).empty());
    }
    CHECK(TextVersionHtml(ds).find("<table") == std::string::npos);
}

TEST_CASE("the gap tab is offered only when the story names a gap") {
    const auto with_gap = ArticleTemplateValues(LoadOk(MinimalDatasetText()));
    CHECK(with_gap.at("chart_controls").find("data-chart=\"gap\"") != std::string::npos);
    CHECK(with_gap.at("chart_controls").find(">AWS lead</button>") != std::string::npos);
    std::string text = MinimalDatasetText();
    const size_t at = text.find("\"gap\": {");
    text.erase(at, text.find("},", at) + 2 - at);
    text.replace(text.find("\"chart\": \"gap\""), 14, "\"chart\": \"share\"");
    const auto without = ArticleTemplateValues(LoadOk(text));
    CHECK(without.at("chart_controls").find("data-chart=\"gap\"") == std::string::npos);
    CHECK(without.at("chart_controls").find("data-chart=\"market\"") != std::string::npos);
}

TEST_CASE("the text version gives the revenue series and the yearly market sizes, with units and sources") {
    const std::string html = TextVersionHtml(LoadOk(MinimalDatasetText()));
    const size_t at = html.find("<h3>Revenue and market size</h3>");
    REQUIRE(at != std::string::npos);
    const std::string figures = html.substr(at);
    CHECK(figures.find("<caption>Firm A: market size per year. How firm A counts.</caption>") != std::string::npos);
    CHECK(figures.find("<th scope=\"row\">2018</th><td>$70bn</td><td><a class=\"ref\" href=\"#source-1\">[1]</a></td>") != std::string::npos);
    CHECK(figures.find("<caption>AWS net sales. Calendar years.</caption>") != std::string::npos);
    CHECK(figures.find("<td>$25.655bn</td>") != std::string::npos);
    CHECK(figures.find("<td>about $35bn</td>") != std::string::npos);
}
