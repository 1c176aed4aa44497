// Writes a fictional story with N events over 2005-2017 in 7 lanes, for the benchmark's scale
// figures (label coverage at 50 events, a phone's first frame at 500). Deterministic: the same N
// gives the same file.
//   node tests/bench/make-story.mjs N OUT
import { writeFileSync } from "node:fs";

const n = Number(process.argv[2]), out = process.argv[3];
if (!(n > 0) || !out) throw new Error("usage: node tests/bench/make-story.mjs N OUT");
let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const lanes = ["regulators", "makers", "suppliers", "retailers", "unions", "investors", "courts"];
const words = ["Plant opens", "Recall", "Price cut", "New model", "Strike", "Merger talks", "Lawsuit", "Fine", "Factory sold",
  "Chief quits", "Subsidy", "Export ban", "Rival launch", "Bond issue", "Ruling"];
const kinds = ["decline", "investment", "launch", "leadership", "market", "report"];
const pad = (x) => String(x).padStart(2, "0");
const events = [];
for (let i = 0; i < n; i++) {
  const lane = Math.floor(rand() * lanes.length), year = 2005 + Math.floor(rand() * 13);
  const month = 1 + Math.floor(rand() * 12), day = 1 + Math.floor(rand() * 28);
  events.push({
    id: `e${i}`, date: `${year}-${pad(month)}-${pad(day)}`, actors: [`a${lane}`], kind: kinds[i % kinds.length],
    label: `${words[i % words.length]} ${i}`, headline: `Event ${i} of the example story`, summary: "An invented event.",
    body: "Invented for the benchmark.", sources: ["src"], related: [],
  });
}
const quarters = [];
for (let y = 2010; y <= 2017; y++) for (let q = 1; q <= 4; q++) quarters.push(`${y}-Q${q}`);
const story = {
  version: 1,
  meta: {
    title: `An example story with ${n} events`, dek: "Invented for the benchmark.", byline: "Example desk",
    figure_title: `${n} invented events, 2005-2017`, units: { share: { suffix: "%" } },
    published: "2018-01-15", updated: "2018-01-15", language: "en", canonical_url: "https://example.org/bench/",
    range: { start: "2005", end: "2017" }, credits: ["Invented."], methodology: "Invented.", caveats: ["Invented."], as_of: "2017-12",
  },
  lanes: lanes.map((id) => ({ id, label: id[0].toUpperCase() + id.slice(1) })),
  actors: lanes.map((id, i) => ({ id: `a${i}`, name: `Actor ${i}`, label: `Actor ${i}`, lane: id })),
  events,
  share_series: [{
    id: "firm", firm: "Example Research", label: "Example Research", basis: "Invented.",
    providers: [0, 1, 2].map((i) => ({ id: `p${i}`, label: `Actor ${i}`, actor: `a${i}` })),
    points: quarters.map((quarter, k) => ({ quarter, shares: { p0: 40 - k * 0.3, p1: 20 + k * 0.2, p2: 10 }, source: "src" })),
  }],
  steps: [0, 1, 2].map((k) => ({ id: `s${k}`, heading: `Step ${k}`, text: "Invented.", view: { event: `e${k}`, chart: "share", series: "firm" } })),
  sources: [{ id: "src", publisher: "Example Publisher", title: "Invented", url: "https://example.org/src", date: "2018-01-01", confidence: "A" }],
};
writeFileSync(out, JSON.stringify(story, null, 1) + "\n");
