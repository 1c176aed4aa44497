// A small static file server for dist/: correct MIME types (application/wasm),
// gzip when the client accepts it, cache headers, and optional extra headers
// (the tests use --header to serve a strict Content-Security-Policy).
//   node static_server.mjs --root DIR [--port 8080] [--host 127.0.0.1] [--header "Name: value"]...
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml", ".otf": "font/otf", ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

// Compressed bodies, kept per file until it changes: compressing the wasm on every request
// would stall this single-threaded server for tens of milliseconds each time.
const gzipped = new Map();
function gzipOnce(path, info, body) {
  const hit = gzipped.get(path);
  if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.body;
  const entry = { mtimeMs: info.mtimeMs, size: info.size, body: gzipSync(body, { level: 9 }) };
  gzipped.set(path, entry);
  return entry.body;
}

export function startServer({ root, port = 8080, host = "127.0.0.1", headers = {}, log = false }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) throw Object.assign(new Error("outside root"), { code: 403 });
      let info = await stat(path).catch(() => null);
      if (info && info.isDirectory()) {
        path = join(path, "index.html");
        info = await stat(path).catch(() => null);
      }
      if (!info) throw Object.assign(new Error("not found"), { code: 404 });
      const type = TYPES[extname(path)] || "application/octet-stream";
      const head = { "Content-Type": type, "X-Content-Type-Options": "nosniff", ...headers };
      // HTML revalidates every time; the rest is fresh for five minutes (names are stable,
      // content changes per build), then revalidated: an unchanged file costs a 304, no bytes.
      head["Cache-Control"] = type.startsWith("text/html") ? "no-cache" : "public, max-age=300";
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
      head["ETag"] = etag;
      head["Last-Modified"] = new Date(info.mtimeMs).toUTCString();
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { "Cache-Control": head["Cache-Control"], ETag: etag });
        res.end();
        if (log) console.log(`304 ${req.url}`);
        return;
      }
      let body = await readFile(path);
      if (/\bgzip\b/.test(req.headers["accept-encoding"] || "") && /text|javascript|json|wasm|svg|csv|otf/.test(type)) {
        body = gzipOnce(path, info, body);
        head["Content-Encoding"] = "gzip";
        head["Vary"] = "Accept-Encoding";
      }
      head["Content-Length"] = body.length;
      res.writeHead(200, head);
      res.end(req.method === "HEAD" ? undefined : body);
      if (log) console.log(`200 ${req.url}`);
    } catch (err) {
      const code = err.code === 403 ? 403 : 404;
      res.writeHead(code, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(code === 404 ? "Not found\n" : "Forbidden\n");
      if (log) console.log(`${code} ${req.url}`);
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = { root: "dist", port: 8080, host: "127.0.0.1", headers: {}, log: true };
  for (let i = 0; i < args.length; i += 2) {
    const [k, v] = [args[i], args[i + 1]];
    if (k === "--root") opt.root = v;
    else if (k === "--port") opt.port = Number(v);
    else if (k === "--host") opt.host = v;
    else if (k === "--header") {
      const at = v.indexOf(":");
      opt.headers[v.slice(0, at).trim()] = v.slice(at + 1).trim();
    }
  }
  const server = await startServer(opt);
  console.log(`Serving ${resolve(opt.root)} at http://${opt.host}:${server.address().port}/`);
}
