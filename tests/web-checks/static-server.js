// Serves a built site on loopback the way its host does: gzip when the browser asks for it (Netlify compresses
// HTML, CSS, JS and SVG), folders as their index.html, and the site's 404.html for anything missing.
// Lighthouse simulates a slow phone network from the bytes sent, so serving uncompressed would measure a site
// no reader gets.   node static-server.js <folder> <port>
const http = require("http");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const [root, port] = [path.resolve(process.argv[2]), Number(process.argv[3])];
const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml", ".json": "application/json", ".png": "image/png", ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8", ".ttf": "font/ttf", ".webmanifest": "application/manifest+json",
};
const compressible = new Set([".html", ".css", ".js", ".svg", ".json", ".xml", ".txt", ".webmanifest"]);

function resolve(urlPath) {
  const file = path.join(root, decodeURIComponent(urlPath.split("?")[0]));
  if (!file.startsWith(root)) return null;
  const candidate = urlPath.endsWith("/") ? path.join(file, "index.html") : file;
  return fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : null;
}

http.createServer((request, response) => {
  const found = resolve(request.url);
  const file = found ?? path.join(root, "404.html");
  const extension = path.extname(file);
  let body = fs.readFileSync(file);
  const headers = { "content-type": types[extension] ?? "application/octet-stream" };
  if (compressible.has(extension) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
    body = zlib.gzipSync(body);
    headers["content-encoding"] = "gzip";
    headers["vary"] = "Accept-Encoding";
  }
  response.writeHead(found ? 200 : 404, headers);
  response.end(body);
}).listen(port, "127.0.0.1");
