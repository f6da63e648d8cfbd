// Runs `vnarchive extract --url URL PAGE` on every page listed in the evaluation data and
// prints {file: body paragraphs joined by "\n\n", or null} as JSON.
// Usage: node vnarchive.js DATA_DIR VNARCHIVE_BINARY
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [dataDir, binary] = process.argv.slice(2);
if (!dataDir || !binary) {
  console.error('usage: node vnarchive.js DATA_DIR VNARCHIVE_BINARY');
  process.exit(2);
}
const evaldata = JSON.parse(fs.readFileSync(path.join(dataDir, 'evaldata.json'), 'utf8'));
const out = {};
for (const [url, entry] of Object.entries(evaldata)) {
  const page = path.join(dataDir, 'pages', entry.file);
  let text = null;
  try {
    const json = execFileSync(binary, ['extract', '--html', '--url', url, page], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const article = JSON.parse(json);
    if (Array.isArray(article.body) && article.body.length > 0) text = article.body.join('\n\n');
  } catch (e) {
    console.error(`${entry.file}: vnarchive extract failed: ${String(e.stderr || e.message).trim()}`);
  }
  out[entry.file] = text;
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
