#include "json_writer.hpp"

#include <cmath>

// nlohmann_json's Grisu2, header-only: the shortest digits that read back as the double, with
// no need of strtod, whose decimal-to-binary code alone is about 5 kB of the gzipped wasm.
#include <nlohmann/detail/conversions/to_chars.hpp>

#include "text_format.hpp"
#include "utf8.hpp"

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
                    out_ += FormatString("\\u%04x", c);
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
    if (v == std::floor(v) && std::fabs(v) < 1e15) {  // whole numbers as such, not "1e+02" or "100.0"
        out_ += FormatString("%.0f", v);
        return *this;
    }
    char buf[32];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, end);
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

}  // namespace article
