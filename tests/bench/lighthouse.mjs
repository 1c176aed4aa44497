// Lighthouse (npm) with its default mobile settings (simulated slow 4G, CPU 4x slower, a phone's
// screen), driving Debian's Chromium with the flags the browser tests use. Prints the median
// performance score and total blocking time over several runs of the article page.
//   node tests/bench/lighthouse.mjs SITE_DIR [RUNS]
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, QUIET_FEATURES } from "../../src/tools/chromium.mjs";
import { startServer } from "../../src/tools/static_server.mjs";

const [dir, runArg] = process.argv.slice(2);
if (!dir) throw new Error("usage: node tests/bench/lighthouse.mjs SITE_DIR [RUNS]");
const runs = Number(runArg || 5);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

// chrome-launcher's own flags, with its --disable-features list extended (Chromium keeps only
// the last one), then the flags that give headless Chromium WebGL2 here.
const flags = chromeLauncher.Launcher.defaultFlags().map((f) =>
  f.startsWith("--disable-features=") ? f + "," + QUIET_FEATURES.join(",") : f);
const server = await startServer({ root: dir, port: 0 });
const url = `http://127.0.0.1:${server.address().port}/index.html`;
const results = [];
for (let i = 0; i < runs; i++) {
  const chrome = await chromeLauncher.launch({
    chromePath: "/usr/bin/chromium", ignoreDefaultFlags: true, chromeFlags: [...flags, "--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const a = (id) => lhr.audits[id].numericValue;
    // The simulated long tasks after the first paint: what total blocking time is made of.
    const tasks = lhr.audits["long-tasks"].details.items.filter((t) => t.startTime >= a("first-contentful-paint"))
      .map((t) => ({ what: t.url === "Unattributable" ? "unattributed" : t.url.split("/").pop(), ms: t.duration }));
    results.push({ tasks, score: Math.round(lhr.categories.performance.score * 100), tbt: a("total-blocking-time"), fcp: a("first-contentful-paint"),
      lcp: a("largest-contentful-paint"), si: a("speed-index"), cls: a("cumulative-layout-shift"), version: lhr.lighthouseVersion });
  } finally {
    await chrome.kill();
  }
}
server.close();
const col = (key, digits = 0) => results.map((r) => r[key].toFixed(digits)).join(", ");
const med = (key) => pct(results.map((r) => r[key]), 0.5);
console.log(`Lighthouse ${results[0].version}, mobile (simulated throttling), the article page, ${runs} runs (targets: performance 90 or more, total blocking time 200 ms or less):`);
console.log(`  performance: median ${med("score")} (runs: ${col("score")})`);
console.log(`  total blocking time: median ${med("tbt").toFixed(0)} ms (runs: ${col("tbt")})`);
const typical = results.find((r) => r.tbt === med("tbt"));
console.log(`  long tasks after the first paint, in the run with the median blocking time (simulated ms; each counts what passes 50): ` +
  (typical.tasks.length ? typical.tasks.map((t) => `${t.what} ${t.ms.toFixed(0)}`).join(", ") : "none"));
console.log(`  first contentful paint ${med("fcp").toFixed(0)} ms, largest contentful paint ${med("lcp").toFixed(0)} ms, speed index ${med("si").toFixed(0)} ms, layout shift ${med("cls").toFixed(3)} (medians)`);
process.exit(0);
