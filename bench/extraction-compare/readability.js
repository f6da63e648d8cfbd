// Runs Mozilla Readability (in jsdom) on every page listed in the evaluation data and
// prints {file: extracted text or null} as JSON. Usage: node readability.js DATA_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: node readability.js DATA_DIR (holding evaldata.json and pages/)');
  process.exit(2);
}
const evaldata = JSON.parse(fs.readFileSync(path.join(dataDir, 'evaldata.json'), 'utf8'));
// Page CSS and broken markup make jsdom chatty; its messages are not results.
const quiet = new VirtualConsole();
const out = {};
for (const [url, entry] of Object.entries(evaldata)) {
  const html = fs.readFileSync(path.join(dataDir, 'pages', entry.file), 'utf8');
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  let article = null;
  try {
    article = new Readability(dom.window.document).parse();
  } catch (e) {
    console.error(`${entry.file}: Readability threw: ${e.message}`);
  }
  out[entry.file] = article && article.textContent ? article.textContent : null;
  dom.window.close();
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
