// Scores extractor outputs with trafilatura's own evaluation metric and prints a table.
//
// For each page, every 'with' snippet found in the output (after collapsing runs of
// whitespace to one space, as trafilatura's evaluate.py does) is a true positive, else a
// false negative; every 'without' snippet found is a false positive, else a true negative.
// An empty output counts every 'with' as a false negative and every 'without' as a true
// negative. Counts are summed over pages (micro average), as in trafilatura's tables.
//
// Usage: node compare.js DATA_DIR NAME=OUTPUT.json [NAME=OUTPUT.json ...]
'use strict';
const fs = require('fs');
const path = require('path');

const [dataDir, ...specs] = process.argv.slice(2);
if (!dataDir || specs.length === 0 || specs.some((s) => !s.includes('='))) {
  console.error('usage: node compare.js DATA_DIR NAME=OUTPUT.json [NAME=OUTPUT.json ...]');
  process.exit(2);
}
const evaldata = JSON.parse(fs.readFileSync(path.join(dataDir, 'evaldata.json'), 'utf8'));
const extractors = specs.map((s) => {
  const [name, file] = [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)];
  return { name, outputs: JSON.parse(fs.readFileSync(file, 'utf8')) };
});

const normalise = (text) => text.replace(/\s+/gu, ' ');

function scorePage(text, entry) {
  const s = { tp: 0, fn: 0, fp: 0, tn: 0, missed: [], leaked: [] };
  if (text === null || text === undefined || text.trim() === '') {
    s.fn = entry.with.length;
    s.tn = entry.without.length;
    s.missed = [...entry.with];
    return s;
  }
  const t = normalise(text);
  for (const snippet of entry.with) {
    if (t.includes(snippet)) s.tp++;
    else {
      s.fn++;
      s.missed.push(snippet);
    }
  }
  for (const snippet of entry.without) {
    if (t.includes(snippet)) {
      s.fp++;
      s.leaked.push(snippet);
    } else s.tn++;
  }
  return s;
}

// Word tokens: runs of letters, marks and digits, lower-cased (any script).
const tokens = (text) => (text ? text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) || [] : []);

function tokenF1(candidate, reference) {
  const c = tokens(candidate);
  const r = tokens(reference);
  if (c.length === 0 && r.length === 0) return 1;
  if (c.length === 0 || r.length === 0) return 0;
  const counts = new Map();
  for (const w of r) counts.set(w, (counts.get(w) || 0) + 1);
  let common = 0;
  for (const w of c) {
    const n = counts.get(w) || 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / c.length;
  const rec = common / r.length;
  return (2 * p * rec) / (p + rec);
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a ');
const pages = Object.entries(evaldata);
const totals = extractors.map(() => ({ tp: 0, fn: 0, fp: 0, tn: 0, empty: 0 }));
const perPage = [];
for (const [url, entry] of pages) {
  const row = { file: entry.file, url, scores: [] };
  extractors.forEach((ex, i) => {
    const text = ex.outputs[entry.file];
    const s = scorePage(text, entry);
    if (text === null || text === undefined || text.trim() === '') totals[i].empty++;
    for (const k of ['tp', 'fn', 'fp', 'tn']) totals[i][k] += s[k];
    row.scores.push(s);
  });
  perPage.push(row);
}

console.log(`Pages: ${pages.length} (trafilatura tests/evaldata.py + tests/cache)`);
console.log('');
console.log('| extractor | precision | recall | F1 | accuracy | TP | FN | FP | TN | empty pages |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
extractors.forEach((ex, i) => {
  const t = totals[i];
  const p = t.tp / (t.tp + t.fp);
  const r = t.tp / (t.tp + t.fn);
  const f = (2 * p * r) / (p + r);
  const a = (t.tp + t.tn) / (t.tp + t.tn + t.fp + t.fn);
  console.log(
    `| ${ex.name} | ${fmt(p)} | ${fmt(r)} | ${fmt(f)} | ${fmt(a)} | ${t.tp} | ${t.fn} | ${t.fp} | ${t.tn} | ${t.empty} |`,
  );
});

if (extractors.length >= 2) {
  const [a, b] = extractors;
  let sum = 0;
  const lines = [];
  for (const [, entry] of pages) {
    const f = tokenF1(a.outputs[entry.file], b.outputs[entry.file]);
    sum += f;
    const ta = tokens(a.outputs[entry.file]).length;
    const tb = tokens(b.outputs[entry.file]).length;
    lines.push(`  ${entry.file}: ${fmt(f)} (${a.name} ${ta} tokens, ${b.name} ${tb} tokens)`);
  }
  console.log('');
  console.log(
    `Token F1 of ${a.name} against ${b.name} (bag of words; for information, not a gold measure): ` +
      `mean ${fmt(sum / pages.length)} over ${pages.length} pages`,
  );
  for (const l of lines) console.log(l);
}

console.log('');
console.log('Per page: snippets missed (should be in the body) and leaked (should not be)');
for (const row of perPage) {
  const bad = row.scores.some((s) => s.missed.length || s.leaked.length);
  if (!bad) continue;
  console.log(`- ${row.file}`);
  extractors.forEach((ex, i) => {
    const s = row.scores[i];
    if (s.missed.length) console.log(`    ${ex.name} missed: ${s.missed.map((x) => JSON.stringify(x)).join(', ')}`);
    if (s.leaked.length) console.log(`    ${ex.name} leaked: ${s.leaked.map((x) => JSON.stringify(x)).join(', ')}`);
  });
}
