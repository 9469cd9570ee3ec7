// Checks in headless Chromium that the pages and the welcome kit of
// tests/fixtures/prose show what its content says:
//   - table columns aligned in Markdown (`:--`, `:-:`, `--:`) are left,
//     centred and right aligned, on the about page and in the kit;
//   - task list items (tight, nested, loose) are disabled checkboxes named
//     by their text, checked as written, and axe finds no violation;
//   - the kit's cover shows the logo on a white tile, whatever the brand colour;
//   - at 1280 px no e-mail address is clipped or breaks but after its @ or
//     before a dot;
//   - at 375 px the about page does not overflow: its wide table scrolls
//     in its own box;
//   - at 375 px no word of the kit (public and members') is split across
//     lines (a web or e-mail address may break where it must).
//   node prose.mjs PUBLIC-BUILD MEMBERS-BUILD
import { axe, launchChromium, pagesOf, publishedPrefixes, routePublished, serve } from './lib.mjs';

const ABOUT = '/lasams/about/';
const KIT = '/lasams/welcome-kit/';
const PAGES_WITH_ADDRESSES = ['/lasams/', '/lasams/members/', ABOUT, KIT];
const TASKS = [
  ['Nosūtīt dienaskārtību', true], ['Apstiprināt telpas', false], ['Rezervēt zāli', true],
  ['Pasūtīt kafijas pauzi', false], ['Sagatavot eksporta tirgu pārskatu', false],
  ['Atjaunināt biedru sarakstu', true],
];

/// In the page: the computed text-align of the cells of the first table.
function tableAlignment() {
  const table = document.querySelector('.prose table');
  if (!table) return null;
  return [...table.rows].map((row) => [...row.cells].map((c) => getComputedStyle(c).textAlign).join(' '));
}

/// In the page: each checkbox as [its accessible label text, checked, disabled].
function tasks() {
  return [...document.querySelectorAll('input[type=checkbox]')].map((box) => {
    const label = box.labels && box.labels[0];
    return [label ? label.textContent.replace(/\s+/g, ' ').trim() : '', box.checked, box.disabled];
  });
}

/// In the page: the background of the kit logo's tile and of the band around it.
function logoTile() {
  const logo = document.querySelector('.kit-logo');
  if (!logo) return null;
  const opaque = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    }
    return 'none';
  };
  return { tile: opaque(logo), band: opaque(document.querySelector('.kit-cover-band')) };
}

/// In the page: e-mail addresses that are clipped or break where they should not.
function addressProblems() {
  // The text of `root` line by line, from the rectangle of each character.
  const linesOf = (root) => {
    const pieces = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.length; i++) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getClientRects()[0];
        if (!r) continue;
        const last = pieces.at(-1);
        if (last && Math.abs(last.top - r.top) < r.height / 2) last.text += n.data[i];
        else pieces.push({ top: r.top, text: n.data[i] });
      }
    }
    return pieces.map((p) => p.text);
  };
  const problems = [];
  for (const a of document.querySelectorAll('a[href^="mailto:"]')) {
    const address = a.getAttribute('href').slice('mailto:'.length);
    const lines = linesOf(a);
    for (let i = 1; i < lines.length; i++) {
      const before = lines[i - 1].trimEnd();
      if (!before.endsWith('@') && !lines[i].startsWith('.')) {
        problems.push(`${address} breaks between "${before.slice(-8)}" and "${lines[i].slice(0, 8)}"`);
      }
    }
    const box = a.getBoundingClientRect();
    for (let e = a.parentElement; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'inline') continue;
      const r = e.getBoundingClientRect();
      if (box.right > r.right + 0.5 || box.left < r.left - 0.5) {
        problems.push(`${address} reaches out of its ${e.tagName.toLowerCase()}.${e.className}`);
      }
      break;
    }
    if (box.right > innerWidth) problems.push(`${address} is clipped by the window`);
  }
  return problems;
}

/// In the page: horizontal overflow of the document, and whether the widest
/// table of the prose scrolls in its own box (the table or a box around it).
function tableScroll() {
  const boxes = [...document.querySelectorAll('.prose table')].map((t) => t.closest('.table-scroll') || t);
  const wide = boxes.sort((a, b) => b.scrollWidth - a.scrollWidth)[0];
  return {
    overflow: document.documentElement.scrollWidth - innerWidth,
    scrolls: !!wide && wide.scrollWidth > wide.clientWidth &&
      ['auto', 'scroll'].includes(getComputedStyle(wide).overflowX),
  };
}

/// In the page: the words split across two lines; addresses do not count.
function splitWords() {
  const split = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el.getClientRects().length || el.closest('.visually-hidden, style')) continue;
    // A word ends at white space, or after a hyphen, where a line may break.
    for (const m of n.data.matchAll(/[^\s\u00AD-]+[\u00AD-]?/g)) {
      if (/[/@]|\.\w/.test(m[0])) continue;
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) split.push(m[0]);
    }
  }
  return split;
}

const expect = (problems, what, actual, wanted) => {
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    problems.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  }
};

async function checkPublic(browser, root, problems) {
  const { server, base } = await serve(root);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await routePublished(context, root, publishedPrefixes(root, pagesOf(root)));
  const page = await context.newPage();
  const aligned = ['left center right', 'left center right', 'left center right'];
  for (const url of [ABOUT, KIT]) {
    await page.goto(base + url, { waitUntil: 'load' });
    expect(problems, `${url} table alignment`, await page.evaluate(tableAlignment), aligned);
    expect(problems, `${url} task list checkboxes`, await page.evaluate(tasks),
      TASKS.map(([text, done]) => [text, done, true]));
    for (const v of await axe(page)) problems.push(`${url} axe: ${v.id}: ${v.help} (${v.nodes[0]})`);
  }
  const tile = await page.evaluate(logoTile);
  if (!tile || tile.tile !== 'rgb(255, 255, 255)' || tile.tile === tile.band) {
    problems.push(`the kit's logo is not on a white tile: ${JSON.stringify(tile)}`);
  }
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(base + ABOUT, { waitUntil: 'load' });
  const scroll = await page.evaluate(tableScroll);
  if (scroll.overflow > 0) problems.push(`${ABOUT} at 375 px: ${scroll.overflow} px wider than the screen`);
  if (!scroll.scrolls) problems.push(`${ABOUT} at 375 px: the wide table does not scroll in its own box`);
  await checkWords(page, base, problems);
  await context.close();
  server.close();
}

/// At 375 px (the page's width), the kit splits no word across lines.
async function checkWords(page, base, problems) {
  await page.goto(base + KIT, { waitUntil: 'load' });
  const split = await page.evaluate(splitWords);
  if (split.length) problems.push(`${KIT} at 375 px splits words: ${split.slice(0, 8).join(', ')}`);
}

async function checkAddresses(browser, root, problems) {
  const { server, base } = await serve(root);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await routePublished(context, root, publishedPrefixes(root, pagesOf(root)));
  const page = await context.newPage();
  let addresses = 0;
  for (const url of PAGES_WITH_ADDRESSES) {
    await page.goto(base + url, { waitUntil: 'load' });
    addresses += await page.evaluate(() => document.querySelectorAll('a[href^="mailto:"]').length);
    for (const p of await page.evaluate(addressProblems)) problems.push(`${url} at 1280 px: ${p}`);
  }
  if (addresses < 6) problems.push(`only ${addresses} e-mail links found on ${PAGES_WITH_ADDRESSES.join(', ')}`);
  // The members' kit adds the member table.
  await page.setViewportSize({ width: 375, height: 800 });
  await checkWords(page, base, problems);
  await context.close();
  server.close();
}

/// The checks must catch an address broken mid-name and a split word.
async function selfTest(browser) {
  const page = await browser.newPage({ viewport: { width: 375, height: 600 } });
  await page.setContent('<!DOCTYPE html><html lang="en"><body>' +
    '<p style="font-family:monospace;width:10ch;word-break:break-all">' +
    '<a href="mailto:kristine.vitolina@example.lv">kristine.vitolina@example.lv</a> xx Apstiprināšana</p></body></html>');
  const found = [...await page.evaluate(addressProblems), ...await page.evaluate(splitWords)];
  await page.close();
  if (!found.some((p) => p.includes('breaks between')) || !found.includes('Apstiprināšana')) {
    throw new Error(`the checks missed planted problems (found: ${found.join('; ') || 'none'})`);
  }
}

const [publicRoot, membersRoot] = process.argv.slice(2);
if (!membersRoot) {
  console.error('usage: node prose.mjs PUBLIC-BUILD MEMBERS-BUILD');
  process.exit(2);
}
const browser = await launchChromium();
const problems = [];
try {
  await selfTest(browser);
  await checkPublic(browser, publicRoot, problems);
  await checkAddresses(browser, membersRoot, problems);
} finally {
  await browser.close();
}
for (const p of problems) console.log(`  ${p}`);
console.log(`prose: ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
