// The page's outline as a screen reader meets it: landmarks, groups, headings, the figure's image
// and controls, read from the accessibility tree (Playwright's ARIA snapshot) in document order.
// Names are kept for the page's own controls and dropped where the story supplies them.
const KEEP = new Set(["banner", "main", "contentinfo", "navigation", "complementary", "figure", "group", "region",
  "heading", "img", "combobox", "status"]);
const NAMED = new Set(["navigation", "group", "combobox", "complementary", "status"]);

export function ariaOutline(snapshot) {
  const out = [];
  for (const line of snapshot.split("\n")) {
    const m = line.match(/^(\s*)- '?(\w+)(?: "((?:[^"\\]|\\.)*)")?(.*)$/);
    if (!m || !KEEP.has(m[2])) continue;
    const depth = m[1].length / 2, role = m[2];
    let text = role;
    if (role === "heading") text += " " + (m[4].match(/\[level=(\d)\]/) || [])[1];
    if (NAMED.has(role) && m[3]) text += ` "${m[3]}"`;
    const entry = "  ".repeat(depth) + text;
    // A run of the same entry (one heading per story step, one table per series) is one line.
    if (out.length && (out[out.length - 1] === entry || out[out.length - 1] === entry + " …")) out[out.length - 1] = entry + " …";
    else out.push(entry);
  }
  return out;
}
