// Small shared pieces for the core tests: reading files and the shipped dataset.
#pragma once
#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>

#include "dataset_load.hpp"

extern const unsigned char article_data_json[];
extern const std::size_t article_data_json_size;

inline std::string ReadTestFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline std::string ShippedDatasetText() {
    return std::string(reinterpret_cast<const char*>(article_data_json), article_data_json_size);
}

inline std::string MinimalDatasetText() { return ReadTestFile(std::string(ARTICLE_TEST_DATA_DIR) + "/minimal.json"); }

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
