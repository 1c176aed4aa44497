#!/usr/bin/env bash
# The one entry point: set up a fresh Debian 12 machine, build, serve, test, fuzz, benchmark.
#   ./build-wasm.sh setup            install everything (idempotent; seconds when all is there)
#   ./build-wasm.sh build [--data F] [--out DIR] [--base-url URL] [--release] [--probes]
#                                    validate the dataset, then build the article into dist/ (or DIR);
#                                    --base-url is where it will be published (the canonical link and
#                                    the embed code), and --release refuses a placeholder address;
#                                    --probes builds the test build's site (build/site-test)
#                                    (dist is the same; dist/article-offline.html is the single file)
#   ./build-wasm.sh serve [--port N] build when needed and serve dist/ on http://127.0.0.1:8080
#   ./build-wasm.sh test             native tests, the wasm build, then browser tests
#   ./build-wasm.sh fuzz [SECONDS]   run the dataset fuzzer (libFuzzer)
#   ./build-wasm.sh bench            print size, load, frame-time, idle and memory figures
#   ./build-wasm.sh debug            a debug build (ASSERTIONS, SAFE_HEAP) into dist-debug/
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
IMGUI_VERSION="1.90.1"
IMGUI_DEB_VERSION="1.90.1+ds-1"
IMGUI_DEB_SUITE="trixie"          # bookworm only has 1.86
DEPS="$ROOT/.deps"
IMGUI_DIR="${IMGUI_DIR:-$DEPS/imgui-$IMGUI_VERSION}"
BUILD="$ROOT/build"
DIST="$ROOT/dist"
DATA="$ROOT/assets/article.json"
HTML_ARGS=()  # articlec html's --base-url and --release, from `build`
PORT="${PORT:-8080}"
INTER_DIR="/usr/share/fonts/opentype/inter"
# The fallback chain after Inter, for the characters it lacks: Chinese, Japanese and Korean from
# Droid Sans Fallback, then symbols and emoji (in outline) from Symbola.
FALLBACK_FONTS=(/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf
  /usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf)
FONT_NAMES="Inter, Droid Sans Fallback, Symbola"
# Debian's emscripten finds its JS optimizer's modules (acorn) only through NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# ---------------------------------------------------------------------------------- setup
missing_packages() {
  local missing=()
  command -v cmake >/dev/null || missing+=(cmake)
  command -v g++ >/dev/null || missing+=(g++)
  command -v make >/dev/null || missing+=(make)
  command -v xz >/dev/null || missing+=(xz-utils)
  command -v dpkg-source >/dev/null || missing+=(dpkg-dev)  # apt-get source wants it present
  command -v patch >/dev/null || missing+=(patch)            # the build patches ImGui (cmake/*.patch)
  command -v zopfli >/dev/null || missing+=(zopfli)          # dist/'s .gz files (finish_dist.mjs)
  # An emsdk already on PATH is honoured; otherwise Debian's emscripten.
  command -v em++ >/dev/null || missing+=(emscripten)
  [ -f /usr/include/nlohmann/json.hpp ] || missing+=(nlohmann-json3-dev)
  [ -f /usr/include/doctest/doctest.h ] || missing+=(doctest-dev)
  [ -f "$INTER_DIR/Inter-Regular.otf" ] || missing+=(fonts-inter)
  [ -f "${FALLBACK_FONTS[0]}" ] || missing+=(fonts-droid-fallback)
  [ -f "${FALLBACK_FONTS[1]}" ] || missing+=(fonts-symbola)
  /usr/bin/python3 -c 'import fontTools.subset' 2>/dev/null || missing+=(python3-fonttools)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v clang++-14 >/dev/null || missing+=(clang-14)
  ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || missing+=(libclang-rt-14-dev)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  echo "${missing[@]:-}"
}

setup_packages() {
  local missing; missing="$(missing_packages)"
  [ -z "$missing" ] && return 0
  say "Installing Debian packages: $missing"
  as_root apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

setup_imgui() {
  if [ -f "$IMGUI_DIR/imgui.h" ]; then
    # The build's ImGui patch is made for one version; CMake refuses any other.
    grep -q "#define IMGUI_VERSION *\"$IMGUI_VERSION\"" "$IMGUI_DIR/imgui.h" ||
      die "$IMGUI_DIR is not Dear ImGui $IMGUI_VERSION, which cmake/imgui-$IMGUI_VERSION-article.patch is made for"
    return 0
  fi
  [ "$IMGUI_DIR" = "$DEPS/imgui-$IMGUI_VERSION" ] || die "IMGUI_DIR=$IMGUI_DIR has no imgui.h"
  say "Fetching Dear ImGui $IMGUI_VERSION from Debian's source package ($IMGUI_DEB_SUITE)"
  local list=/etc/apt/sources.list.d/article-imgui-src.sources
  if [ ! -f "$list" ]; then
    as_root tee "$list" >/dev/null <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $IMGUI_DEB_SUITE
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  fi
  as_root apt-get update -qq
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source --download-only -qq "imgui=$IMGUI_DEB_VERSION" >/dev/null 2>&1) ||
    die "apt-get source imgui=$IMGUI_DEB_VERSION failed (is $IMGUI_DEB_SUITE's deb-src reachable?)"
  mkdir -p "$DEPS"
  tar -xf "$tmp"/imgui_*.orig.tar.* -C "$DEPS"
  rm -rf "$tmp"
  [ -d "$DEPS/imgui-$IMGUI_VERSION" ] || mv "$DEPS"/imgui-"$IMGUI_VERSION"* "$DEPS/imgui-$IMGUI_VERSION"
  grep -q "#define IMGUI_VERSION *\"$IMGUI_VERSION\"" "$IMGUI_DIR/imgui.h" || die "unpacked ImGui is not $IMGUI_VERSION"
}

setup_npm() {
  # Browser-test tools, pinned by the committed package-lock.json.
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "Installing npm packages (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

cmd_setup() {
  setup_packages
  setup_imgui
  setup_npm
}

ensure_setup() {
  if [ -n "$(missing_packages)" ] || [ ! -f "$IMGUI_DIR/imgui.h" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] || [ ! -x "$ROOT/node_modules/.bin/terser" ] || [ ! -d "$ROOT/node_modules/clean-css" ]; then
    cmd_setup
  fi
}

# ---------------------------------------------------------------------------------- build
# The configurations are CMakePresets.json's; only the machine's paths are passed here.
# Release tools live in build/native, the Debug test build in build/native-debug, so
# switching between them never rebuilds everything. `native_build Release articlec` builds the
# one tool the site needs; the tests build every target.
configure_args() {
  printf '%s\n' -DIMGUI_DIR="$IMGUI_DIR" -DARTICLE_DATA="$DATA"
}

native_build() {
  local type="${1:-Release}" target="${2:-all}" preset=native
  [ "$type" = Debug ] && preset=native-debug
  local -a args; mapfile -t args < <(configure_args)
  cmake --preset "$preset" -S "$ROOT" "${args[@]}" >/dev/null || return 1
  # Build presets are read from the current folder, so the build runs from the sources' root.
  (cd "$ROOT" && cmake --build --preset "$preset" --target "$target" -j"$(nproc)") >/dev/null || return 1
}

make_fonts() {
  # Inter from Debian's fonts-inter, cut down to the characters the dataset and the UI use (the
  # page's text uses it too, so every character of the dataset that Inter has is kept). What the
  # canvas draws and Inter lacks comes from the fallback fonts, cut down the same way; a character
  # in none of them fails the build, naming where the dataset uses it.
  # No OpenType layout tables: ImGui does not read them, and they would double the font's size.
  local out="$BUILD/fonts"
  mkdir -p "$out"
  "$BUILD/native/articlec" glyphs "$DATA" --page > "$out/glyphs.new" || die "articlec could not list the dataset's characters"
  "$BUILD/native/articlec" glyphs "$DATA" > "$out/canvas-glyphs.txt" || die "articlec could not list the dataset's characters"
  # Only a changed character list makes the fonts again.
  if ! cmp -s "$out/glyphs.new" "$out/glyphs.txt"; then mv "$out/glyphs.new" "$out/glyphs.txt"; else rm "$out/glyphs.new"; fi
  for weight in Regular:regular SemiBold:semibold; do
    local src="$INTER_DIR/Inter-${weight%%:*}.otf" dst="$out/article-${weight##*:}.ttf"
    # Also made again when this script (which converts them) is newer than they are.
    if [ ! -f "$dst" ] || [ "$out/glyphs.txt" -nt "$dst" ] || [ "$ROOT/build-wasm.sh" -nt "$dst" ]; then
      /usr/bin/python3 -m fontTools.subset "$src" --text-file="$out/glyphs.txt" --output-file="$dst.otf" \
        --layout-features='' --no-hinting --desubroutinize --drop-tables+=GPOS,GSUB,GDEF 2>/dev/null ||
        die "fontTools could not subset $src"
      cff_to_truetype "$dst.otf" "$dst" || { rm -f "$dst"; die "fontTools could not convert $dst.otf to TrueType"; }
      rm -f "$dst.otf"
    fi
  done
  assign_fallback_glyphs "$out" || die "fontTools could not read the fonts' character maps"
  local i
  for i in "${!FALLBACK_FONTS[@]}"; do
    local list="$out/fallback$((i + 1)).txt" dst="$out/article-fallback$((i + 1)).ttf"
    if [ ! -s "$list" ]; then
      : > "$dst.new"  # nothing to draw with it: an empty file, and no bytes in the wasm
    else
      /usr/bin/python3 -m fontTools.subset "${FALLBACK_FONTS[$i]}" --text-file="$list" --output-file="$dst.new" \
        --layout-features='' --no-hinting --drop-tables+=GPOS,GSUB,GDEF,morx,kerx 2>/dev/null ||
        die "fontTools could not subset ${FALLBACK_FONTS[$i]}"
    fi
    if cmp -s "$dst.new" "$dst"; then rm "$dst.new"; else mv "$dst.new" "$dst"; fi
  done
  "$BUILD/native/articlec" glyph-check "$DATA" "$out/covered.txt" "$FONT_NAMES" ||
    die "the dataset uses characters no font has (above); the figure could not draw them"
}

# Gives each character of the canvas that Inter lacks to the first fallback font that has it
# (fallbackN.txt), and lists every character the fonts cover (covered.txt).
assign_fallback_glyphs() {
  /usr/bin/python3 - "$1" "$1/article-regular.ttf" "${FALLBACK_FONTS[@]}" <<'PY'
import os, sys
from fontTools.ttLib import TTFont
out, main, fallbacks = sys.argv[1], sys.argv[2], sys.argv[3:]
wanted = [c for c in open(os.path.join(out, "canvas-glyphs.txt"), encoding="utf-8").read() if c != "\n"]
have = set(TTFont(main).getBestCmap())
covered = [c for c in wanted if ord(c) in have]
for i, path in enumerate(fallbacks):
    cmap = set(TTFont(path).getBestCmap())
    mine = [c for c in wanted if ord(c) not in have and ord(c) in cmap]
    have |= {ord(c) for c in mine}
    covered += mine
    with open(os.path.join(out, "fallback%d.txt" % (i + 1)), "w", encoding="utf-8") as f:
        f.write("".join(mine))
with open(os.path.join(out, "covered.txt"), "w", encoding="utf-8") as f:
    f.write("".join(covered))
PY
}

# Inter ships with cubic (CFF) outlines; stb_truetype reads TrueType's quadratic ones far faster,
# and at 1000 units per em most coordinate steps fit in one byte (docs/decisions.md, "TrueType
# outlines for the fonts" and "Fonts rescaled to 1000 units per em").
cff_to_truetype() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.scaleUpem import scale_upem

# The source font's dates are kept: stamped with the build's time, the font (and so the wasm and
# its hashed name) would change with every build of unchanged sources.
font = TTFont(sys.argv[1], recalcTimestamp=False)
order = font.getGlyphOrder()
cubic = font.getGlyphSet()
glyphs = {}
max_err = font["head"].unitsPerEm / 1000
for name in order:
    pen = TTGlyphPen(cubic)
    # TrueType winds outer contours clockwise, CFF counter-clockwise.
    cubic[name].draw(Cu2QuPen(pen, max_err=max_err, reverse_direction=True))
    glyphs[name] = pen.glyph()

glyf = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = glyphs
font["glyf"] = glyf
font["loca"] = newTable("loca")
del font["CFF "]

maxp = newTable("maxp")  # version 1.0, as TrueType outlines need; compile() fills the counts
maxp.tableVersion = 0x00010000
for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements", "maxComponentDepth"):
    setattr(maxp, field, 0)
maxp.maxZones = 1
maxp.numGlyphs = len(order)
font["maxp"] = maxp

font["head"].glyphDataFormat = 0
font["post"].formatType = 3.0  # no glyph names: nothing in the figure reads them
font.sfntVersion = "\x00\x01\x00\x00"
scale_upem(font, 1000)
font.save(sys.argv[2])
PY
}

wasm_build() {
  local preset="$1" packed="$BUILD/article.pack"
  # The wasm carries the dataset validated and packed by the native articlec, so the page
  # neither parses nor checks JSON (docs/architecture.md, "Loading").
  "$BUILD/native/articlec" pack "$DATA" "$packed" || die "the dataset could not be packed"
  local -a args; mapfile -t args < <(configure_args)
  emcmake cmake --preset "$preset" -S "$ROOT" "${args[@]}" >/dev/null || die "the wasm configure failed"
  # Progress lines are dropped; the compiler's own messages are kept. With pipefail, the
  # build's exit status is the pipeline's.
  (cd "$ROOT" && cmake --build --preset "$preset" -j"$(nproc)") 2>&1 | sed -E '/^\[ *[0-9]+%\]|^$|Consolidate compiler generated/d' ||
    die "the wasm build failed (see above)"
}

# Shortens local names and drops dead branches in the page's two scripts (about 6 KB gzip
# less). Emscripten's glue is already whitespace-minified but keeps long names; Debian's
# emscripten has no Closure Compiler, so terser (npm) does this step.
minify_js() {
  local f
  for f in "$@"; do
    "$ROOT/node_modules/.bin/terser" "$f" --compress passes=2 --mangle --ecma 2017 -o "$f.min" \
      || die "terser could not minify $f"
    mv "$f.min" "$f"
  done
}

# The stylesheet without its comments and spaces (about 1 KB gzip less), by clean-css (npm)
# at its first level, which only rewrites each rule on its own and never reorders them.
minify_css() {
  local f
  for f in "$@"; do
    (cd "$ROOT" && node --input-type=commonjs -e '
      const fs = require("fs"), CleanCSS = require("clean-css");
      const out = new CleanCSS({ level: 1 }).minify(fs.readFileSync(process.argv[1], "utf8"));
      if (out.errors.length) { console.error(out.errors.join("\n")); process.exit(1); }
      fs.writeFileSync(process.argv[1], out.styles + "\n");' "$f") || die "clean-css could not minify $f"
  done
}

assemble_dist() {
  local wasm_dir="$1" target="$2" out="$3" minify="${4:-minify}"
  local articlec="$BUILD/native/articlec"
  rm -rf "$out" && mkdir -p "$out/data"
  cp "$wasm_dir/$target.wasm" "$out/article.wasm"
  # The glue names its wasm after the target; the page fetches article.wasm itself.
  cp "$wasm_dir/$target.js" "$out/glue.js"
  cp "$ROOT/web/article-page.js" "$out/page.js"
  # One stylesheet, the theme's colours (from the palette the canvas uses) in front: each
  # render-blocking request costs the page's first layout main-thread time.
  "$articlec" css "$DATA" "$out/theme.css"
  cat "$out/theme.css" "$ROOT/web/article.css" > "$out/article.css" && rm "$out/theme.css"
  [ "$minify" = minify ] && minify_js "$out/glue.js" "$out/page.js" && minify_css "$out/article.css"
  # One script: Emscripten's glue in front of the page's own. A second script was a second
  # request, and as a deferred one it held DOMContentLoaded back.
  cat "$out/glue.js" "$out/page.js" > "$out/article-page.js" && rm "$out/glue.js" "$out/page.js"
  "$articlec" html "$DATA" "$ROOT/web/index.template.html" "$out/index.html" "${HTML_ARGS[@]}"
  "$articlec" html "$DATA" "$ROOT/web/embed.template.html" "$out/embed.html" "${HTML_ARGS[@]}"
  "$articlec" oembed "$DATA" "$out/oembed.json" "${HTML_ARGS[@]}"
  "$articlec" csv "$DATA" "$out/data"
  # The validated model written back, never the input file: unknown fields do not ship.
  "$articlec" save "$DATA" "$out/data/article.json"
  node "$ROOT/src/tools/make_offline.mjs" "$out" >/dev/null
  node "$ROOT/src/tools/make_preview.mjs" "$out" || die "make_preview.mjs could not draw preview.png"
  cp "$ROOT/web/embed-host.js" "$out/embed.js"
  # Content-hashed asset names, precompressed files and _headers (docs/deploying.md).
  node "$ROOT/src/tools/finish_dist.mjs" "$out" >/dev/null || die "finish_dist.mjs could not finish $out"
}

cmd_build() {
  local out="" target=article
  HTML_ARGS=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --data) DATA="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
      --out) out="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
      --base-url) HTML_ARGS+=(--base-url "$2"); shift 2 ;;
      --release) HTML_ARGS+=(--release); shift ;;
      --probes) target=article_probed; shift ;;
      *) die "build: unknown option $1" ;;
    esac
  done
  ensure_setup
  say "Native build (tools)"
  native_build Release articlec || die "the native build failed"
  say "Validating $DATA"
  "$BUILD/native/articlec" validate "$DATA" || die "the dataset has errors; nothing was built"
  make_fonts
  say "WebAssembly build (release)"
  wasm_build wasm
  # --probes: the test build's module, with the probes the browser tests and the bench read.
  [ -n "$out" ] || { [ "$target" = article ] && out="$DIST" || out="$BUILD/site-test"; }
  assemble_dist "$BUILD/wasm" "$target" "$out"
  say "Built $out: $(du -sh "$out" | cut -f1)"
}

cmd_debug() {
  ensure_setup
  native_build Release articlec || die "the native build failed"
  "$BUILD/native/articlec" validate "$DATA" || die "the dataset has errors"
  make_fonts
  wasm_build wasm-debug
  assemble_dist "$BUILD/wasm-debug" article_probed "$ROOT/dist-debug" readable
}

cmd_serve() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --port) PORT="$2"; shift 2 ;;
      --data) DATA="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
      *) die "serve: unknown option $1" ;;
    esac
  done
  cmd_build
  say "Serving $DIST at http://127.0.0.1:$PORT/ (Ctrl-C stops)"
  exec node "$ROOT/src/tools/static_server.mjs" --root "$DIST" --port "$PORT"
}

# ---------------------------------------------------------------------------------- test
# Each stage runs in a subshell with errexit in force, and its exit status decides whether it
# passed. (Inside `if` or `||`, bash ignores errexit in a whole function body, so a stage is never
# called that way.) The runners write JUnit files, which only the closing count reads.
STAGES_PASSED=() STAGES_FAILED=()
stage() {
  local name="$1" rc; shift
  set +e
  ( set -e; "$@" )
  rc=$?
  set -e
  if [ "$rc" = 0 ]; then STAGES_PASSED+=("$name"); else STAGES_FAILED+=("$name"); echo "FAILED: $name (exit $rc)"; fi
}

native_tests() {
  native_build Debug
  ctest --test-dir "$BUILD/native-debug" --output-on-failure --output-junit "$1/ctest.xml"
}

browser_tests() {
  cd "$ROOT"
  node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
       --test-reporter=junit --test-reporter-destination="$1/browser.xml" tests/browser/
}

# A build of a copy of the sources with a syntax error in a file only the browser build compiles
# must fail, name that file, and leave no article.wasm in the copy's dist/.
build_fails_on_compile_error() {
  local scratch="$BUILD/scratch-compile-error" out="$1/compile-error.txt"
  rm -rf "$scratch" && mkdir -p "$scratch"
  tar -C "$ROOT" --exclude=./build --exclude=./.deps --exclude=./node_modules --exclude=./dist \
      --exclude=./dist-debug --exclude=./.git -cf - . | tar -C "$scratch" -xf -
  ln -s "$ROOT/node_modules" "$scratch/node_modules"
  printf '\nthis line is not C++;\n' >> "$scratch/src/app/js_bridge.cpp"
  if IMGUI_DIR="$IMGUI_DIR" bash "$scratch/build-wasm.sh" build > "$out" 2>&1; then
    echo "the build of a copy with a syntax error in src/app/js_bridge.cpp succeeded (log: $out)"
    return 1
  fi
  grep -q 'js_bridge.cpp' "$out" || { echo "the failed build did not name js_bridge.cpp (log: $out)"; return 1; }
  [ ! -e "$scratch/dist/article.wasm" ] || { echo "a failed build left $scratch/dist/article.wasm"; return 1; }
  echo "the copy with a syntax error failed to build, naming js_bridge.cpp"
  rm -rf "$scratch"
}

# A dataset with fields the format does not know (a newsroom's internal notes) builds, and
# neither the published data nor the offline file carries them.
unknown_fields_not_published() {
  local out="$BUILD/site-unknown-fields" f
  cmd_build --data "$ROOT/tests/data/unknown-fields.json" --out "$out"
  node "$ROOT/tests/find-text.mjs" "\"version\"" "$out/article-offline.html" >/dev/null &&
    { echo "the check cannot see the offline file's data"; return 1; }
  if ! node "$ROOT/tests/find-text.mjs" CONFIDENTIAL "$out/data/article.json" "$out/article-offline.html" "$out/index.html"; then
    echo "a field the format does not know was published"; return 1
  fi
  echo "no unknown field reached $out/data/article.json or the offline file"
}

# A character that no font has fails the build before anything is compiled, and the message
# names where the dataset uses it.
glyph_without_font_fails() {
  local scratch="$BUILD/glyph-check" out
  mkdir -p "$scratch"
  # U+10FFFD: a private-use character no font of the chain has.
  sed 's/"label": "Second"/"label": "Second \\udbff\\udffd"/' "$ROOT/tests/data/minimal.json" > "$scratch/story.json"
  grep -q 'udbff' "$scratch/story.json" || { echo "the fixture was not changed"; return 1; }
  out="$scratch/build.log"
  if (cmd_build --data "$scratch/story.json" --out "$scratch/site") > "$out" 2>&1; then
    echo "a dataset with a character no font has was built (log: $out)"; return 1
  fi
  grep -qF '/events/1/label: character U+10FFFD' "$out" || { echo "the failure did not name /events/1/label (log: $out)"; return 1; }
  echo "the build refused U+10FFFD, naming /events/1/label"
}

cmd_test() {
  ensure_setup
  local log="$BUILD/test-logs"
  rm -rf "$log" && mkdir -p "$log"
  say "Native build and doctest suites (CTest)"
  stage "native build and doctest suites" native_tests "$log"
  say "Fuzzing the dataset loader and the deep-link parser briefly"
  stage "fuzzing" cmd_fuzz 20
  say "A syntax error must fail the build"
  stage "a syntax error fails the build" build_fails_on_compile_error "$log"
  say "A dataset's unknown fields are not published"
  stage "unknown fields are not published" unknown_fields_not_published
  say "A character no font has fails the build"
  stage "a character no font has fails the build" glyph_without_font_fails
  say "The second story's site: a German fixture, with the test probes"
  stage "second story site" cmd_build --data "$ROOT/tests/data/geschichte-de.json" --probes --out "$BUILD/site-de"
  say "The browser tests' site: the story fixture, with the test probes"
  stage "test site" cmd_build --data "$ROOT/tests/data/story.json" --probes --out "$BUILD/site-test"
  say "Release build"
  stage "release build" cmd_build
  if [ -f "$DIST/index.html" ] && [[ ! " ${STAGES_FAILED[*]} " =~ " release build " ]] &&
     [[ ! " ${STAGES_FAILED[*]} " =~ " test site " ]] && [[ ! " ${STAGES_FAILED[*]} " =~ " second story site " ]]; then
    say "Browser tests (headless Debian Chromium via playwright-core)"
    stage "browser tests" browser_tests "$log"
  else
    STAGES_FAILED+=("browser tests (not run: no release build)")
  fi
  # The count of test cases comes from the runners' JUnit files. A stage with no such file, or
  # whose file shows no failure although the stage failed (its build broke first), counts as one.
  local passed=0 failed=0 name file p f
  for name in "${STAGES_PASSED[@]}" "${STAGES_FAILED[@]}"; do
    file=""
    case "$name" in "native build"*) file="$log/ctest.xml" ;; "browser tests") file="$log/browser.xml" ;; esac
    p=0 f=0
    if [ -n "$file" ] && [ -f "$file" ]; then read -r p f < <(node "$ROOT/tests/junit-count.mjs" "$file"); fi
    if [[ " ${STAGES_FAILED[*]} " == *" $name "* ]]; then
      [ "$f" -gt 0 ] || f=1
    elif [ -z "$file" ]; then
      p=1
    fi
    passed=$((passed + p)) failed=$((failed + f))
  done
  echo
  [ "${#STAGES_FAILED[@]}" = 0 ] || printf 'failed stage: %s\n' "${STAGES_FAILED[@]}"
  echo "tests: $passed passed, $failed failed"
  [ "${#STAGES_FAILED[@]}" = 0 ] && [ "$failed" = 0 ]
}

# ---------------------------------------------------------------------------------- fuzz
cmd_fuzz() {
  local seconds="${1:-60}"
  ensure_setup
  cmake --preset fuzz -S "$ROOT" -DARTICLE_DATA="$DATA" >/dev/null
  (cd "$ROOT" && cmake --build --preset fuzz --target fuzz_dataset fuzz_hash -j"$(nproc)") >/dev/null
  local corpus="$BUILD/fuzz-corpus"
  mkdir -p "$corpus"
  cp "$ROOT"/tests/data/*.json "$ROOT"/tests/data/invalid/*.json "$DATA" "$corpus/"
  local log="$BUILD/fuzz-logs"
  mkdir -p "$log"
  if ! "$BUILD/fuzz/fuzz_dataset" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
      -dict="$ROOT/tests/fuzz/json.dict" "$corpus" > "$log/dataset.txt" 2>&1; then
    tail -40 "$log/dataset.txt"; echo "fuzz_dataset found a crash (see above)"; return 1
  fi
  grep -E '^Done [0-9]+ runs' "$log/dataset.txt" | sed 's/^/fuzz_dataset: /'
  if ! "$BUILD/fuzz/fuzz_hash" -max_total_time="$(( seconds / 4 + 1 ))" > "$log/hash.txt" 2>&1; then
    tail -40 "$log/hash.txt"; echo "fuzz_hash found a crash (see above)"; return 1
  fi
  grep -E '^Done [0-9]+ runs' "$log/hash.txt" | sed 's/^/fuzz_hash: /'
}

# ---------------------------------------------------------------------------------- bench
cmd_bench() {
  cmd_build  # always: the figures must be of the sources as they are, not of an older dist/
  ensure_setup
  cmd_build --probes --out "$BUILD/site-bench"  # the shipped story with the probes timings are read through
  # Invented stories of 50 and 500 events: how the figure scales with a story's size.
  local n
  for n in 50 500; do
    node "$ROOT/tests/bench/make-story.mjs" "$n" "$BUILD/bench-story-$n.json"
    cmd_build --data "$BUILD/bench-story-$n.json" --probes --out "$BUILD/site-bench-$n"
  done
  node "$ROOT/tests/bench/bench.mjs" --dist "$BUILD/site-bench" --site "$DIST" --scale "$BUILD/site-bench-50,$BUILD/site-bench-500"
  node "$ROOT/tests/bench/lighthouse.mjs" "$DIST" 5  # the page as shipped, Lighthouse's mobile preset
}

case "${1:-}" in
  setup) shift; cmd_setup "$@" ;;
  build) shift; cmd_build "$@" ;;
  dist) shift; cmd_build "$@" ;;  # dist/ includes article-offline.html, the single-file copy
  serve) shift; cmd_serve "$@" ;;
  test) shift; cmd_test "$@" ;;
  fuzz) shift; cmd_fuzz "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  debug) shift; cmd_debug "$@" ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
