// Loading and validating the dataset. Every problem is collected, each with the
// JSON Pointer of the value at fault, so an editor can fix a file in one pass.
// Nothing here throws: the browser build has exceptions turned off.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dataset.hpp"

namespace article {

// Makes the dataset's language current (SetLanguage) and gives the charts and the built-in event
// kinds the locale's words where the story gives none. LoadDataset runs it; the pack carries
// the result, and the locale with it.
void ApplyLanguage(Dataset* ds);

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string pointer;  // JSON Pointer, "" for the whole document
    std::string message;
};

struct LoadResult {
    Dataset dataset;  // filled as far as the input allowed; trust it only when ok()
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return ErrorCount() == 0; }
    int ErrorCount() const;
    int WarningCount() const;
};

// Limits that keep a hostile or broken file from exhausting memory or the stack.
constexpr size_t kMaxDatasetBytes = 4u << 20;  // 4 MiB
constexpr int kMaxJsonDepth = 32;

LoadResult LoadDataset(std::string_view json_text);

// "FILE:POINTER: message" (warnings say so), the form editors and the build print.
std::string FormatDiagnostic(const std::string& file, const Diagnostic& d);

// True for an http(s) URL holding no space, control character, quote, angle bracket or backslash.
bool IsHttpUrl(const std::string& s);

}  // namespace article
