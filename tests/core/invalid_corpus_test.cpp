#include <doctest/doctest.h>

#include <filesystem>

#include "test_support.hpp"

using namespace article;

// Each tests/data/invalid/NAME.json comes with NAME.expected: the exact "POINTER: message"
// the loader must report (or "PREFIX:" and the start of one, where the parser's wording varies).
TEST_CASE("every file in the invalid corpus fails with its expected message") {
    namespace fs = std::filesystem;
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(std::string(ARTICLE_TEST_DATA_DIR) + "/invalid")) {
        if (entry.path().extension() != ".json") continue;
        fs::path expected_path = entry.path();
        expected_path.replace_extension(".expected");
        std::string expected = ReadTestFile(expected_path.string());
        while (!expected.empty() && (expected.back() == '\n' || expected.back() == '\r')) expected.pop_back();
        LoadResult r = LoadDataset(ReadTestFile(entry.path().string()));
        INFO(entry.path().filename().string());
        CHECK_FALSE(r.ok());
        if (expected.rfind("PREFIX:", 0) == 0) {
            std::string prefix = expected.substr(7);
            bool found = false;
            for (const auto& d : r.diagnostics)
                found |= ((d.pointer.empty() ? "/" : d.pointer) + ": " + d.message).rfind(prefix, 0) == 0;
            CHECK_MESSAGE(found, "no diagnostic starts with: " << prefix);
        } else {
            std::string all;
            for (const auto& d : r.diagnostics) all += (d.pointer.empty() ? "/" : d.pointer) + ": " + d.message + "\n";
            CHECK_MESSAGE(HasDiagnostic(r, expected), "expected: " << expected << "\nfound:\n" << all);
        }
        checked++;
    }
    CHECK(checked >= 30);
}
