// Makes dist/ ready for any CDN or static host, after everything in it is built:
//  - the page's assets get content-hashed names (article.3f2a9c1e.wasm), and the HTML entry points,
//    oembed.json and asset-manifest.json name them, so an asset can be cached for a year and an
//    update never pairs a new page with an old wasm;
//  - every compressible file gets a .br and a .gz beside it, for hosts that serve precompressed files
//    (the .gz made by zopfli: any gunzip reads it, and it is some 5% smaller than zlib's best);
//  - _headers (Netlify and Cloudflare Pages form) gives each kind of file its type and cache rule,
//    and the local server (static_server.mjs) applies the same file.
//   node finish_dist.mjs DIST
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2];
if (!dist) throw new Error("usage: node finish_dist.mjs DIST");

// Entry points keep their names: the HTML pages, embed.js (pasted into host pages), the data
// downloads and oembed.json (linked by address). Everything the pages load is hashed.
const HASHED = ["article.css", "article-page.js", "article.wasm", "preview.png"];
const REFERRING = ["index.html", "embed.html", "oembed.json"];
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".wasm", ".json", ".csv", ".svg", ".txt"]);

const manifest = {};
for (const name of HASHED) {
  const path = join(dist, name);
  if (!existsSync(path)) throw new Error(`finish_dist: ${path} is missing`);
  const hash = createHash("sha256").update(readFileSync(path)).digest("hex").slice(0, 8);
  const ext = extname(name);
  manifest[name] = `${name.slice(0, -ext.length)}.${hash}${ext}`;
  renameSync(path, join(dist, manifest[name]));
}
for (const file of REFERRING) {
  const path = join(dist, file);
  if (!existsSync(path)) continue;
  let text = readFileSync(path, "utf8");
  for (const [from, to] of Object.entries(manifest)) {
    // Only whole names in attribute values or URLs: after a quote, a slash or the start.
    text = text.replace(new RegExp(`(["/])${from.replace(/[.]/g, "\\.")}(?=["?#])`, "g"), `$1${to}`);
  }
  for (const from of Object.keys(manifest)) {
    if (new RegExp(`["/]${from.replace(/[.]/g, "\\.")}["?#]`).test(text)) throw new Error(`finish_dist: ${file} still names ${from}`);
  }
  writeFileSync(path, text);
}
writeFileSync(join(dist, "asset-manifest.json"), JSON.stringify(manifest, null, 2) + "\n");

writeFileSync(join(dist, "_headers"), `# Netlify / Cloudflare Pages headers; ./build-wasm.sh serve applies the same rules.
/*
  X-Content-Type-Options: nosniff
/*.wasm
  Content-Type: application/wasm
${Object.values(manifest).map((n) => `/${n}\n  Cache-Control: public, max-age=31536000, immutable\n`).join("")}/
  Cache-Control: no-cache
/*.html
  Cache-Control: no-cache
/oembed.json
  Cache-Control: no-cache
/asset-manifest.json
  Cache-Control: no-cache
/embed.js
  Cache-Control: public, max-age=300
/data/*
  Cache-Control: public, max-age=300
/steps/*
  Cache-Control: public, max-age=300
`);

function zopfli(path) {
  const run = spawnSync("zopfli", ["-c", path], { maxBuffer: 1 << 30 });
  if (run.error) throw new Error(`finish_dist: zopfli could not run (${run.error.message}); ./build-wasm.sh setup installs it`);
  if (run.status !== 0) throw new Error(`finish_dist: zopfli failed on ${path}: ${run.stderr}`);
  return run.stdout;
}

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
let files = 0;
for (const path of walk(dist)) {
  if (!COMPRESSIBLE.has(extname(path))) continue;
  const body = readFileSync(path);
  writeFileSync(path + ".gz", zopfli(path));
  writeFileSync(path + ".br", brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  files++;
}
console.log(`${relative(process.cwd(), dist) || dist}: ${Object.values(manifest).join(", ")}; ${files} files precompressed`);
