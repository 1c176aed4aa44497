#include "json_document.hpp"

#include <vector>

namespace article {

using nlohmann::json;

namespace {

// Builds the DOM from SAX events, like nlohmann's own DOM parser, but counts depth
// and records the parser's message instead of throwing it.
class DepthLimitedBuilder {
public:
    DepthLimitedBuilder(json* root, int max_depth) : root_(root), max_depth_(max_depth) {}

    bool null() { return Put(json(nullptr)); }
    bool boolean(bool v) { return Put(json(v)); }
    bool number_integer(json::number_integer_t v) { return Put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return Put(json(v)); }
    bool number_float(json::number_float_t v, const std::string&) { return Put(json(v)); }
    bool string(std::string& v) { return Put(json(std::move(v))); }
    bool binary(json::binary_t&) { return Fail("binary values are not JSON"); }

    bool start_object(std::size_t) { return Open(json::object()); }
    bool key(std::string& k) {
        key_ = std::move(k);
        return true;
    }
    bool end_object() { return Close(); }
    bool start_array(std::size_t) { return Open(json::array()); }
    bool end_array() { return Close(); }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        error.byte_offset = position;
        error.has_offset = true;
        error.message = ex.what();
        // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 1, column 2: "
        size_t cut = error.message.find("] ");
        if (cut != std::string::npos) error.message = error.message.substr(cut + 2);
        return false;
    }

    JsonParseError error;
    bool failed = false;

private:
    bool Fail(const char* message) {
        failed = true;
        error.message = message;
        return false;
    }
    json* Insert(json&& v) {
        if (stack_.empty()) {
            *root_ = std::move(v);
            return root_;
        }
        json* parent = stack_.back();
        if (parent->is_array()) {
            parent->push_back(std::move(v));
            return &parent->back();
        }
        json& slot = (*parent)[key_];
        slot = std::move(v);
        return &slot;
    }
    bool Put(json&& v) {
        Insert(std::move(v));
        return true;
    }
    bool Open(json&& container) {
        if (int(stack_.size()) >= max_depth_) {
            failed = true;
            error.message = "nesting is deeper than " + std::to_string(max_depth_) + " levels";
            return false;
        }
        stack_.push_back(Insert(std::move(container)));
        return true;
    }
    bool Close() {
        stack_.pop_back();
        return true;
    }

    json* root_;
    int max_depth_;
    std::vector<json*> stack_;
    std::string key_;
};

}  // namespace

bool ParseJsonDocument(std::string_view text, int max_depth, json* out, JsonParseError* error) {
    json root;
    DepthLimitedBuilder builder(&root, max_depth);
    bool ok = json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, true);
    if (!ok) {
        if (error) *error = builder.error;
        // The partial tree may still be deep; it is bounded by max_depth, so destroying it is safe.
        *out = nullptr;
        return false;
    }
    *out = std::move(root);
    return true;
}

}  // namespace article
