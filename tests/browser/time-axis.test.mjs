// One time axis: the timeline and the chart under it put a date at the same x, at every width,
// zoomed or not.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { dataset, openPage, ready, settle, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach);

async function offsets(page) {
  const ids = (await dataset(page)).events.map((e) => e.id);
  return page.evaluate((ids) => ids.map((id) => {
    // A marker drawn in a cluster stands at its badge, not its date.
    const m = window.articleTest.markerPosition(id), t = window.articleTest.chartEventPosition(id);
    const both = m.found && !m.cluster && t.found;
    return { id, both, dx: both ? Math.abs(m.pageX - t.pageX) : 0 };
  }), ids);
}

test("an event's marker on the timeline and its tick under the chart share x within 1 px, zoomed and not", async () => {
  for (const width of [320, 375, 768, 1280, 1920]) {
    const page = await openPage(env.browser, env.site.url + "embed.html", { width, height: 900 });
    await ready(page);
    await page.locator("#article-canvas").scrollIntoViewIfNeeded();
    await settle(page);
    let rows = await offsets(page);
    assert.ok(rows.filter((r) => r.both).length >= 3, `${width} px: events on both views`);
    for (const r of rows) assert.ok(r.dx <= 1, `${width} px: ${r.id} is ${r.dx} px apart`);
    await page.focus("#article-canvas");
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await settle(page);
    assert.equal((await page.evaluate(() => window.article.state())).view.zoomed, true);
    rows = await offsets(page);
    for (const r of rows) assert.ok(r.dx <= 1, `${width} px, zoomed: ${r.id} is ${r.dx} px apart`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

// The same, through the host API: a date maps to one x on both views, and that x is where the
// timeline puts an event dated to the day.
test("window.article.dateToX gives one x for a date on both views, zoomed and not", async () => {
  for (const width of [320, 375, 768, 1280, 1920]) {
    const page = await openPage(env.browser, env.site.url + "embed.html", { width, height: 900 });
    await ready(page);
    await page.locator("#article-canvas").scrollIntoViewIfNeeded();
    await settle(page);
    const days = (await dataset(page)).events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && !e.end);
    assert.ok(days.length >= 3);
    for (const zoomed of [false, true]) {
      if (zoomed) {
        await page.focus("#article-canvas");
        await page.keyboard.press("+");
        await settle(page);
      }
      for (const e of days) {
        const [x, m] = await page.evaluate((e) => [window.article.dateToX(e.date), window.articleTest.markerPosition(e.id)], e);
        assert.ok(x && x.chart !== undefined, `${width} px: ${e.date} has no x`);
        assert.ok(Math.abs(x.timeline - x.chart) <= 1, `${width} px${zoomed ? ", zoomed" : ""}: ${e.date} at ${x.timeline} and ${x.chart}`);
        if (m.found && !m.cluster) assert.ok(Math.abs(m.pageX - x.timeline) <= 1.5, `${width} px: ${e.id}'s marker at ${m.pageX}, its date at ${x.timeline}`);
      }
    }
    assert.equal(await page.evaluate(() => window.article.dateToX("not a date")), null);
    await page.context().close();
  }
});
