// Story in data, engine in code: the words a story supplies (its kicker, titles, the charts' titles
// and the firms' full names) appear nowhere in src/ or web/. Checked against the shipped story and
// both test stories, so moving a story string into the code fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "./harness.mjs";

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function storyWords(path) {
  const { meta, actors } = JSON.parse(readFileSync(path, "utf8"));
  return [meta.title, meta.kicker, meta.figure_title, meta.gap.title, ...Object.values(meta.chart_titles || {}),
    ...actors.map((a) => a.name)].filter((s) => s && s.includes(" "));  // one word alone could be anything
}

test("no story words in src/ or web/", () => {
  const code = [...files(join(ROOT, "src")), ...files(join(ROOT, "web"))].map((p) => [relative(ROOT, p), readFileSync(p, "utf8")]);
  const found = [];
  for (const story of ["assets/article.json", "tests/data/story.json", "tests/data/geschichte-de.json"]) {
    const words = storyWords(join(ROOT, story));
    assert.ok(words.length >= 5, `${story}: only ${words.length} strings to look for`);
    for (const w of words) for (const [p, text] of code) if (text.includes(w)) found.push(`${p}: "${w}" (${story})`);
  }
  assert.deepEqual(found, []);
});

// Colours come from the dataset: no actor's or lane's id of either story is a string or a class
// name in the code (as the colour roles "amazon", "microsoft" and their CSS classes once were).
test("no actor or lane of a story is named in src/ or web/", () => {
  const code = [...files(join(ROOT, "src")), ...files(join(ROOT, "web"))].map((p) => [relative(ROOT, p), readFileSync(p, "utf8")]);
  const found = [];
  for (const story of ["assets/article.json", "tests/data/story.json", "tests/data/geschichte-de.json"]) {
    const { actors, lanes } = JSON.parse(readFileSync(join(ROOT, story), "utf8"));
    const ids = [...new Set([...actors.map((a) => a.id), ...lanes.map((l) => l.id)])].filter((id) => id !== "others");
    assert.ok(ids.length >= 5);
    for (const id of ids)
      for (const [p, text] of code)
        for (const form of [`"${id}"`, `'${id}'`, `-${id} `, `-${id}{`, `-${id}"`, `(--${id})`, `-${id};`])
          if (text.includes(form)) found.push(`${p}: ${form} (${story})`);
  }
  assert.deepEqual(found, []);
});
