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

// A rebuild of unchanged sources must give the same wasm, so that its hashed name, and every
// reader's cached copy, stay. The fonts inside it were stamped with the time of the build.
test("the fonts inside the shipped wasm carry their source fonts' dates, not the build's", () => {
  const memory = initialMemory(readFileSync(join(SHIPPED, asset(SHIPPED, "article.wasm"))));
  const inter = ["Inter-Regular.otf", "Inter-SemiBold.otf"].map((f) => headModified(readFileSync(join("/usr/share/fonts/opentype/inter", f))));
  assert.deepEqual(embeddedFonts(memory).map(headModified), inter);
});

// A wasm module's memory as its data segments lay it out: the file leaves out runs of zeros, so
// what it holds is only contiguous there.
function initialMemory(wasm) {
  let at = 8;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do { byte = wasm[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return value;
  };
  while (at < wasm.length) {
    const id = wasm[at++], size = leb(), end = at + size;
    if (id === 11) {  // the data section: active segments, each at an i32.const offset
      const segments = [];
      for (let count = leb(); count > 0; count--) {
        assert.equal(leb(), 0, "an active data segment of memory 0");
        assert.equal(wasm[at++], 0x41, "an i32.const offset");
        const offset = leb();
        assert.equal(wasm[at++], 0x0b);
        const length = leb();
        segments.push([offset, wasm.subarray(at, at + length)]);
        at += length;
      }
      const memory = Buffer.alloc(Math.max(...segments.map(([o, b]) => o + b.length)));
      for (const [offset, bytes] of segments) bytes.copy(memory, offset);
      return memory;
    }
    at = end;
  }
  throw new Error("the wasm has no data section");
}

// The TrueType fonts a file holds, found by their table directories.
function embeddedFonts(bytes) {
  const fonts = [];
  for (let at = bytes.indexOf(SFNT_TRUETYPE); at >= 0; at = bytes.indexOf(SFNT_TRUETYPE, at + 1)) {
    const tables = at + 6 <= bytes.length ? bytes.readUInt16BE(at + 4) : 0;
    if (tables < 4 || tables > 40) continue;
    const tags = Array.from({ length: tables }, (_, i) => bytes.toString("latin1", at + 12 + 16 * i, at + 16 + 16 * i));
    if (tags.includes("head") && tags.includes("glyf")) fonts.push(bytes.subarray(at));
  }
  return fonts;
}
const SFNT_TRUETYPE = Buffer.from([0, 1, 0, 0]);

// The 'modified' date in a font's head table (seconds since 1904); offsets are from the font's start.
function headModified(font) {
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    if (font.toString("latin1", record, record + 4) === "head") return font.readBigUInt64BE(font.readUInt32BE(record + 8) + 28);
  }
  throw new Error("the font has no head table");
}

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
