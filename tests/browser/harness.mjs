// Shared set-up for the browser tests: a static server on a free port and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../../src/tools/chromium.mjs";
import { startServer } from "../../src/tools/static_server.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// The browser tests' site: the story fixture (tests/data/story.json) built with the test build's
// module, which also exports the test probes (window.articleTest). SHIPPED is the shipped story's
// site as it is published.
export const DIST = join(ROOT, "build", "site-test");
export const SHIPPED = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "tests", "browser", "artifacts");
mkdirSync(ARTIFACTS, { recursive: true });

export const launch = launchChromium;

// The content-hashed name the build gave an asset ("article.wasm" -> "article.3f2a9c1e.wasm").
export function asset(dir, name) {
  const manifest = JSON.parse(readFileSync(join(dir, "asset-manifest.json"), "utf8"));
  if (!manifest[name]) throw new Error(`${dir}/asset-manifest.json names no ${name}`);
  return manifest[name];
}

export async function serve(root = DIST, headers = {}) {
  const server = await startServer({ root, port: 0, headers });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// Contexts opened by openPage, closed by closePages() after each test so pages don't pile up.
const openContexts = new Set();
export async function closePages() {
  for (const c of openContexts) await c.close().catch(() => {});
  openContexts.clear();
}

// A page that records console errors and uncaught exceptions; tests assert none happened.
// `init`, if given, runs in the page before any of its own scripts.
export async function openPage(browser, url, { width = 1280, height = 800, dpr = 1, reducedMotion = "no-preference", init } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, reducedMotion });
  openContexts.add(context);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.errors = [];
  page.on("console", (m) => { if (m.type() === "error") page.errors.push(m.text()); });
  page.on("pageerror", (e) => page.errors.push(e.message));
  await page.goto(url);
  return page;
}

// Fails, rather than waits for ever, when the figure never starts (a crash inside main()).
export async function ready(page) {
  await page.evaluate(() => Promise.race([window.article.ready.then(() => true),
    new Promise((_, fail) => setTimeout(() => fail(new Error("the figure was not ready after 30 s")), 30000))]));
  await page.waitForTimeout(100);
}

// The embed page (the figure alone, so no story step takes over while a test works), ready, with
// the figure scrolled into view and idle.
export async function openFigure(browser, siteUrl, opts) {
  const page = await openPage(browser, siteUrl + "embed.html", opts);
  await ready(page);
  await page.locator("#article-canvas").scrollIntoViewIfNeeded();
  await settle(page);
  return page;
}

export const state = (page) => page.evaluate(() => window.article.state());

// Reads the canvas back (its last frame is kept: preserveDrawingBuffer) and returns how many
// pixels differ from the paper colour (a blank canvas has none) and the RGB colour at each of
// `points`, given in canvas CSS pixels.
export function canvasPixels(page, points = []) {
  return page.evaluate((points) => {
    const c = document.getElementById("article-canvas");
    const probe = document.createElement("canvas");
    probe.width = c.width;
    probe.height = c.height;
    const g = probe.getContext("2d");
    g.drawImage(c, 0, 0);
    const d = g.getImageData(0, 0, probe.width, probe.height).data;
    let inked = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) inked++;
    const r = c.width / c.getBoundingClientRect().width;
    const colours = points.map((p) => {
      const i = 4 * (Math.floor(p.y * r) * probe.width + Math.floor(p.x * r));
      return [d[i], d[i + 1], d[i + 2]];
    });
    return { inked, colours };
  }, points);
}

export async function inkedPixels(page) {
  return (await canvasPixels(page)).inked;
}

// Waits until the figure has drawn and gone idle (no frame requested).
// Clicks an event's marker as a reader would: a marker drawn in a cluster is reached by tapping
// the cluster's badge, which zooms until the events stand apart. Returns the marker's position.
export async function clickEvent(page, id) {
  for (let taps = 0; taps < 4; taps++) {
    const p = await page.evaluate((e) => window.articleTest.markerPosition(e), id);
    if (!p.found) throw new Error(`the marker of ${id} is not on screen`);
    await page.mouse.click(p.pageX, p.pageY);
    await settle(page);
    if (!p.cluster) return p;
  }
  throw new Error(`${id} still shares a cluster after 4 taps`);
}

// The figure's state against a step's view as the dataset names it.
export function assertStepView(s, view, label) {
  assert.deepEqual(
    { selected: s.selected, chart: s.chart, series: s.series, highlight: s.highlight, quarter: s.quarter, compare: s.compare },
    { selected: view.event, chart: view.chart, series: view.series, highlight: view.highlight || "", quarter: view.quarter || "", compare: view.compare || "" },
    label);
}

export async function settle(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const f = (await state(page)).frames;
    if (f === last) return;
    last = f;
    await page.waitForTimeout(60);
  }
}

export async function dataset(page) {
  return page.evaluate(() => fetch("data/article.json").then((r) => r.json()));
}

// One browser and one server per test file, pages closed after each test.
// With `tmp`, env.tmp is a scratch folder of that name's prefix, removed afterwards.
export function useSite(before, after, afterEach, { tmp } = {}) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.site = await serve();
    if (tmp) env.tmp = mkdtempSync(join(tmpdir(), tmp));
  });
  after(async () => {
    await env.browser?.close();
    env.site?.server.close();
    if (env.tmp) rmSync(env.tmp, { recursive: true, force: true });
  });
  afterEach(() => closePages());
  return env;
}
