#!/usr/bin/env node
// Independent cross-check of a WARC file with warcio.js (webrecorder's parser, not ours):
// parses every record and recomputes WARC-Block-Digest and WARC-Payload-Digest (payload =
// HTTP entity body with chunking removed, per WARC 1.1), checks Content-Length, the
// record-id form, that warcinfo comes first, that WARC-Concurrent-To/WARC-Warcinfo-ID
// name records in the file, and (for .gz files) that every record starts a gzip member.
//
// Usage: node tests/warcio/check-warc.mjs FILE...
// Prints one JSON line per file; exits 0 when every check passed, 1 otherwise, 2 on usage.
import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { AsyncIterReader, WARCParser } from "warcio";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function base32(bytes) {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >>> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

// Recomputes `label` ("sha1:BASE32", "sha256:hex", ...) over data; true when equal.
function digestMatches(label, data) {
  const colon = label.indexOf(":");
  const algo = label.slice(0, colon).toLowerCase().replace("-", "");
  const value = label.slice(colon + 1).replace(/=+$/, "");
  const raw = createHash(algo).update(data).digest();
  return value === base32(raw) || value.toLowerCase() === raw.toString("hex");
}

function concat(chunks) {
  return Buffer.concat(chunks.map((c) => Buffer.from(c)));
}

async function readAll(path, parseHttp) {
  const parser = new WARCParser(createReadStream(path), { parseHttp });
  const out = [];
  for await (const record of parser) {
    const offset = parser.offset;
    const content = await record.readFully(false);
    out.push({ record, offset, content: Buffer.from(content) });
  }
  return out;
}

async function check(path) {
  const errors = [];
  const raw = readFileSync(path);
  const blocks = await readAll(path, false);
  const http = await readAll(path, true);
  if (blocks.length !== http.length) errors.push("record counts differ between passes");
  const ids = new Set(blocks.map((b) => b.record.warcHeader("WARC-Record-ID")));
  const types = {};
  let payloadDigests = 0;

  blocks.forEach(({ record, offset, content }, i) => {
    const h = (name) => record.warcHeader(name);
    const where = `record ${i} (${h("WARC-Type")} at ${offset})`;
    types[h("WARC-Type")] = (types[h("WARC-Type")] || 0) + 1;
    if (i === 0 && h("WARC-Type") !== "warcinfo") errors.push(`${where}: first record is not warcinfo`);
    if (!/^<urn:uuid:[0-9a-f-]{36}>$/.test(h("WARC-Record-ID") || "")) errors.push(`${where}: bad WARC-Record-ID`);
    if (!h("WARC-Date")) errors.push(`${where}: no WARC-Date`);
    if (Number(h("Content-Length")) !== content.length) errors.push(`${where}: Content-Length ${h("Content-Length")} but block has ${content.length} bytes`);
    const bd = h("WARC-Block-Digest");
    if (!bd) errors.push(`${where}: no WARC-Block-Digest`);
    else if (!digestMatches(bd, content)) errors.push(`${where}: block digest mismatch`);
    for (const link of ["WARC-Concurrent-To", "WARC-Warcinfo-ID"]) {
      if (h(link) && !ids.has(h(link))) errors.push(`${where}: ${link} names no record in the file`);
    }
    if (path.endsWith(".gz") && !(raw[offset] === 0x1f && raw[offset + 1] === 0x8b)) {
      errors.push(`${where}: does not start a gzip member`);
    }
  });

  for (let i = 0; i < http.length; ++i) {
    const { record, content } = http[i];
    const type = record.warcType;
    const pd = record.warcPayloadDigest;
    if (!record.httpHeaders || type === "revisit") continue;
    if (type === "response" || type === "request") {
      if (!pd) {
        errors.push(`record ${i} (${type}): no WARC-Payload-Digest`);
        continue;
      }
      let payload = content;
      const te = record.httpHeaders.headers.get("transfer-encoding") || "";
      if (te.toLowerCase().includes("chunked")) {
        payload = Buffer.from(await new AsyncIterReader([content], null, true).readFully());
      }
      if (!digestMatches(pd, payload)) errors.push(`record ${i} (${type}): payload digest mismatch`);
      else payloadDigests += 1;
    }
  }
  return { file: path, records: blocks.length, types, payloadDigests, ok: errors.length === 0, errors };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check-warc.mjs FILE...");
  process.exit(2);
}
let ok = true;
for (const file of files) {
  try {
    const result = await check(file);
    ok &&= result.ok;
    console.log(JSON.stringify(result));
  } catch (e) {
    ok = false;
    console.log(JSON.stringify({ file, ok: false, errors: [String(e && e.message ? e.message : e)] }));
  }
}
process.exit(ok ? 0 : 1);
