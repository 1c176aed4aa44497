// The engine carries another story in another language: a small, fictional German story
// (tests/data/geschichte-de.json, built into build/site-de) with CJK characters, an emoji, € and
// German number formats. Its page and figure speak German, every character the canvas draws has
// a glyph, and its steps drive the figure.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, afterEach, before, test } from "node:test";
import { ARTIFACTS, ROOT, assertStepView, closePages, dataset, launch, openPage, ready, serve, settle, state } from "./harness.mjs";

const env = {};
before(async () => {
  env.browser = await launch();
  env.de = await serve(join(ROOT, "build", "site-de"));
  env.en = await serve(join(ROOT, "build", "site-test"));
});
after(async () => {
  await env.browser?.close();
  env.de?.server.close();
  env.en?.server.close();
});
afterEach(() => closePages());

test("the German story's page is German: language, controls, dates, numbers and units", async () => {
  const page = await openPage(env.browser, env.de.url, { width: 1280, height: 800 });
  await ready(page);
  const seen = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    next: document.querySelector("[data-action=next-step]").textContent,
    table: document.getElementById("show-table").textContent,
    canvas: document.getElementById("article-canvas").getAttribute("aria-label"),
    text: document.getElementById("text-version").textContent,
    asOf: document.querySelector(".as-of").textContent,
  }));
  assert.equal(seen.lang, "de");
  assert.equal(seen.next, "Weiter \u203a");
  assert.equal(seen.table, "Als Tabelle zeigen");
  assert.match(seen.canvas, /^Interaktive Grafik: Mittelstadts Entscheidungen.*Eine Zeitleiste der Entscheidungen über einem Diagramm der Marktanteile\. Mit den Pfeiltasten/);
  assert.match(seen.text, /4\. Mai 2015: Die Stadt schreibt/);
  assert.match(seen.text, /2017 \(Monat unbekannt\)/);
  assert.match(seen.text, /Q3\/2019/);
  assert.match(seen.text, /88,5\u00a0%/);
  assert.match(seen.text, /48\u201350\u00a0%/);
  assert.match(seen.text, /über 38\u00a0%/);
  assert.match(seen.text, /1,2\u00a0Mio\.\u00a0€/);
  assert.equal(seen.asOf, "Die Fakten in diesem Artikel reichen bis Juni 2020.");
  await page.click("#show-table");
  assert.equal(await page.textContent("#show-table"), "Tabelle ausblenden");
  assert.deepEqual(page.errors, []);
});

for (const [name, site] of [["German", "de"], ["English", "en"]]) {
  test(`every character the ${name} story's canvas may draw has a glyph`, async () => {
    const page = await openPage(env.browser, env[site].url + "embed.html", { width: 1280, height: 800 });
    await ready(page);
    const missing = await page.evaluate(() => window.articleTest.missingGlyphs());
    assert.deepEqual(missing.map((c) => "U+" + c.toString(16).toUpperCase()), []);
  });
}

test("the German story draws every event, CJK and emoji labels included, and its steps drive the figure", async () => {
  for (const [w, h, dpr] of [[375, 667, 2], [1280, 800, 1]]) {
    const page = await openPage(env.browser, env.de.url, { width: w, height: h, dpr, reducedMotion: "reduce" });
    await ready(page);
    const data = await dataset(page);
    await page.locator("#article-canvas").scrollIntoViewIfNeeded();
    await settle(page);
    for (const e of data.events) {
      const m = await page.evaluate((id) => window.articleTest.markerPosition(id), e.id);
      assert.ok(m.found, `${w}x${h}: ${e.id} has no marker on screen`);
    }
    for (let k = 0; k < data.steps.length; k++) {
      await page.click("[data-action=next-step]");
      await page.waitForFunction((want) => window.article.state().step === want, k, { timeout: 3000 });
      await page.waitForTimeout(150);
      await settle(page);
      assertStepView(await state(page), data.steps[k].view, `${w}x${h} step ${k}`);
      assert.equal(await page.textContent("#step-count"), `Schritt ${k + 1} von ${data.steps.length}`);
      await page.screenshot({ path: join(ARTIFACTS, `de-step-${k + 1}-${w}x${h}@${dpr}.png`) });
    }
    // The last step shows the yearly series: its note says the figures are per year.
    assert.match(await page.textContent("#series-note"), /für jedes Jahr genannten Medien/);
    assert.equal(await page.textContent("[data-chart=snapshot]"), "Ein Jahr");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
