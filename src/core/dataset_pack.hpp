// The dataset in a compact binary form, for the browser build.
//
// The build validates article.json natively (articlec) and packs the result; the wasm then
// unpacks it at start-up instead of parsing and validating JSON. That keeps the JSON parser
// and the validator out of the wasm, and the reader's start-up from compiling and running
// them on the main thread (docs/architecture.md, "Loading").
//
// The form is private to one build: the same code writes and reads it, field by field in
// the order of dataset.hpp, so it carries a format number but no field names.
#pragma once
#include <cstdint>
#include <string>
#include <vector>
#include <string_view>

#include "dataset.hpp"

namespace article {

// The dataset as the canvas uses it: the prose the page shows as HTML (the card's paragraphs,
// quotes and sources, the steps' text, the methodology) left empty, so it is not carried in the
// wasm a second time. Ids, labels, headlines, dates, series and publishers stay.
Dataset CanvasOnly(Dataset ds);

// Every non-empty string the canvas may draw: those CanvasOnly keeps.
std::vector<std::string> CanvasStrings(const Dataset& ds);
// Every character the canvas may draw, sorted: printable ASCII, the canvas strings, the current
// locale's words (the story's, once it is loaded or unpacked) and the marks the engine writes itself. The build subsets
// the fonts to these and fails when one has no font.
std::vector<uint32_t> CanvasCodepoints(const Dataset& ds);

// Bytes that UnpackDataset turns back into the same dataset.
std::string PackDataset(const Dataset& ds);

// True on success. On failure `error` says what is wrong and at which byte, and `out` holds
// whatever was read before it (not to be trusted).
bool UnpackDataset(std::string_view bytes, Dataset* out, std::string* error);

}  // namespace article
