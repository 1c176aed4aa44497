// The text version holds every fact the figure shows: compared with the dataset field by field,
// so a field the figure shows and the text version leaves out fails here.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { dataset, openPage, ready, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach);

// Fields the text version need not repeat as text: identifiers and references (shown as links or
// by position), the kind (shown by its name), and the timeline's short label (a shortening of
// the headline). Every other field of an event must appear.
const EVENT_FIELDS_NOT_TEXT = new Set(["id", "date", "end", "actors", "kind", "label", "sources", "related"]);

const norm = (s) => s.replace(/\s+/g, " ").trim();

test("every event field the card shows, every era and every series value is in the text version", async () => {
  const page = await openPage(env.browser, env.site.url);
  await ready(page);
  const data = await dataset(page);
  const text = norm(await page.evaluate(() => document.getElementById("text-version").textContent));
  const missing = [];
  const need = (what, s) => { if (s && !text.includes(norm(s))) missing.push(`${what}: ${s.slice(0, 60)}`); };
  for (const e of data.events) {
    for (const [key, value] of Object.entries(e)) {
      if (EVENT_FIELDS_NOT_TEXT.has(key)) continue;
      if (key === "quote") { need(`${e.id}/quote/text`, value.text); need(`${e.id}/quote/speaker`, value.speaker); continue; }
      if (typeof value !== "string") { missing.push(`${e.id}/${key}: a field of a kind this test does not know`); continue; }
      need(`${e.id}/${key}`, value);
    }
    for (const r of e.related || []) need(`${e.id}/related`, data.events.find((x) => x.id === r).headline);
  }
  for (const era of data.eras) need(`era ${era.id}`, era.label);
  for (const s of data.share_series) {
    for (const p of s.points) {
      for (const v of Object.values(p.shares)) {
        const shown = typeof v === "number" ? `${v}%` : v.high !== undefined ? `${v.low}\u2013${v.high}%` : `over ${v.low}%`;
        need(`${s.id} ${p.quarter}`, shown);
      }
      if (p.note) need(`${s.id} ${p.quarter} note`, p.note);
    }
  }
  assert.deepEqual(missing, []);
});

test("related events in the text version are links to their entries", async () => {
  const page = await openPage(env.browser, env.site.url);
  await ready(page);
  const broken = await page.evaluate(() => [...document.querySelectorAll("#text-version .related a")]
    .filter((a) => !document.getElementById(a.getAttribute("href").slice(1))).map((a) => a.href));
  assert.deepEqual(broken, []);
  assert.ok(await page.locator("#text-version .related a").count() > 0);
});

test("the Source menu keeps its name at every width", async () => {
  for (const width of [320, 375, 768, 1280]) {
    const page = await openPage(env.browser, env.site.url, { width, height: 800 });
    await ready(page);
    assert.equal(await page.getByRole("combobox", { name: "Source" }).count(), 1, `${width} px`);
    await page.context().close();
  }
});
