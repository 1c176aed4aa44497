// Newsroom conditions: embedded in another page (pym.js and embed.js auto-height), under a
// strict CSP, from a sub-path, with no third-party requests, and from one file with no network.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, ROOT, asset, closePages, launch, openPage, ready, serve, settle, state, clickEvent } from "./harness.mjs";

afterEach(() => closePages());

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
let browser, site, tmp;
before(async () => {
  browser = await launch();
  site = await serve();
  tmp = mkdtempSync(join(tmpdir(), "article-embed-"));
});
after(async () => {
  await browser?.close();
  site?.server.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function clickMarker(page, id) {
  await clickEvent(page, id);
  return (await state(page)).selected;
}

test("runs under a strict Content-Security-Policy with no violation", async () => {
  const strict = await serve(DIST, { "Content-Security-Policy": CSP });
  try {
    for (const path of ["", "embed.html"]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(() => {
        window.__csp = [];
        document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
      });
      const page = await context.newPage();
      const errors = [];
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      await page.goto(strict.url + path);
      await ready(page);
      assert.equal(await clickMarker(page, "microsoft-invests-openai"), "microsoft-invests-openai");
      assert.deepEqual(await page.evaluate(() => window.__csp), [], `no CSP violations on /${path}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  } finally {
    strict.server.close();
  }
});

test("makes no request to any other origin", async () => {
  const page = await browser.newPage();
  const foreign = [];
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(site.url) && !u.startsWith("data:") && !u.startsWith("blob:")) foreign.push(u);
  });
  await page.goto(site.url);
  await ready(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(300);
  assert.deepEqual(foreign, []);
});

test("a second visit takes the wasm and scripts from the cache, or revalidates them for free", async () => {
  const page = await openPage(browser, site.url + "embed.html");
  await ready(page);
  await page.reload();
  await ready(page);
  const sizes = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("resource")
    .filter((e) => /\.(js|wasm|css)$/.test(e.name))
    .map((e) => [e.name.split("/").pop(), e.transferSize])));
  for (const f of ["article.wasm", "article-page.js", "article.css"].map((n) => asset(DIST, n))) {
    assert.ok(f in sizes, `${f} requested`);
    assert.ok(sizes[f] < 1000, `${f} came from the cache or as a 304 (${sizes[f]} bytes over the wire)`);
  }
  // A hashed asset is cached for a year; asked again with its ETag, it is a 304 with no body.
  const wasm = site.url + asset(DIST, "article.wasm");
  const first = await fetch(wasm);
  assert.match(first.headers.get("cache-control"), /max-age=31536000, immutable/);
  const etag = first.headers.get("etag");
  assert.ok(etag, "ETag sent");
  const again = await fetch(wasm, { headers: { "If-None-Match": etag } });
  assert.equal(again.status, 304);
  assert.equal((await again.arrayBuffer()).byteLength, 0);
});

test("works from a sub-path", async () => {
  const sub = join(tmp, "site", "news", "2026", "aws-ai-deals");
  mkdirSync(sub, { recursive: true });
  cpSync(DIST, sub, { recursive: true });
  const host = await serve(join(tmp, "site"));
  try {
    const page = await openPage(browser, host.url + "news/2026/aws-ai-deals/embed.html");
    await ready(page);
    assert.equal(await clickMarker(page, "chatgpt-launch"), "chatgpt-launch");
    assert.deepEqual(page.errors, []);
  } finally {
    host.server.close();
  }
});

test("the single-file copy works from disk with the network off", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(DIST, "article-offline.html")).href);
  await ready(page);
  await page.locator("#article-canvas").scrollIntoViewIfNeeded();
  await settle(page);
  assert.equal(await clickMarker(page, "bedrock-announced"), "bedrock-announced");
  assert.match(await page.getAttribute('a[download]:has-text("Events (CSV)")', "href"), /^data:text\/csv;base64,/);
  // A download from a data: link is named by its download attribute, not "download.csv".
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('a[download]:has-text("Events (CSV)")')]);
  assert.equal(download.suggestedFilename(), "events.csv");
  const names = await page.$$eval("a[download]", (as) => as.map((a) => a.getAttribute("download")).sort());
  assert.deepEqual(names, ["article.json", "events.csv", "share-series.csv", "share-series.csv"]);
  assert.deepEqual(errors, []);
  await context.close();
});

// The embed's height settles over a few messages (layout, then the web fonts swapping in),
// so the host's iframe is compared with it until they agree or time runs out.
async function heightsAgree(iframeHeight, childHeight, timeoutMs = 3000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const [a, b] = [await iframeHeight(), await childHeight()];
    if (Math.abs(a - b) <= 2) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

// A host page on another origin, using the real pym.js Parent from npm.
test("pym.js resizes the iframe to the embed's height, and follows it when it grows", async () => {
  const hostDir = join(tmp, "host");
  mkdirSync(hostDir, { recursive: true });
  copyFileSync(join(ROOT, "node_modules", "pym.js", "dist", "pym.v1.min.js"), join(hostDir, "pym.v1.min.js"));
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Host</title>
    <body style="margin:0"><h1>Host newsroom page</h1><div id="graphic"></div>
    <script src="pym.v1.min.js"></script>
    <script>window.parentPym = new pym.Parent("graphic", ${JSON.stringify(site.url + "embed.html")}, {});</script></body>`);
  const host = await serve(hostDir);
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(host.url);
    const frame = await (await page.waitForSelector("#graphic iframe")).contentFrame();
    await frame.waitForFunction(() => window.articleTest && window.articleTest.embedHeight() > 0);
    await frame.evaluate(() => window.article.ready);
    const iframeHeight = () => page.evaluate(() => document.querySelector("#graphic iframe").getBoundingClientRect().height);
    const childHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction(() => document.querySelector("#graphic iframe").getBoundingClientRect().height > 300);
    assert.ok(await heightsAgree(iframeHeight, childHeight), "iframe matches the embed's height");
    const before = await iframeHeight();
    await frame.click('a[href="#text-version"]');  // opens the text version inside the embed
    await page.waitForFunction((h) => document.querySelector("#graphic iframe").getBoundingClientRect().height > h + 200, before);
    assert.ok(await heightsAgree(iframeHeight, childHeight), "iframe follows the new height");
  } finally {
    host.server.close();
  }
});

test("embed.js resizes an iframe for hosts without pym.js", async () => {
  const hostDir = join(tmp, "plain-host");
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Host</title>
    <iframe data-article-embed src="${site.url}embed.html" title="Figure" width="100%" height="150" style="border:0"></iframe>
    <script src="${site.url}embed.js"></script>`);
  const host = await serve(hostDir);
  try {
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    await page.goto(host.url);
    await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 400);
    const h = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
    assert.ok(h > 400 && h < 3000);
  } finally {
    host.server.close();
  }
});

test("back and forward move between deep-linked events", async () => {
  const page = await openPage(browser, site.url + "embed.html");
  await ready(page);
  await page.goto(site.url + "embed.html#chatgpt-launch");
  await page.waitForFunction(() => window.article.state().selected === "chatgpt-launch");
  await page.goto(site.url + "embed.html#gpt4-release");
  await page.waitForFunction(() => window.article.state().selected === "gpt4-release");
  await page.goBack();
  await page.waitForFunction(() => window.article.state().selected === "chatgpt-launch");
  await page.goForward();
  await page.waitForFunction(() => window.article.state().selected === "gpt4-release");
  assert.deepEqual(page.errors, []);
});

test("printing gives the article text, the event list and the tables, without the canvas", async () => {
  const page = await openPage(browser, site.url);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#article-canvas").isVisible(), false);
  assert.equal(await page.locator(".step").first().isVisible(), true);
  assert.equal(await page.locator("#text-version .event-list").isVisible(), true);
  assert.equal(await page.locator("#text-version table").first().isVisible(), true);
});

// The embed on a touch phone, loaded and idle.
async function phonePage() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(site.url + "embed.html");
  await ready(page);
  await settle(page);
  return { context, page };
}

test("on a touch screen a tap selects an event, with no emulated mouse click after it", async () => {
  const { context, page } = await phonePage();
  const p = await page.evaluate(() => window.articleTest.markerPosition("microsoft-invests-openai"));
  await page.touchscreen.tap(p.pageX, p.pageY);
  await settle(page);
  const s = await state(page);
  assert.equal(s.selected, "microsoft-invests-openai");
  assert.equal(s.card_open, true);
  await context.close();
});

test("on a touch screen a tap on the chart picks that quarter and reads out its figures", async () => {
  const { context, page } = await phonePage();
  await page.evaluate(() => window.article.setSeries("synergy"));
  await settle(page);
  const q = await page.evaluate(() => window.articleTest.quarterPosition("2021-Q2"));
  assert.equal(q.found, true);
  await page.touchscreen.tap(q.pageX, q.pageY);
  await settle(page);
  const s = await state(page);
  assert.equal(s.quarter, "2021-Q2");
  assert.equal(s.selected, "", "a tap on the plot picks a quarter, not an event");
  assert.match(await page.textContent("#figure-live"), /2021.*AWS 33%.*Microsoft 20%/);
  // The canvas already shows the picked quarter: what a fresh redraw draws, pixel for pixel.
  const shown = await page.locator("#article-canvas").screenshot();
  await page.evaluate(() => window.articleTest.redraw());
  await settle(page);
  const redrawn = await page.locator("#article-canvas").screenshot();
  assert.ok(shown.equals(redrawn), "the frame left on screen after the tap is stale");
  await context.close();
});

test("on a touch screen two fingers pinch-zoom the timeline and one finger drags it", async () => {
  const { context, page } = await phonePage();
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send("Input.dispatchTouchEvent", {
    type, touchPoints: points.map(([x, y], id) => ({ x, y, id })),
  });
  const box = await page.locator("#article-canvas").boundingBox();
  const y = box.y + 120, cx = box.x + box.width / 2;
  await touch("touchStart", [[cx - 30, y], [cx + 30, y]]);
  for (let d = 30; d <= 120; d += 10) await touch("touchMove", [[cx - d, y], [cx + d, y]]);
  await touch("touchEnd", []);
  await settle(page);
  let s = await state(page);
  assert.equal(s.view.zoomed, true, "pinching out zooms in");
  assert.equal(s.selected, "", "a pinch is not a tap");
  const start = s.view.start;
  await touch("touchStart", [[cx, y]]);
  for (let dx = 0; dx <= 150; dx += 15) await touch("touchMove", [[cx + dx, y]]);
  await touch("touchEnd", []);
  await settle(page);
  s = await state(page);
  assert.ok(s.view.start < start, "dragging right shows earlier years");
  assert.equal(s.selected, "", "a drag is not a tap");
  await context.close();
});
