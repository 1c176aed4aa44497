// If the wasm is missing the reader gets a readable message and the text version, not a blank box.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, ROOT, asset, closePages, launch, openPage, serve } from "./harness.mjs";

afterEach(() => closePages());

// A copy of the site `from` without its wasm.
function withoutWasm(from) {
  const copy = mkdtempSync(join(tmpdir(), "article-nowasm-"));
  cpSync(from, copy, { recursive: true });
  for (const ext of ["", ".br", ".gz"]) rmSync(join(copy, asset(from, "article.wasm") + ext));
  return copy;
}

let browser, site, dir, siteDe, dirDe;
before(async () => {
  dir = withoutWasm(DIST);
  dirDe = withoutWasm(join(ROOT, "build", "site-de"));
  browser = await launch();
  site = await serve(dir);
  siteDe = await serve(dirDe);
});
after(async () => {
  await browser?.close();
  site?.server.close();
  siteDe?.server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(dirDe, { recursive: true, force: true });
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

test("the error is in the story's language", async () => {
  const page = await openPage(browser, siteDe.url);
  assert.equal(await page.evaluate(() => window.article.ready.then(() => false, () => true)), true);
  const text = await page.locator("#figure-status").textContent();
  assert.match(text, /konnte nicht geladen werden.*HTTP 404/s);
  assert.match(text, /Textfassung unten/);
  assert.doesNotMatch(text, /text version/);
});
