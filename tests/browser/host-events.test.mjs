// What a host page gets from the embed: events posted to it, render flags in the URL, and the
// oEmbed description of the article.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, closePages, launch, openPage, ready, serve, settle, state } from "./harness.mjs";

afterEach(() => closePages());

let browser, site, tmp;
before(async () => {
  browser = await launch();
  site = await serve();
  tmp = mkdtempSync(join(tmpdir(), "article-host-"));
});
after(async () => {
  await browser?.close();
  site?.server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const stepIds = () => JSON.parse(readFileSync(join(DIST, "data", "article.json"), "utf8")).steps.map((s) => s.id);

test("the embed posts ready, select and the first interaction to the host page, and nothing before it is asked", async () => {
  const hostDir = join(tmp, "listener");
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Host</title>
    <script src="listen.js"></script>
    <iframe data-article-embed src="${site.url}embed.html?id=graphic-1" title="Figure" width="100%" height="720"></iframe>`);
  writeFileSync(join(hostDir, "listen.js"), `window.got = [];
    window.addEventListener("message", function (e) {
      if (e.data && typeof e.data === "object" && /^article:/.test(e.data.type)) window.got.push(e.data);
    });`);
  const host = await serve(hostDir);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.evaluate(() => window.article.ready);
    await page.waitForFunction(() => window.got.some((m) => m.type === "article:ready"));
    assert.deepEqual((await page.evaluate(() => window.got)).map((m) => m.type), ["article:ready"], "nothing but ready before the reader acts");
    const p = await frame.evaluate(() => window.articleTest.markerPosition("microsoft-invests-openai"));
    assert.ok(p.found);
    await frame.locator("#article-canvas").click({ position: { x: p.x, y: p.y } });
    await frame.evaluate(() => window.article.select("chatgpt-launch"));
    await page.waitForTimeout(300);
    const got = await page.evaluate(() => window.got);
    const types = got.map((m) => m.type);
    assert.equal(types.filter((t) => t === "article:interaction").length, 1, `one interaction: ${types}`);
    const selects = got.filter((m) => m.type === "article:select").map((m) => m.id);
    assert.deepEqual(selects.slice(-2), ["microsoft-invests-openai", "chatgpt-launch"]);
    assert.ok(got.every((m) => m.embed === "graphic-1"), "every message names the embed");
  } finally {
    host.server.close();
  }
});

test("?step=ID opens the embed at that story step; ?plain hides the title and credit; unknown flags are ignored", async () => {
  const ids = stepIds();
  const page = await openPage(browser, `${site.url}embed.html?step=${ids[3]}&plain&colour=red&dark=maybe`);
  await ready(page);
  await settle(page);
  assert.equal((await state(page)).step, 3);
  assert.equal(await page.locator(".figure-title").isVisible(), false);
  assert.equal(await page.locator(".embed-credit").isVisible(), false);
  assert.deepEqual(page.errors, []);
  const other = await openPage(browser, `${site.url}embed.html?step=no-such-step&plain=false`);
  await ready(other);
  assert.equal((await state(other)).step, -1, "an unknown step id changes nothing");
  assert.equal(await other.locator(".figure-title").isVisible(), true, "plain=false keeps the title");
  assert.deepEqual(other.errors, []);
});

test("the article page links an oEmbed description of a rich embed", async () => {
  const page = await openPage(browser, site.url);
  const href = await page.getAttribute('link[rel="alternate"][type="application/json+oembed"]', "href");
  assert.ok(href && href.endsWith("oembed.json"), href);
  const oembed = JSON.parse(readFileSync(join(DIST, "oembed.json"), "utf8"));
  assert.equal(oembed.version, "1.0");
  assert.equal(oembed.type, "rich");
  assert.match(oembed.html, /^<iframe src="[^"]*embed\.html" [^>]*data-article-embed/);
  assert.ok(oembed.width > 0 && oembed.height > 0);
  assert.equal(oembed.title, await page.evaluate(() => document.querySelector("h1").textContent));
});
