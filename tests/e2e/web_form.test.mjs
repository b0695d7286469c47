// The journalists' web form, end to end in a real browser: index corpus/sample with siaran-index,
// serve it with siaran-searchd on a free port, and drive Debian's chromium (playwright-core) the way
// a journalist would: type a query, toggle a unit facet, page forward and back (the browser's back
// button), open a release, follow "related", and do the same with JavaScript off. Full-page
// screenshots of the results and release pages go to $SIARAN_E2E_ARTIFACTS (build/e2e-artifacts).
//
// Run through tests/e2e/run_e2e.sh (ctest e2e_web_form); needs SIARAN_BIN_DIR (build/bin).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const binDir = process.env.SIARAN_BIN_DIR || path.join(repo, 'build', 'bin');
const artifacts = process.env.SIARAN_E2E_ARTIFACTS || path.join(repo, 'build', 'e2e-artifacts');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let work;      // temp dir: index, browser profiles, daemon log
let daemon;    // the siaran-searchd child process
let daemonLog = '';
let base;      // http://127.0.0.1:PORT
let browser;   // persistent context with JavaScript on
let noJs;      // persistent context with JavaScript off

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, ms) {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    if (daemon.exitCode !== null) break;
    try {
      const r = await fetch(url);
      if (r.ok) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`siaran-searchd did not become healthy (${last}); log:\n${daemonLog}`);
}

async function launch(name, options = {}) {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(work, `${name}-`)), {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
    ...options,
  });
}

before(async () => {
  for (const bin of ['siaran-index', 'siaran-searchd']) {
    assert.ok(fs.existsSync(path.join(binDir, bin)), `${bin} not built in ${binDir}`);
  }
  fs.mkdirSync(artifacts, { recursive: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'siaran-e2e-'));
  const db = path.join(work, 'db');
  const index = spawnSync(path.join(binDir, 'siaran-index'),
    ['build', '--db', db, path.join(repo, 'corpus', 'sample')], { encoding: 'utf8' });
  assert.equal(index.status, 0, `siaran-index failed:\n${index.stdout}\n${index.stderr}`);

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  daemon = spawn(path.join(binDir, 'siaran-searchd'), ['--db', db, '--listen', `127.0.0.1:${port}`],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  daemon.stdout.on('data', (d) => { daemonLog += d; });
  daemon.stderr.on('data', (d) => { daemonLog += d; });
  await waitForHealth(`${base}/healthz`, 30000);

  browser = await launch('js');
  noJs = await launch('nojs', { javaScriptEnabled: false });
});

after(async () => {
  await browser?.close().catch(() => {});
  await noJs?.close().catch(() => {});
  if (daemon && daemon.exitCode === null) {
    daemon.kill('SIGTERM');
    await new Promise((r) => { daemon.once('exit', r); setTimeout(r, 5000); });
  }
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

// --- helpers over a page -------------------------------------------------------------------

const totalOf = async (page) => {
  const text = await page.locator('#results-heading').innerText();
  const m = /([\d.,]+)\s+(hasil|results)/.exec(text);
  return m ? Number(m[1].replace(/[.,]/g, '')) : 0;
};

const hitTitles = (page) => page.locator('.hit-title a').allInnerTexts();

const facetCounts = (page, facet) => page.$$eval(`a.facet-value[data-facet="${facet}"]`, (links) =>
  Object.fromEntries(links.map((a) => [a.dataset.value, a.querySelector('.count').textContent])));

const firstHitStart = (page) => page.locator('ol.hits').getAttribute('start');

async function search(page, query) {
  await page.goto(`${base}/`);
  await page.locator('#q').fill(query);
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === query),
    page.locator('#q').press('Enter'),
  ]);
  await page.locator('#results-heading').waitFor();
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

// Marks the loaded document; inPlace() is then true only if no full page load happened since,
// i.e. the script swapped the results in place.
const markDocument = (page) => page.evaluate(() => { window.__siaranSameDocument = true; });
const inPlace = (page) => page.evaluate(() => window.__siaranSameDocument === true);

// Waits until the in-place update (or page load) has shown `url`'s results.
async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('main[aria-busy="true"]'));
  await page.locator('#results-heading').waitFor();
}

// --- JavaScript on ---------------------------------------------------------------------------

describe('web form with JavaScript', () => {
  test('typing a query shows highlighted results', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await shot(page, 'home');
    await search(page, 'remisi');
    assert.ok(await totalOf(page) > 0, 'a total is shown');
    const hits = await page.locator('li.hit').count();
    assert.ok(hits > 0, 'hits are listed');
    assert.ok(await page.locator('.snippet mark, .hit-title mark').count() > 0, 'matches are highlighted');
    const marked = await page.locator('.snippet mark, .hit-title mark').first().innerText();
    assert.match(marked.toLowerCase(), /remisi/);
    assert.equal(await page.locator('#q').inputValue(), 'remisi', 'the query stays in the box');
    assert.ok(await page.locator('a.facet-value[data-facet="unit"]').count() > 0, 'unit facet shown');
    await shot(page, 'results');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'results-phone');
    await page.close();
  });

  test('toggling a unit facet filters and changes counts', async () => {
    const page = await browser.newPage();
    await search(page, 'lapas');
    const total = await totalOf(page);
    const yearsBefore = await facetCounts(page, 'year');
    const units = await facetCounts(page, 'unit');
    // A unit with fewer matches than the total, so the results must change.
    const [unit, count] = Object.entries(units).find(([, c]) => Number(c) < total) || [];
    assert.ok(unit, `a unit facet value narrower than ${total}: ${JSON.stringify(units)}`);

    await markDocument(page);
    await page.locator(`a.facet-value[data-facet="unit"][data-value="${unit}"]`).click();
    await page.waitForURL((u) => u.searchParams.getAll('unit').includes(unit));
    await settled(page);
    assert.ok(await inPlace(page), 'the results were updated in place');
    assert.equal(await totalOf(page), Number(count), 'the total is the facet count');
    const hitUnits = await page.locator('.hit-meta .unit').allInnerTexts();
    assert.ok(hitUnits.length > 0 && hitUnits.every((u) => u === unit), `every hit from ${unit}: ${hitUnits}`);
    const selected = page.locator(`a.facet-value.on[data-facet="unit"][data-value="${unit}"]`);
    assert.equal(await selected.count(), 1, 'the value shows as selected');
    assert.notDeepEqual(await facetCounts(page, 'year'), yearsBefore, 'other facets recount');
    const chip = page.locator('.chips a.chip');
    assert.equal(await chip.count(), 1, 'one chip for the filter');
    assert.match(await chip.innerText(), new RegExp(unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

    await chip.click();  // removing the chip restores the unfiltered results
    await page.waitForURL((u) => u.searchParams.getAll('unit').length === 0);
    await settled(page);
    assert.equal(await totalOf(page), total);
    await page.close();
  });

  test('paging forward and back, with the browser back button', async () => {
    const page = await browser.newPage();
    await search(page, 'lapas');
    assert.ok(await totalOf(page) > 10, 'enough results for two pages');
    const first = await hitTitles(page);
    await markDocument(page);
    await page.locator('nav.pager a.next').click();
    await page.waitForURL((u) => u.searchParams.get('page') === '2');
    await settled(page);
    assert.ok(await inPlace(page), 'page 2 was loaded in place');
    assert.equal(await firstHitStart(page), '11');
    const second = await hitTitles(page);
    assert.notDeepEqual(second, first);

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('page'));
    await page.waitForFunction(() => document.querySelector('ol.hits')?.getAttribute('start') === '1');
    assert.deepEqual(await hitTitles(page), first, 'back restores page 1');
    assert.ok(await inPlace(page), 'back was handled in place (popstate)');
    assert.equal(await page.locator('#q').inputValue(), 'lapas');

    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('page') === '2');
    await page.waitForFunction(() => document.querySelector('ol.hits')?.getAttribute('start') === '11');
    assert.deepEqual(await hitTitles(page), second, 'forward restores page 2');

    await page.locator('nav.pager a.prev').click();
    await page.waitForURL((u) => !u.searchParams.has('page'));
    await settled(page);
    assert.deepEqual(await hitTitles(page), first);
    await page.close();
  });

  test('sorting newest first orders by date', async () => {
    const page = await browser.newPage();
    await search(page, 'lapas');
    await page.locator('nav.sort a[data-sort="newest"]').click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'newest');
    await settled(page);
    const dates = await page.$$eval('.hit-meta time', (ts) => ts.map((t) => t.getAttribute('datetime')));
    assert.ok(dates.length > 1);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    await page.close();
  });

  test('a release page, then a related release', async () => {
    const page = await browser.newPage();
    await search(page, 'remisi');
    const link = page.locator('.hit-title a').first();
    const title = await link.innerText();
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/doc/')), link.click()]);
    assert.equal(await page.locator('h1#doc-title').innerText(), title);
    assert.ok(await page.locator('.doc-body p').count() > 1, 'the full text in paragraphs');
    assert.ok(await page.locator('.doc-meta dt').count() >= 3, 'metadata');
    const original = page.locator('a.original');
    if (await original.count()) assert.match(await original.getAttribute('href'), /^https?:\/\//);
    assert.equal(await page.locator('#back-to-search').getAttribute('href'),
      `${base}/search?q=remisi`, 'back to search returns to the results');
    await shot(page, 'release');

    const related = page.locator('.related-list a').first();
    assert.ok(await page.locator('.related-list a').count() > 0, 'related releases are listed');
    const relatedTitle = await related.innerText();
    const from = page.url();
    await Promise.all([page.waitForURL((u) => u.href !== from && u.pathname.startsWith('/doc/')), related.click()]);
    assert.equal(await page.locator('h1#doc-title').innerText(), relatedTitle);
    await page.close();
  });

  test('completions come from the suggest API', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.locator('#q').pressSequentially('pembi', { delay: 30 });
    await page.waitForFunction(() => document.querySelectorAll('#q-suggestions option').length > 0,
      null, { timeout: 5000 });
    const options = await page.$$eval('#q-suggestions option', (os) => os.map((o) => o.value));
    assert.ok(options.every((o) => o.toLowerCase().startsWith('pembi')), JSON.stringify(options));
    await page.close();
  });

  test('hostile input is shown, never run', async () => {
    const page = await browser.newPage();
    const hostile = '"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    await search(page, hostile);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.locator('#q').inputValue(), hostile);
    assert.equal(await page.locator('main img').count(), 0);
    await page.close();
  });

  test('a query the parser refuses gets the form and a message', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${base}/search?q=${encodeURIComponent('date:2022-13')}`);
    assert.equal(response.status(), 400);
    assert.equal(await page.locator('[role="alert"]').count(), 1);
    assert.equal(await page.locator('#q').inputValue(), 'date:2022-13');
    await page.close();
  });

  test('English with lang=en', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search?q=remisi&lang=en`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('form.search button').innerText(), 'Search');
    assert.match(await page.locator('#results-heading').innerText(), /results/);
    await page.close();
  });

  test('every search has an Atom feed', async () => {
    const page = await browser.newPage();
    await search(page, 'remisi');
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    const response = await page.request.get(new URL(href, base).href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^application\/atom\+xml/);
    const xml = await response.text();
    assert.match(xml, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.ok((xml.match(/<entry>/g) || []).length > 0);
    await page.close();
  });
});

// --- JavaScript off ---------------------------------------------------------------------------

describe('web form without JavaScript', () => {
  test('search, facet, page, date range and release all work as plain HTML', async () => {
    const page = await noJs.newPage();
    await page.goto(`${base}/`);
    await page.locator('#q').fill('lapas');
    await Promise.all([page.waitForURL(/\/search\?q=lapas/), page.locator('form.search button').click()]);
    assert.ok(await page.locator('li.hit').count() > 0);
    assert.ok(await page.locator('.snippet mark').count() > 0);
    await shot(page, 'results-nojs');

    const unitLink = page.locator('a.facet-value[data-facet="unit"]').first();
    const unit = await unitLink.getAttribute('data-value');
    await Promise.all([page.waitForURL((u) => u.searchParams.getAll('unit').includes(unit)), unitLink.click()]);
    const hitUnits = await page.locator('.hit-meta .unit').allInnerTexts();
    assert.ok(hitUnits.length > 0 && hitUnits.every((u) => u === unit));
    await Promise.all([page.waitForURL((u) => !u.searchParams.has('unit')), page.locator('.chips a.chip').click()]);

    await Promise.all([page.waitForURL((u) => u.searchParams.get('page') === '2'), page.locator('nav.pager a.next').click()]);
    assert.equal(await firstHitStart(page), '11');
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('page'));
    assert.equal(await firstHitStart(page), '1');

    await page.locator('#from').fill('2022-01-01');
    await page.locator('#to').fill('2022-12-31');
    await Promise.all([page.waitForURL((u) => u.searchParams.get('from') === '2022-01-01'),
      page.locator('form.dates button').click()]);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'lapas', 'the date form keeps the query');
    const dates = await page.$$eval('.hit-meta time', (ts) => ts.map((t) => t.getAttribute('datetime')));
    assert.ok(dates.length > 0 && dates.every((d) => d.startsWith('2022')), JSON.stringify(dates));

    const link = page.locator('.hit-title a').first();
    await Promise.all([page.waitForURL(/\/doc\//), link.click()]);
    assert.ok(await page.locator('.doc-body p').count() > 0);
    await Promise.all([page.waitForURL(/\/doc\//), page.locator('.related-list a').first().click()]);
    assert.ok(await page.locator('h1#doc-title').count() === 1);
    await page.close();
  });
});
