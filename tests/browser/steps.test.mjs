// Every story step, read as a reader meets it: the figure shows the state the dataset names for
// it, and what that state points at (the step's event, its quarter) is on screen and not hidden in
// a cluster. A screenshot of each step at each size goes to tests/browser/artifacts/.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, afterEach, before, test } from "node:test";
import { ARTIFACTS, SHIPPED, assertStepView, dataset, openPage, ready, serve, settle, state, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach);

for (const [w, h, dpr] of [[375, 667, 3], [1280, 800, 1], [1440, 900, 2]]) {
  test(`at ${w}x${h} @${dpr} every step shows what it says`, async () => {
    const page = await openPage(env.browser, env.site.url, { width: w, height: h, dpr, reducedMotion: "reduce" });
    await ready(page);
    const data = await dataset(page);
    for (let k = 0; k < data.steps.length; k++) {
      await page.click("[data-action=next-step]");
      await page.waitForFunction((want) => window.article.state().step === want, k, { timeout: 3000 });
      await page.waitForTimeout(150);
      await settle(page);
      const view = data.steps[k].view, label = `${w}x${h} step ${k}`;
      assertStepView(await state(page), view, label);
      const seen = await page.evaluate(([id, quarter]) => {
        const c = document.getElementById("article-canvas").getBoundingClientRect();
        // pageX and pageY are where a pointer would go: the window's coordinates.
        const onScreen = (p) => p && p.found && p.pageX >= Math.max(0, c.left) && p.pageX <= Math.min(innerWidth, c.right) &&
          p.pageY >= Math.max(0, c.top) && p.pageY <= Math.min(innerHeight, c.bottom);
        const m = id ? window.articleTest.markerPosition(id) : null, q = quarter ? window.articleTest.quarterPosition(quarter) : null;
        return { marker: m, markerSeen: !id || onScreen(m), quarterSeen: !quarter || onScreen(q), canvas: c.toJSON() };
      }, [view.event, view.quarter]);
      assert.ok(seen.canvas.top < h && seen.canvas.bottom > 0, `${label}: the figure is off screen`);
      assert.ok(seen.markerSeen, `${label}: the marker of ${view.event} is not on screen (${JSON.stringify(seen.marker)})`);
      if (view.event) assert.equal(seen.marker.cluster, 0, `${label}: ${view.event} is hidden in a cluster`);
      if (view.chart !== "snapshot") assert.ok(seen.quarterSeen, `${label}: quarter ${view.quarter} is not on screen`);
      await page.screenshot({ path: join(ARTIFACTS, `step-${String(k + 1).padStart(2, "0")}-${w}x${h}@${dpr}.png`) });
    }
    assert.deepEqual(page.errors, []);
  });
}

// The shipped story as published (no test probes): each step sets the state its data names, and
// its screenshot is kept beside the fixture's.
test("the shipped story's steps set the figure as its dataset says, at each size", async () => {
  const shipped = await serve(SHIPPED);
  try {
    for (const [w, h, dpr] of [[375, 667, 3], [1280, 800, 1], [1440, 900, 2]]) {
      const page = await openPage(env.browser, shipped.url, { width: w, height: h, dpr, reducedMotion: "reduce" });
      await ready(page);
      const data = await dataset(page);
      for (let k = 0; k < data.steps.length; k++) {
        await page.click("[data-action=next-step]");
        await page.waitForFunction((want) => window.article.state().step === want, k, { timeout: 3000 });
        await page.waitForTimeout(150);
        await settle(page);
        assertStepView(await state(page), data.steps[k].view, `${w}x${h} step ${k}`);
        await page.screenshot({ path: join(ARTIFACTS, `shipped-step-${String(k + 1).padStart(2, "0")}-${w}x${h}@${dpr}.png`) });
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  } finally {
    shipped.server.close();
  }
});

// On phones a stuck chart leaves room for a step's words, not always for its event's card too:
// read on, and while the step still drives the figure its card comes whole into view under the
// chart.
test("on phones, while a step that selects an event is read, its card comes whole into view", async () => {
  const shipped = await serve(SHIPPED);
  try {
    for (const url of [env.site.url, shipped.url]) {
      for (const [w, h] of [[360, 640], [375, 667], [390, 664]]) {
        const page = await openPage(env.browser, url, { width: w, height: h, reducedMotion: "reduce" });
        await ready(page);
        const data = await dataset(page);
        let checked = 0;
        for (let k = 0; k < data.steps.length; k++) {
          if (!data.steps[k].view.event) continue;
          // Scroll until the card's end is just above the screen's.
          await page.evaluate((k) => {
            const card = document.querySelectorAll(".step")[k].querySelector(".step-event");
            window.scrollTo(0, card.getBoundingClientRect().bottom + window.scrollY - innerHeight + 8);
          }, k);
          await page.waitForTimeout(120);
          await settle(page);
          const m = await page.evaluate((k) => {
            const card = document.querySelectorAll(".step")[k].querySelector(".step-event").getBoundingClientRect();
            const chart = document.querySelector(".story-figure .canvas-wrap").getBoundingClientRect();
            return { top: card.top, bottom: card.bottom, chart: chart.bottom, step: window.article.state().step };
          }, k);
          assert.equal(m.step, k, `${url} ${w}x${h}: with step ${k}'s card in view the figure shows step ${m.step}`);
          assert.ok(m.top >= m.chart && m.bottom <= h, `${url} ${w}x${h}: step ${k}'s card spans ${m.top}..${m.bottom}, under a chart ending at ${m.chart}`);
          checked++;
        }
        assert.ok(checked >= 3);
        await page.context().close();
      }
    }
  } finally {
    shipped.server.close();
  }
});
