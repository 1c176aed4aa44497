// A small static file server for dist/, serving it as a CDN would: the headers of the folder's
// _headers file (Netlify / Cloudflare Pages form, written by finish_dist.mjs), the precompressed
// .br or .gz beside a file when the client accepts it, ETags, and optional extra headers (the
// tests use --header to serve a strict Content-Security-Policy). A folder without _headers gets
// "no-cache" for HTML and five minutes for the rest.
//   node static_server.mjs --root DIR [--port 8080] [--host 127.0.0.1] [--header "Name: value"]...
//                          [--no-compression]
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml", ".otf": "font/otf", ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

// [{test: RegExp, headers: {...}}] from a _headers file: a path at the start of a line, then its
// headers indented under it; `*` matches anything. Every matching rule applies, later ones last.
export function readHeaderRules(root) {
  const file = join(root, "_headers");
  if (!existsSync(file)) return null;
  const rules = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ test: new RegExp(`^${pattern}$`), headers: {} });
    } else if (rules.length) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

export function startServer({ root, port = 8080, host = "127.0.0.1", headers = {}, log = false, compression = true }) {
  const base = resolve(root);
  const rules = readHeaderRules(base);
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
      const head = { "Content-Type": type, "X-Content-Type-Options": "nosniff" };
      head["Cache-Control"] = type.startsWith("text/html") ? "no-cache" : "public, max-age=300";
      for (const rule of rules || []) if (rule.test.test(url.pathname)) Object.assign(head, rule.headers);
      Object.assign(head, headers);
      // The precompressed file the client takes, if there is one.
      const accepts = req.headers["accept-encoding"] || "";
      let encoding = null;
      for (const [name, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
        if (!compression || encoding || !new RegExp(`\\b${name}\\b`).test(accepts)) continue;
        const packed = await stat(path + ext).catch(() => null);
        if (packed) { encoding = name; path += ext; info = packed; }
      }
      if (encoding) head["Content-Encoding"] = encoding;
      if (compression) head["Vary"] = "Accept-Encoding";
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${encoding ? "-" + encoding : ""}"`;
      head["ETag"] = etag;
      head["Last-Modified"] = new Date(info.mtimeMs).toUTCString();
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { "Cache-Control": head["Cache-Control"], ETag: etag });
        res.end();
        if (log) console.log(`304 ${req.url}`);
        return;
      }
      const body = await readFile(path);
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
    else if (k === "--no-compression") { opt.compression = false; i--; }
    else if (k === "--header") {
      const at = v.indexOf(":");
      opt.headers[v.slice(0, at).trim()] = v.slice(at + 1).trim();
    }
  }
  const server = await startServer(opt);
  console.log(`Serving ${resolve(opt.root)} at http://${opt.host}:${server.address().port}/`);
}
