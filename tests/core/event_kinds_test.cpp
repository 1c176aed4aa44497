#include <doctest/doctest.h>

#include "article_html.hpp"
#include "dataset_load.hpp"
#include "dataset_pack.hpp"
#include "dataset_save.hpp"
#include "navigation.hpp"
#include "test_support.hpp"

using namespace article;

namespace {
// Loads the German story, then puts the locale back to English for the other suites.
Dataset German() {
    Dataset ds = LoadOk(GermanStoryText());
    SetLanguage("en");
    return ds;
}
}  // namespace

TEST_CASE("a story without event_kinds has the six built-in kinds, labelled in its language") {
    const Dataset ds = LoadOk(MinimalDatasetText());
    CHECK_FALSE(ds.kinds_given);
    REQUIRE(ds.kinds.size() == 6);
    CHECK(ds.kinds[0].id == "decline");
    CHECK(ds.kinds[0].label == "Declined");
    CHECK(ds.kinds[0].decision);
    CHECK(ds.KindOf(ds.events[1]).id == "investment");
}

TEST_CASE("a story's own kinds: their ids, labels, shapes and decision flags") {
    const Dataset ds = German();
    CHECK(ds.kinds_given);
    REQUIRE(ds.kinds.size() == 6);
    CHECK(ds.kinds[3].id == "fuehrung");
    CHECK(ds.kinds[3].label == "F\xC3\xBChrungswechsel");
    CHECK(ds.kinds[3].shape == MarkerShape::Square);
    const Event& e = ds.events[size_t(ds.FindEvent("rathaus-lehnt-ab"))];
    CHECK(ds.KindOf(e).id == "entscheidung");
    CHECK(ds.KindOf(e).shape == MarkerShape::StruckCircle);
}

TEST_CASE("decisions only keeps the kinds the story marks as decisions") {
    const Dataset ds = German();
    EventFilter f;
    f.decisions_only = true;
    const std::vector<bool> v = VisibleEvents(ds, f);
    std::vector<std::string> kept;
    for (size_t i = 0; i < v.size(); i++)
        if (v[i]) kept.push_back(ds.events[i].id);
    CHECK(kept == std::vector<std::string>{"rotrad-zuschlag", "rathaus-lehnt-ab"});
}

TEST_CASE("the card and its key name a story's own kinds") {
    const Dataset ds = German();
    const std::string html = EventCardsHtml(ds);
    CHECK(html.find("</svg>Lieferung</li>") != std::string::npos);
    CHECK(html.find("<p class=\"card-meta\">Entscheidung \xC2\xB7") != std::string::npos);
}

TEST_CASE("a story's own kinds survive saving and packing") {
    const Dataset ds = German();
    const std::string saved = SaveDataset(ds);
    LoadResult r = LoadDataset(saved);
    SetLanguage("en");
    REQUIRE(r.ok());
    CHECK(r.dataset.kinds_given);
    CHECK(SaveDataset(r.dataset) == saved);
    Dataset unpacked;
    std::string error;
    REQUIRE(UnpackDataset(PackDataset(ds), &unpacked, &error));
    SetLanguage("en");
    REQUIRE(unpacked.kinds.size() == ds.kinds.size());
    for (size_t i = 0; i < ds.kinds.size(); i++) {
        CHECK(unpacked.kinds[i].id == ds.kinds[i].id);
        CHECK(unpacked.kinds[i].label == ds.kinds[i].label);
        CHECK(unpacked.kinds[i].shape == ds.kinds[i].shape);
        CHECK(unpacked.kinds[i].decision == ds.kinds[i].decision);
    }
    CHECK(unpacked.events[2].kind == ds.events[2].kind);
}

TEST_CASE("an unpacked event whose kind is past the dataset's kinds is refused") {
    Dataset ds = German();
    ds.events[0].kind = 6;
    Dataset out;
    std::string error;
    CHECK_FALSE(UnpackDataset(PackDataset(ds), &out, &error));
    SetLanguage("en");
    CHECK(error.find("event 0 has kind 6 of 6") != std::string::npos);
}

TEST_CASE("the decisions filter is offered only when a kind of the story is a decision") {
    Dataset ds = German();
    CHECK(ArticleTemplateValues(ds).at("decisions_chip").find("data-filter=\"decisions\"") != std::string::npos);
    for (EventKind& k : ds.kinds) k.decision = false;
    CHECK(ArticleTemplateValues(ds).at("decisions_chip").empty());
}
