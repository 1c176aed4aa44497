// libFuzzer target: any bytes through parse + validate must yield diagnostics, never a crash,
// a hang, a leak or undefined behaviour. Built by ./build-wasm.sh fuzz (clang, ASan, UBSan).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dataset_load.hpp"
#include "dataset_save.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    article::LoadResult r = article::LoadDataset(text);
    if (r.ok()) {
        // Whatever validates must also survive a save and reload unchanged.
        std::string saved = article::SaveDataset(r.dataset);
        article::LoadResult again = article::LoadDataset(saved);
        if (!again.ok() || article::SaveDataset(again.dataset) != saved) __builtin_trap();
    }
    return 0;
}
