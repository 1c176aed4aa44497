#include "json_writer.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace article {

void JsonWriter::BeforeValue() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!has_items_.empty()) {
        if (has_items_.back()) out_ += ',';
        has_items_.back() = true;
    }
}

JsonWriter& JsonWriter::Open(char bracket) {
    BeforeValue();
    out_ += bracket;
    has_items_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::Close(char bracket) {
    out_ += bracket;
    has_items_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::BeginObject() { return Open('{'); }
JsonWriter& JsonWriter::EndObject() { return Close('}'); }
JsonWriter& JsonWriter::BeginArray() { return Open('['); }
JsonWriter& JsonWriter::EndArray() { return Close(']'); }

JsonWriter& JsonWriter::Key(std::string_view key) {
    String(key);
    out_ += ':';
    after_key_ = true;
    return *this;
}

// Length of the UTF-8 sequence at s[i], or 0 if it is not one (stray continuation byte,
// overlong form, surrogate, past U+10FFFF, or cut short).
static size_t Utf8SequenceLength(std::string_view s, size_t i) {
    unsigned char c = (unsigned char)s[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    if (len == 1) return 1;
    unsigned cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; k++) {
        unsigned char b = (unsigned char)s[i + k];
        if ((b >> 6) != 0x2) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    static const unsigned kLeast[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kLeast[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

JsonWriter& JsonWriter::String(std::string_view s) {
    BeforeValue();
    out_ += '"';
    for (size_t i = 0; i < s.size();) {
        unsigned char c = (unsigned char)s[i];
        size_t len = Utf8SequenceLength(s, i);
        if (len == 0) {
            out_ += "\\ufffd";
            i++;
            continue;
        }
        if (len > 1) {
            out_.append(s.data() + i, len);
            i += len;
            continue;
        }
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out_ += buf;
                } else {
                    out_ += char(c);
                }
        }
        i++;
    }
    out_ += '"';
    return *this;
}

JsonWriter& JsonWriter::Number(double v) {
    if (!std::isfinite(v)) return Null();
    BeforeValue();
    char buf[32];
    if (v == std::floor(v) && std::fabs(v) < 1e15) {  // whole numbers as such, not "1e+02"
        std::snprintf(buf, sizeof buf, "%.0f", v);
        out_ += buf;
        return *this;
    }
    for (int digits = 1; digits <= 17; digits++) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    out_ += buf;
    return *this;
}

JsonWriter& JsonWriter::Bool(bool b) {
    BeforeValue();
    out_ += b ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::Null() {
    BeforeValue();
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::Field(std::string_view key, const std::vector<std::string>& list) {
    Key(key).BeginArray();
    for (const std::string& s : list) String(s);
    return EndArray();
}

}  // namespace article
