// What a news site meets when it embeds the figure, tried as an attacker would: a hostile title
// and URL in the embed code, a hostile frame on the host page, the longest links and arguments,
// a host under a strict CSP, and touch scrolling over the canvas.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DIST, ROOT, openPage, ready, serve, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach, { tmp: "article-security-" });

// The article page articlec writes for a copy of the minimal dataset with `meta` changed.
function articlePageFor(meta) {
  const data = JSON.parse(readFileSync(join(ROOT, "tests", "data", "minimal.json"), "utf8"));
  Object.assign(data.meta, meta);
  const file = join(env.tmp, "hostile.json"), out = join(env.tmp, "hostile.html");
  writeFileSync(file, JSON.stringify(data));
  execFileSync(join(ROOT, "build", "native", "articlec"), ["html", file, join(ROOT, "web", "index.template.html"), out]);
  return readFileSync(out, "utf8");
}

// Answers every request to `origin` with the test site's file of the same name.
async function serveSiteAs(context, origin) {
  await context.route(`${origin}/**`, (route) => {
    const file = join(DIST, decodeURIComponent(basename(new URL(route.request().url()).pathname) || "index.html"));
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: "" });
  });
}

test("the embed code shown for a hostile title and URL runs no script on the host, and the embed sizes itself at 320 px", async () => {
  const html = articlePageFor({
    title: `Amazon's "no" to OpenAI" onload="window.pwned='title'" x="<script>window.pwned='tag'</script>`,
    canonical_url: "https://article.test/it's-'onload='window.pwned=1'-x/",
  });
  // What a newsroom copies: the code block's text, as the page shows it.
  const shower = await env.browser.newPage();
  await shower.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ""));
  const code = await shower.evaluate(() => document.querySelector(".embed-code code").textContent);
  await shower.close();
  assert.match(code, /data-article-embed/);
  assert.match(code, /<script src="https:\/\/article\.test\/[^"]*embed\.js" async><\/script>/);

  const context = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
  await serveSiteAs(context, "https://article.test");
  const hostPage = `<!doctype html><meta charset="utf-8"><title>News</title><body style="margin:0">
    <p>Story text above the graphic.</p>${code}<p>Story text below.</p></body>`;
  await context.route("https://news.test/**", (route) => route.fulfill({ contentType: "text/html", body: hostPage }));
  const page = await context.newPage();
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto("https://news.test/story");
  const frame = await (await page.waitForSelector("iframe[data-article-embed]")).contentFrame();
  await frame.waitForFunction(() => window.article && window.article.state && window.article.state() !== null);
  await frame.evaluate(() => window.article.ready);
  const attrs = await page.evaluate(() => {
    const f = document.querySelector("iframe[data-article-embed]");
    return { names: f.getAttributeNames(), title: f.title, pwned: window.pwned };
  });
  assert.equal(attrs.pwned, undefined, "no script of the dataset's ran on the host");
  assert.deepEqual(dialogs, []);
  assert.ok(!attrs.names.includes("onload") && !attrs.names.includes("x"), `iframe attributes: ${attrs.names}`);
  assert.match(attrs.title, /onload="window.pwned='title'"/, "the title is kept as text");
  // embed.js sizes the frame to the embed's whole page, credit line included.
  const frameHeight = () => page.evaluate(() => document.querySelector("iframe[data-article-embed]").getBoundingClientRect().height);
  const innerHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  for (const end = Date.now() + 8000; Math.abs((await frameHeight()) - (await innerHeight())) > 2;) {
    assert.ok(Date.now() < end, `the frame is ${await frameHeight()} px, its page ${await innerHeight()} px`);
    await page.waitForTimeout(100);
  }
  const credit = await frame.evaluate(() => document.querySelector(".embed-credit").getBoundingClientRect().bottom);
  assert.ok(credit <= (await frameHeight()), `credit line ends at ${credit}, inside the ${await frameHeight()} px frame`);
  await context.close();
});

test("with the documented pym.js snippet, a hostile frame on the host can neither navigate the page nor set the height", async () => {
  const hostDir = join(env.tmp, "pym-host"), adDir = join(env.tmp, "ad");
  mkdirSync(hostDir, { recursive: true });
  mkdirSync(adDir, { recursive: true });
  copyFileSync(join(ROOT, "node_modules", "pym.js", "dist", "pym.v1.min.js"), join(hostDir, "pym.v1.min.js"));
  // The ad sends what pym.js children send: a navigation and an absurd height.
  writeFileSync(join(adDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Ad</title><script src="ad.js"></script>`);
  writeFileSync(join(adDir, "ad.js"), `setInterval(function () {
    parent.postMessage("pymxPYMxgraphicxPYMxnavigateToxPYMxhttps://evil.test/", "*");
    parent.postMessage("pymxPYMxgraphicxPYMxheightxPYMx1000000000", "*");
  }, 50);`);
  const ad = await serve(adDir);
  const articleOrigin = new URL(env.site.url).origin;
  // The snippet from docs/embedding.md, with this site's origin.
  const docs = readFileSync(join(ROOT, "docs", "embedding.md"), "utf8");
  const snippet = docs.match(/<div id="graphic"><\/div>\n<script src="[^"]*"><\/script>\n<script>[\s\S]*?<\/script>/)?.[0];
  assert.ok(snippet, "docs/embedding.md has the pym.js snippet");
  const ours = snippet
    .replaceAll("https://example.org/interactive/aws-ai-deals/", env.site.url)
    .replaceAll("https://example\\\\.org", articleOrigin.replaceAll(".", "\\\\."))
    .replace(/src="[^"]*pym\.v1\.min\.js"/, 'src="pym.v1.min.js"');
  assert.ok(ours.includes("xdomain"), "the documented snippet sets xdomain");
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Host</title>
    <body style="margin:0"><h1>Host</h1>${ours}<iframe src="${ad.url}" title="Advertisement" width="300" height="100"></iframe></body>`);
  const host = await serve(hostDir);
  try {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(host.url);
    const frame = await (await page.waitForSelector("#graphic iframe")).contentFrame();
    await frame.evaluate(() => window.article.ready);
    await page.waitForFunction(() => document.querySelector("#graphic iframe").getBoundingClientRect().height > 300, null, { timeout: 8000 });
    await page.waitForTimeout(1500);  // thirty rounds of forged messages
    assert.equal(page.url(), host.url, "the host page stayed where it was");
    const h = await page.evaluate(() => document.querySelector("#graphic iframe").getBoundingClientRect().height);
    assert.ok(h > 300 && h < 5000, `the embed's own height stands (${h} px)`);
  } finally {
    host.server.close();
    ad.server.close();
  }
});

test("the embed sends at most two height changes while it loads", async () => {
  const hostDir = join(env.tmp, "count-host");
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Host</title>
    <iframe data-article-embed src="${env.site.url}embed.html" title="Figure" width="100%" height="720"></iframe>
    <script src="${env.site.url}embed.js"></script><script src="count.js"></script>`);
  writeFileSync(join(hostDir, "count.js"), `window.heights = [];
    new ResizeObserver(function (entries) { window.heights.push(Math.round(entries[0].contentRect.height)); })
      .observe(document.querySelector("iframe"));`);
  const host = await serve(hostDir);
  try {
    for (const width of [320, 414, 1280]) {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(host.url);
      const frame = await (await page.waitForSelector("iframe")).contentFrame();
      await frame.evaluate(() => window.article.ready);
      await page.waitForTimeout(2000);
      const heights = await page.evaluate(() => window.heights);
      // The first entry is the frame's starting size; after it, changes.
      assert.ok(heights.length - 1 <= 2, `at ${width} px the frame changed height ${heights.length - 1} times: ${heights}`);
      await page.close();
    }
  } finally {
    host.server.close();
  }
});

test("a 2 MB link and 2 MB arguments leave the figure working", async () => {
  const long = "a".repeat(2 * 1024 * 1024 - 200);
  const page = await openPage(env.browser, env.site.url + "embed.html#" + long);
  await ready(page);
  assert.equal((await page.evaluate(() => window.article.state())).selected, "", "nothing is selected by it");
  const after = await page.evaluate(async (n) => {
    location.hash = "b".repeat(n);
    await new Promise((r) => setTimeout(r, 300));
    const refused = [
      window.article.select("c".repeat(n)),
      window.article.setSeries("d".repeat(n)),
    ];
    window.article.setChart("e".repeat(n));
    return { refused, ok: window.article.select("chatgpt-launch"), selected: window.article.state().selected };
  }, 1_310_000);
  assert.deepEqual(after.refused, [false, false]);
  assert.equal(after.ok, true);
  assert.equal(after.selected, "chatgpt-launch", "the figure still answers");
  assert.deepEqual(page.errors, []);
});

test("vertical touch drags over the canvas scroll the page with no console errors", async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 760 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error" || /Ignored attempt to cancel/.test(m.text())) errors.push(m.text()); });
  await page.goto(env.site.url);
  await ready(page);
  const cdp = await context.newCDPSession(page);
  const scrolls = [];
  for (let k = 0; k < 6; k++) {
    const box = await page.locator("#article-canvas").boundingBox();
    const x = box.x + box.width / 2;
    let y = Math.min(box.y + box.height - 10, 740);
    const before = await page.evaluate(() => window.scrollY);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
    for (let i = 0; i < 8; i++) {
      y -= 25;
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y }] });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await page.waitForTimeout(100);
    scrolls.push((await page.evaluate(() => window.scrollY)) - before);
  }
  assert.ok(scrolls.some((d) => d > 0), `the drags scrolled the page: ${scrolls}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the host CSP that docs/embedding.md gives lets the snippet load, size itself and violate nothing", async () => {
  const docs = readFileSync(join(ROOT, "docs", "embedding.md"), "utf8");
  const policy = docs.match(/^Content-Security-Policy: (.+)$/m)?.[1];
  assert.ok(policy, "docs/embedding.md gives a host policy");
  const articleOrigin = new URL(env.site.url).origin;
  const code = readFileSync(join(DIST, "index.html"), "utf8").match(/<pre class="embed-code"><code>([\s\S]*?)<\/code><\/pre>/)[1]
    .replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
  const canonical = code.match(/src="([^"]*)embed\.html"/)[1];
  const hostDir = join(env.tmp, "csp-host");
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>Host</title>
    <script src="watch.js"></script><body><p>Story.</p>${code.replaceAll(canonical, env.site.url)}</body>`);
  writeFileSync(join(hostDir, "watch.js"), `window.violations = [];
    document.addEventListener("securitypolicyviolation", function (e) { window.violations.push(e.violatedDirective + " " + e.blockedURI); });`);
  const host = await serve(hostDir, { "Content-Security-Policy": policy.replaceAll("https://example.org", articleOrigin) });
  try {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(host.url);
    await page.waitForFunction(() => {
      const f = document.querySelector("iframe[data-article-embed]");
      return f && f.getBoundingClientRect().height !== 720 && f.getBoundingClientRect().height > 400;
    }, null, { timeout: 8000 });
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("iframe")).borderTopWidth), "0px");
  } finally {
    host.server.close();
  }
});
