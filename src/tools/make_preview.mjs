// Writes dist/preview.png (1200×630), the figure as link previews show it (Open Graph, Twitter),
// and dist/steps/STEP-ID.png, the figure at every story step at twice its CSS size, for print
// and for the embed's `static` flag (AMP pages, newsletters).
//   node make_preview.mjs DIST
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { startServer } from "./static_server.mjs";

const dist = resolve(process.argv[2] || "dist");
const steps = JSON.parse(readFileSync(join(dist, "data", "article.json"), "utf8")).steps.map((s) => s.id);
const server = await startServer({ root: dist, port: 0 });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.goto(base + "embed.html?step=" + encodeURIComponent(steps[0] || ""));
  await page.evaluate(() => window.article.ready);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(dist, "preview.png") });
  await page.close();

  mkdirSync(join(dist, "steps"), { recursive: true });
  const shots = await browser.newPage({ viewport: { width: 760, height: 900 }, deviceScaleFactor: 2 });
  for (const id of steps) {
    await shots.goto(`${base}embed.html?plain&step=${encodeURIComponent(id)}`);
    await shots.evaluate(() => window.article.ready);
    await shots.waitForFunction((want) => window.article.state().step >= 0, id);
    await shots.waitForTimeout(300);  // the chart's fade after a step
    await shots.locator("#article-canvas").screenshot({ path: join(dist, "steps", `${id}.png`) });
  }
} finally {
  await browser.close();
  server.close();
}
