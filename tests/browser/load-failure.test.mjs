// If the wasm is missing the reader gets a readable message and the text version, not a blank box.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, asset, closePages, launch, openPage, serve } from "./harness.mjs";

afterEach(() => closePages());

let browser, site, dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "article-nowasm-"));
  cpSync(DIST, dir, { recursive: true });
  for (const ext of ["", ".br", ".gz"]) rmSync(join(dir, asset(DIST, "article.wasm") + ext));
  browser = await launch();
  site = await serve(dir);
});
after(async () => {
  await browser?.close();
  site?.server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("a missing article.wasm shows a visible error and the text version", async () => {
  const page = await openPage(browser, site.url);
  const failed = await page.evaluate(() => window.article.ready.then(() => false, () => true));
  assert.equal(failed, true);
  const status = page.locator("#figure-status");
  assert.equal(await status.isVisible(), true);
  assert.equal(await status.getAttribute("role"), "alert");
  assert.match(await status.textContent(), /could not load.*HTTP 404/s);
  assert.match(await status.textContent(), /text version/);
  assert.equal(await page.locator("#text-version").isVisible(), true);
});
