// Writes dist/preview.png (1200×630), the figure as link previews show it (Open Graph, Twitter).
//   node make_preview.mjs DIST
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { startServer } from "./static_server.mjs";

const dist = resolve(process.argv[2] || "dist");
const server = await startServer({ root: dist, port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${server.address().port}/embed.html#microsoft-invests-openai`);
  await page.evaluate(() => window.article.ready);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(dist, "preview.png") });
} finally {
  await browser.close();
  server.close();
}
