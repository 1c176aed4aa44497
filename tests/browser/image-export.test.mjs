// "Download image": a PNG of the figure as the reader sees it, for social media and print.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ready, settle, state, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach);

async function download(page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#download-image")]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test("Download image saves a PNG at twice the CSS size, title and source drawn in, that follows the figure's state", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(env.site.url + "embed.html");
    await ready(page);
    await page.evaluate(() => window.article.select("microsoft-invests-openai"));
    await settle(page);
    const css = await page.evaluate(() => document.getElementById("article-canvas").getBoundingClientRect().toJSON());
    const first = await download(page);
    assert.match(first.name, /\.png$/);
    assert.deepEqual([...first.bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "a PNG signature");
    const width = first.bytes.readUInt32BE(16), height = first.bytes.readUInt32BE(20);
    assert.equal(width, Math.round(css.width * 2) + 64, "the canvas at 2x, with 16 px margins at 2x");
    assert.ok(height > css.height * 2 + 100, `title above and source below the figure (${height} px)`);
    // It decodes, and its top holds the title's ink, not only paper.
    const decoded = await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch("data:image/png;base64," + b64)).blob());
      const c = new OffscreenCanvas(bitmap.width, bitmap.height), g = c.getContext("2d");
      g.drawImage(bitmap, 0, 0);
      const top = g.getImageData(0, 0, bitmap.width, 80).data;
      let ink = 0;
      for (let i = 0; i < top.length; i += 4) if (top[i] < 128) ink++;
      return { w: bitmap.width, h: bitmap.height, ink };
    }, first.bytes.toString("base64"));
    assert.deepEqual([decoded.w, decoded.h], [width, height]);
    assert.ok(decoded.ink > 200, `the title is drawn (${decoded.ink} dark pixels)`);
    assert.equal((await state(page)).pixel_ratio, 1, "the canvas is back at the screen's density");
    await page.evaluate(() => { window.article.setChart("gap"); window.article.select("chatgpt-launch"); });
    await settle(page);
    const second = await download(page);
    assert.ok(!second.bytes.equals(first.bytes), "another state gives another picture");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("?static shows the build's picture of the step, linked to the full article, with no figure started and no controls", async () => {
  const steps = (await (await fetch(env.site.url + "data/article.json")).json()).steps;
  const id = steps[2].id;
  const context = await env.browser.newContext({ viewport: { width: 600, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${env.site.url}embed.html?static&step=${id}`);
    await page.waitForFunction(() => { const i = document.querySelector("img.figure-static"); return i && i.complete && i.naturalWidth > 0; });
    const shown = await page.evaluate(() => {
      const img = document.querySelector("img.figure-static");
      return { src: new URL(img.src).pathname, link: img.closest("a").href, w: img.naturalWidth,
               canvas: !!document.getElementById("article-canvas"), toolbar: getComputedStyle(document.querySelector(".figure-toolbar")).display };
    });
    assert.equal(shown.src, `/steps/${id}.png`);
    assert.equal(shown.link, await page.getAttribute('link[rel="canonical"]', "href"));
    assert.ok(shown.w > 600, `the picture is at twice the CSS size (${shown.w} px wide)`);
    assert.equal(shown.canvas, false);
    assert.equal(shown.toolbar, "none");
    assert.equal(await page.evaluate(() => window.article.state()), null, "the figure was never started");
    // Every step has its picture in the build.
    for (const s of steps) assert.equal((await fetch(`${env.site.url}steps/${s.id}.png`)).status, 200, s.id);
  } finally {
    await context.close();
  }
});
