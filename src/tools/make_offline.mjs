// Writes dist/article-offline.html: the whole article in one file (CSS, scripts, wasm as
// base64 in a data block, data files as data: links) that works opened from disk with no network.
//   node make_offline.mjs DIST
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] || "dist";
const read = (f) => readFileSync(join(dist, f), "utf8");
let html = read("index.html");

// A literal "</script" inside inlined code would end the element early.
const safeScript = (js) => js.replace(/<\/script/gi, "<\\/script");
const dataUrl = (file, type) => `data:${type};base64,${readFileSync(join(dist, file)).toString("base64")}`;

html = html.replace('<link rel="stylesheet" href="article.css">', () => `<style>${read("article.css")}</style>`);
html = html.replace('<link rel="preload" href="article.wasm" as="fetch" crossorigin>', "");
html = html.replace('<script src="article-page.js" async></script>', "");
for (const left of ['href="article.css"', 'href="article.wasm"', 'src="article-page.js"']) {
  if (html.includes(left)) throw new Error(`make_offline: index.html still refers to ${left}; its <head> changed, update this tool`);
}
const wasm = readFileSync(join(dist, "article.wasm")).toString("base64");
html = html.replace("</body>", () =>
  `<script type="application/octet-stream" id="article-wasm-base64">${wasm}</script>\n` +
  `<script>${safeScript(read("article-page.js"))}</script>\n</body>`);
// "Get the data" keeps working offline.
html = html.replaceAll('href="data/share-series.csv"', `href="${dataUrl("data/share-series.csv", "text/csv")}"`);
html = html.replaceAll('href="data/events.csv"', `href="${dataUrl("data/events.csv", "text/csv")}"`);
html = html.replaceAll('href="data/article.json"', `href="${dataUrl("data/article.json", "application/json")}"`);
writeFileSync(join(dist, "article-offline.html"), html);
console.log(`${join(dist, "article-offline.html")}: ${(html.length / 1024).toFixed(0)} KB`);
