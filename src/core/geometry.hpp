// Plain 2D geometry in CSS pixels, shared by layout and hit-testing.
#pragma once

namespace article {

struct Vec2 {
    float x = 0, y = 0;
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float Right() const { return x + w; }
    float Bottom() const { return y + h; }
    bool Contains(Vec2 p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
};

// The square reaching `half` px from `c` on every side (a marker's box, a ring's).
inline Rect BoxAround(Vec2 c, float half) { return {c.x - half, c.y - half, half * 2, half * 2}; }

// `r` with `pad` px more on every side.
inline Rect Grown(const Rect& r, float pad) { return {r.x - pad, r.y - pad, r.w + pad * 2, r.h + pad * 2}; }

// True if the two rectangles share some area (touching edges do not count).
inline bool Intersects(const Rect& a, const Rect& b) {
    return a.x < b.Right() && b.x < a.Right() && a.y < b.Bottom() && b.y < a.Bottom();
}

// The smallest target a finger can hit reliably (WCAG 2.5.5, Apple HIG): 44 CSS px.
constexpr float kMinTouchTarget = 44.0f;

}  // namespace article
