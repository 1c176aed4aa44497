// The story's densest years: every event there is drawn whole, alone or in a cluster's badge, and
// a reader reaches each by pointer (a tap on the badge zooms until the events stand apart) or by
// keyboard (a selection zooms in just as far), at phone and desktop widths.
import assert from "node:assert/strict";
import { after, afterEach, before, test } from "node:test";
import { clickEvent, dataset, openFigure, settle, state, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach);
const WIDTHS = [320, 375, 768, 1280, 1920];
const dense = (ds) => ds.events.filter((e) => e.date >= "2021" && e.date < "2024");

test("at every width, every event of the dense years is reached by tapping, and then stands alone", async () => {
  for (const width of WIDTHS) {
    const page = await openFigure(env.browser, env.site.url, { width, height: 800 });
    const events = dense(await dataset(page));
    assert.ok(events.length >= 10, "the fixture has a dense period");
    let clustered = 0;
    for (const e of events) {
      await page.focus("#article-canvas");
      await page.keyboard.press("0");  // back to the whole time axis
      await settle(page);
      clustered += (await page.evaluate((id) => window.articleTest.markerPosition(id), e.id)).cluster > 0;
      await clickEvent(page, e.id);
      const s = await state(page);
      assert.equal(s.selected, e.id, `${width} px: a tap reached ${e.id}`);
      const m = await page.evaluate((id) => window.articleTest.markerPosition(id), e.id);
      assert.ok(m.found && m.cluster === 0, `${width} px: ${e.id} stands alone once selected (${JSON.stringify(m)})`);
    }
    if (width <= 375) assert.ok(clustered >= 4, `${width} px: the dense years are clustered (${clustered} events)`);
    await page.context().close();
  }
});

test("selecting a clustered event by keyboard zooms until it stands alone", async () => {
  const page = await openFigure(env.browser, env.site.url, { width: 375, height: 700 });
  const ids = (await dataset(page)).events.map((e) => e.id);
  const clustered = [];
  for (const id of ids)
    if ((await page.evaluate((i) => window.articleTest.markerPosition(i), id)).cluster > 0) clustered.push(id);
  assert.ok(clustered.length >= 2, "some events share a cluster at 375 px");
  await page.focus("#article-canvas");
  await page.keyboard.press("Home");
  await settle(page);
  for (let i = 0; i < ids.length; i++) {
    const s = await state(page);
    if (clustered.includes(s.selected)) {
      const m = await page.evaluate((id) => window.articleTest.markerPosition(id), s.selected);
      assert.ok(m.found && m.cluster === 0, `${s.selected} stands alone once selected by keyboard`);
      assert.equal(s.view.zoomed, true);
    }
    await page.keyboard.press("ArrowRight");
    await settle(page);
  }
});
