// The page side of the article: loads the WebAssembly figure with a progress bar,
// wires the HTML controls and the story steps to it, keeps the URL hash in step
// with the selection, and exposes window.article to host pages (and, in the test build,
// window.articleTest to the browser tests and the benchmark).
// No inline script and no eval anywhere, so it runs under a strict CSP.
//
// The build puts Emscripten's glue (createArticleModule) in front of this code, in one file
// that the page loads with `async`: it starts fetching and compiling the wasm as soon as it
// runs, which may be before the rest of the page is parsed. Everything that needs the page's
// elements waits for start(), at DOMContentLoaded.
(function () {
  "use strict";

  var doc = document;
  doc.documentElement.classList.add("js");

  // The page's own words, in the story's language: the build writes them into the page as JSON
  // (#article-strings) from the locale table; t("step_of", 2, 9) fills {1}, {2}.
  var strings = null;
  function t(key) {
    if (!strings) {
      var el = doc.getElementById("article-strings");
      try { strings = el ? JSON.parse(el.textContent) : {}; } catch (e) { strings = {}; }
    }
    var text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    var args = arguments;
    return text.replace(/\{([1-9])\}/g, function (m, i) { return i < args.length ? String(args[i]) : m; });
  }
  // Render flags in the URL (docs/embedding.md). Unknown flags and bad values are ignored.
  var flags = (function () {
    try { return new URLSearchParams(location.search); } catch (e) { return { get: function () { return null; }, has: function () { return false; } }; }
  })();
  function flagOn(name) { return flags.has(name) && !/^(0|false|no)$/i.test(flags.get(name) || ""); }
  if (flagOn("plain")) doc.documentElement.classList.add("embed-plain");
  if (flagOn("transparent")) doc.documentElement.classList.add("embed-transparent");

  // Light or dark: ?dark=true|false forces one, and a host page may set it live with
  // {type: "article:theme", dark: true|false}; otherwise (?dark=auto, the default) the system's.
  var darkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  var forcedDark = /^(true|1|yes)$/i.test(flags.get("dark") || "") ? true : /^(false|0|no)$/i.test(flags.get("dark") || "") ? false : null;
  function isDark() { return forcedDark !== null ? forcedDark : !!(darkQuery && darkQuery.matches); }
  // Forced colours (a contrast theme): the page's CSS follows the system by itself; the canvas is
  // handed the system's colours, read from the browser by their CSS names.
  var forcedQuery = window.matchMedia ? window.matchMedia("(forced-colors: active)") : null;
  function systemColors() {
    var probe = doc.createElement("span");
    probe.hidden = true;
    doc.body.appendChild(probe);
    var out = ["Canvas", "CanvasText", "GrayText", "Highlight", "LinkText"].map(function (name) {
      probe.style.color = name;
      var m = getComputedStyle(probe).color.match(/\d+/g) || [0, 0, 0];
      return (+m[0] << 16) | (+m[1] << 8) | +m[2];
    });
    probe.remove();
    return out;
  }
  function applyTheme() {
    var dark = isDark();
    doc.documentElement.classList.toggle("theme-dark", dark);
    doc.documentElement.classList.toggle("theme-light", !dark);
    call("article_set_theme", null, ["number"], [dark ? 1 : 0]);
    if (forcedQuery && forcedQuery.matches && doc.body)
      call("article_use_system_colors", null, ["number", "number", "number", "number", "number"], systemColors());
  }
  applyTheme();
  if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener("change", applyTheme);
  if (forcedQuery && forcedQuery.addEventListener) forcedQuery.addEventListener("change", applyTheme);
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.source !== window.parent || window.parent === window || !d || d.type !== "article:theme" || typeof d.dark !== "boolean") return;
    forcedDark = d.dark;
    applyTheme();
  });
  var canvas = null, canvasBox = null, storyBox = null, statusBox = null, progress = null, live = null, steps = [];
  var reducedMotion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;
  var mod = null;
  var currentStep = -1;

  var resolveReady, rejectReady;
  var ready = new Promise(function (res, rej) { resolveReady = res; rejectReady = rej; });
  ready.catch(function () {});  // failures are shown on the page; callers may still listen

  // ccall copies a string argument onto the wasm's stack, up to 4 bytes a character: a long one
  // (a 2 MB URL's hash) would overflow it. Nothing the figure knows (an id, a hash naming one, a
  // chart or series name) is longer than this, so a longer string is refused before the call.
  var MAX_STRING_ARG = 1024;
  function call(name, ret, types, args) {
    if (!mod) return null;
    args = args || [];
    for (var i = 0; i < args.length; i++) if (typeof args[i] === "string" && args[i].length > MAX_STRING_ARG) return null;
    return mod.ccall(name, ret, types || [], args);
  }
  function json(name, arg) {
    var s = arg === undefined ? call(name, "string") : call(name, "string", ["string"], [String(arg)]);
    return s ? JSON.parse(s) : null;
  }
  // Converts a canvas-relative point to page coordinates (what a test's mouse needs).
  function onPage(p) {
    if (!p || !canvas) return p;
    var r = canvas.getBoundingClientRect();
    p.pageX = r.left + p.x;
    p.pageY = r.top + p.y;
    return p;
  }

  // The host API, documented in docs/embedding.md: stable names only.
  // Each event goes to the page's own listeners and, inside an iframe, to the embedding page as
  // {type: "article:NAME", embed: ID, ...detail} (docs/embedding.md). Nothing is sent anywhere else.
  var listeners = { ready: [], step: [], select: [], interaction: [] };
  var embedId = flags.get("childId") || flags.get("id") || "article";  // the embed's name for its host
  function emit(name, detail) {
    listeners[name].slice().forEach(function (fn) {
      try { fn(detail); } catch (e) { if (window.console) console.error(e); }
    });
    if (window.parent !== window) {
      var message = { type: "article:" + name, embed: embedId };
      for (var k in detail) if (Object.prototype.hasOwnProperty.call(detail, k)) message[k] = detail[k];
      window.parent.postMessage(message, "*");
    }
  }
  // The first time the reader does something with the figure (not a story step's scroll).
  var interacted = false;
  function watchInteraction(el) {
    ["pointerdown", "keydown", "touchstart", "wheel"].forEach(function (t) {
      el.addEventListener(t, function once() {
        if (!interacted) { interacted = true; emit("interaction", { via: t }); }
      }, { passive: true });
    });
  }
  var api = {
    ready: ready,
    state: function () { return json("article_state_json"); },
    // Where a date falls on each view, in px from the window's left: {timeline, chart} (chart
    // absent while it is not drawn), or null for a date that is not one.
    dateToX: function (date) {
      var r = json("article_date_x_json", String(date));
      if (!r || !r.found || !canvas) return null;
      var left = canvas.getBoundingClientRect().left, out = { timeline: left + r.timeline };
      if (r.chart !== undefined) out.chart = left + r.chart;
      return out;
    },
    select: function (id) { return call("article_select_event", "number", ["string"], [String(id)]) === 1; },
    step: function (i) { applyStep(i, true); },
    stepCount: function () { return steps.length || call("article_step_count", "number") || 0; },
    setChart: function (c) { setChart(c); },
    setSeries: function (id) { return setSeries(id); },
    // on("ready" | "step" | "select" | "interaction", fn): fn gets {} when ready, {index, id} for a
    // step, {id} for a selection, {via} (the DOM event's type) for the reader's first interaction.
    on: function (name, fn) {
      if (!listeners[name] || typeof fn !== "function") return false;
      listeners[name].push(fn);
      return true;
    }
  };
  // Probes for the browser tests and the benchmark; defined only when the module is the test
  // build (its extra exports), so the site's page carries none of them.
  var probes = {
    firstFrameMs: 0,
    redraw: function () { redraw(); },
    markerPosition: function (id) { return onPage(json("article_event_marker_json", id)); },
    chartEventPosition: function (id) { return onPage(json("article_chart_event_marker_json", id)); },
    quarterStepPosition: function (which) { return onPage(json("article_quarter_step_json", which)); },
    quarterPosition: function (q) { return onPage(json("article_quarter_point_json", q)); },
    laneNameBox: function (i) { return json("article_lane_name_json", i); },
    axisLabelBox: function () { return json("article_axis_label_json"); },
    missingGlyphs: function () { return json("article_missing_glyphs_json"); },
    textWidth: function (text, font) { return call("article_text_width", "number", ["string", "number"], [text, font]); },
    // The viewport y (px) where a story step takes over.
    stepTriggerY: function () { return triggerY(); },
    embedHeight: function () { return lastEmbedHeight; },
    bench: {
      frameTimes: function () { return json("article_frame_times_json"); },
      heap: function () { return json("article_heap_json"); },
      labelCoverage: function () { return json("article_label_coverage_json"); },
      drawNow: function () { call("article_draw_now", null); }
    }
  };
  function redraw() { measureCanvasOffset(); call("article_request_redraw", null); }
  window.article = api;

  // ------------------------------------------------------------------ status
  function showStatus(text, isError) {
    if (!statusBox) return;
    statusBox.hidden = false;
    statusBox.classList.toggle("is-error", !!isError);
    statusBox.setAttribute("role", isError ? "alert" : "status");
    var p = statusBox.querySelector(".status-text");
    if (p) p.textContent = text;
    if (isError && progress) progress.hidden = true;
  }
  function fail(message) {
    doc.documentElement.classList.add("no-figure");
    showStatus(message + " " + t("facts_in_text_version"), true);
    var figure = doc.getElementById("figure");
    if (figure) figure.classList.add("no-figure");
    var tv = doc.getElementById("text-version");
    if (tv) tv.classList.add("is-open");
    layOutPageEnd();
    startEmbedHeight();
    rejectReady(new Error(message));
  }

  // Loading milestones, visible in the browser's performance timeline (and read by the benchmark).
  function mark(name) { if (window.performance && performance.mark) performance.mark(name); }

  // A cheap first check. Creating a throwaway WebGL2 context to be sure would cost as much as
  // the figure's own; if the browser has the API but refuses a context, main() reports that.
  function hasWebGL2() { return !!window.WebGL2RenderingContext; }

  // ------------------------------------------------------------------ loading
  // The wasm comes inline (single-file build) or from article.wasm next to this script.
  function inlineWasm() {
    var el = doc.getElementById("article-wasm-base64");
    if (!el) return null;
    var bin = atob(el.textContent.replace(/\s+/g, ""));
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  // Streams the wasm: the browser compiles it while it downloads, and a tee of the same
  // bytes drives the progress bar. Resolves with the compiled module.
  function fetchAndCompileWasm(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (res) {
      if (!res.ok) throw new Error("article.wasm: HTTP " + res.status);
      var total = Number(res.headers.get("Content-Length")) || 0;
      var body = res.body;
      if (body && body.tee && total) {
        var pair = body.tee();
        body = pair[0];
        var reader = pair[1].getReader(), got = 0;
        (function pump() {
          reader.read().then(function (r) {
            if (r.done) return;
            got += r.value.length;
            if (progress) progress.value = Math.min(99, Math.round(got * 100 / total));
            pump();
          }, function () {});
        })();
      }
      if (WebAssembly.compileStreaming && body) {
        return WebAssembly.compileStreaming(new Response(body, { headers: { "Content-Type": "application/wasm" } }));
      }
      return new Response(body).arrayBuffer().then(function (b) { return WebAssembly.compile(b); });
    });
  }

  // The wasm's address, from the <head>'s preload: the build gives it a content-hashed name.
  function wasmUrl() {
    var link = doc.querySelector('link[rel="preload"][href$=".wasm"]');
    return link ? link.href : "article.wasm";
  }

  // Starts the wasm's download and compilation (once), while this page goes on parsing.
  // (Chromium only validates the module here; it compiles each function when first called.)
  var compiled = null;
  function startCompile() {
    if (compiled) return compiled;
    var inline = inlineWasm();
    compiled = inline ? WebAssembly.compile(inline) : fetchAndCompileWasm(wasmUrl());
    compiled.catch(function () {});  // reported by start()
    return compiled;
  }

  // ?static: no interaction and no wasm, the figure as a picture (the build's steps/ID.png for
  // ?step=ID, else the first step's) linking to the full article. For AMP pages and newsletters.
  function showStatic() {
    var wrap = doc.querySelector(".canvas-wrap"), nav = doc.querySelector("[data-step-ids]");
    if (!wrap || !nav) return false;
    var ids = nav.getAttribute("data-step-ids").split(" "), id = ids.indexOf(flags.get("step")) >= 0 ? flags.get("step") : ids[0];
    var link = doc.querySelector('link[rel="canonical"]'), title = doc.getElementById("figure-title");
    var a = doc.createElement("a"), img = doc.createElement("img");
    a.href = link ? link.href : "./";
    a.target = "_blank";
    a.rel = "noopener";
    img.src = "steps/" + encodeURIComponent(id) + ".png";
    img.alt = (title ? title.textContent : doc.title) + " (a picture of the figure; the full article is interactive)";
    img.className = "figure-static";
    img.addEventListener("load", startEmbedHeight);
    img.addEventListener("error", startEmbedHeight);
    a.appendChild(img);
    wrap.textContent = "";
    wrap.appendChild(a);
    doc.documentElement.classList.add("figure-is-static");
    return true;
  }

  function start() {
    canvas = doc.getElementById("article-canvas");
    statusBox = doc.getElementById("figure-status");
    progress = doc.getElementById("figure-progress");
    live = doc.getElementById("figure-live");
    canvasBox = doc.querySelector(".story-figure .canvas-wrap");
    storyBox = doc.querySelector(".story");
    steps = Array.prototype.slice.call(doc.querySelectorAll(".step"));
    watchEmbedHeight();
    if (!canvas) return;
    if (flagOn("static") && showStatic()) { resolveReady(api); return; }
    // The figure handles taps itself; claiming the touchend stops the emulated mouse events
    // that would follow. A touchend that cannot be cancelled (a scroll is under way) is left be.
    canvas.addEventListener("touchend", function (e) { if (e.cancelable) e.preventDefault(); }, { passive: false });
    if (!hasWebGL2()) {
      fail(t("no_webgl"));
      return;
    }
    canvas.classList.add("is-starting");
    // The compile's end, the instantiation and main() each get a task of their own.
    startCompile().then(function (wasmModule) {
      mark("article:wasm-compiled");
      if (progress) progress.value = 100;
      return new Promise(nextTask).then(function () { return wasmModule; });
    }).then(function (wasmModule) {
      return window.createArticleModule({
        // Hand Emscripten the module we compiled while it streamed in.
        instantiateWasm: function (imports, receive) {
          WebAssembly.instantiate(wasmModule, imports).then(function (instance) {
            nextTask(function () { receive(instance, wasmModule); });
          }, function (err) { fail(t("start_failed", err.message)); });
          return {};
        },
        canvas: canvas,
        onArticleStartSteps: runStartSteps,
        onArticleReady: onReady,
        onArticleSelection: onSelection,
        onArticleCard: onCard,
        onArticleFirstFrame: function (t) {
          probes.firstFrameMs = t;
          mark("article:first-frame");
          canvas.classList.remove("is-starting");
        },
        onArticleAnnounce: function (text) { if (live) live.textContent = text; },
        onArticleContext: onContext,
        print: function () {},
        printErr: function (t) { if (window.console) console.warn(t); }
      });
    }).catch(function (err) {
      fail(t("load_failed", err && err.message ? err.message : err));
    });
  }

  // main() makes the WebGL context and returns; the rest of the start-up (fonts, the figure's
  // code run once undrawn, the first frame) runs one step per task, so the page stays responsive
  // meanwhile: the reader can scroll and the story's steps follow.
  function nextTask(f) {
    if (window.scheduler && scheduler.postTask) { scheduler.postTask(f, { priority: "user-blocking" }); return; }
    var channel = new MessageChannel();
    channel.port1.onmessage = f;
    channel.port2.postMessage(0);
  }
  // Runs each function in a task of its own, in order; one that returns false ends the run.
  function inTasks(steps) {
    if (steps.length) nextTask(function () { if (steps[0]() !== false) inTasks(steps.slice(1)); });
  }
  function runStartSteps(instance) {
    mark("article:instantiated");
    nextTask(function step() {
      var more;
      try {
        more = instance._article_start_step();
      } catch (err) {
        fail(t("start_failed", err && err.message ? err.message : err));
        return;
      }
      if (more) nextTask(step);
    });
  }

  // Called from inside the last start-up step with the module instance.
  function onReady(ok, message, instance) {
    mark("article:ready");
    mod = instance;
    if (mod._article_heap_json) window.articleTest = probes;
    // What the first frame must show is set now: main() draws it as soon as this returns.
    var fromHash = false;
    if (ok) {
      call("article_set_reduced_motion", null, ["number"], [reducedMotion && reducedMotion.matches ? 1 : 0]);
      applyTheme();
      if (flagOn("transparent")) call("article_set_transparent", null, ["number"], [1]);
      fromHash = location.hash.length > 1 && call("article_select_from_hash", "number", ["string"], [location.hash]) === 1;
    }
    // The rest of the page's setup waits until the first frame is drawn, and runs as a few tasks
    // of its own, like the start-up before it. The fonts come last: setting the page's text in
    // them lays out all of it again, which then happens in a task of its own, not inside another
    // step's reading of the layout.
    inTasks([function () {
      if (!ok) { fail(message || t("data_failed")); return false; }
      if (statusBox) statusBox.hidden = true;
    }, function () {
      wireControls();
      wireCard();
      var figureBox = doc.getElementById("figure");
      watchInteraction(figureBox || canvas);
      watchSize();
    }, function () {
      watchSteps(fromHash);
      openAtFlaggedStep();
      syncControls();
      resolveReady(api);
      emit("ready", {});
    }, function () {
      useEmbeddedFonts(function () { layOutPageEnd(); startEmbedHeight(); });
    }]);
  }

  // The browser dropped the figure's WebGL context (and later gives it back).
  function onContext(lost) {
    if (lost) {
      showStatus(t("context_lost"), false);
      if (progress) progress.hidden = true;
    } else if (statusBox) {
      statusBox.hidden = true;
    }
  }

  // The page's text uses the very font bytes the canvas has: no extra request. The stylesheet
  // names the family once both faces are in (the "article-fonts" class). `then` runs after that,
  // or at once if the faces cannot be used.
  function useEmbeddedFonts(then) {
    if (!window.FontFace || !doc.fonts || !mod.HEAPU8) { then(); return; }
    Promise.all([["400", 0], ["600", 1]].map(function (w) {
      var ptr = call("article_font_bytes", "number", ["number"], [w[1]]);
      var size = call("article_font_size", "number", ["number"], [w[1]]);
      var face = new FontFace("Article Sans", mod.HEAPU8.slice(ptr, ptr + size), { weight: w[0] });
      return face.load().then(function (f) { doc.fonts.add(f); });
    })).then(function () { doc.documentElement.classList.add("article-fonts"); }, function () {}).then(then);
  }

  // The sections after the story are left out of the page's first layout (content-visibility in
  // article.css), so the figure gets its size and starts sooner. Once the figure is up, in its
  // final fonts, and the page is idle, they are laid out for good: from then on the scrollbar,
  // find-in-page and every position below the story are the real ones, not estimates. They go a
  // few blocks (a section, then each of its headings, lists and tables) per idle moment: all at
  // once held the page for some 30 ms.
  function layOutPageEnd() {
    var end = doc.querySelector(".article-end");
    if (!end || end.classList.contains("is-laying-out")) return;
    end.classList.add("is-laying-out");
    var blocks = Array.prototype.slice.call(end.querySelectorAll(".article-end > section, .article-end > section > *"));
    var whenIdle = window.requestIdleCallback || function (f) { return setTimeout(f, 100); };
    whenIdle(function next() {
      var started = Date.now();
      while (blocks.length && Date.now() - started < 4) {
        blocks.shift().classList.add("is-shown");
        end.offsetHeight;  // lays this block out now, so the time it took counts
      }
      if (blocks.length) whenIdle(next, { timeout: 1000 });
      else end.classList.add("is-laid-out");
    }, { timeout: 1000 });
  }

  // ------------------------------------------------------------------ selection, hash, announcements
  // The URL's hash follows the selection, written once the selection has rested (replaceState is
  // slow enough to matter inside a frame: docs/decisions.md). Leaving the page writes a pending
  // change; one is dropped if the URL moved on meanwhile, since hashchange fires a task later.
  var appliedHash = "", wantedHash = null, hashTimer = 0, hashAtSelection = "";
  function dropPendingHash() {
    clearTimeout(hashTimer);
    hashTimer = 0;
    wantedHash = null;
  }
  function applyHash() {
    var want = wantedHash;
    dropPendingHash();
    if (location.hash !== hashAtSelection) return;  // the reader's navigation wins
    if (atLinkedPlace()) return;
    if (want) {
      if (location.hash !== want) history.replaceState(history.state, "", want);
      appliedHash = want;
    } else if (want === "" && location.hash && location.hash === appliedHash) {
      // Only a hash this page wrote is taken away; another (#sources, say) is the reader's.
      history.replaceState(history.state, "", location.pathname + location.search);
      appliedHash = "";
    }
  }
  // A link to a place after the story (#sources, a footnote's #source-3) scrolls the page past
  // every step, so the story selects its last event. While that place is on screen, the reader
  // is where the link took them, and the hash stays the link's; once they scroll back into the
  // story, it follows the selection again. Asked when the hash would be written, not in the
  // frame that reports the selection: it reads the page's layout.
  function atLinkedPlace() {
    var place = placeNamedBy(location.hash);
    if (!place || (storyBox && storyBox.contains(place))) return false;
    var r = place.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }
  // The element of this page a hash names, if any.
  function placeNamedBy(hash) {
    if (hash.length < 2) return null;
    try { return doc.getElementById(decodeURIComponent(hash.slice(1))); } catch (e) { return null; }  // a malformed %-escape
  }
  function onSelection(id, headline, date) {
    if (id && live) live.textContent = headline + ", " + date;
    emit("select", { id: id || "" });
    wantedHash = id ? "#" + id : "";
    hashAtSelection = location.hash;
    clearTimeout(hashTimer);
    hashTimer = setTimeout(applyHash, 150);
  }
  window.addEventListener("pagehide", applyHash);
  window.addEventListener("hashchange", function () {
    dropPendingHash();  // the reader's own hash wins over one still waiting to be written
    if (location.hash.length > 1) call("article_select_from_hash", "number", ["string"], [location.hash]);
  });

  // ------------------------------------------------------------------ the event card
  // The card is HTML (filled at build time, one <article> per event); the figure says which one
  // shows and in what rectangle of the canvas its layout keeps for it.
  // The canvas's offset in its box is read when the page is laid out anyway (load, resize), never
  // inside a frame, where reading it would force a layout.
  // Whether the reader has scrolled the card: writing its scroll position makes the browser lay
  // the page out there and then, inside the frame, so a new card resets it only when needed.
  var cardBox = null, cardId = null, canvasOffset = null, cardScrolled = false;
  function measureCanvasOffset() { if (canvas) canvasOffset = { x: canvas.offsetLeft, y: canvas.offsetTop }; }
  function onCard(id, shown, x, y, w, h, beside) {
    // Beside a card column, the story's steps leave out their own copy of the card.
    doc.documentElement.classList.toggle("figure-has-card-column", !!beside);
    cardBox = cardBox || doc.getElementById("event-card");
    if (!cardBox || !canvas) return;
    var focusInside = cardBox.contains(doc.activeElement);
    if (!shown) {
      cardBox.hidden = true;
      cardId = null;
      if (focusInside) canvas.focus({ preventScroll: true });  // focus never falls to <body>
      return;
    }
    if (!canvasOffset) measureCanvasOffset();
    var st = cardBox.style;
    st.left = canvasOffset.x + x + "px";
    st.top = canvasOffset.y + y + "px";
    st.width = w + "px";
    st.height = h + "px";
    cardBox.hidden = false;
    if (id === cardId) return;
    cardId = id;
    var shownCard = null;
    cardBox.querySelectorAll("[data-event]").forEach(function (el) {
      el.hidden = el.getAttribute("data-event") !== id;
      if (!el.hidden) shownCard = el;
    });
    var close = cardBox.querySelector("[data-action=close-card]");
    if (close) close.hidden = !id;
    if (cardScrolled) {
      cardBox.scrollTop = 0;
      cardScrolled = false;
    }
    // Moved on from inside the card (a related event): the reader lands on the new card's title.
    if (focusInside && shownCard) {
      var title = shownCard.querySelector("h3") || shownCard;
      title.setAttribute("tabindex", "-1");
      title.focus({ preventScroll: true });
    }
  }
  function closeCard() { call("article_close_card", null); }
  function wireCard() {
    var box = doc.getElementById("event-card");
    if (!box) return;
    box.addEventListener("scroll", function () { cardScrolled = box.scrollTop > 0; }, { passive: true });
    box.addEventListener("click", function (e) {
      var t = e.target.closest ? e.target.closest("[data-select], [data-action=close-card]") : null;
      if (!t) return;
      if (t.hasAttribute("data-select")) api.select(t.getAttribute("data-select"));
      else closeCard();
    });
    box.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || !cardId) return;
      e.preventDefault();
      closeCard();
      canvas.focus({ preventScroll: true });
    });
  }

  // ------------------------------------------------------------------ focus stays in view
  // On phones the chart sticks at the top of the screen (WCAG 2.2, 2.4.11): the page gives the
  // browser the stuck height as scroll padding, and brings any element the keyboard focuses under
  // it, or off screen (a toolbar that scrolls sideways), into the part of the screen left free.
  function stuckBottom() {
    if (!canvasBox || getComputedStyle(canvasBox).position !== "sticky") return 0;
    var r = canvasBox.getBoundingClientRect();
    return Math.abs(r.top) < 1 ? r.bottom : 0;
  }
  function keepInView(el) {
    if (!el || !el.getBoundingClientRect || el === doc.body || (canvasBox && canvasBox.contains(el))) return;
    var top = stuckBottom(), r = el.getBoundingClientRect(), room = window.innerHeight - top;
    doc.documentElement.style.scrollPaddingTop = top + "px";
    var tall = r.height > room;
    var shown = r.top >= top - 1 && (tall ? r.top < window.innerHeight - 40 : r.bottom <= window.innerHeight + 1) &&
      r.left >= -1 && r.right <= window.innerWidth + 1;
    if (!shown) el.scrollIntoView({ block: tall ? "start" : "nearest", inline: "nearest" });
  }
  doc.addEventListener("focusin", function (e) {
    var el = e.target;
    if (el.matches && !el.matches(":focus-visible")) return;  // a click: the reader is looking at it
    keepInView(el);
    // The browser's own scroll into view may come after this event; check again once it has.
    requestAnimationFrame(function () { if (doc.activeElement === el) keepInView(el); });
  });

  // ------------------------------------------------------------------ controls
  function setChart(c) {
    call("article_set_chart", null, ["string"], [c]);
    syncControls();
  }
  function setSeries(id) {
    var ok = call("article_set_series", "number", ["string"], [id]) === 1;
    syncControls();
    return ok;
  }
  function syncControls() {
    var s = api.state();
    if (!s || s.error) return;
    doc.querySelectorAll("[data-chart]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-chart") === s.chart));
    });
    var sel = doc.getElementById("series-select");
    if (sel && sel.value !== s.series) sel.value = s.series;
    var note = doc.getElementById("series-note");
    var option = sel && sel.selectedOptions[0];
    // The one-period chart is "One year" on a series of whole years.
    doc.querySelectorAll("[data-chart=snapshot]").forEach(function (b) {
      b.textContent = t(option && option.hasAttribute("data-yearly") ? "chart_snapshot_year" : "chart_snapshot");
    });
    if (note && option) {
      note.textContent = ["data-source", "data-basis", "data-key-" + s.chart]
        .map(function (a) { return option.getAttribute(a) || ""; }).filter(Boolean).join(" ");
    }
    doc.querySelectorAll("[data-filter=decisions]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(!!s.decisions_only));
    });
    doc.querySelectorAll("[data-actor]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(s.hidden_actors.indexOf(b.getAttribute("data-actor")) < 0));
    });
    fillTable(s.series);
    var n = api.stepCount();
    var count = doc.getElementById("step-count");
    if (count) count.textContent = s.step >= 0 ? t("step_of", s.step + 1, n) : t("steps_total", n);
    doc.querySelectorAll("[data-action=prev-step]").forEach(function (b) { b.disabled = s.step <= 0; });
    doc.querySelectorAll("[data-action=next-step]").forEach(function (b) { b.disabled = s.step >= n - 1; });
  }

  // "Show as table": the chart's numbers, with their sources, as a plain HTML table
  // (a copy of the series' table from the text version).
  function fillTable(series) {
    var box = doc.getElementById("figure-table");
    var source = doc.getElementById("table-" + series);
    if (!box || !source || box.getAttribute("data-series") === series) return;
    var copy = source.cloneNode(true);
    copy.removeAttribute("id");
    box.textContent = "";
    box.appendChild(copy);
    box.setAttribute("data-series", series);
  }

  // "Download image": the figure as the reader sees it (chart, selection, zoom) at twice its CSS
  // size, with the figure's title above and its source line and credit below, as a PNG.
  function downloadImage() {
    if (!canvas || !mod) return;
    call("article_render_at", null, ["number"], [2]);
    var scale = 2, pad = 16 * scale, width = canvas.width + 2 * pad;
    var style = getComputedStyle(doc.documentElement);
    var colour = function (name, fallback) { return style.getPropertyValue(name).trim() || fallback; };
    var family = getComputedStyle(doc.body).fontFamily;
    var out = doc.createElement("canvas"), g = out.getContext("2d");
    var title = (doc.getElementById("figure-title") || {}).textContent || doc.title;
    var note = (doc.getElementById("series-note") || {}).textContent || "";
    var link = doc.querySelector('link[rel="canonical"]');
    var credit = doc.title + (link ? " \u00b7 " + link.href : "");
    function lines(text, font, max) {
      g.font = font;
      var words = text.split(/\s+/), out = [], line = "";
      words.forEach(function (w) {
        var next = line ? line + " " + w : w;
        if (line && g.measureText(next).width > max) { out.push(line); line = w; } else line = next;
      });
      if (line) out.push(line);
      return out;
    }
    var titleFont = "600 " + 20 * scale + "px " + family, smallFont = 13 * scale + "px " + family;
    var titleLines = lines(title, titleFont, width - 2 * pad), noteLines = lines(note, smallFont, width - 2 * pad);
    var creditLines = lines(credit, smallFont, width - 2 * pad);
    var titleH = titleLines.length * 26 * scale, footH = (noteLines.length + creditLines.length) * 18 * scale;
    out.width = width;
    out.height = pad + titleH + 8 * scale + canvas.height + 8 * scale + footH + pad;
    g.fillStyle = colour("--paper", "#fff");
    g.fillRect(0, 0, out.width, out.height);
    g.textBaseline = "top";
    var y = pad;
    g.fillStyle = colour("--ink", "#121212");
    g.font = titleFont;
    titleLines.forEach(function (l) { g.fillText(l, pad, y); y += 26 * scale; });
    y += 8 * scale;
    g.drawImage(canvas, pad, y);
    y += canvas.height + 8 * scale;
    g.fillStyle = colour("--muted", "#5c5c5c");
    g.font = smallFont;
    noteLines.concat(creditLines).forEach(function (l) { g.fillText(l, pad, y); y += 18 * scale; });
    call("article_render_at", null, ["number"], [0]);
    out.toBlob(function (blob) {
      if (!blob) return;
      var a = doc.createElement("a");
      var slug = (link ? link.href : location.pathname).replace(/\/+$/, "").split("/").pop() || "figure";
      a.href = URL.createObjectURL(blob);
      a.download = slug.replace(/[^\w.-]+/g, "-") + ".png";
      doc.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
    }, "image/png");
  }

  // The source menu comes out of its template only now (see article_html.cpp), in place of the
  // box that held its place.
  function placeSeriesSelect() {
    var template = doc.getElementById("series-select-template"), slot = doc.querySelector(".series-select-slot");
    if (!template || !slot) return;
    slot.replaceWith(template.content);
    template.remove();
  }

  function wireControls() {
    placeSeriesSelect();
    var imageButton = doc.getElementById("download-image");
    if (imageButton) imageButton.addEventListener("click", downloadImage);
    var tableButton = doc.getElementById("show-table");
    if (tableButton) tableButton.addEventListener("click", function () {
      var box = doc.getElementById("figure-table");
      var open = tableButton.getAttribute("aria-expanded") !== "true";
      box.hidden = !open;
      tableButton.setAttribute("aria-expanded", String(open));
      tableButton.textContent = open ? t("table_hide") : t("table_show");
    });
    doc.querySelectorAll("[data-chart]").forEach(function (b) {
      b.addEventListener("click", function () { setChart(b.getAttribute("data-chart")); });
    });
    var sel = doc.getElementById("series-select");
    if (sel) sel.addEventListener("change", function () { setSeries(sel.value); });
    doc.querySelectorAll("[data-filter=decisions]").forEach(function (b) {
      b.addEventListener("click", function () {
        call("article_set_filter", null, ["number", "string"], [b.getAttribute("aria-pressed") === "true" ? 0 : 1, ""]);
        syncControls();
      });
    });
    doc.querySelectorAll("[data-actor]").forEach(function (b) {
      b.addEventListener("click", function () {
        call("article_set_filter", null, ["number", "string"], [-1, b.getAttribute("data-actor")]);
        syncControls();
      });
    });
    doc.querySelectorAll("[data-action=prev-step]").forEach(function (b) {
      b.addEventListener("click", function () { applyStep(Math.max(0, (api.state().step || 0) - 1), true); });
    });
    doc.querySelectorAll("[data-action=next-step]").forEach(function (b) {
      b.addEventListener("click", function () { applyStep(Math.min(api.stepCount() - 1, api.state().step + 1), true); });
    });
    doc.querySelectorAll('a[href="#text-version"]').forEach(function (a) {
      a.addEventListener("click", function () {
        var tv = doc.getElementById("text-version");
        if (tv) { tv.classList.add("is-open"); setTimeout(function () { tv.focus(); }, 0); }
      });
    });
    // Anything the reader does in the figure keeps the toolbar honest.
    if (canvas) ["pointerup", "keyup", "touchend"].forEach(function (t) {
      canvas.addEventListener(t, function () { setTimeout(syncControls, 0); });
    });
    if (reducedMotion && reducedMotion.addEventListener) reducedMotion.addEventListener("change", function () {
      call("article_set_reduced_motion", null, ["number"], [reducedMotion.matches ? 1 : 0]);
    });
  }

  // ------------------------------------------------------------------ story steps
  // ?step=ID opens the figure at that story step (an id from the dataset; others are ignored).
  function openAtFlaggedStep() {
    var want = flags.get("step"), nav = doc.querySelector("[data-step-ids]");
    if (!want || !nav) return;
    var i = nav.getAttribute("data-step-ids").split(" ").indexOf(want);
    if (i >= 0) applyStep(i, false);
  }
  function applyStep(i, fromNavigator) {
    if (i < 0 || i >= api.stepCount()) return;
    currentStep = i;
    call("article_apply_step", null, ["number"], [i]);
    emit("step", { index: i, id: steps[i] ? steps[i].id.replace(/^step-/, "") : "" });
    steps.forEach(function (el, k) { el.classList.toggle("is-active", k === i); });
    syncControls();
    if (fromNavigator && steps[i] && steps[i].scrollIntoView && !doc.body.classList.contains("page-embed")) {
      stepsPaused = true;  // don't let the scroll we cause re-apply older steps on its way
      var behavior = reducedMotion && reducedMotion.matches ? "auto" : "smooth";
      var top = storyTop();
      // Mid-screen beside a wide figure; under a stuck figure, at the top of what it leaves.
      if (top > 0) window.scrollTo({ top: steps[i].getBoundingClientRect().top + window.scrollY - top - 8, behavior: behavior });
      else steps[i].scrollIntoView({ block: "center", behavior: behavior });
      clearTimeout(pauseTimer);
      pauseTimer = setTimeout(function () { stepsPaused = false; }, 900);
    }
  }
  var stepsPaused = false, pauseTimer = 0, ratioQuery = null, lastEmbedHeight = 0;

  // Where a step "arrives", in px from the top of the viewport: mid-screen beside a wide
  // figure, low on the screen under a sticky figure on phones (the figure covers the top there).
  var wideQuery = null;
  function isWide() {
    if (!wideQuery && window.matchMedia) wideQuery = window.matchMedia("(min-width: 960px)");
    return !!(wideQuery && wideQuery.matches);
  }
  // Where the story's own part of the screen begins: below the chart stuck at the top on phones
  // and tablets (article.css), else the top.
  function storyTop() {
    if (isWide() || !canvasBox) return 0;
    var style = getComputedStyle(canvasBox);
    if (style.position !== "sticky") return 0;
    var stuckBottom = canvasBox.offsetHeight + (parseFloat(style.top) || 0);
    return Math.min(0.85 * window.innerHeight, Math.max(0, stuckBottom));
  }
  function triggerY() {
    var top = storyTop();
    return top + (window.innerHeight - top) * 0.5;
  }

  // The step in charge is the last one whose top has passed the trigger line. It is worked out
  // from positions, once per animation frame while the page scrolls, so a jump that carries
  // several steps past the line at once (Page Down, Space, a flick, the scrollbar) lands on the
  // step the reader sees, not on whichever step the line last happened to touch.
  function stepAtLine() {
    var y = triggerY(), found = -1;
    for (var k = 0; k < steps.length && steps[k].getBoundingClientRect().top <= y; k++) found = k;
    return found;
  }

  function watchSteps(keepSelection) {
    if (!steps.length) return;
    var queued = false;
    // In a window too short for a stuck figure (a phone held sideways, the page zoomed to 200% or
    // 400%) the figure scrolls away above the steps: a figure out of sight is not changed behind
    // the reader's back, so there the steps drive it only while some of it is on screen. A stuck
    // figure is in view whenever a step is (past the story, it shows the last step's state).
    function figureInView() {
      if (isWide() || (canvasBox && getComputedStyle(canvasBox).position === "sticky")) return true;
      var r = canvas.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    }
    function update() {
      queued = false;
      if (stepsPaused) return;
      var i = stepAtLine();
      if (i >= 0 && i !== currentStep && figureInView()) applyStep(i, false);
    }
    window.addEventListener("scroll", function () {
      if (!queued) { queued = true; requestAnimationFrame(update); }
    }, { passive: true });
    // A deep link wins over whatever step happens to be on screen at load.
    if (!keepSelection) update();
  }

  // ------------------------------------------------------------------ size and pixel ratio
  function watchSize() {
    if (window.ResizeObserver) {
      new ResizeObserver(redraw).observe(canvas);
    }
    window.addEventListener("resize", redraw);
    // A devicePixelRatio change (browser zoom, another screen) redraws at the new density.
    // The query is kept in a variable that outlives this function: an unreferenced
    // MediaQueryList can be garbage-collected, and its listener with it.
    (function watchRatio() {
      if (!window.matchMedia) return;
      ratioQuery = window.matchMedia("(resolution: " + window.devicePixelRatio + "dppx)");
      var mq = ratioQuery;
      var onChange = function () { redraw(); mq.removeEventListener("change", onChange); watchRatio(); };
      if (mq.addEventListener) mq.addEventListener("change", onChange);
    })();
    doc.addEventListener("visibilitychange", function () { if (!doc.hidden) redraw(); });
  }

  // ------------------------------------------------------------------ embed auto-height
  // Inside an iframe, tell the host page our height, in every format newsroom pages already
  // listen for: pym.js, Datawrapper's, AMP's, and our own embed.js. The first message waits for
  // the figure's first frame and fonts (or its failure), so the host sets the height once; after
  // that only a real change is sent. A pym parent's width message gets the height back.
  var startEmbedHeight = function () {};
  function watchEmbedHeight() {
    if (window.parent === window) return;
    var started = false;
    function send(force) {
      if (!started) return;
      var h = Math.ceil(doc.documentElement.getBoundingClientRect().height);
      if (!force && h === lastEmbedHeight) return;
      lastEmbedHeight = h;
      var p = window.parent;
      p.postMessage("pymxPYMx" + embedId + "xPYMxheightxPYMx" + h, "*");
      var dw = {}; dw[embedId] = h;
      p.postMessage({ "datawrapper-height": dw }, "*");
      p.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
      p.postMessage({ type: "article-embed-height", id: embedId, height: h }, "*");
    }
    if (window.ResizeObserver) new ResizeObserver(function () { send(false); }).observe(doc.documentElement);
    window.addEventListener("resize", function () { send(false); });
    // pym.js parents announce their width and expect a height back: only the embedding page's.
    window.addEventListener("message", function (e) {
      if (e.source !== window.parent) return;
      if (typeof e.data === "string" && e.data.indexOf("pymxPYMx" + embedId + "xPYMxwidth") === 0) send(true);
    });
    startEmbedHeight = function () {
      if (started) return;
      started = true;
      send(true);
    };
    // If the figure neither starts nor fails (a stalled download), the host still gets a height.
    window.addEventListener("load", function () { setTimeout(startEmbedHeight, 5000); });
  }

  // start() needs the parsed page. This async script may run while the page is still being
  // parsed, or after DOMContentLoaded has passed.
  function whenPageReady(callback) {
    if (doc.readyState !== "loading") callback();
    else doc.addEventListener("DOMContentLoaded", callback);
  }

  mark("article:script-start");
  if (window.WebAssembly && window.WebGL2RenderingContext && !flagOn("static")) startCompile();
  whenPageReady(start);
})();
