// The article as a reader scrolls it, at phone, tablet and desktop sizes.
import { after, afterEach, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ARTIFACTS, SHIPPED, assertStepView, dataset, openPage, ready, serve, settle, state, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach);

// Scrolls step i just past the line where steps take over, and waits for the figure to follow.
async function scrollToStep(page, i) {
  await page.evaluate((k) => {
    const el = document.querySelectorAll(".step")[k];
    const top = el.getBoundingClientRect().top + window.scrollY;
    // The shipped site has no probes; there (a phone held sideways, nothing stuck) the line is mid-screen.
    const line = window.articleTest ? window.articleTest.stepTriggerY() : window.innerHeight / 2;
    window.scrollTo(0, top - line + 12);
  }, i);
  await page.waitForFunction((k) => window.article.state().step === k, i, { timeout: 3000 });
}

// An init script: the wasm's compile waits until the page calls window.releaseCompile(), so a
// test can act on the page before the figure starts (or, never releasing it, before it is wired).
function holdCompile() {
  const held = new Promise((go) => { window.releaseCompile = go; });
  for (const name of ["compileStreaming", "compile"]) {
    const compile = WebAssembly[name];
    WebAssembly[name] = (source) => held.then(() => compile.call(WebAssembly, source));
  }
}

// Resolves once the page has not scrolled for a few frames (Page Down scrolls smoothly).
async function scrollSettled(page) {
  await page.evaluate(() => new Promise((resolve) => {
    let last = -1, still = 0;
    (function tick() {
      if (window.scrollY === last && ++still >= 4) return resolve();
      if (window.scrollY !== last) still = 0;
      last = window.scrollY;
      requestAnimationFrame(tick);
    })();
  }));
}

// The rectangle of what stays on screen while the story scrolls: the whole figure beside a wide
// screen's steps, the chart alone above a phone's (the figure's own box steps aside there).
function stuckRect(page) {
  return page.evaluate(() => {
    const figure = document.querySelector(".story-figure");
    const stuck = getComputedStyle(figure).display === "contents" ? figure.querySelector(".canvas-wrap") : figure;
    return stuck.getBoundingClientRect().toJSON();
  });
}


for (const [w, h] of [[375, 667], [768, 1024], [1440, 900]]) {
  describe(`at ${w}x${h}`, () => {
    test("scrolling into each step sets the figure as the dataset says, and back restores it", async () => {
      const page = await openPage(env.browser, env.site.url, { width: w, height: h });
      await ready(page);
      const data = await dataset(page);
      for (let i = 0; i < data.steps.length; i++) {
        await scrollToStep(page, i);
        assertStepView(await state(page), data.steps[i].view, `step ${i}`);
        if (i === 3) await page.screenshot({ path: join(ARTIFACTS, `article-${w}x${h}-step4.png`) });
      }
      for (let i = data.steps.length - 2; i >= data.steps.length - 4; i--) {
        await scrollToStep(page, i);
        assertStepView(await state(page), data.steps[i].view, `back to step ${i}`);
      }
      assert.deepEqual(page.errors, []);
    });

    test("no horizontal scroll, readable text, and a figure no taller than the screen", async () => {
      const page = await openPage(env.browser, env.site.url, { width: w, height: h });
      await ready(page);
      const m = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        stepFont: parseFloat(getComputedStyle(document.querySelector(".step p")).fontSize),
        canvas: document.getElementById("article-canvas").getBoundingClientRect().height,
      }));
      const figure = (await stuckRect(page)).height;
      assert.ok(m.scroll <= m.client, `page is ${m.scroll}px wide in a ${m.client}px viewport`);
      assert.ok(m.stepFont >= 16, `step text is ${m.stepFont}px`);
      assert.ok(figure > 0 && figure <= h, `the stuck figure is ${figure}px in a ${h}px viewport`);
      assert.ok(m.canvas >= 280, "the canvas keeps a usable height");
    });
  });
}

test("a jump that carries several steps past the line at once lands on the last of them", async () => {
  // Page Down, Space, a flick or the scrollbar can move the page further than the gap between
  // two steps in one go; the trigger line then never touches the steps in between.
  for (const [w, h] of [[1440, 900], [375, 667]]) {
    const page = await openPage(env.browser, env.site.url, { width: w, height: h });
    await ready(page);
    const data = await dataset(page);
    await scrollToStep(page, 0);
    for (const k of [3, 6]) {
      // The line ends just above step k+1: in the space after step k, or inside step k.
      await page.evaluate((next) => {
        const el = document.querySelectorAll(".step")[next];
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.articleTest.stepTriggerY() - 4);
      }, k + 1);
      await page.waitForFunction((want) => window.article.state().step === want, k, { timeout: 3000 })
        .catch(async () => assert.fail(`${w}x${h}: after the jump to step ${k} the figure shows step ${(await state(page)).step}`));
      assertStepView(await state(page), data.steps[k].view, `${w}x${h} jump to step ${k}`);
    }
    // And Page Down from the keyboard, from the top of the steps to the end of the story.
    await scrollToStep(page, 0);
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    for (let i = 0; i < 60 && (await state(page)).step < data.steps.length - 1; i++) {
      await page.keyboard.press("PageDown");
      await scrollSettled(page);
      const now = await page.evaluate(() => {
        const y = window.articleTest.stepTriggerY();
        let k = -1;
        document.querySelectorAll(".step").forEach((el, j) => { if (el.getBoundingClientRect().top <= y) k = j; });
        return k;
      });
      await page.waitForFunction((want) => window.article.state().step === want, now, { timeout: 3000 })
        .catch(async () => assert.fail(`${w}x${h}: Page Down to step ${now}, figure at ${(await state(page)).step}`));
    }
    assert.equal((await state(page)).step, data.steps.length - 1, `${w}x${h}: Page Down reaches the last step`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

// Runs body on a fresh article page at each phone size, then checks the page logged no errors.
async function atPhoneSizes(body) {
  for (const [w, h] of [[375, 667], [390, 844]]) {
    const page = await openPage(env.browser, env.site.url, { width: w, height: h });
    await ready(page);
    await body(page, w, h);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
}

test("on a phone the chart alone stays in view above the story's steps, and the toolbar comes back at the top", async () => {
  await atPhoneSizes(async (page, w, h) => {
    await scrollToStep(page, 2);
    await scrollSettled(page);
    const at = async () => ({
      ...(await page.evaluate(() => {
        const r = (s) => document.querySelector(s).getBoundingClientRect().toJSON();
        return { title: r(".figure-title"), canvas: r("#article-canvas"), links: r(".figure-links"), note: r(".series-note"), step: r(".step.is-active h2") };
      })),
      figure: await stuckRect(page),
    });
    let m = await at();
    assert.ok(m.title.bottom <= 0, `${w}x${h}: the figure's title is still on screen (bottom ${m.title.bottom})`);
    assert.ok(m.canvas.top >= 0 && m.canvas.bottom <= h, `${w}x${h}: the chart is cut (${m.canvas.top}..${m.canvas.bottom})`);
    // The notes and links under the chart scroll away beneath it rather than stick with it.
    assert.ok(m.note.bottom <= m.canvas.bottom && m.links.bottom <= m.canvas.bottom,
      `${w}x${h}: the notes and links stay in view under the chart (they end at ${m.links.bottom}, the chart at ${m.canvas.bottom})`);
    assert.ok(h - m.figure.bottom >= 0.42 * h, `${w}x${h}: the story has ${h - m.figure.bottom}px of ${h}`);
    assert.ok(m.step.top >= m.figure.bottom && m.step.bottom <= h, `${w}x${h}: the active step's heading is hidden`);
    // A taller title (the page's fonts arriving, a longer headline) keeps the chart where it was.
    await page.evaluate(() => { document.querySelector(".figure-title").style.fontSize = "30px"; });
    await page.waitForFunction(() => document.querySelector(".figure-title").getBoundingClientRect().bottom <= 0, null, { timeout: 2000 })
      .catch(() => assert.fail(`${w}x${h}: after the title grew it shows above the chart`));
    m = await at();
    assert.ok(m.canvas.top >= 0, `${w}x${h}: after the title grew the chart's top is cut (${m.canvas.top})`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await scrollSettled(page);
    m = await at();
    assert.ok(m.title.top >= 0, `${w}x${h}: back at the top the title is hidden`);
  });
});

test("on a phone the step navigator brings each step into the part of the screen the figure leaves", async () => {
  await atPhoneSizes(async (page, w, h) => {
    const seen = async (k) => {
      await page.waitForFunction((want) => window.article.state().step === want, k, { timeout: 3000 });
      await scrollSettled(page);
      const m = {
        figure: await stuckRect(page),
        heading: await page.evaluate(() => document.querySelector(".step.is-active h2").getBoundingClientRect().toJSON()),
      };
      assert.ok(m.heading.top >= m.figure.bottom && m.heading.bottom <= h,
        `${w}x${h}: step ${k}'s heading at ${m.heading.top}..${m.heading.bottom}, the figure ends at ${m.figure.bottom}`);
    };
    await page.click("[data-action=next-step]");
    await seen(0);
    await page.evaluate(() => window.article.step(4));
    await seen(4);
    await page.evaluate(() => window.article.step(1));
    await seen(1);
  });
});

// Whether a step fits is a matter of its words too: these run on the story fixture's site and on
// the shipped story's.
async function onBothStories(fn) {
  const shipped = await serve(SHIPPED);
  try {
    for (const url of [env.site.url, shipped.url]) await fn(url);
  } finally {
    shipped.server.close();
  }
}

test("beside a figure or over a tablet's, a step that selects an event shows its card whole while it is read", () => onBothStories(async (url) => {
  for (const [w, h] of [[768, 1024], [1280, 800], [1440, 900], [1920, 1080]]) {
    const page = await openPage(env.browser, url, { width: w, height: h, reducedMotion: "reduce" });
    await ready(page);
    const data = await dataset(page);
    let shown = 0;
    for (let k = 0; k < data.steps.length; k++) {
      await page.click("[data-action=next-step]");
      await page.waitForFunction((want) => window.article.state().step === want, k, { timeout: 3000 });
      await scrollSettled(page);
      await settle(page);
      const id = data.steps[k].view.event;
      if (!id) continue;
      // The card is the step's own copy, or the figure's card column showing the same event.
      const r = await page.evaluate((id) => {
        const own = document.querySelector(".step.is-active .step-event");
        const column = document.querySelector(`#event-card [data-event="${id}"]`);
        const el = own && own.offsetParent ? own : column && !column.hidden && !column.closest("[hidden]") ? column : null;
        if (!el) return null;
        const b = el.getBoundingClientRect(), headline = el.querySelector(".step-event-headline, .card-title");
        return { top: b.top, bottom: b.bottom, event: el.getAttribute("data-event"), text: headline ? headline.textContent : "" };
      }, id);
      assert.ok(r, `${url} ${w}x${h}: step ${k} selects ${id} and shows no card for it`);
      assert.equal(r.event, id);
      assert.ok(r.top >= 0 && r.bottom <= h, `${url} ${w}x${h}: step ${k}'s card spans ${r.top}..${r.bottom}`);
      const ev = data.events.find((e) => e.id === id);
      assert.ok(r.text.includes(ev.headline), `${url} ${w}x${h}: step ${k}'s card says "${r.text}"`);
      shown++;
    }
    assert.ok(shown >= 3);
    await page.context().close();
  }
}));

test("on a shorter phone every step fits whole under the stuck chart when the navigator brings it in", () => onBothStories(async (url) => {
  // Heights a phone's browser leaves with its bars showing; 360 px is the narrowest common width.
  for (const [w, h] of [[360, 640], [375, 667], [390, 664], [360, 720]]) {
    const page = await openPage(env.browser, url, { width: w, height: h, reducedMotion: "reduce" });
    await ready(page);
    const count = await page.evaluate(() => window.article.stepCount());
    for (let k = 0; k < count; k++) {
      await page.click("[data-action=next-step]");
      await page.waitForFunction((want) => window.article.state().step === want, k, { timeout: 3000 });
      await scrollSettled(page);
      const figure = await stuckRect(page);
      assert.ok(Math.abs(figure.top) <= 1 && figure.height >= 380, `${w}x${h}: the chart is not stuck at the top (${figure.top}, ${figure.height}px tall)`);
      // The step's words fit whole. The event it selects follows them as a small card that starts
      // on screen; on these phones its summary can take a short scroll (docs/decisions.md).
      const step = await page.evaluate(() => {
        const el = document.querySelector(".step.is-active"), card = el.querySelector(".step-event");
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: card ? card.getBoundingClientRect().top : r.bottom, card: !!card };
      });
      assert.ok(step.top >= figure.bottom && step.bottom <= h,
        `${url} ${w}x${h}: step ${k} spans ${step.top}..${step.bottom}, the chart ends at ${figure.bottom} and the screen at ${h}`);
      if (step.card) assert.ok(step.bottom <= h - 20, `${url} ${w}x${h}: step ${k}'s event card starts at ${step.bottom}, off the screen`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
}));

// A window too short for a stuck figure: a phone held sideways, or a 1280x800 screen at 200% and a
// 1280x1024 one at 400% browser zoom (640x400 and 320x256 CSS px, 2 and 4 device px to one).
for (const [w, h, dpr] of [[844, 390, 3], [640, 400, 2], [320, 256, 4]]) {
  test(`at ${w}x${h} the figure scrolls away, each step can be read whole, and steps leave the figure out of sight alone`, () => onBothStories(async (url) => {
    const page = await openPage(env.browser, url, { width: w, height: h, dpr });
    await ready(page);
    const data = await dataset(page);
    for (let i = 0; i < data.steps.length; i++) {
      await page.evaluate((k) => {
        const el = document.querySelectorAll(".step")[k];
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8);
      }, i);
      await scrollSettled(page);
      await settle(page);
      const m = await page.evaluate((k) => ({
        figure: document.querySelector(".story-figure .canvas-wrap").getBoundingClientRect().toJSON(),
        step: document.querySelectorAll(".step")[k].getBoundingClientRect().toJSON(),
      }), i);
      assert.ok(m.figure.bottom <= m.step.top, `step ${i}: the chart covers the step (${m.figure.bottom} > ${m.step.top})`);
      if (m.step.height <= h - 16)
        assert.ok(m.step.top >= 0 && m.step.bottom <= h, `${url} step ${i}: the step runs off the screen (${m.step.top}..${m.step.bottom})`);
      if (m.figure.bottom <= 0) assert.equal((await state(page)).step, -1, `step ${i} changed the figure out of sight`);
    }
    // The figure's own navigator still walks the story.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("[data-action=next-step]").first().click();
    await page.waitForFunction(() => window.article.state().step === 0, null, { timeout: 3000 });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }));
}

test("no horizontal scroll from 320 to 2560 CSS px", async () => {
  for (const w of [320, 414, 1024, 1920, 2560]) {
    const page = await openPage(env.browser, env.site.url, { width: w, height: 800 });
    await ready(page);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(wide <= 0, `${w}px: ${wide}px of horizontal overflow`);
    await page.context().close();
  }
});

test("on a phone the text version's tables scroll in their own boxes, their captions and notes readable", async () => {
  for (const w of [320, 390]) {
    const page = await openPage(env.browser, env.site.url, { width: w, height: 800 });
    await ready(page);
    // The tables as laid out for good, not their places held before (a block at a time after ready).
    await page.waitForFunction(() => document.querySelector(".article-end.is-laid-out"), null, { timeout: 5000 });
    const m = await page.evaluate(() => {
      const tv = document.getElementById("text-version");
      const boxes = [...tv.querySelectorAll(".table-scroll")];
      const first = boxes[0];
      first.scrollLeft = first.scrollWidth;  // scrolled to its far end, the caption stays in view
      return {
        section: tv.scrollWidth - tv.clientWidth,
        tables: boxes.length,
        scrolls: boxes.some((b) => b.scrollWidth > b.clientWidth),
        focusable: boxes.every((b) => b.tabIndex === 0 && b.getAttribute("role") === "region" && b.getAttribute("aria-label")),
        captions: boxes.map((b) => { const r = b.querySelector("caption").getBoundingClientRect(); return [r.left, r.right]; }),
        noteWidths: [...tv.querySelectorAll(".data-table td:last-child")].map((td) => td.getBoundingClientRect().width),
        scrolled: first.scrollLeft,
      };
    });
    assert.ok(m.tables >= 3, `${w}px: ${m.tables} tables`);
    assert.ok(m.section <= 0, `${w}px: the text version itself scrolls sideways by ${m.section}px`);
    assert.ok(m.scrolls && m.scrolled > 0, `${w}px: no table is wider than the screen, so nothing was checked`);
    assert.ok(m.focusable, `${w}px: a table's scroll box cannot be reached and named from the keyboard`);
    for (const [left, right] of m.captions) assert.ok(left >= 0 && right <= w, `${w}px: a caption runs off the screen (${left}..${right})`);
    assert.ok(Math.min(...m.noteWidths) >= 150, `${w}px: a source note is squeezed to ${Math.min(...m.noteWidths)}px`);
    await page.context().close();
  }
});

test("the figure's own step navigator walks the story", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html");
  await ready(page);
  const data = await dataset(page);
  await page.click(".step-next");
  assert.equal((await state(page)).step, 0);
  await page.click(".step-next");
  let s = await state(page);
  assert.equal(s.step, 1);
  assertStepView(s, data.steps[1].view, "after Next");
  assert.equal((await page.textContent("#step-count")).trim(), `Step 2 of ${data.steps.length}`);
  await page.click(".step-prev");
  s = await state(page);
  assert.equal(s.step, 0);
  assertStepView(s, data.steps[0].view, "after Previous");
  assert.equal(await page.isDisabled(".step-prev"), true);
});

test("the page ends with methodology, numbered sources, data downloads and embed code", async () => {
  const page = await openPage(env.browser, env.site.url);
  await ready(page);
  const data = await dataset(page);
  assert.equal(await page.locator("#sources ol > li").count(), data.sources.length);
  assert.equal(await page.locator("#text-version .event-list > li").count(), data.events.length);
  for (const href of ["data/share-series.csv", "data/events.csv", "data/article.json"]) {
    const res = await page.request.get(env.site.url + href);
    assert.equal(res.status(), 200, href);
  }
  assert.match(await page.textContent(".embed-code"), /<iframe src=".*embed\.html"/);
  assert.match(await page.textContent("#methodology"), /precision/);
});

test("the page's text gets the figure's fonts, and until then an installed regular and bold face", async () => {
  const page = await openPage(env.browser, env.site.url);
  await ready(page);
  // The figure adds its faces once they have loaded, after its first frame.
  await page.waitForFunction(() => [...document.fonts].filter((f) => f.family === "Article Sans").length === 2);
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].map((f) => ({ family: f.family, weight: f.weight, status: f.status }));
  });
  const of = (family) => faces.filter((f) => f.family === family).sort((a, b) => parseInt(a.weight) - parseInt(b.weight));
  // From the wasm's font bytes, one face per weight the canvas uses.
  assert.deepEqual(of("Article Sans").map((f) => [f.weight, f.status]), [["400", "loaded"], ["600", "loaded"]]);
  // The fallback names fonts by their full or PostScript names, which is what local() matches;
  // this machine has Inter installed (the build takes the fonts from it), so both faces resolve.
  assert.deepEqual(of("Article Sans Fallback").map((f) => [f.weight, f.status]), [["100 500", "loaded"], ["600 900", "loaded"]]);
  // The text is set in the figure's faces once both are in, and in the fallback until then.
  await page.waitForFunction(() => document.documentElement.classList.contains("article-fonts"));
  const families = await page.evaluate(() => {
    const body = () => getComputedStyle(document.body).fontFamily.split(",")[0].trim();
    const withFaces = body();
    document.documentElement.classList.remove("article-fonts");
    const before = body();
    document.documentElement.classList.add("article-fonts");
    return [before, withFaces];
  });
  assert.deepEqual(families, ['"Article Sans Fallback"', '"Article Sans"']);
  assert.deepEqual(page.errors, []);
});

test("the page is parsed with no form field, and the source menu comes out where its box held its place", async () => {
  // A form field parsed with the page makes Chrome's autofill lay the whole page out at
  // DOMContentLoaded, before its stylesheet has arrived if that is late.
  const countFields = () => document.addEventListener("DOMContentLoaded", () => {
    window.fieldsAtParse = document.querySelectorAll("input, select, textarea").length;
  });
  const boxOf = (page, selector) => page.evaluate((sel) => {
    const b = document.querySelector(sel).getBoundingClientRect();
    return { x: b.x, width: b.width, height: b.height, filtersTop: document.querySelector(".filters").getBoundingClientRect().y };
  }, selector);
  for (const [width, height] of [[1280, 800], [375, 667]]) {
    // Held before its controls are wired: the compile never ends.
    const held = await openPage(env.browser, env.site.url, { width, height, init: {
      content: `(${countFields})(); (${holdCompile})();`
    } });
    await held.waitForFunction(() => document.documentElement.classList.contains("js") && "fieldsAtParse" in window);
    assert.equal(await held.evaluate(() => window.fieldsAtParse), 0, "form fields in the parsed page");
    const labels = await held.evaluate(() => ({
      slot: [...document.querySelectorAll(".series-select-slot > span")].map((s) => s.textContent),
      menu: [...document.getElementById("series-select-template").content.querySelectorAll("option")].map((o) => o.textContent)
    }));
    assert.ok(labels.menu.length > 1, "the fixture has more than one series");
    assert.deepEqual(labels.slot, labels.menu, "the box stacks every label of the menu");
    const shown = await held.evaluate(() => [...document.querySelectorAll(".series-select-slot > span")]
      .filter((s) => getComputedStyle(s).visibility === "visible").map((s) => s.textContent));
    assert.deepEqual(shown, labels.menu.slice(0, 1), "the box shows the first label only");
    const slot = await boxOf(held, ".series-select-slot");

    const page = await openPage(env.browser, env.site.url, { width, height, init: countFields });
    await ready(page);
    assert.equal(await page.evaluate(() => window.fieldsAtParse), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll(".series-select-slot, #series-select-template").length), 0);
    assert.equal(await page.evaluate(() => document.querySelector("label.series-picker #series-select").options.length), labels.menu.length);
    const menu = await boxOf(page, "#series-select");
    // The page's own fonts come in after the menu, so its words may be a little wider or narrower.
    assert.equal(menu.height, slot.height, `at ${width}px`);
    assert.equal(menu.filtersTop, slot.filtersTop, `at ${width}px the row under the toolbar stays put`);
    assert.ok(Math.abs(menu.x - slot.x) <= 3 && Math.abs(menu.width - slot.width) <= slot.width * 0.06,
      `at ${width}px the box ${JSON.stringify(slot)}, the menu ${JSON.stringify(menu)}`);
    assert.deepEqual([...held.errors, ...page.errors], []);
  }
});

test("a reader who scrolls into the story while the figure starts finds it at the step they are reading", async () => {
  for (const [width, height] of [[375, 667], [1440, 900]]) {
    const page = await openPage(env.browser, env.site.url, { width, height, init: holdCompile });
    await page.waitForFunction(() => document.documentElement.classList.contains("js") && document.readyState !== "loading");
    const data = await dataset(page);
    const target = data.steps.length - 2;
    const scrolled = await page.evaluate((k) => {
      const el = document.querySelectorAll(".step")[k];
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40);
      return { y: window.scrollY, started: !!window.articleTest };
    }, target);
    assert.ok(scrolled.y > height, `at ${width}px the page scrolls while the figure starts (scrollY ${scrolled.y})`);
    assert.equal(scrolled.started, false, "the figure had not started when the reader scrolled");
    await page.evaluate(() => window.releaseCompile());
    await ready(page);
    await settle(page);
    // The step the reader is at: the last whose top has passed the line where steps take over.
    const atLine = await page.evaluate(() => {
      const y = window.articleTest.stepTriggerY();
      return [...document.querySelectorAll(".step")].filter((s) => s.getBoundingClientRect().top <= y).length - 1;
    });
    assert.ok(atLine >= target - 1, `at ${width}px the reader is still in the story's last steps (${atLine})`);
    const s = await state(page);
    assert.equal(s.step, atLine, `at ${width}px the figure comes up at the step being read`);
    assertStepView(s, data.steps[atLine].view, `at ${width}px step ${atLine}`);
    assert.deepEqual(page.errors, []);
  }
});

test("the sections after the story wait out the page's first layout, then are laid out in the figure's fonts", async () => {
  const sectionOf = (page) => page.evaluate(() => {
    const s = document.getElementById("sources");
    const style = getComputedStyle(s);
    return { visibility: style.contentVisibility, height: s.getBoundingClientRect().height,
             estimate: parseFloat(style.containIntrinsicHeight.replace("auto", "")) };
  });
  // Held where the first layout leaves them: the page's idle callback never comes.
  const held = await openPage(env.browser, env.site.url, { init: () => { window.requestIdleCallback = () => 0; } });
  await ready(held);
  await held.waitForTimeout(300);
  assert.equal(await held.evaluate(() => document.querySelector(".article-end").classList.contains("is-laid-out")), false);
  const skipped = await sectionOf(held);
  assert.equal(skipped.visibility, "auto");
  assert.ok(skipped.estimate > 0, `no estimated height: ${skipped.estimate}`);
  assert.equal(skipped.height, skipped.estimate, "a skipped section holds its estimated height, not its own");
  await held.emulateMedia({ media: "print" });
  assert.equal((await sectionOf(held)).visibility, "visible", "printing lays out every section");

  // Laid out once the figure is up, and only after the page has the figure's fonts.
  const page = await openPage(env.browser, env.site.url, { init: () => {
    new MutationObserver(() => {
      if (document.querySelector(".article-end .is-shown") && !("fontsAtLayout" in window)) {
        window.fontsAtLayout = document.documentElement.classList.contains("article-fonts");
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["class"] });
  } });
  await ready(page);
  await page.waitForFunction(() => document.querySelector(".article-end.is-laid-out"), null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.fontsAtLayout), true);
  const laidOut = await sectionOf(page);
  assert.equal(laidOut.visibility, "visible");
  assert.notEqual(laidOut.height, laidOut.estimate);
  const listHeight = await page.evaluate(() => document.querySelector("#sources ol").getBoundingClientRect().height);
  assert.ok(laidOut.height > listHeight && listHeight > 500, `sources ${laidOut.height}px, its list ${listHeight}px`);
  assert.deepEqual(page.errors, []);
});

test("the sections after the story are laid out a few blocks per idle moment, each section before its blocks", async () => {
  // Each reading of the clock moves it 3 ms on, so a callback has time for two blocks at most.
  const page = await openPage(env.browser, env.site.url, { init: () => {
    window.idleRuns = [];
    window.shownOrder = [];
    new MutationObserver((records) => {
      for (const m of records) if (m.target.classList.contains("is-shown") && !window.shownOrder.includes(m.target)) window.shownOrder.push(m.target);
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["class"] });
    const realIdle = window.requestIdleCallback.bind(window);
    window.requestIdleCallback = (f, o) => realIdle(() => {
      const clock = Date.now, start = clock();
      let reads = 0;
      Date.now = () => start + 3 * reads++;
      const before = document.querySelectorAll(".article-end .is-shown").length;
      try { f({ didTimeout: false, timeRemaining: () => 50 }); } finally { Date.now = clock; }
      window.idleRuns.push(document.querySelectorAll(".article-end .is-shown").length - before);
    }, o);
  } });
  await ready(page);
  await page.waitForFunction(() => document.querySelector(".article-end.is-laid-out"), null, { timeout: 10000 });
  const r = await page.evaluate(() => {
    const sections = [...document.querySelectorAll(".article-end > section")];
    const blocks = sections.flatMap((s) => [s, ...s.children]);
    const at = (el) => window.shownOrder.indexOf(el);
    return { runs: window.idleRuns, blocks: blocks.length, shown: blocks.filter((b) => b.classList.contains("is-shown")).length,
             visible: blocks.filter((b) => getComputedStyle(b).contentVisibility === "visible").length,
             sectionFirst: sections.every((s) => [...s.children].every((c) => at(s) >= 0 && at(s) < at(c))) };
  });
  assert.ok(r.sectionFirst, "a block was laid out before its section");
  const laidOut = r.runs.filter((n) => n > 0);
  assert.ok(r.blocks > 10, `only ${r.blocks} blocks, so nothing was checked`);
  assert.equal(r.shown, r.blocks, "every section and block was laid out");
  assert.equal(r.visible, r.blocks);
  assert.ok(laidOut.every((n) => n <= 2), `blocks laid out per idle moment: ${r.runs}`);
  assert.ok(laidOut.length >= r.blocks / 2, `${r.blocks} blocks in ${laidOut.length} idle moments`);
  assert.deepEqual(page.errors, []);
});

test("a link to a section after the story lands on it and stays in the address bar until the reader moves the story", async () => {
  for (const [id, w] of [["sources", 1280], ["text-version", 390]]) {
    const page = await openPage(env.browser, env.site.url + "#" + id, { width: w, height: 800 });
    await ready(page);
    // The story, scrolled past, shows its last step's event; the link the reader opened stands.
    assert.ok((await state(page)).selected, `${w}px: the story selected nothing, so nothing was checked`);
    await page.waitForFunction(() => document.querySelector(".article-end.is-laid-out"), null, { timeout: 5000 });
    await page.waitForTimeout(300);  // past the hash's 150 ms wait
    const top = await page.evaluate((i) => document.getElementById(i).getBoundingClientRect().top, id);
    assert.ok(Math.abs(top) <= 2, `${w}px: #${id} is ${top}px from the top of the window once the sections above are laid out`);
    assert.equal(new URL(page.url()).hash, "#" + id, `${w}px: the reader's hash was replaced`);
    // Back in the story, the hash follows the story's selection again.
    await scrollToStep(page, 1);
    const selected = (await state(page)).selected;
    assert.ok(selected, `${w}px: step 1 selects no event, so nothing was checked`);
    await page.waitForFunction((want) => location.hash === want, "#" + selected, { timeout: 3000 });
    assert.deepEqual(page.errors, []);
  }
});

test("a footnote in a step takes the reader to its source, and the hash stays the footnote's while they read it", async () => {
  const page = await openPage(env.browser, env.site.url, { width: 1280, height: 800 });
  await ready(page);
  await scrollToStep(page, 1);
  const ref = page.locator(".step").nth(1).locator("a.ref").first();
  const href = await ref.getAttribute("href");
  assert.match(href, /^#source-\d+$/);
  await ref.click();
  // The jump carries the page past every step, and the story selects its last event...
  await page.waitForFunction(() => window.article.state().step === window.article.stepCount() - 1, null, { timeout: 3000 });
  await page.waitForTimeout(400);  // past the hash's 150 ms wait
  // ...but the reader is at the source, and a copied link should bring them back there.
  assert.equal(new URL(page.url()).hash, href);
  const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, href.slice(1));
  assert.ok(top >= -1 && top < 800, `the source is ${top}px from the top of the window`);  // -1: sub-pixel layout
  // Back in the story, the hash follows the story's selection again.
  await scrollToStep(page, 2);
  const selected = (await state(page)).selected;
  assert.ok(selected, "step 2 selects no event, so nothing was checked");
  await page.waitForFunction((want) => location.hash === want, "#" + selected, { timeout: 3000 });
  assert.deepEqual(page.errors, []);
});
