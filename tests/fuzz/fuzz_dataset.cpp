// libFuzzer target: any bytes through parse + validate must yield diagnostics, never a crash,
// a hang, a leak or undefined behaviour; the same bytes read as a packed dataset must give a
// message or a dataset, never a crash; whatever validates goes through the HTML, CSV and
// embed-code generators too. Built by ./build-wasm.sh fuzz (clang, ASan, UBSan).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <algorithm>

#include "article_html.hpp"
#include "data_export.hpp"
#include "dataset_load.hpp"
#include "dataset_pack.hpp"
#include "dataset_save.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    article::LoadResult r = article::LoadDataset(text);
    if (r.ok()) {
        // Whatever validates must also survive a save and reload, and a pack and unpack, unchanged.
        std::string saved = article::SaveDataset(r.dataset);
        article::LoadResult again = article::LoadDataset(saved);
        if (!again.ok() || article::SaveDataset(again.dataset) != saved) __builtin_trap();
        article::Dataset unpacked;
        std::string error;
        if (!article::UnpackDataset(article::PackDataset(r.dataset), &unpacked, &error) ||
            article::SaveDataset(unpacked) != saved)
            __builtin_trap();
        // The page and data generators take whatever validates. The embed code's attributes are
        // escaped, so its quote marks are only its own sixteen, whatever the title and URL hold.
        article::ArticleTemplateValues(r.dataset);
        article::ShareSeriesCsv(r.dataset);
        article::EventsCsv(r.dataset);
        std::string code = article::EmbedCode(r.dataset.meta);
        if (std::count(code.begin(), code.end(), '"') != 16) __builtin_trap();
    }
    // The header is there so the fuzzer's mutations reach the reader's body.
    article::Dataset unpacked;
    std::string error;
    article::UnpackDataset(std::string("ARTP") + std::string(text), &unpacked, &error);
    return 0;
}
