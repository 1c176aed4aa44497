// The event card is HTML over the rectangle the figure keeps for it: the figure selects, the page
// shows that event's card; the card's buttons and links move the figure or leave the page.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { dataset, openFigure, settle, state, useSite, clickEvent } from "./harness.mjs";

const env = useSite(before, after, afterEach);

const figurePage = (opts) => openFigure(env.browser, env.site.url, opts);

const shownCard = (page) => page.locator("#event-card [data-event]:visible");
const box = (page, selector) => page.locator(selector).boundingBox();
const inside = (inner, outer) => inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

test("the selected event's card is HTML with every field the dataset gives it", async () => {
  const page = await figurePage();
  const ds = await dataset(page);
  for (const e of ds.events) {
    await page.evaluate((id) => window.article.select(id), e.id);
    await settle(page);
    assert.equal(await shownCard(page).count(), 1, e.id);
    assert.equal(await shownCard(page).getAttribute("data-event"), e.id);
    const text = (await shownCard(page).innerText()).replace(/\s+/g, " ");
    const expected = [e.headline, e.summary, e.body, e.road_not_taken, e.attribution, e.quote?.text, e.quote?.speaker,
      ...e.actors.map((a) => ds.actors.find((x) => x.id === a).name),
      ...e.related.map((r) => ds.events.find((x) => x.id === r).label),
      ...e.sources.map((s) => ds.sources.find((x) => x.id === s)).flatMap((s) => [s.publisher, s.title])];
    for (const field of expected.filter(Boolean)) assert.ok(text.includes(field.replace(/\s+/g, " ")), `${e.id}: "${field}" missing`);
    // In the accessibility tree, named by its headline.
    assert.equal(await page.getByRole("heading", { name: e.headline, exact: true }).isVisible(), true, e.id);
  }
  assert.deepEqual(page.errors, []);
});

test("a wide figure keeps the card in its own column beside the timeline, with the guide when nothing is selected", async () => {
  const page = await figurePage({ width: 1280, height: 800 });
  const guide = page.locator("#event-card .card-guide");
  assert.equal(await guide.isVisible(), true, "the guide shows before a selection");
  assert.equal(await page.locator("#event-card .kind-key li").count(), 6);
  assert.equal(await page.locator("#event-card [data-action=close-card]").isVisible(), false);
  await page.evaluate(() => window.article.select("microsoft-invests-openai"));
  await settle(page);
  const card = await box(page, "#event-card"), canvas = await box(page, "#article-canvas");
  assert.ok(inside(card, canvas), `card ${JSON.stringify(card)} inside canvas ${JSON.stringify(canvas)}`);
  assert.ok(card.x > canvas.x + canvas.width / 2, "on the right");
  const marker = await page.evaluate(() => window.articleTest.markerPosition("microsoft-invests-openai"));
  assert.ok(marker.pageX < card.x, "the timeline's markers are left of it");
});

test("on a phone the card opens over the chart and its close button closes it", async () => {
  const page = await figurePage({ width: 375, height: 667 });
  assert.equal(await page.locator("#event-card").isVisible(), false, "no guide over the chart");
  const p = await clickEvent(page, "chatgpt-launch");
  assert.equal((await state(page)).card_open, true);
  assert.equal(await shownCard(page).getAttribute("data-event"), "chatgpt-launch");
  const card = await box(page, "#event-card"), canvas = await box(page, "#article-canvas");
  assert.ok(inside(card, canvas), `card ${JSON.stringify(card)} inside canvas ${JSON.stringify(canvas)}`);
  assert.ok(card.y > p.pageY, "below the timeline");
  await page.locator("#event-card [data-action=close-card]").click();
  await settle(page);
  const s = await state(page);
  assert.equal(s.card_open, false);
  assert.equal(s.selected, "chatgpt-launch", "closing the card keeps the selection");
  assert.equal(await page.locator("#event-card").isVisible(), false);
});

test("a new card opens at its top, and its scroll is reset only when the reader had scrolled the last one", async () => {
  // Writing the card's scroll position lays the page out inside the frame: counted here.
  const page = await figurePage({ init: () => {
    const d = Object.getOwnPropertyDescriptor(Element.prototype, "scrollTop");
    window.cardScrollResets = 0;
    Object.defineProperty(Element.prototype, "scrollTop", { configurable: true, get() { return d.get.call(this); },
      set(v) { if (this.id === "event-card" && v === 0) window.cardScrollResets++; d.set.call(this, v); } });
  } });
  const ids = (await dataset(page)).events.map((e) => e.id);
  for (const id of ids.slice(0, 4)) {
    await page.evaluate((i) => window.article.select(i), id);
    await settle(page);
  }
  assert.equal(await shownCard(page).getAttribute("data-event"), ids[3]);
  assert.equal(await page.evaluate(() => window.cardScrollResets), 0, "the scroll was reset though nobody had scrolled");
  // The reader scrolls a long card, then the figure selects another event.
  const scrolled = await page.evaluate(() => new Promise((done) => {
    const card = document.getElementById("event-card");
    const spacer = document.createElement("div");
    spacer.style.height = "3000px";
    card.querySelector("[data-event]:not([hidden])").appendChild(spacer);
    card.addEventListener("scroll", () => requestAnimationFrame(() => done(card.scrollTop)), { once: true });
    card.scrollTop = 200;
  }));
  assert.ok(scrolled > 0, "the card did not scroll, so nothing was checked");
  await page.evaluate((i) => window.article.select(i), ids[4]);
  await settle(page);
  assert.equal(await shownCard(page).getAttribute("data-event"), ids[4]);
  assert.equal(await page.evaluate(() => document.getElementById("event-card").scrollTop), 0);
  assert.equal(await page.evaluate(() => window.cardScrollResets), 1);
  assert.deepEqual(page.errors, []);
});

test("a related event's button selects it in the figure, and focus moves to its card's title", async () => {
  const page = await figurePage();
  await page.evaluate(() => window.article.select("aws-declines-openai"));
  await settle(page);
  await page.locator('#event-card [data-select="microsoft-invests-openai"]:visible').click();
  await settle(page);
  assert.equal((await state(page)).selected, "microsoft-invests-openai");
  assert.equal(await shownCard(page).getAttribute("data-event"), "microsoft-invests-openai");
  assert.equal(await page.evaluate(() => document.activeElement.id), "card-title-microsoft-invests-openai");
});

test("Escape in the card closes it and gives focus back to the figure", async () => {
  const page = await figurePage({ width: 375, height: 667 });
  await page.evaluate(() => window.article.select("aws-declines-openai"));
  await page.evaluate(() => document.querySelector("#article-canvas").focus());
  await page.keyboard.press("Enter");
  await settle(page);
  assert.equal((await state(page)).card_open, true);
  await page.locator('#event-card [data-select]:visible').first().focus();
  await page.keyboard.press("Escape");
  await settle(page);
  assert.equal((await state(page)).card_open, false);
  assert.equal(await page.evaluate(() => document.activeElement.id), "article-canvas");
});

test("a source link in the card opens in a new tab", async () => {
  const page = await figurePage();
  await page.evaluate(() => window.article.select("microsoft-invests-openai"));
  await settle(page);
  const link = page.locator('#event-card a[href="https://fortune.com/2019/07/22/microsoft-openai-partnership"]');
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.match(await link.getAttribute("rel"), /noopener/);
  await page.context().route("https://**", (route) => route.abort());  // nothing leaves this machine
  const popup = page.context().waitForEvent("page");
  await link.click();
  assert.notEqual(await popup, page, "a new tab");
});
