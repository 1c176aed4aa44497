// Debian's Chromium, headless, driven by playwright-core (never a downloaded browser), with the
// flags that work on these machines: software GL through SwiftShader, no background traffic.
// Used by the build's preview-image step and by the browser tests.
import { chromium } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--use-gl=swiftshader", "--enable-unsafe-swiftshader",
];

// `quiet`: also without the features below that work in the background of every new window
// (for the benchmark's timings).
export async function launchChromium({ quiet = false } = {}) {
  const args = quiet ? [...CHROMIUM_ARGS, await disabledFeaturesArg()] : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: "/usr/bin/chromium", args });
}

// The same browser with a profile of its own in `userDataDir`, kept between pages as a reader's
// running browser keeps one (the benchmark's first visits in a running browser).
export async function launchChromiumProfile(userDataDir, viewport = { width: 1280, height: 800 }) {
  const args = [...CHROMIUM_ARGS, await disabledFeaturesArg()];
  return chromium.launchPersistentContext(userDataDir, { executablePath: "/usr/bin/chromium", args, viewport });
}

// Chromium 156 preloads its omnibox popup (a WebUI page in a renderer of its own) in every new
// window, and so in every new browser context: it takes one of the machine's cores while the
// page under measurement loads. Puppeteer turns these two features off for the same reason.
// Chromium keeps only the last --disable-features, so ours extends the list playwright passes,
// read back from chrome://version.
export const QUIET_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];
async function disabledFeaturesArg() {
  const probe = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await probe.newPage();
    await page.goto("chrome://version");
    const line = await page.locator("#command_line").textContent();
    const theirs = (line.match(/--disable-features=(\S+)/) || [])[1];
    if (!theirs) throw new Error("chrome://version shows no --disable-features: cannot extend playwright's list");
    return "--disable-features=" + [...theirs.split(","), ...QUIET_FEATURES].join(",");
  } finally {
    await probe.close();
  }
}
