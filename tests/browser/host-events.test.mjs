// What a host page gets from the embed: events posted to it, render flags in the URL, and the
// oEmbed description of the article.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, canvasPixels, openPage, ready, serve, settle, state, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach, { tmp: "article-host-" });

const stepIds = () => JSON.parse(readFileSync(join(DIST, "data", "article.json"), "utf8")).steps.map((s) => s.id);

test("the embed posts ready, select and the first interaction to the host page, and nothing before it is asked", async () => {
  const hostDir = join(env.tmp, "listener");
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Host</title>
    <script src="listen.js"></script>
    <iframe data-article-embed src="${env.site.url}embed.html?id=graphic-1" title="Figure" width="100%" height="720"></iframe>`);
  writeFileSync(join(hostDir, "listen.js"), `window.got = [];
    window.addEventListener("message", function (e) {
      if (e.data && typeof e.data === "object" && /^article:/.test(e.data.type)) window.got.push(e.data);
    });`);
  const host = await serve(hostDir);
  try {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.evaluate(() => window.article.ready);
    await page.waitForFunction(() => window.got.some((m) => m.type === "article:ready"));
    assert.deepEqual((await page.evaluate(() => window.got)).map((m) => m.type), ["article:ready"], "nothing but ready before the reader acts");
    const p = await frame.evaluate(() => window.articleTest.markerPosition("microsoft-invests-openai"));
    assert.ok(p.found);
    await frame.locator("#article-canvas").click({ position: { x: p.x, y: p.y } });
    // The click is handled in the figure's next frame: wait for it, or the host API's select
    // below can come first.
    await page.waitForFunction(() => window.got.some((m) => m.type === "article:select" && m.id === "microsoft-invests-openai"), null, { timeout: 5000 });
    await frame.evaluate(() => window.article.select("chatgpt-launch"));
    // A selection is told once the frame that shows it is drawn: wait for it, not for a fixed time.
    await page.waitForFunction(() => window.got.some((m) => m.type === "article:select" && m.id === "chatgpt-launch"), null, { timeout: 5000 });
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
  const page = await openPage(env.browser, `${env.site.url}embed.html?step=${ids[3]}&plain&colour=red&dark=maybe`);
  await ready(page);
  await settle(page);
  assert.equal((await state(page)).step, 3);
  assert.equal(await page.locator(".figure-title").isVisible(), false);
  assert.equal(await page.locator(".embed-credit").isVisible(), false);
  assert.deepEqual(page.errors, []);
  const other = await openPage(env.browser, `${env.site.url}embed.html?step=no-such-step&plain=false`);
  await ready(other);
  assert.equal((await state(other)).step, -1, "an unknown step id changes nothing");
  assert.equal(await other.locator(".figure-title").isVisible(), true, "plain=false keeps the title");
  assert.deepEqual(other.errors, []);
});

test("the article page links an oEmbed description of a rich embed", async () => {
  const page = await openPage(env.browser, env.site.url);
  const href = await page.getAttribute('link[rel="alternate"][type="application/json+oembed"]', "href");
  assert.ok(href && href.endsWith("oembed.json"), href);
  const oembed = JSON.parse(readFileSync(join(DIST, "oembed.json"), "utf8"));
  assert.equal(oembed.version, "1.0");
  assert.equal(oembed.type, "rich");
  assert.match(oembed.html, /^<iframe src="[^"]*embed\.html" [^>]*data-article-embed/);
  assert.ok(oembed.width > 0 && oembed.height > 0);
  assert.equal(oembed.title, await page.evaluate(() => document.querySelector("h1").textContent));
});

// The canvas's colour at its top-left corner (paper) and the page's background.
async function paperColours(page) {
  const { colours } = await canvasPixels(page, [{ x: 2, y: 2 }]);
  const page_bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  return { canvas: colours[0], page: page_bg };
}
const isDarkRgb = ([r, g, b]) => r < 60 && g < 60 && b < 60;
const isLightRgb = ([r, g, b]) => r > 200 && g > 200 && b > 200;
const cssRgb = (s) => s.match(/\d+/g).slice(0, 3).map(Number);

test("the article page follows the system's dark mode, page and canvas; ?dark=false keeps it light", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html", { init: () => {} });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await ready(page);
  await settle(page);
  let c = await paperColours(page);
  assert.ok(isDarkRgb(c.canvas) && isDarkRgb(cssRgb(c.page)), `dark: canvas ${c.canvas}, page ${c.page}`);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains("theme-dark")), true);
  await page.emulateMedia({ colorScheme: "light" });  // the reader switches the system's mode
  await page.waitForFunction(() => document.documentElement.classList.contains("theme-light"));
  await settle(page);
  c = await paperColours(page);
  assert.ok(isLightRgb(c.canvas) && isLightRgb(cssRgb(c.page)), `light again: canvas ${c.canvas}, page ${c.page}`);
  const forced = await openPage(env.browser, env.site.url + "embed.html?dark=false");
  await forced.emulateMedia({ colorScheme: "dark" });
  await ready(forced);
  await settle(forced);
  c = await paperColours(forced);
  assert.ok(isLightRgb(c.canvas), `?dark=false under a dark system: canvas ${c.canvas}`);
  assert.deepEqual([...page.errors, ...forced.errors], []);
});

test("a host page switches the embed's theme live with article:theme, and only the embedding page can", async () => {
  const hostDir = join(env.tmp, "theme-host");
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Host</title>
    <iframe src="${env.site.url}embed.html" title="Figure" width="800" height="720"></iframe>`);
  const host = await serve(hostDir);
  try {
    const page = await env.browser.newPage({ viewport: { width: 900, height: 800 }, colorScheme: "light" });
    await page.goto(host.url);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.evaluate(() => window.article.ready);
    const dark = () => frame.evaluate(() => document.documentElement.classList.contains("theme-dark"));
    assert.equal(await dark(), false);
    // A message from the embed's own window (not its parent) is ignored.
    await frame.evaluate(() => window.postMessage({ type: "article:theme", dark: true }, "*"));
    await page.waitForTimeout(200);
    assert.equal(await dark(), false, "only the embedding page sets the theme");
    await page.evaluate(() => document.querySelector("iframe").contentWindow.postMessage({ type: "article:theme", dark: true }, "*"));
    await frame.waitForFunction(() => document.documentElement.classList.contains("theme-dark"));
    await page.evaluate(() => document.querySelector("iframe").contentWindow.postMessage({ type: "article:theme", dark: "yes" }, "*"));
    await page.waitForTimeout(200);
    assert.equal(await dark(), true, "a malformed message changes nothing");
    const { colours } = await frame.evaluate(() => {
      const c = document.getElementById("article-canvas"), p = document.createElement("canvas");
      p.width = c.width; p.height = c.height;
      const g = p.getContext("2d"); g.drawImage(c, 0, 0);
      return { colours: [Array.from(g.getImageData(2, 2, 1, 1).data).slice(0, 3)] };
    });
    assert.ok(isDarkRgb(colours[0]), `the canvas redrew dark: ${colours[0]}`);
  } finally {
    host.server.close();
  }
});

test("?transparent lets a coloured host page show through the figure's background", async () => {
  const hostDir = join(env.tmp, "coloured-host");
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Host</title>
    <body style="background: rgb(40, 110, 70); margin: 0">
    <iframe src="${env.site.url}embed.html?transparent" title="Figure" width="900" height="720" frameborder="0"></iframe></body>`);
  const host = await serve(hostDir);
  try {
    const page = await env.browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(host.url);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.evaluate(() => window.article.ready);
    await page.waitForTimeout(300);
    // The host's green shows at the canvas's corner, inside the iframe, on the screen.
    const box = await (await frame.$("#article-canvas")).boundingBox();
    const shot = await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: 1, height: 1 } });
    const rgb = await page.evaluate(async (b64) => {
      const bmp = await createImageBitmap(await (await fetch("data:image/png;base64," + b64)).blob());
      const c = new OffscreenCanvas(1, 1), g = c.getContext("2d");
      g.drawImage(bmp, 0, 0);
      return Array.from(g.getImageData(0, 0, 1, 1).data).slice(0, 3);
    }, shot.toString("base64"));
    assert.ok(Math.abs(rgb[0] - 40) < 12 && Math.abs(rgb[1] - 110) < 12 && Math.abs(rgb[2] - 70) < 12, `the host's colour shows: ${rgb}`);
    assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgba(0, 0, 0, 0)");
  } finally {
    host.server.close();
  }
});

test("an AMP page's amp-iframe resize protocol gets the embed's height", async () => {
  // What amp-iframe does with `resizable`: it takes {sentinel: "amp", type: "embed-size"} from its
  // own frame and sets the frame's height (here by a script standing in for the AMP runtime).
  const hostDir = join(env.tmp, "amp-host");
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>AMP host</title>
    <iframe id="amp" src="${env.site.url}embed.html?static" title="Figure" width="375" height="300" frameborder="0"></iframe>
    <script src="amp.js"></script>`);
  writeFileSync(join(hostDir, "amp.js"), `window.addEventListener("message", function (e) {
    var f = document.getElementById("amp");
    if (e.source !== f.contentWindow || !e.data || e.data.sentinel !== "amp" || e.data.type !== "embed-size") return;
    f.style.height = e.data.height + "px";
  });`);
  const host = await serve(hostDir);
  try {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(host.url);
    const frame = await (await page.waitForSelector("#amp")).contentFrame();
    await frame.waitForFunction(() => { const i = document.querySelector("img.figure-static"); return i && i.complete && i.naturalWidth > 0; });
    await page.waitForFunction(() => document.getElementById("amp").getBoundingClientRect().height !== 300);
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.evaluate(() => document.getElementById("amp").getBoundingClientRect().height);
    assert.ok(Math.abs(inner - outer) <= 2, `the frame is ${outer} px for ${inner} px of embed`);
  } finally {
    host.server.close();
  }
});
