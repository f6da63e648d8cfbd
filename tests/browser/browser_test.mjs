// Drives `vnarchive serve` in headless Chromium (Debian's /usr/bin/chromium, through
// playwright-core): builds a data home by crawling the sample site (plus one hostile page
// and the site's style sheet and logo) with the real binary, serves it on a free port, then
// types a query without diacritics, clicks a facet, opens a record and its capture, picks
// a partner on the meetings page, and checks the phone layout. Screenshots go to OUT_DIR.
//
// Usage: node browser_test.mjs VNARCHIVE VN_SITE_SERVER OUT_DIR
// Exit: 0 pass, 1 fail, 77 skipped (no Chromium or playwright-core not installed).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const [vnarchive, siteServer, outDir] = process.argv.slice(2);
if (!vnarchive || !siteServer || !outDir) {
  console.error('usage: node browser_test.mjs VNARCHIVE VN_SITE_SERVER OUT_DIR');
  process.exit(2);
}
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) {
  console.log(`SKIP: no Chromium at ${chromiumPath}`);
  process.exit(77);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.log('SKIP: playwright-core is not installed (npm ci --prefix tests/browser)');
  process.exit(77);
}

const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

const children = [];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-browser-'));
fs.mkdirSync(outDir, { recursive: true });
function cleanup() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
}
process.on('exit', cleanup);

// Starts a child and resolves with the first stdout line matching `re` (its match).
function startAndWait(cmd, args, re, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start`)), 10000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(re);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.on('exit', (code) => reject(new Error(`${what} exited with ${code}`)));
  });
}

// The sample site with the hostile page added, served on a free loopback port.
const site = path.join(work, 'site');
fs.cpSync(path.join(root, 'data/sample-site'), site, { recursive: true });
fs.copyFileSync(path.join(here, 'fixtures/bai-viet-doc-hai.html'),
                path.join(site, 'tin-tuc/2025/bai-viet-doc-hai.html'));
const [, sitePort] = await startAndWait(siteServer, [site, '--port', '0', '--quiet'],
                                        /listening on http:\/\/127\.0\.0\.1:(\d+)/, 'vn-site-server');
const origin = `http://127.0.0.1:${sitePort}`;
const home = path.join(work, 'home');
const sources = path.join(work, 'sources.toml');
fs.writeFileSync(sources, `[[source]]
name = "sample-songoaivu"
province = "Quảng Trị"
seeds = ["${origin}/", "${origin}/static/css/site.css", "${origin}/static/img/logo.png",
         "${origin}/tin-tuc/2025/bai-viet-doc-hai.html"]
sitemaps = ["${origin}/sitemap.xml"]
scope = ["${origin}/"]
delay_ms = 0
max_depth = 6
max_pages = 500
`);
execFileSync(vnarchive, ['--home', home, 'crawl', '--sources', sources, '--quiet'], { stdio: 'inherit' });
execFileSync(vnarchive, ['--home', home, 'index'], { stdio: 'inherit' });

const [, base] = await startAndWait(vnarchive, ['--home', home, 'serve', '--listen', '127.0.0.1:0'],
                                    /serving on (http:\/\/127\.0\.0\.1:\d+)\//, 'vnarchive serve');
console.log(`serving on ${base}`);

// /api/search is what `search --json` prints.
{
  const api = await (await fetch(`${base}/api/search?q=savannakhet&limit=3&facets=year,place`)).text();
  const cli = execFileSync(vnarchive, ['--home', home, 'search', 'savannakhet', '--limit', '3',
                                       '--facets', 'year,place', '--json']).toString();
  check(api === cli && api.split('\n').length === 5, '/api/search equals `search --json`');
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  const page = await desktop.newPage();
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const shot = (name, p = page, fullPage = true) => p.screenshot({ path: path.join(outDir, name), fullPage });

  // 1. A query typed without diacritics.
  await page.goto(`${base}/`);
  check((await page.title()).includes('Lưu trữ tin đối ngoại'), 'search page has its Vietnamese title');
  await page.fill('#q', 'ky ket thoa thuan');
  await Promise.all([page.waitForURL(/q=ky/), page.press('#q', 'Enter')]);
  const summary = await page.textContent('#summary');
  const total = Number((summary.match(/Khoảng (\d+) kết quả/) || [])[1] || 0);
  check(total > 1, `search without diacritics finds results (${summary.trim()})`);
  const firstTitle = await page.locator('li.hit h2 a').first().textContent();
  check(firstTitle.includes('Thoả thuận chia sẻ thông tin đối ngoại'), `first hit is the agreement with Quảng Bình ("${firstTitle}")`);
  check(await page.locator('p.snippet mark').count() > 0, 'snippets are highlighted');
  check(await page.locator('aside.facets details').count() >= 4, 'facet sidebar shows year, place, org, person, type');
  await shot('01-search-desktop.png');

  // 2. Click a facet: event type "Ký kết" (signing).
  const facetItem = page.locator('details[data-facet="type"] li', { hasText: 'Ký kết' });
  const facet = facetItem.locator('a');
  const facetLabel = (await facet.textContent()).trim();
  const facetCount = Number(await facetItem.locator('.count').textContent());
  await Promise.all([page.waitForURL(/type=signing/), facet.click()]);
  const filtered = await page.textContent('#summary');
  const narrowed = Number((filtered.match(/Khoảng (\d+) kết quả/) || [])[1] || 0);
  check(narrowed === facetCount && narrowed < total,
        `facet "${facetLabel}" filters ${total} → ${narrowed} (sidebar said ${facetCount})`);
  check(await page.locator('.filters .chip').count() === 1, 'the active filter is shown and removable');
  await shot('02-facet-clicked.png');

  // 3. Open a record: the first hit, the agreement between Quảng Trị and Quảng Bình.
  await Promise.all([page.waitForURL(/\/record\//), page.locator('li.hit h2 a').first().click()]);
  check((await page.textContent('#title')).length > 10, 'record page shows the title');
  check(await page.locator('#places').count() === 1 && await page.locator('#people').count() === 1,
        'record page lists people and places');
  check(await page.locator('section.body mark.place').count() > 0, 'mentions are highlighted in the body');
  check((await page.textContent('article.record')).includes('từ 2025 thuộc'), 'places show their 2025 successor');
  await shot('03-record.png');

  // 4. Its capture: replayed from the WARC with its style sheet and logo, in a sandbox.
  const loaded = [];
  page.on('response', (r) => loaded.push([r.url(), r.status(), r.headers()['content-security-policy'] || '']));
  const [captureResponse] = await Promise.all([
    page.waitForResponse((r) => /\/capture\/[0-9a-f]+$/.test(r.url())),
    page.click('#capture-link'),
  ]);
  await page.waitForLoadState('load');
  const csp = captureResponse.headers()['content-security-policy'] || '';
  check(csp.startsWith('sandbox;') && !csp.includes('allow-scripts') && !csp.includes('allow-same-origin'),
        'capture is served with Content-Security-Policy: sandbox');
  const banner = await page.textContent('#vnarchive-banner');
  check(banner.includes('Bản lưu trữ') && banner.includes(origin), `banner gives capture time and URL (${banner.trim().slice(0, 80)}…)`);
  const css = loaded.find(([u]) => u.endsWith('/static/css/site.css'));
  const logo = loaded.find(([u]) => u.endsWith('/static/img/logo.png'));
  check(css && css[1] === 200 && css[0].startsWith(`${base}/capture/web/`), 'captured style sheet replayed from the archive');
  check(logo && logo[1] === 200 && logo[0].startsWith(`${base}/capture/web/`), 'captured logo replayed from the archive');
  check(!loaded.some(([u]) => u.startsWith(origin)), 'nothing loaded from the live site');
  await shot('04-capture.png');

  // 5. The hostile page: its title is text everywhere, its script never runs.
  await page.goto(`${base}/?q=${encodeURIComponent('bài kiểm thử bảo mật')}`);
  const hostile = await page.locator('li.hit h2 a').first().textContent();
  check(hostile.startsWith('<script>alert(1)</script>'), 'a <script> title shows as text in results');
  await Promise.all([page.waitForURL(/\/record\//), page.locator('li.hit h2 a').first().click()]);
  check((await page.textContent('#title')).includes('<img src=x onerror=alert(2)>'), 'and on its record page');
  await shot('05-hostile-record.png');
  await Promise.all([page.waitForURL(/\/capture\//), page.click('#capture-link')]);
  await page.waitForLoadState('load');
  check((await page.title()) !== 'pwned', "the capture's own script did not run");
  check(dialogs.length === 0, `no alert() ever ran (${dialogs.join(', ')})`);

  // 6. Meetings: pick a partner.
  await page.goto(`${base}/meetings`);
  const options = await page.locator('#partner option').count();
  check(options > 3, `partner picker lists partners (${options - 1})`);
  await page.selectOption('#partner', 'Sa-la-van');
  await Promise.all([page.waitForURL(/partner=/), page.click('form.meetings button')]);
  check(/\d+ sự kiện với «Sa-la-van»/.test(await page.textContent('#summary')), 'meetings with Salavan listed');
  await shot('06-meetings.png');

  // 7. Phone width: no sideways scrolling, results readable.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true,
                                           hasTouch: true, deviceScaleFactor: 2, locale: 'vi-VN' });
  const mobile = await phone.newPage();
  await mobile.goto(`${base}/?q=hop+tac+savannakhet`);
  const width = await mobile.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 390, `search page fits a 390 px phone (scrollWidth ${width})`);
  await shot('07-search-phone.png', mobile, false);  // the first screen, as a phone shows it
  await mobile.locator('li.hit h2 a').first().click();
  await mobile.waitForURL(/\/record\//);
  const recordWidth = await mobile.evaluate(() => document.documentElement.scrollWidth);
  check(recordWidth <= 390, `record page fits a 390 px phone (scrollWidth ${recordWidth})`);
  await shot('08-record-phone.png', mobile, false);
} finally {
  await browser.close();
}

console.log(`screenshots in ${outDir}`);
if (failures.length) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('all checks passed');
process.exit(0);
