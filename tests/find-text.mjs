// Exits 1, naming the file, if TEXT occurs in any FILE, as it is or inside a base64 data: URL
// (the offline file carries the data downloads that way).
//   node tests/find-text.mjs TEXT FILE...
import { readFileSync } from "node:fs";

const [text, ...files] = process.argv.slice(2);
let found = false;
for (const file of files) {
  const body = readFileSync(file, "utf8");
  const decoded = [...body.matchAll(/data:[\w/+.-]+;base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1], "base64").toString("utf8"));
  for (const [where, content] of [["as text", body], ...decoded.map((d, i) => [`in data: URL ${i + 1}`, d])]) {
    if (content.includes(text)) {
      console.log(`${file}: "${text}" ${where}`);
      found = true;
    }
  }
}
process.exit(found ? 1 : 0);
