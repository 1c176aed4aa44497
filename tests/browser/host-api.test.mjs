// The host API: what window.article offers host pages, and nothing for tests in the shipped site.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, SHIPPED, asset, closePages, launch, openPage, ready, serve, settle } from "./harness.mjs";

const HOST_EXPORTS = ["article_apply_step", "article_close_card", "article_date_x_json", "article_font_bytes", "article_font_size", "article_render_at", "article_request_redraw",
  "article_select_event", "article_select_from_hash", "article_set_chart", "article_set_filter",
  "article_set_reduced_motion", "article_set_series", "article_set_theme", "article_set_transparent", "article_start_step", "article_state_json", "article_step_count", "article_use_system_colors", "main"];

// The glue defines one Module._name wrapper for each function the wasm exports (their wasm
// names are minified), so the wrappers it defines are the module's exports.
function gluedExports(dir) {
  const script = readFileSync(join(dir, asset(dir, "article-page.js")), "utf8");
  return [...new Set([...script.matchAll(/\b\w\._((?:article_\w+)|main)=function\(\)\{return\(\w\._\1=/g)].map((m) => m[1]))].sort();
}

test("the shipped module exports the host API's functions and no test probe", async () => {
  assert.deepEqual(gluedExports(SHIPPED), HOST_EXPORTS);
  const probed = gluedExports(DIST);
  assert.ok(probed.includes("article_draw_now") && probed.includes("article_heap_json"), `test build: ${probed}`);
  // And the module itself: the test build exports more functions than the shipped one.
  const count = async (dir) => WebAssembly.Module.exports(await WebAssembly.compile(readFileSync(join(dir, asset(dir, "article.wasm")))))
    .filter((e) => e.kind === "function").length;
  assert.equal((await count(DIST)) - (await count(SHIPPED)), probed.length - HOST_EXPORTS.length);
});

const env = {};
before(async () => { env.browser = await launch(); env.site = await serve(SHIPPED); });
after(async () => { await env.browser?.close(); env.site?.server.close(); });
afterEach(closePages);

test("on the shipped page, window.article selects, steps and tells listeners; window.articleTest is absent", async () => {
  const page = await openPage(env.browser, env.site.url);
  await ready(page);
  const result = await page.evaluate(async () => {
    const seen = [];
    const a = window.article;
    a.on("select", (d) => seen.push(["select", d.id]));
    a.on("step", (d) => seen.push(["step", d.index, d.id]));
    const unknown = a.on("no-such-event", () => {});
    const ok = a.select("no-such-event-id");
    a.step(1);
    await new Promise((r) => setTimeout(r, 50));
    return { seen, unknown, ok, selected: a.state().selected, test: typeof window.articleTest, steps: a.stepCount() };
  });
  assert.equal(result.test, "undefined");
  assert.equal(result.unknown, false, "an unknown event name is refused");
  assert.equal(result.ok, false, "an unknown id selects nothing");
  assert.ok(result.steps >= 2);
  const step = result.seen.find((e) => e[0] === "step");
  assert.ok(step, "a step event was sent");
  assert.equal(step[1], 1);
  assert.equal(step[2], await page.evaluate(() => document.querySelectorAll(".step")[1].id.replace(/^step-/, "")));
  assert.ok(result.seen.some((e) => e[0] === "select" && e[1] === result.selected), "the step's selection was told");
  await settle(page);
  assert.deepEqual(page.errors, []);
});
