// Debian's Chromium, headless, driven by playwright-core (never a downloaded browser), with the
// flags that work on these machines: software GL through SwiftShader, no background traffic.
// Used by the build's preview-image step and by the browser tests.
import { chromium } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--use-gl=swiftshader", "--enable-unsafe-swiftshader",
];

export function launchChromium() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

// The same browser with a profile of its own in `userDataDir`, kept between pages as a reader's
// running browser keeps one (the benchmark's first visits in a running browser).
export function launchChromiumProfile(userDataDir, viewport = { width: 1280, height: 800 }) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, viewport });
}
