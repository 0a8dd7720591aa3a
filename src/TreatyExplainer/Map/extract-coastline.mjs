// Regenerates src/TreatyExplainer/Map/coastline.json from Natural Earth 1:10m
// (npm package `world-atlas`, file countries-10m.json).
//
// Usage (from the repository root; the npm packages live OUTSIDE the repo):
//   mkdir -p /tmp/atlas && (cd /tmp/atlas && npm init -y && npm install world-atlas@2.0.2 topojson-client@3.1.0)
//   ATLAS_DIR=/tmp/atlas node src/TreatyExplainer/Map/extract-coastline.mjs
//
// ATLAS_DIR defaults to /tmp/atlas. The output is deterministic for a given
// world-atlas version. No country attribution is kept per ring: the map must
// not colour land by claimant.

import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const atlasDir = path.resolve(process.env.ATLAS_DIR ?? "/tmp/atlas");
const require = createRequire(path.join(atlasDir, "package.json"));
const topojson = require("topojson-client");
const topology = require("world-atlas/countries-10m.json");
const atlasVersion = require("world-atlas/package.json").version;

const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = path.resolve(here, "coastline.json");

// Crop box: lon 139.5–157.5 E, lat 41.0–51.5 N.
const BBOX = [139.5, 41.0, 157.5, 51.5];
// Douglas–Peucker tolerance in degrees.
const TOLERANCE = 0.01;
// Inside DETAIL_BOX (the four disputed islands, Urup and the Nemuro and Shiretoko peninsulas) points are kept
// to a finer tolerance, so a map zoomed to one island still shows its shape.
const DETAIL_BOX = [145.0, 43.1, 150.8, 46.3];
const DETAIL_TOLERANCE = 0.002;
// Rings with a smaller planar area (deg²) are dropped, except inside KEEP_BOX.
const MIN_AREA = 0.0004;
// Habomai islets (Suisho/Tanfilyev … Taraku/Polonsky): always kept.
const KEEP_BOX = [145.4, 43.2, 146.4, 43.75];

const inBox = (p, [minX, minY, maxX, maxY]) => p[0] >= minX && p[0] <= maxX && p[1] >= minY && p[1] <= maxY;
const toleranceAt = (p) => (inBox(p, DETAIL_BOX) ? DETAIL_TOLERANCE : TOLERANCE);
// Natural Earth 10m countries: 392 = Japan, 643 = Russia.
const COUNTRY_IDS = new Set(["392", "643"]);

const round3 = (v) => Math.round(v * 1000) / 1000;

function outerRings(geometry) {
  if (geometry.type === "Polygon") return [geometry.coordinates[0]];
  if (geometry.type === "MultiPolygon") return geometry.coordinates.map((p) => p[0]);
  return [];
}

// Sutherland–Hodgman clip of one ring against an axis-aligned box.
function clipRing(ring, [minX, minY, maxX, maxY]) {
  const edges = [
    { inside: (p) => p[0] >= minX, cut: (a, b) => atX(a, b, minX) },
    { inside: (p) => p[0] <= maxX, cut: (a, b) => atX(a, b, maxX) },
    { inside: (p) => p[1] >= minY, cut: (a, b) => atY(a, b, minY) },
    { inside: (p) => p[1] <= maxY, cut: (a, b) => atY(a, b, maxY) },
  ];
  let output = openRing(ring);
  for (const edge of edges) {
    if (output.length === 0) break;
    const input = output;
    output = [];
    let prev = input[input.length - 1];
    for (const cur of input) {
      const curIn = edge.inside(cur);
      const prevIn = edge.inside(prev);
      if (curIn) {
        if (!prevIn) output.push(edge.cut(prev, cur));
        output.push(cur);
      } else if (prevIn) {
        output.push(edge.cut(prev, cur));
      }
      prev = cur;
    }
  }
  return output;
}

function atX(a, b, x) {
  const t = (x - a[0]) / (b[0] - a[0]);
  return [x, a[1] + t * (b[1] - a[1])];
}

function atY(a, b, y) {
  const t = (y - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), y];
}

function openRing(ring) {
  const pts = ring.slice();
  if (pts.length > 1) {
    const f = pts[0];
    const l = pts[pts.length - 1];
    if (f[0] === l[0] && f[1] === l[1]) pts.pop();
  }
  return pts;
}

function perpDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

// Iterative Douglas–Peucker on an open polyline (endpoints kept); the tolerance is the one at the farthest point.
function douglasPeucker(pts) {
  if (pts.length <= 2) return pts.slice();
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let maxD = 0;
    let idx = -1;
    for (let i = s + 1; i < e; i++) {
      const d = perpDistance(pts[i], pts[s], pts[e]);
      if (d > maxD) { maxD = d; idx = i; }
    }
    if (idx !== -1 && maxD > toleranceAt(pts[idx])) {
      keep[idx] = 1;
      stack.push([s, idx], [idx, e]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

// Closed ring: split at the first point and the point farthest from it.
function simplifyRing(ring) {
  if (ring.length < 4) return ring.slice();
  let far = 0;
  let farD = -1;
  for (let i = 1; i < ring.length; i++) {
    const d = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
    if (d > farD) { farD = d; far = i; }
  }
  const a = douglasPeucker(ring.slice(0, far + 1));
  const b = douglasPeucker([...ring.slice(far), ring[0]]);
  return [...a, ...b.slice(1, -1)];
}

function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

function centroidInBox(ring, [minX, minY, maxX, maxY]) {
  const cx = ring.reduce((acc, p) => acc + p[0], 0) / ring.length;
  const cy = ring.reduce((acc, p) => acc + p[1], 0) / ring.length;
  return cx >= minX && cx <= maxX && cy >= minY && cy <= maxY;
}

function roundAndDedupe(ring) {
  const out = [];
  for (const p of ring) {
    const q = [round3(p[0]), round3(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) {
    out.pop();
  }
  return out;
}

const geometries = topology.objects.countries.geometries.filter((g) => COUNTRY_IDS.has(String(g.id)));
if (geometries.length !== COUNTRY_IDS.size) {
  throw new Error(`expected ${COUNTRY_IDS.size} countries, found ${geometries.length}`);
}

const rings = [];
for (const g of geometries) {
  const feature = topojson.feature(topology, g);
  for (const ring of outerRings(feature.geometry)) {
    const clipped = clipRing(ring, BBOX);
    if (clipped.length < 3) continue;
    const keepTiny = centroidInBox(clipped, KEEP_BOX);
    const simplified = keepTiny ? clipped : simplifyRing(clipped);
    const rounded = roundAndDedupe(simplified);
    if (rounded.length < 3) continue;
    if (!keepTiny && area(rounded) < MIN_AREA) continue;
    rings.push(rounded);
  }
}

// Deterministic order independent of country order: west-to-east by first vertex.
rings.sort((a, b) => a[0][0] - b[0][0] || a[0][1] - b[0][1] || a.length - b.length);

const doc = {
  source: `Natural Earth 1:10m Admin 0 countries via npm world-atlas@${atlasVersion} (countries-10m.json)`,
  license: "public domain (Natural Earth)",
  bbox: BBOX,
  rings,
};

// Compact output: one ring per line.
const lines = [
  "{",
  `  "source": ${JSON.stringify(doc.source)},`,
  `  "license": ${JSON.stringify(doc.license)},`,
  `  "bbox": ${JSON.stringify(doc.bbox)},`,
  '  "rings": [',
  rings.map((r) => "    " + JSON.stringify(r)).join(",\n"),
  "  ]",
  "}",
  "",
];
writeFileSync(outFile, lines.join("\n"));

const points = rings.reduce((acc, r) => acc + r.length, 0);
console.log(`wrote ${path.relative(process.cwd(), outFile)}: ${rings.length} rings, ${points} points`);
