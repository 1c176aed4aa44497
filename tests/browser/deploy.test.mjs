// dist/ as a CDN serves it: hashed asset names, precompressed files, the _headers rules.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { SHIPPED, asset, closePages, launch, openPage, ready } from "./harness.mjs";
import { startServer } from "../../src/tools/static_server.mjs";

afterEach(() => closePages());
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAGE_ASSETS = ["article.wasm", "article-page.js", "article.css"];

test("the page's assets have content-hashed names, and the HTML names exactly those", () => {
  const html = readFileSync(join(SHIPPED, "index.html"), "utf8") + readFileSync(join(SHIPPED, "embed.html"), "utf8");
  for (const name of [...PAGE_ASSETS, "preview.png"]) {
    const hashed = asset(SHIPPED, name);
    assert.match(hashed, /\.[0-9a-f]{8}\.(wasm|js|css|png)$/);
    assert.ok(existsSync(join(SHIPPED, hashed)), `${hashed} is in dist`);
    assert.ok(!existsSync(join(SHIPPED, name)), `no unhashed ${name} left to go stale`);
    assert.ok(html.includes(hashed), `the pages name ${hashed}`);
  }
});

test("every compressible file has a .br and a .gz with the same bytes inside", () => {
  for (const name of ["index.html", "embed.js", "data/article.json", ...PAGE_ASSETS.map((n) => asset(SHIPPED, n))]) {
    const plain = readFileSync(join(SHIPPED, name));
    assert.ok(brotliDecompressSync(readFileSync(join(SHIPPED, name + ".br"))).equals(plain), `${name}.br`);
    assert.ok(gunzipSync(readFileSync(join(SHIPPED, name + ".gz"))).equals(plain), `${name}.gz`);
  }
});

test("the page's .gz files are smaller than zlib's best (zopfli made them)", () => {
  for (const name of ["index.html", ...PAGE_ASSETS.map((n) => asset(SHIPPED, n))]) {
    const plain = readFileSync(join(SHIPPED, name));
    const shipped = readFileSync(join(SHIPPED, name + ".gz")).length, zlib = gzipSync(plain, { level: 9 }).length;
    assert.ok(shipped < zlib, `${name}.gz: ${shipped} bytes, zlib -9 makes ${zlib}`);
  }
});

async function loadThrough(options) {
  const server = await startServer({ root: SHIPPED, port: 0, ...options });
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    const page = await openPage(browser, "about:blank");
    const seen = {};
    page.on("response", async (r) => { seen[new URL(r.url()).pathname] = await r.allHeaders(); });
    await page.goto(url);
    await ready(page);
    await page.waitForTimeout(200);
    assert.deepEqual(page.errors, []);
    assert.equal((await page.evaluate(() => window.article.state())).error, undefined);
    return seen;
  } finally {
    server.close();
  }
}

test("the page loads through the server with Brotli, with the cache rules of _headers", async () => {
  const seen = await loadThrough({});
  for (const name of PAGE_ASSETS) {
    const h = seen["/" + asset(SHIPPED, name)];
    assert.ok(h, `${name} was loaded`);
    assert.equal(h["content-encoding"], "br", `${name} came as Brotli`);
    assert.equal(h["cache-control"], "public, max-age=31536000, immutable");
  }
  assert.equal(seen["/"]["cache-control"], "no-cache");
  assert.equal(seen["/" + asset(SHIPPED, "article.wasm")]["content-type"], "application/wasm");
});

test("the page loads through the server with no compression at all", async () => {
  const seen = await loadThrough({ compression: false });
  for (const name of PAGE_ASSETS) assert.equal(seen["/" + asset(SHIPPED, name)]["content-encoding"], undefined, name);
});
