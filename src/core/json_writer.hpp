// Writes compact JSON text, for the figure's replies to the page. The browser build needs no
// more than this, so it carries no JSON parser (reading JSON happens natively, in articlec);
// only nlohmann_json's header-only number formatter.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace article {

class JsonWriter {
public:
    JsonWriter& BeginObject();
    JsonWriter& EndObject();
    JsonWriter& BeginArray();
    JsonWriter& EndArray();
    JsonWriter& Key(std::string_view key);  // inside an object, before each value

    JsonWriter& String(std::string_view s);  // bytes that are not UTF-8 become U+FFFD
    JsonWriter& Number(double v);            // the shortest text that reads back as v; null if not finite
    JsonWriter& Bool(bool b);
    JsonWriter& Null();

    // Key and value in one call.
    JsonWriter& Field(std::string_view key, std::string_view s) { return Key(key).String(s); }
    JsonWriter& Field(std::string_view key, const char* s) { return Key(key).String(s); }
    JsonWriter& Field(std::string_view key, const std::string& s) { return Key(key).String(s); }
    JsonWriter& Field(std::string_view key, double v) { return Key(key).Number(v); }
    JsonWriter& Field(std::string_view key, int v) { return Key(key).Number(v); }
    JsonWriter& Field(std::string_view key, bool b) { return Key(key).Bool(b); }
    // A list or set of strings, as an array.
    JsonWriter& Field(std::string_view key, const std::vector<std::string>& list) { return Strings(key, list); }
    JsonWriter& Field(std::string_view key, const std::set<std::string>& set) { return Strings(key, set); }

    const std::string& text() const { return out_; }

private:
    void BeforeValue();
    JsonWriter& Open(char bracket);
    JsonWriter& Close(char bracket);
    template <class List> JsonWriter& Strings(std::string_view key, const List& list) {
        Key(key).BeginArray();
        for (const std::string& s : list) String(s);
        return EndArray();
    }

    std::string out_;
    std::vector<bool> has_items_;  // per open object or array: whether it holds an item yet
    bool after_key_ = false;
};

}  // namespace article
