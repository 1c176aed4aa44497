// The figure, driven as a reader would: real clicks at the pixels the app reports,
// real keys and wheel events, each asserted through the app's own state.
import { after, afterEach, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { dataset, inkedPixels, openFigure, openPage, ready, settle, state, useSite } from "./harness.mjs";

const env = useSite(before, after, afterEach);

const figurePage = (opts) => openFigure(env.browser, env.site.url, opts);

describe("the timeline", () => {
  test("loads, draws a non-blank canvas and reports ready", async () => {
    const page = await figurePage();
    assert.ok((await inkedPixels(page)) > 5000, "canvas has drawing on it");
    const s = await state(page);
    assert.equal(s.visible_events, (await dataset(page)).events.length);
    assert.ok(s.frames > 0);
    assert.equal(await page.locator("#figure-status").isHidden(), true, "loading overlay is gone");
    assert.deepEqual(page.errors, []);
  });

  test("when the browser drops the WebGL context the figure says so, then comes back as it was", async () => {
    const page = await figurePage();
    await page.evaluate(() => window.article.select("microsoft-invests-openai"));
    await settle(page);
    const inked = await inkedPixels(page);
    await page.evaluate(() => {
      window.loseContext = document.getElementById("article-canvas").getContext("webgl2").getExtension("WEBGL_lose_context");
      window.loseContext.loseContext();
    });
    await page.waitForFunction(() => window.article.state().context_lost === true);
    assert.equal(await page.locator("#figure-status").isVisible(), true);
    assert.match(await page.textContent("#figure-status"), /graphics/);
    // Input while the context is away changes state but draws nothing, and nothing breaks.
    await page.evaluate(() => window.article.setChart("gap"));
    await page.evaluate(() => window.loseContext.restoreContext());
    await page.waitForFunction(() => window.article.state().context_lost === false);
    await settle(page);
    const s = await state(page);
    assert.equal(s.selected, "microsoft-invests-openai", "the reader's place is kept");
    assert.equal(s.chart, "gap");
    assert.equal(await page.locator("#figure-status").isHidden(), true);
    assert.ok((await inkedPixels(page)) > inked / 2, "drawn again after the restore");
    assert.deepEqual(page.errors, []);
  });

  test("clicking an event marker selects it and opens its card", async () => {
    const page = await figurePage();
    const p = await page.evaluate(() => window.articleTest.markerPosition("aws-declines-openai"));
    assert.ok(p.found);
    await page.mouse.click(p.pageX, p.pageY);
    await settle(page);
    const s = await state(page);
    assert.equal(s.selected, "aws-declines-openai");
    assert.equal(s.card_open, true);
    // The hash is written once the selection has rested (150 ms), outside the frame.
    await page.waitForFunction(() => location.hash === "#aws-declines-openai", null, { timeout: 2000 });
    assert.equal(new URL(page.url()).hash, "#aws-declines-openai", "selection is in the URL");
    await page.waitForFunction(() => document.getElementById("figure-live").textContent.length > 0, null, { timeout: 2000 });
    assert.match(await page.locator("#figure-live").textContent(), /AWS turns down OpenAI/);
    assert.deepEqual(page.errors, []);
  });

  test("hovering a marker shows its tooltip (hovered in state)", async () => {
    const page = await figurePage();
    const p = await page.evaluate(() => window.articleTest.markerPosition("chatgpt-launch"));
    await page.mouse.move(p.pageX, p.pageY);
    await settle(page);
    assert.equal((await state(page)).hovered, "chatgpt-launch");
  });

  test("keyboard: arrows move, Home/End jump, Esc closes, Enter reopens, Tab leaves", async () => {
    const page = await figurePage();
    await page.focus("#article-canvas");
    await page.keyboard.press("ArrowRight");
    assert.equal((await state(page)).selected, "openai-founded", "the first arrow selects the first event");
    await page.keyboard.press("ArrowRight");
    assert.equal((await state(page)).selected, "kevin-scott-cto");
    await page.keyboard.press("End");
    const events = (await dataset(page)).events;
    assert.equal((await state(page)).selected, events[events.length - 1].id, "End selects the last event");
    await page.keyboard.press("Home");
    assert.equal((await state(page)).selected, "openai-founded");
    await page.keyboard.press("Escape");
    assert.equal((await state(page)).card_open, false);
    await page.keyboard.press("Enter");
    assert.equal((await state(page)).card_open, true);
    await page.keyboard.press("Tab");
    const active = await page.evaluate(() => document.activeElement && document.activeElement.id);
    assert.notEqual(active, "article-canvas", "Tab moves focus out of the canvas");
  });

  test("Ctrl+wheel zooms the timeline; a plain wheel scrolls the page instead", async () => {
    const page = await openPage(env.browser, env.site.url);  // the article: a page long enough to scroll
    await ready(page);
    await page.locator("#article-canvas").scrollIntoViewIfNeeded();
    await settle(page);
    const p = await page.evaluate(() => window.articleTest.markerPosition("microsoft-invests-openai"));
    await page.mouse.move(p.pageX, p.pageY);
    const y0 = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(200);
    assert.equal((await state(page)).view.zoomed, false, "no zoom without intent");
    assert.ok((await page.evaluate(() => window.scrollY)) > y0, "the page scrolled");
    await page.locator("#article-canvas").scrollIntoViewIfNeeded();
    const q = await page.evaluate(() => window.articleTest.markerPosition("microsoft-invests-openai"));
    await page.mouse.move(q.pageX, q.pageY);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await settle(page);
    const s = await state(page);
    assert.equal(s.view.zoomed, true);
    assert.ok(s.view.start <= 2019.6 && s.view.end >= 2019.5, "zoomed around the pointer");
  });

  test("double-click resets the zoom", async () => {
    const page = await figurePage();
    await page.focus("#article-canvas");
    await page.keyboard.press("+");
    await settle(page);
    assert.equal((await state(page)).view.zoomed, true);
    const box = await page.locator("#article-canvas").boundingBox();
    await page.mouse.dblclick(box.x + box.width * 0.3, box.y + 18);  // the era strip: no marker there
    await settle(page);
    assert.equal((await state(page)).view.zoomed, false);
  });

  test("filter chips: decisions only, and hiding an actor", async () => {
    const page = await figurePage();
    const data = await dataset(page);
    const decisions = data.events.filter((e) => e.kind === "decline" || e.kind === "investment").length;
    await page.click("button[data-filter=decisions]");
    let s = await state(page);
    assert.equal(s.decisions_only, true);
    assert.equal(s.visible_events, decisions);
    assert.equal(await page.getAttribute("button[data-filter=decisions]", "aria-pressed"), "true");
    await page.click("button[data-filter=decisions]");
    await page.click("button[data-actor=openai]");
    s = await state(page);
    assert.deepEqual(s.hidden_actors, ["openai"]);
    assert.ok(s.visible_events < data.events.length);
  });
});

describe("the market-share chart", () => {
  test("hovering a quarter reports that quarter's values and source", async () => {
    const page = await figurePage();
    const p = await page.evaluate(() => window.articleTest.quarterPosition("2020-Q2"));
    assert.ok(p.found);
    await page.mouse.move(p.pageX, p.pageY);
    await settle(page);
    const s = await state(page);
    assert.equal(s.hover_quarter, "2020-Q2");
    assert.equal(s.tooltip.values.aws, "33%");
    assert.equal(s.tooltip.values.microsoft, "18%");
    assert.equal(s.tooltip.market, "$30.5bn");
    assert.equal(s.tooltip.source, "DigitalisationWorld");
  });

  test("a reported band is reported as a band", async () => {
    const page = await figurePage();
    const p = await page.evaluate(() => window.articleTest.quarterPosition("2023-Q1"));
    await page.mouse.move(p.pageX, p.pageY);
    await settle(page);
    assert.equal((await state(page)).tooltip.values.aws, "32\u201334%");
  });

  test("switching the source changes the series", async () => {
    const page = await figurePage();
    await page.selectOption("#series-select", "canalys-2024");
    assert.equal((await state(page)).series, "canalys-2024");
    assert.match(await page.locator("#series-note").textContent(), /restated/);
    const p = await page.evaluate(() => window.articleTest.quarterPosition("2023-Q2"));
    await page.mouse.move(p.pageX, p.pageY);
    await settle(page);
    assert.equal((await state(page)).tooltip.values.microsoft, "18%");
  });

  test("clicking an event tick on the chart selects that event in the timeline", async () => {
    const page = await figurePage();
    const p = await page.evaluate(() => window.articleTest.chartEventPosition("amazon-invests-anthropic"));
    assert.ok(p.found);
    await page.mouse.click(p.pageX, p.pageY);
    await settle(page);
    assert.equal((await state(page)).selected, "amazon-invests-anthropic");
  });

  test("\"Show as table\" shows the current source's numbers with their sources", async () => {
    const page = await figurePage();
    await page.click("#show-table");
    assert.equal(await page.isVisible("#figure-table table"), true);
    assert.match(await page.textContent("#figure-table caption"), /Synergy Research Group/);
    assert.match(await page.textContent("#figure-table"), /32\u201334%/);
    await page.selectOption("#series-select", "canalys-2018");
    assert.match(await page.textContent("#figure-table caption"), /Canalys, as first published/);
    await page.click("#show-table");
    assert.equal(await page.isVisible("#figure-table"), false);
  });

  test("clicking a provider in the chart legend hides its line", async () => {
    const page = await figurePage();
    await page.evaluate(() => window.article.setSeries("synergy"));
    // Legend names sit right of the chart's plot, at each line's last value; find Google's by scanning.
    const q = await page.evaluate(() => window.articleTest.quarterPosition("2023-Q4"));
    let hidden = [];
    for (let dy = -120; dy <= 120 && hidden.length === 0; dy += 6) {
      await page.mouse.click(q.pageX + 30, q.pageY + dy);
      await settle(page);
      hidden = (await state(page)).hidden_providers;
    }
    assert.equal(hidden.length, 1, "one provider hidden");
  });

  test("the one-quarter chart's arrows step through the quarters by click", async () => {
    const page = await figurePage();
    await page.evaluate(() => window.article.setSeries("synergy"));
    await page.click("button[data-chart=snapshot]");
    await settle(page);
    const data = await dataset(page);
    const quarters = data.share_series.find((s) => s.id === "synergy").points.map((p) => p.quarter);
    // It opens on the last quarter: "later" is not offered, "earlier" is.
    assert.equal((await page.evaluate(() => window.articleTest.quarterStepPosition("later"))).found, false);
    const earlier = await page.evaluate(() => window.articleTest.quarterStepPosition("earlier"));
    assert.equal(earlier.found, true);
    await page.mouse.click(earlier.pageX, earlier.pageY);
    await settle(page);
    assert.equal((await state(page)).quarter, quarters[quarters.length - 2]);
    await page.mouse.click(earlier.pageX, earlier.pageY);
    await settle(page);
    assert.equal((await state(page)).quarter, quarters[quarters.length - 3]);
    const later = await page.evaluate(() => window.articleTest.quarterStepPosition("later"));
    assert.equal(later.found, true);
    await page.mouse.click(later.pageX, later.pageY);
    await settle(page);
    assert.equal((await state(page)).quarter, quarters[quarters.length - 2]);
  });

  test("chart tabs switch between share, gap, snapshot and market", async () => {
    const page = await figurePage();
    for (const chart of ["gap", "snapshot", "market", "share"]) {
      await page.click(`button[data-chart=${chart}]`);
      assert.equal((await state(page)).chart, chart);
      assert.equal(await page.getAttribute(`button[data-chart=${chart}]`, "aria-pressed"), "true");
    }
  });
});

describe("deep links and failure", () => {
  test("#event-id opens with that event selected; unknown ids are ignored", async () => {
    let page = await openPage(env.browser, env.site.url + "#microsoft-invests-openai");
    await ready(page);
    assert.equal((await state(page)).selected, "microsoft-invests-openai");
    page = await openPage(env.browser, env.site.url + "#no-such-event");
    await ready(page);
    assert.equal((await state(page)).selected, "");
    page = await openPage(env.browser, env.site.url + "#%3Cscript%3E");
    await ready(page);
    assert.equal((await state(page)).selected, "");
    assert.deepEqual(page.errors, []);
  });

  test("the URL's hash follows the selection once it rests, and the reader's own hash wins", async () => {
    const page = await figurePage();
    await page.evaluate(() => {
      window.hashWrites = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (data, title, url) => { window.hashWrites.push(String(url)); replace(data, title, url); };
    });
    // A quick run of selections, each shown in a frame of its own: the URL changes once, at the end.
    const ids = (await dataset(page)).events.map((e) => e.id).slice(0, 5);
    const writesDuringFrames = await page.evaluate((ids) => {
      for (const id of ids) { window.article.select(id); window.articleTest.bench.drawNow(); }
      return window.hashWrites.length;
    }, ids);
    assert.equal(writesDuringFrames, 0, "nothing is written inside the frames");
    assert.equal((await state(page)).selected, ids[4]);
    await page.waitForFunction((id) => location.hash === "#" + id, ids[4], { timeout: 2000 });
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.hashWrites), ["#" + ids[4]]);
    // Nothing selected: the hash this page wrote goes away.
    await page.evaluate(() => window.article.select(""));
    await page.waitForFunction(() => location.hash === "", null, { timeout: 2000 });
    // Leaving the page writes a change still waiting.
    const onLeaving = await page.evaluate(() => {
      window.article.select("openai-founded");
      window.articleTest.bench.drawNow();
      const waiting = location.hash;
      window.dispatchEvent(new Event("pagehide"));
      return [waiting, location.hash];
    });
    assert.deepEqual(onLeaving, ["", "#openai-founded"]);
    // A hash the reader types while a change waits to be written is the one that stays.
    await page.evaluate(() => {
      window.article.select("aws-declines-openai");
      window.articleTest.bench.drawNow();  // the frame that reports the selection to the page
      location.hash = "#microsoft-invests-openai";
    });
    await page.waitForTimeout(400);
    assert.equal((await state(page)).selected, "microsoft-invests-openai");
    assert.equal(await page.evaluate(() => location.hash), "#microsoft-invests-openai");
    // Back, Forward or a link change the URL at once but fire "hashchange" only in a later task:
    // a change waiting to be written then must not overwrite where the reader went.
    const afterNavigating = await page.evaluate(async () => {
      window.article.select("openai-founded");
      window.articleTest.bench.drawNow();
      history.pushState(null, "", "#chatgpt-launch");  // the URL moves on; its event comes later
      await new Promise((done) => setTimeout(done, 300));
      const hash = location.hash;
      window.dispatchEvent(new HashChangeEvent("hashchange"));
      return [hash, window.article.state().selected];
    });
    assert.deepEqual(afterNavigating, ["#chatgpt-launch", "chatgpt-launch"]);
    assert.deepEqual(page.errors, []);
  });

  test("a frame that would draw what the canvas shows does not reach WebGL", async () => {
    const page = await figurePage();
    const frames = () => page.evaluate(() => window.articleTest.bench.frameTimes());
    await frames();  // clears the record
    await page.evaluate(() => { for (let i = 0; i < 3; i++) window.articleTest.bench.drawNow(); });
    let f = await frames();
    assert.equal(f.total.length, 3);
    assert.deepEqual(f.submitted, [0, 0, 0], "nothing changed: the canvas keeps its picture");
    const id = (await dataset(page)).events[0].id;
    await page.evaluate((id) => { window.article.select(id); window.articleTest.bench.drawNow(); }, id);
    f = await frames();
    assert.equal(f.submitted[0], 1, "a selection is drawn");
    assert.deepEqual(f.submitted.slice(1), f.submitted.slice(1).map(() => 0), "the frames that settle it change nothing");
    assert.ok((await inkedPixels(page)) > 5000, "the canvas still shows the figure");
  });

  test("start-up returns to the page before the first frame, and the canvas shows only once drawn", async () => {
    // A task queued when start-up hands over to its steps runs before the first frame.
    const page = await openPage(env.browser, env.site.url + "embed.html", { init: () => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name, ...rest) => {
        if (name === "article:instantiated") {
          scheduler.postTask(() => {
            const c = document.getElementById("article-canvas");
            window.seenBetweenSteps = { firstFrame: !!(window.articleTest && window.articleTest.firstFrameMs),
              hidden: getComputedStyle(c).visibility === "hidden" };
          }, { priority: "user-blocking" });
        }
        return mark(name, ...rest);
      };
    } });
    await ready(page);
    assert.deepEqual(await page.evaluate(() => window.seenBetweenSteps), { firstFrame: false, hidden: true });
    assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById("article-canvas")).visibility), "visible");
    assert.ok((await inkedPixels(page)) > 5000);
  });

  test("the compile's end, the instantiation and the WebGL context each come in a task of their own", async () => {
    const page = await openPage(env.browser, env.site.url + "embed.html", { init: () => {
      window.seen = {};
      let compileTask = false, contexts = 0;
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (...args) { contexts++; return getContext.apply(this, args); };
      const instantiate = WebAssembly.instantiate;
      WebAssembly.instantiate = (...args) => { window.seen.instantiateInCompileTask = compileTask; return instantiate(...args); };
      const mark = performance.mark.bind(performance);
      performance.mark = (name, ...rest) => {
        if (name === "article:wasm-compiled") {
          // Queued ahead of anything the page queues from here on, at the same priority.
          compileTask = true;
          scheduler.postTask(() => { compileTask = false; }, { priority: "user-blocking" });
        }
        // main() has returned to the page: the WebGL context comes in a later step.
        if (name === "article:instantiated") window.seen.contextsWhenMainReturns = contexts;
        return mark(name, ...rest);
      };
    } });
    await ready(page);
    assert.deepEqual(await page.evaluate(() => window.seen), { instantiateInCompileTask: false, contextsWhenMainReturns: 0 });
    assert.ok((await inkedPixels(page)) > 5000);
  });

  test("the figure draws nothing while idle", async () => {
    const page = await figurePage();
    const before = (await state(page)).frames;
    await page.waitForTimeout(1500);
    assert.equal((await state(page)).frames, before);
  });
});

// A canvas font of N px is N CSS px of em, as the page's own text: the same words in the same
// face come out as wide in the canvas as in HTML.
test("canvas text is set at the size the page's text would be", async () => {
  const page = await openPage(env.browser, env.site.url + "embed.html");
  await ready(page);
  await page.waitForFunction(() => document.documentElement.classList.contains("article-fonts"));
  const ds = await dataset(page);
  const words = [ds.events[0].label, ds.events[3].label, ds.actors[1].name];
  for (const [font, px, weight] of [[0, 12, 400], [1, 13, 400], [2, 15, 600]]) {
    for (const text of words) {
      const [canvas, html] = await page.evaluate(([text, font, px, weight]) => {
        const s = document.createElement("span");
        s.textContent = text;
        s.style.cssText = `font: ${weight} ${px}px "Article Sans"; position: absolute; white-space: nowrap`;
        document.body.appendChild(s);
        const w = s.getBoundingClientRect().width;
        s.remove();
        return [window.articleTest.textWidth(text, font), w];
      }, [text, font, px, weight]);
      assert.ok(Math.abs(canvas - html) <= html * 0.04 + 1, `"${text}" at ${px}px: ${canvas.toFixed(1)} px in the canvas, ${html.toFixed(1)} px in HTML`);
    }
  }
});

test("the chart's source and the key to its marks are HTML under the canvas, following the chart and series", async () => {
  const page = await figurePage({ width: 375, height: 700 });
  const note = () => page.locator("#series-note").textContent();
  const option = (attr) => page.evaluate((a) => document.querySelector("#series-select").selectedOptions[0].getAttribute(a), attr);
  const source = await option("data-source"), basis = await option("data-basis"), key = await option("data-key-share");
  assert.ok(source && basis && key, "the fixture's first series has a source, a basis and a key for its shares");
  assert.equal(await note(), `${source} ${basis} ${key}`);
  await page.evaluate(() => window.article.setChart("snapshot"));
  await settle(page);
  assert.equal(await note(), `${source} ${basis}`, "the one-quarter chart writes its values out: no key");
  const series = (await dataset(page)).share_series.map((s) => s.id);
  await page.evaluate((id) => window.article.setSeries(id), series[1]);
  await settle(page);
  assert.ok((await note()).includes(await option("data-source")), "the note follows the series");
  assert.ok(await page.locator("#series-note").isVisible());
});

test("at DPR 1 canvas text is as crisp as the page's: grey pixels per ink pixel within a quarter of the page's", async () => {
  // For a line of canvas text and the same words set by the browser in the same font, size and
  // colour on the same paper: how many pixels are partly covered (10-80%) per pixel that is
  // covered (80% or more). Glyphs placed between pixels, or sampled from an oversampled atlas,
  // smear each stem over more grey pixels.
  const page = await figurePage({ width: 1280, height: 800, dpr: 1 });
  await page.waitForFunction(() => document.documentElement.classList.contains("article-fonts"));
  const ds = await dataset(page);
  const results = await page.evaluate((laneLabel) => {
    const css = getComputedStyle(document.documentElement);
    const hex = (v) => { v = v.trim(); return [1, 3, 5].map((i) => parseInt(v.slice(i, i + 2), 16)); };
    const lum = (r, g, b) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const paper = hex(css.getPropertyValue("--paper"));
    function ratio(d, ink) {
      let full = 0, grey = 0;
      const lp = lum(...paper), li = lum(...ink);
      for (let k = 0; k < d.length; k += 4) {
        const cov = (lp - lum(d[k], d[k + 1], d[k + 2])) / (lp - li);
        if (cov >= 0.8) full++; else if (cov >= 0.1) grey++;
      }
      return { full, grey, ratio: grey / full };
    }
    function measure(b, text, font, colour) {
      const x = Math.floor(b.x) - 2, y = Math.floor(b.y) - 3, w = Math.ceil(b.w) + 4, h = Math.ceil(b.h * 1.4) + 6;
      const probe = document.createElement("canvas");
      probe.width = w;
      probe.height = h;
      const g = probe.getContext("2d", { willReadFrequently: true });
      g.drawImage(document.getElementById("article-canvas"), x, y, w, h, 0, 0, w, h);
      const canvas = ratio(g.getImageData(0, 0, w, h).data, colour);
      g.fillStyle = `rgb(${paper.join(",")})`;
      g.fillRect(0, 0, w, h);
      g.fillStyle = `rgb(${colour.join(",")})`;
      g.font = font;
      g.textBaseline = "top";
      g.fillText(text, 2, 3);
      return { text, canvas, page: ratio(g.getImageData(0, 0, w, h).data, colour) };
    }
    const axis = window.articleTest.axisLabelBox(), lane = window.articleTest.laneNameBox(0);
    return [measure(axis, axis.text, '400 12px "Article Sans"', hex(css.getPropertyValue("--muted"))),
            measure(lane, laneLabel, '600 15px "Article Sans"', hex(css.getPropertyValue("--ink")))];
  }, ds.lanes[0].label);
  for (const r of results) {
    assert.ok(r.canvas.full > 10 && r.page.full > 10, `"${r.text}" was found on both: ${JSON.stringify(r)}`);
    assert.ok(r.canvas.ratio <= r.page.ratio * 1.25, `"${r.text}": ${r.canvas.ratio.toFixed(2)} grey per ink pixel in the canvas, ${r.page.ratio.toFixed(2)} on the page`);
  }
});
