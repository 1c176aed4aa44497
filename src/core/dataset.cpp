#include "dataset.hpp"

#include <cmath>

#include "locale.hpp"
#include "text_format.hpp"

namespace article {

// Figures are published with at most one decimal; print what was published.
static std::string PublishedNumber(double x) {
    return LocalizeNumber(FormatString(std::fabs(x - std::round(x)) < 1e-9 ? "%.0f" : "%.1f", x));
}

std::string ReportedValueToText(const ReportedValue& v, const Unit& unit) {
    const std::string low = unit.prefix + PublishedNumber(v.low);
    if (!v.has_high) return Tr(Msg::Over, {low + unit.suffix});
    if (v.IsBand()) return low + "\xE2\x80\x93" + PublishedNumber(v.high) + unit.suffix;  // en dash
    return low + unit.suffix;
}

std::string ReportedValueToCompactText(const ReportedValue& v, const Unit& unit) {
    if (!v.has_high) return Tr(Msg::OverCompact, {unit.prefix + PublishedNumber(v.low) + unit.suffix});
    return ReportedValueToText(v, unit);
}

const Actor* Dataset::FindActor(const std::string& id) const {
    for (const Actor& a : actors)
        if (a.id == id) return &a;
    return nullptr;
}

const Source* Dataset::FindSource(const std::string& id) const {
    for (const Source& s : sources)
        if (s.id == id) return &s;
    return nullptr;
}

const ShareSeries* Dataset::FindSeries(const std::string& id) const {
    for (const ShareSeries& s : share_series)
        if (s.id == id) return &s;
    return nullptr;
}

const Provider* Dataset::FindProvider(const std::string& id) const {
    for (const ShareSeries& s : share_series)
        for (const Provider& p : s.providers)
            if (p.id == id) return &p;
    return nullptr;
}

int Dataset::FindEvent(const std::string& id) const {
    for (size_t i = 0; i < events.size(); i++)
        if (events[i].id == id) return int(i);
    return -1;
}

int Dataset::FindKind(const std::string& id) const {
    for (size_t i = 0; i < kinds.size(); i++)
        if (kinds[i].id == id) return int(i);
    return -1;
}

const EventKind& Dataset::KindOf(const Event& e) const {
    static const EventKind none;
    return e.kind >= 0 && size_t(e.kind) < kinds.size() ? kinds[size_t(e.kind)] : none;
}

int Dataset::LaneIndex(const std::string& lane_id) const {
    for (size_t i = 0; i < lanes.size(); i++)
        if (lanes[i].id == lane_id) return int(i);
    return -1;
}

static const char* const kChartKindNames[kChartKindCount] = {"share", "gap", "snapshot", "market"};

static const char* const kMarkerShapeNames[kMarkerShapeCount] = {"struck-circle", "diamond", "triangle",
                                                                  "square", "dotted-circle", "open-square"};

std::vector<EventKind> DefaultEventKinds() {
    return {{"decline", "", MarkerShape::StruckCircle, true},   {"investment", "", MarkerShape::Diamond, true},
            {"launch", "", MarkerShape::Triangle, false},       {"leadership", "", MarkerShape::Square, false},
            {"market", "", MarkerShape::DottedCircle, false},   {"report", "", MarkerShape::OpenSquare, false}};
}

static std::string NameList(int count, const char* (*name)(int)) {
    std::string out;
    for (int i = 0; i < count; i++) out += std::string(i == 0 ? "" : i + 1 == count ? " or " : ", ") + name(i);
    return out;
}

std::string ChartKindList() {
    return NameList(kChartKindCount, [](int i) { return kChartKindNames[i]; });
}

std::string MarkerShapeList() {
    return NameList(kMarkerShapeCount, [](int i) { return kMarkerShapeNames[i]; });
}

const char* ChartKindName(ChartKind chart) { return kChartKindNames[int(chart)]; }

const char* MarkerShapeName(MarkerShape shape) { return kMarkerShapeNames[int(shape)]; }

bool ParseMarkerShape(const std::string& name, MarkerShape* out) {
    for (int i = 0; i < kMarkerShapeCount; i++)
        if (name == kMarkerShapeNames[i]) return *out = MarkerShape(i), true;
    return false;
}

bool ParseChartKind(const std::string& name, ChartKind* out) {
    for (int i = 0; i < kChartKindCount; i++)
        if (name == kChartKindNames[i]) return *out = ChartKind(i), true;
    return false;
}


std::string EventDateText(const Event& e) {
    if (e.end) return DateToText(e.date) + "\xE2\x80\x93" + DateToText(*e.end);
    return e.date.precision == DatePrecision::Year ? Tr(Msg::MonthUnknown, {DateToText(e.date)}) : DateToText(e.date);
}

bool ParseHexColor(const std::string& text, Rgb* out) {
    if (text.size() != 7 || text[0] != '#') return false;
    auto nibble = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    int v[6];
    for (int i = 0; i < 6; i++)
        if ((v[i] = nibble(text[size_t(i) + 1])) < 0) return false;
    *out = Rgb{uint8_t(v[0] * 16 + v[1]), uint8_t(v[2] * 16 + v[3]), uint8_t(v[4] * 16 + v[5])};
    return true;
}

void ResolveActorColors(Dataset* ds) {
    std::vector<bool> taken(ActorPalette().size(), false);
    auto same = [](Rgb a, Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; };
    for (Actor& a : ds->actors) {
        Rgb light, dark;
        if (!ParseHexColor(a.color, &light)) continue;
        a.paired = {light, ParseHexColor(a.color_dark, &dark) ? dark : DarkCounterpart(light)};
        for (size_t k = 0; k < taken.size(); k++) taken[k] = taken[k] || same(ActorPalette()[k].light, light);
    }
    size_t next = 0;
    for (Actor& a : ds->actors) {
        Rgb given;
        if (ParseHexColor(a.color, &given)) continue;
        while (next < taken.size() && taken[next]) next++;
        a.paired = next < taken.size() ? ActorPalette()[next] : NeutralColor();
        if (next < taken.size()) taken[next] = true;
    }
}

}  // namespace article

