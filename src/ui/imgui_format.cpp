// ImGui formats its text (labels, window names, Text()) through ImFormatString and
// ImFormatStringV. Built with IMGUI_DISABLE_DEFAULT_FORMAT_FUNCTIONS, it leaves both to the
// application, and here they call the article's own formatter, so the C library's printf and
// its long-double arithmetic stay out of the wasm (src/core/text_format.hpp).
#include "imgui.h"
#include "imgui_internal.h"
#include "text_format.hpp"

// The contract of ImGui's own versions: with no buffer, the length the text needs; otherwise
// the length written, cut to the buffer, which is always terminated.
int ImFormatStringV(char* buf, size_t buf_size, const char* fmt, va_list args) {
    int w = article::FormatTextV(buf, buf_size, fmt, args);
    if (buf == nullptr) return w;
    if (w >= int(buf_size)) w = int(buf_size) - 1;
    buf[w] = 0;
    return w;
}

int ImFormatString(char* buf, size_t buf_size, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int w = ImFormatStringV(buf, buf_size, fmt, args);
    va_end(args);
    return w;
}
