// Every fact reachable without the canvas, every interaction without a mouse, and axe-core clean.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ARTIFACTS, ROOT, canvasPixels, openPage, ready, settle, state, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach);

for (const path of ["", "embed.html"]) {
  test(`axe-core finds no serious or critical violations on /${path}`, async () => {
    const page = await openPage(env.browser, env.site.url + path);
    await ready(page);
    await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
  });
}

// On phones the figure's box steps aside so that only the chart sticks (display: contents);
// Chromium's own accessibility tree must still hold the figure, named, around the canvas.
test("the figure keeps its role, its name and its canvas in the accessibility tree at phone and desktop sizes", async () => {
  for (const [w, h] of [[390, 844], [1280, 800]]) {
    const page = await openPage(env.browser, env.site.url, { width: w, height: h });
    await ready(page);
    const display = await page.evaluate(() => getComputedStyle(document.querySelector(".story-figure > .figure")).display);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const figures = nodes.filter((n) => !n.ignored && n.role && n.role.value === "figure");
    assert.equal(figures.length, 1, `${w}x${h} (figure display: ${display}): ${figures.length} figures in the tree`);
    assert.match(figures[0].name.value, /Microsoft's bet/, `${w}x${h}: the figure's name`);
    const inside = (n, depth = 0) => depth < 8 && (n.childIds || []).some((id) => {
      const c = byId.get(id);
      return c && ((c.role && c.role.value === "image" && /timeline/i.test(c.name ? c.name.value : "")) || inside(c, depth + 1));
    });
    assert.ok(inside(figures[0]), `${w}x${h}: the canvas is not inside the figure`);
    await page.context().close();
  }
});

test("the canvas is a focusable, labelled image with a visible focus ring", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html");
  await ready(page);
  const c = page.locator("#article-canvas");
  assert.equal(await c.getAttribute("tabindex"), "0");
  assert.equal(await c.getAttribute("role"), "img");
  assert.match(await c.getAttribute("aria-label"), /timeline/i);
  await page.keyboard.press("Tab");
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement.id === "article-canvas")); i++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), "article-canvas", "reachable with Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, "solid");
});

test("the live region announces the selected event, and chart values under the keyboard", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html");
  await ready(page);
  await page.focus("#article-canvas");
  await page.keyboard.press("ArrowRight");
  await settle(page);
  assert.match(await page.textContent("#figure-live"), /OpenAI launches.*11 December 2015/);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await settle(page);
  const s = await state(page);
  assert.equal(s.focus, "chart");
  assert.match(await page.textContent("#figure-live"), new RegExp(`^Q\\d ${s.quarter.slice(0, 4)}, Synergy Research Group: AWS`));
});

test("with reduced motion, nothing animates", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html", { reducedMotion: "reduce" });
  await ready(page);
  assert.equal((await state(page)).reduced_motion, true);
  await page.focus("#article-canvas");
  await page.keyboard.press("+");
  const s = await state(page);
  assert.equal(s.animating, false);
  assert.equal(s.view.zoomed, true);
});

test("without JavaScript the text version is the content", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.site.url);
  assert.equal(await page.locator("#text-version").isVisible(), true);
  assert.ok((await page.locator("#text-version .event-list > li").count()) >= 16);
  assert.ok((await page.locator("#text-version table caption").count()) >= 3);
  assert.equal(await page.locator("#article-canvas").isVisible(), false, "no empty canvas");
  assert.equal(await page.locator(".figure-toolbar").isVisible(), false, "no dead controls");
  await context.close();
});

// A page whose canvas refuses WebGL 2, at the given viewport.
async function pageWithoutWebGL2(path, viewport) {
  const context = await env.browser.newContext({ viewport });
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === "webgl2" ? null : original.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(env.site.url + path);
  const failed = await page.evaluate(() => window.article.ready.then(() => false, () => true));
  assert.equal(failed, true);
  return { context, page };
}

test("without WebGL 2 the reader gets a message and the text version", async () => {
  const { context, page } = await pageWithoutWebGL2("embed.html", { width: 1280, height: 800 });
  assert.match(await page.textContent("#figure-status"), /WebGL 2/);
  assert.equal(await page.locator("#text-version").isVisible(), true);
  await context.close();
});

test("without WebGL 2 on a phone the message scrolls away instead of covering the story", async () => {
  const { context, page } = await pageWithoutWebGL2("", { width: 390, height: 844 });
  await page.evaluate(() => document.querySelectorAll(".step")[2].scrollIntoView());
  await page.waitForTimeout(100);
  const box = await page.evaluate(() => document.getElementById("figure-status").getBoundingClientRect().toJSON());
  assert.ok(box.bottom <= 0, `the message still covers the screen at ${box.top}..${box.bottom}`);
  await context.close();
});

// The colour drawn at a marker's centre, and at the canvas's top-left corner (blank paper).
async function markerInk(page, id) {
  const p = await page.evaluate((id) => window.articleTest.markerPosition(id), id);
  const { colours } = await canvasPixels(page, [p, { x: 1, y: 1 }]);
  return { marker: colours[0], paper: colours[1] };
}
const near = (a, b, tol) => a.every((v, i) => Math.abs(v - b[i]) <= tol);

test("HiDPI: the canvas backing store and fonts follow devicePixelRatio 1, 2 and 3", async () => {
  const inks = [];
  for (const dpr of [1, 2, 3]) {
    const page = await openPage(env.browser, env.site.url + "embed.html", { width: 800, height: 900, dpr });
    await ready(page);
    await page.evaluate(() => window.article.select("microsoft-invests-openai"));
    await settle(page);
    const s = await state(page);
    const size = await page.evaluate(() => {
      const c = document.getElementById("article-canvas");
      return { w: c.width, h: c.height, cw: c.getBoundingClientRect().width };
    });
    assert.equal(s.pixel_ratio, dpr);
    assert.equal(s.font_density, dpr, "glyphs rasterised at the screen's density");
    assert.equal(size.w, Math.round(size.cw * dpr));
    inks.push(await markerInk(page, "microsoft-invests-openai"));
    await page.locator(".canvas-wrap").screenshot({ path: join(ARTIFACTS, `canvas-dpr${dpr}.png`) });
    await page.context().close();
  }
  // Geometry lands on the same CSS spot at every density: the marker's fill is where the
  // layout says, in the same colour, and not the paper colour.
  for (const ink of inks) {
    assert.ok(!near(ink.marker, ink.paper, 40), `marker drawn at its position: ${ink.marker} vs paper ${ink.paper}`);
    assert.ok(near(ink.marker, inks[0].marker, 12), `same fill at every density: ${ink.marker} vs ${inks[0].marker}`);
    assert.ok(near(ink.paper, inks[0].paper, 4));
  }
});

test("browser zoom to 200% (devicePixelRatio 1 to 2) re-rasterises at the new density", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html", { width: 800, height: 900, dpr: 1 });
  await ready(page);
  const cdp = await page.context().newCDPSession(page);
  // What zooming to 200% does: half the CSS pixels, twice the device pixels per CSS pixel.
  await cdp.send("Emulation.setDeviceMetricsOverride", { width: 400, height: 450, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => window.article.state().pixel_ratio === 2, null, { timeout: 3000 });
  assert.equal((await state(page)).font_density, 2, "fonts rebuilt at the new density");
  const w = await page.evaluate(() => document.getElementById("article-canvas").width);
  assert.equal(w, Math.round((await state(page)).canvas.width * 2));
});
