// Prints "PASSED FAILED" for the test cases in the JUnit XML files named on the command line
// (ctest's --output-junit, node's junit reporter). A case with a <failure> or <error> inside,
// or ctest's status="fail", failed; a skipped one counts as neither. Exits 1 on an unreadable file.
import { readFileSync } from "node:fs";

let passed = 0, failed = 0;
for (const file of process.argv.slice(2)) {
  const xml = readFileSync(file, "utf8");
  // Each case is either self-closing or runs to its </testcase>.
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const attrs = m[1], body = m[3] || "";
    if (/<skipped\b/.test(body) || /status="(disabled|notrun)"/.test(attrs)) continue;
    if (/<(failure|error)\b/.test(body) || /status="fail"/.test(attrs)) failed++;
    else passed++;
  }
}
console.log(`${passed} ${failed}`);
