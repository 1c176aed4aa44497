// Small shared pieces for the core tests: reading files and the full-size story fixture
// (tests/data/story.json, a frozen story the tests own: the shipped one may change freely).
#pragma once
#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>

#include "dataset_load.hpp"

extern const unsigned char story_fixture_json[];
extern const std::size_t story_fixture_json_size;

inline std::string ReadTestFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline std::string StoryFixtureText() {
    return std::string(reinterpret_cast<const char*>(story_fixture_json), story_fixture_json_size);
}

// The second story: German, fictional, with its own event kinds and CJK labels.
inline std::string GermanStoryText() { return ReadTestFile(std::string(ARTICLE_TEST_DATA_DIR) + "/geschichte-de.json"); }
// The minimal story with meta.language set to `tag` ("de", "fr").
inline std::string MinimalDatasetIn(const char* tag);
inline std::string MinimalDatasetText() { return ReadTestFile(std::string(ARTICLE_TEST_DATA_DIR) + "/minimal.json"); }

inline std::string MinimalDatasetIn(const char* tag) {
    std::string text = MinimalDatasetText();
    text.replace(text.find("\"language\": \"en\""), 16, std::string("\"language\": \"") + tag + "\"");
    return text;
}

inline article::Dataset LoadOk(const std::string& text) {
    article::LoadResult r = article::LoadDataset(text);
    return r.dataset;
}

// True if some diagnostic reads exactly "POINTER: message".
inline bool HasDiagnostic(const article::LoadResult& r, const std::string& line) {
    for (const auto& d : r.diagnostics)
        if ((d.pointer.empty() ? "/" : d.pointer) + ": " + d.message == line) return true;
    return false;
}
