// Every fact reachable without the canvas, every interaction without a mouse, and axe-core clean.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ariaOutline } from "./aria-outline.mjs";
import { ARTIFACTS, ROOT, canvasPixels, openPage, ready, settle, state, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach);

// Every axe rule, experimental and best-practice ones included, with the selection's card shown:
// the only one allowed to fail is AAA's enhanced contrast (7:1).
for (const path of ["", "embed.html"]) {
  test(`axe-core, every rule, finds nothing on /${path} at 375 and 1280 px, light, dark and forced colours`, async () => {
    const found = [];
    for (const [w, h] of [[375, 667], [1280, 800]]) {
      for (const mode of ["light", "dark", "forced"]) {
        const page = await openPage(env.browser, env.site.url + path + (mode === "dark" ? "?dark=true" : ""), { width: w, height: h });
        if (mode === "forced") await page.emulateMedia({ forcedColors: "active" });
        await ready(page);
        await settle(page);
        for (const select of ["", "aws-declines-openai"]) {
          if (select) await page.evaluate((id) => window.article.select(id), select);
          await settle(page);
          await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
          const result = await page.evaluate(() => window.axe.run(document, {
            resultTypes: ["violations"],
            rules: Object.fromEntries(window.axe.getRules().map((r) => [r.ruleId, { enabled: r.ruleId !== "color-contrast-enhanced" }])),
          }));
          for (const v of result.violations)
            found.push(`${w} ${mode} ${select || "no selection"}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
        await page.context().close();
      }
    }
    assert.deepEqual(found, []);
  });
}

// On phones the figure's box steps aside so that only the chart sticks (display: contents);
// Chromium's own accessibility tree must still hold the figure, named, around the canvas.
test("the figure keeps its role, its name and its canvas in the accessibility tree at phone and desktop sizes", async () => {
  for (const [w, h] of [[390, 844], [1280, 800]]) {
    const page = await openPage(env.browser, env.site.url, { width: w, height: h });
    await ready(page);
    const display = await page.evaluate(() => getComputedStyle(document.querySelector(".story-figure > .figure")).display);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const figures = nodes.filter((n) => !n.ignored && n.role && n.role.value === "figure");
    assert.equal(figures.length, 1, `${w}x${h} (figure display: ${display}): ${figures.length} figures in the tree`);
    assert.match(figures[0].name.value, /Microsoft's bet/, `${w}x${h}: the figure's name`);
    const inside = (n, depth = 0) => depth < 8 && (n.childIds || []).some((id) => {
      const c = byId.get(id);
      return c && ((c.role && c.role.value === "image" && /timeline/i.test(c.name ? c.name.value : "")) || inside(c, depth + 1));
    });
    assert.ok(inside(figures[0]), `${w}x${h}: the canvas is not inside the figure`);
    await page.context().close();
  }
});

test("the canvas is a focusable, labelled image with a visible focus ring", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html");
  await ready(page);
  const c = page.locator("#article-canvas");
  assert.equal(await c.getAttribute("tabindex"), "0");
  assert.equal(await c.getAttribute("role"), "img");
  assert.match(await c.getAttribute("aria-label"), /timeline/i);
  await page.keyboard.press("Tab");
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement.id === "article-canvas")); i++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), "article-canvas", "reachable with Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, "solid");
});

test("the live region announces the selected event, and chart values under the keyboard", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html");
  await ready(page);
  await page.focus("#article-canvas");
  await page.keyboard.press("ArrowRight");
  await settle(page);
  assert.match(await page.textContent("#figure-live"), /OpenAI launches.*11 December 2015/);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await settle(page);
  const s = await state(page);
  assert.equal(s.focus, "chart");
  assert.match(await page.textContent("#figure-live"), new RegExp(`^Q\\d ${s.quarter.slice(0, 4)}, Synergy Research Group: AWS`));
});

test("with reduced motion, nothing animates", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html", { reducedMotion: "reduce" });
  await ready(page);
  assert.equal((await state(page)).reduced_motion, true);
  await page.focus("#article-canvas");
  await page.keyboard.press("+");
  const s = await state(page);
  assert.equal(s.animating, false);
  assert.equal(s.view.zoomed, true);
});

test("without JavaScript the text version is the content", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.site.url);
  assert.equal(await page.locator("#text-version").isVisible(), true);
  assert.ok((await page.locator("#text-version .event-list > li").count()) >= 16);
  assert.ok((await page.locator("#text-version table caption").count()) >= 3);
  assert.equal(await page.locator("#article-canvas").isVisible(), false, "no empty canvas");
  assert.equal(await page.locator(".figure-toolbar").isVisible(), false, "no dead controls");
  await context.close();
});

// A page whose canvas refuses WebGL 2, at the given viewport.
async function pageWithoutWebGL2(path, viewport) {
  const context = await env.browser.newContext({ viewport });
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === "webgl2" ? null : original.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(env.site.url + path);
  const failed = await page.evaluate(() => window.article.ready.then(() => false, () => true));
  assert.equal(failed, true);
  return { context, page };
}

test("without WebGL 2 the reader gets a message and the text version", async () => {
  const { context, page } = await pageWithoutWebGL2("embed.html", { width: 1280, height: 800 });
  assert.match(await page.textContent("#figure-status"), /WebGL 2/);
  assert.equal(await page.locator("#text-version").isVisible(), true);
  await context.close();
});

test("without WebGL 2 on a phone the message scrolls away instead of covering the story", async () => {
  const { context, page } = await pageWithoutWebGL2("", { width: 390, height: 844 });
  await page.evaluate(() => document.querySelectorAll(".step")[2].scrollIntoView());
  await page.waitForTimeout(100);
  const box = await page.evaluate(() => document.getElementById("figure-status").getBoundingClientRect().toJSON());
  assert.ok(box.bottom <= 0, `the message still covers the screen at ${box.top}..${box.bottom}`);
  await context.close();
});

// The colour drawn at a marker's centre, and at the canvas's top-left corner (blank paper).
async function markerInk(page, id) {
  const p = await page.evaluate((id) => window.articleTest.markerPosition(id), id);
  const { colours } = await canvasPixels(page, [p, { x: 1, y: 1 }]);
  return { marker: colours[0], paper: colours[1] };
}
const near = (a, b, tol) => a.every((v, i) => Math.abs(v - b[i]) <= tol);

test("HiDPI: the canvas backing store and fonts follow devicePixelRatio 1, 2 and 3", async () => {
  const inks = [];
  for (const dpr of [1, 2, 3]) {
    const page = await openPage(env.browser, env.site.url + "embed.html", { width: 800, height: 900, dpr });
    await ready(page);
    await page.evaluate(() => window.article.select("microsoft-invests-openai"));
    await settle(page);
    const s = await state(page);
    const size = await page.evaluate(() => {
      const c = document.getElementById("article-canvas");
      return { w: c.width, h: c.height, cw: c.getBoundingClientRect().width };
    });
    assert.equal(s.pixel_ratio, dpr);
    assert.equal(s.font_density, dpr, "glyphs rasterised at the screen's density");
    assert.equal(size.w, Math.round(size.cw * dpr));
    inks.push(await markerInk(page, "microsoft-invests-openai"));
    await page.locator(".canvas-wrap").screenshot({ path: join(ARTIFACTS, `canvas-dpr${dpr}.png`) });
    await page.context().close();
  }
  // Geometry lands on the same CSS spot at every density: the marker's fill is where the
  // layout says, in the same colour, and not the paper colour.
  for (const ink of inks) {
    assert.ok(!near(ink.marker, ink.paper, 40), `marker drawn at its position: ${ink.marker} vs paper ${ink.paper}`);
    assert.ok(near(ink.marker, inks[0].marker, 12), `same fill at every density: ${ink.marker} vs ${inks[0].marker}`);
    assert.ok(near(ink.paper, inks[0].paper, 4));
  }
});

test("browser zoom to 200% (devicePixelRatio 1 to 2) re-rasterises at the new density", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html", { width: 800, height: 900, dpr: 1 });
  await ready(page);
  const cdp = await page.context().newCDPSession(page);
  // What zooming to 200% does: half the CSS pixels, twice the device pixels per CSS pixel.
  await cdp.send("Emulation.setDeviceMetricsOverride", { width: 400, height: 450, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => window.article.state().pixel_ratio === 2, null, { timeout: 3000 });
  assert.equal((await state(page)).font_density, 2, "fonts rebuilt at the new density");
  const w = await page.evaluate(() => document.getElementById("article-canvas").width);
  assert.equal(w, Math.round((await state(page)).canvas.width * 2));
});

// WCAG 2.2's 2.4.11: on phones the chart sticks at the top while the story scrolls under it. Every
// stop of a full Tab walk through the page must be on screen and not under the stuck chart (nor
// off screen in a toolbar that scrolls sideways).
for (const [w, h] of [[375, 667], [320, 568]]) {
  test(`at ${w}x${h}, every element Tab reaches is fully in view and not under the stuck chart`, async () => {
    const page = await openPage(env.browser, env.site.url, { width: w, height: h });
    await ready(page);
    await settle(page);
    const hidden = [], seen = new Set();
    let stops = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press("Tab");
      await page.waitForTimeout(20);  // a smooth scroll into view, if any, is instant under the harness
      const at = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const wrap = document.querySelector(".story-figure .canvas-wrap");
        const w = wrap.getBoundingClientRect(), r = el.getBoundingClientRect();
        const stuck = getComputedStyle(wrap).position === "sticky" && Math.abs(w.top) < 1;
        const top = stuck && !wrap.contains(el) ? w.bottom : 0;
        const room = innerHeight - top;
        const fits = r.top >= top - 1 && (r.bottom <= innerHeight + 1 || (r.height > room && r.top < innerHeight - 40)) &&
          r.left >= -1 && r.right <= innerWidth + 1;
        const name = el.id ? "#" + el.id : el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : "") +
          ":" + (el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30);
        return { name, fits, rect: [r.left, r.top, r.right, r.bottom].map(Math.round), top: Math.round(top) };
      });
      if (!at) break;
      if (seen.has(at.name + at.rect)) break;  // back at the start
      seen.add(at.name + at.rect);
      stops++;
      if (!at.fits) hidden.push(`${at.name} at ${at.rect} (free from y=${at.top})`);
    }
    assert.ok(stops > 30, `only ${stops} focus stops`);
    assert.deepEqual(hidden, []);
  });
}

// Beside the story the figure is a screen tall, and scrolling it into view would start the story;
// on a phone the canvas (a little over half the screen) comes into view whole, story or not.
test("Tab onto the canvas starts no story step, and beside the story scrolls nothing", async () => {
  for (const [w, h] of [[1280, 800], [1440, 900], [375, 667]]) {
    const page = await openPage(env.browser, env.site.url, { width: w, height: h });
    await ready(page);
    await settle(page);
    let before = 0;
    for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement.id === "article-canvas")); i++) {
      before = await page.evaluate(() => scrollY);
      await page.keyboard.press("Tab");
    }
    assert.equal(await page.evaluate(() => document.activeElement.id), "article-canvas");
    await settle(page);
    if (w >= 960) assert.equal(await page.evaluate(() => scrollY), before, `${w}x${h}: the page scrolled`);
    else assert.ok(await page.evaluate(() => document.activeElement.getBoundingClientRect().bottom <= innerHeight + 1), `${w}x${h}: canvas cut off`);
    assert.equal((await state(page)).step, -1, `${w}x${h}: a story step took over`);
    // Space with nothing selected is the page's: it scrolls.
    const at = await page.evaluate(() => scrollY);
    await page.keyboard.press("Space");
    await settle(page);
    assert.ok(await page.evaluate((b) => scrollY > b, at), `${w}x${h}: Space did not scroll the page`);
    await page.context().close();
  }
});

test("with forced colours the canvas redraws in the system's colours, and pressed buttons and swatches stay visible", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html");
  await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
  await ready(page);
  await settle(page);
  const system = await page.evaluate(() => Object.fromEntries(["Canvas", "CanvasText", "Highlight"].map((n) => {
    const s = document.createElement("span");
    s.style.color = n;
    document.body.appendChild(s);
    const c = getComputedStyle(s).color.match(/\d+/g).slice(0, 3).map(Number);
    s.remove();
    return [n, c];
  })));
  // Chromium's emulated contrast theme follows the colour scheme; its dark one is not the article's dark paper.
  const themePaper = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--paper").trim());
  assert.notEqual(themePaper, "#" + system.Canvas.map((v) => v.toString(16).padStart(2, "0")).join(""), "the test cannot tell them apart");
  const { colours } = await canvasPixels(page, [{ x: 2, y: 2 }]);
  assert.deepEqual(colours[0], system.Canvas, "the canvas's paper is the system's Canvas");
  const look = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const pressed = await look('.chart-tabs [aria-pressed="true"]'), unpressed = await look('.chart-tabs [aria-pressed="false"]');
  assert.notEqual(pressed, unpressed, "a pressed button looks pressed");
  assert.deepEqual(pressed.match(/\d+/g).slice(0, 3).map(Number), system.Highlight);
  const swatch = await look(".chip .swatch");
  assert.notEqual(swatch, "rgba(0, 0, 0, 0)", "swatches keep their colour");
  assert.notEqual(swatch, `rgb(${system.Canvas.join(", ")})`);
  // Leaving forced colours gives the canvas back the article's own paper.
  await page.emulateMedia({ forcedColors: "none", colorScheme: "dark" });
  await settle(page);
  const own = await page.evaluate(() => {
    const s = document.createElement("span");
    s.style.color = "var(--paper)";
    document.body.appendChild(s);
    return getComputedStyle(s).color.match(/\d+/g).slice(0, 3).map(Number);
  });
  assert.notDeepEqual(own, system.Canvas);
  assert.deepEqual((await canvasPixels(page, [{ x: 2, y: 2 }])).colours[0], own, "the dark theme's paper again");
});

// docs/accessibility.md tells what a screen reader meets, in order; its outline must be the tree's.
test("the outline in docs/accessibility.md is the page's accessibility tree", async () => {
  const doc = readFileSync(join(ROOT, "docs", "accessibility.md"), "utf8");
  const block = doc.split("<!-- outline -->")[1].match(/```text\n([\s\S]*?)```/)[1].trimEnd().split("\n");
  const page = await openPage(env.browser, env.site.url, { width: 1280, height: 800 });
  await ready(page);
  await page.evaluate(() => window.article.select("aws-declines-openai"));
  await settle(page);
  assert.deepEqual(ariaOutline(await page.locator("body").ariaSnapshot()), block);
});
