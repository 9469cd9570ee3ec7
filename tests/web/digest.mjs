// The HTML part of each monthly digest e-mail (`clustersite digest`, its
// part written out by tests/eml_parts.py) in Chromium as a mail client shows
// it: scripts off and images off (every image request is refused), at phone
// (375 px) and desktop (1280 px) width. On each it asserts:
//   - no horizontal scrolling (scrollWidth <= innerWidth);
//   - nothing clipped: no shown element reaches past the viewport's right edge;
//   - no text under 12 px;
//   - the h1 and every item's h2 are visible, and there are exactly three items;
// and saves a full-page screenshot as OUT/<file name>-<width>.png.
//   node digest.mjs OUT DIGEST.html...
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { launchChromium, serve, smallText } from './lib.mjs';

const WIDTHS = [{ width: 375, height: 667 }, { width: 1280, height: 800 }];
const ITEMS = 3;

/// In the page: the facts checked below.
function measure() {
  const visible = (el) => {
    if (!el.getClientRects().length) return false;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') return false;
    for (let e = el; e; e = e.parentElement) {
      const r = e.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && getComputedStyle(e).overflow === 'hidden') return false;
      if (getComputedStyle(e).display === 'none') return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
    ? '.' + el.className.trim().split(/\s+/).join('.') : '') +
    ` "${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  const clipped = [...document.body.querySelectorAll('*')]
    .filter((el) => visible(el) && el.getBoundingClientRect().right > innerWidth + 0.5)
    .map((el) => `${name(el)} reaches ${Math.round(el.getBoundingClientRect().right)} px`);
  const h1s = [...document.querySelectorAll('h1')];
  const h2s = [...document.querySelectorAll('h2')];
  return {
    overflow: document.documentElement.scrollWidth - innerWidth,
    clipped,
    h1: h1s.length,
    h1Visible: h1s.filter(visible).length,
    h2: h2s.map((h) => ({ text: h.textContent.trim().replace(/\s+/g, ' '), visible: visible(h) })),
  };
}

const [out, ...files] = process.argv.slice(2);
if (!out || !files.length) {
  console.error('usage: node digest.mjs OUT DIGEST.html...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
let failures = 0;
let shots = 0;
try {
  for (const file of files) {
    const { server, base } = await serve(resolve(dirname(file)));
    const stem = basename(file, '.html');
    try {
      for (const size of WIDTHS) {
        const context = await browser.newContext({
          javaScriptEnabled: false, viewport: { width: size.width, height: size.height },
        });
        // Images off, as many mail clients start; nothing leaves 127.0.0.1 either.
        let images = 0;
        const away = [];
        await context.route('**/*', (route) => {
          const request = route.request();
          if (request.resourceType() === 'image') {
            images++;
            return route.abort();
          }
          if (!request.url().startsWith(base + '/')) {
            away.push(request.url());
            return route.abort();
          }
          return route.continue();
        });
        const page = await context.newPage();
        const response = await page.goto(`${base}/${encodeURIComponent(basename(file))}`, { waitUntil: 'load' });
        const name = `${stem}-${size.width}`;
        await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
        shots++;
        const m = await page.evaluate(measure);
        const small = await page.evaluate(smallText);
        const problems = [];
        if (!response || response.status() !== 200) problems.push(`not served (${response && response.status()})`);
        if (m.overflow > 0) problems.push(`scrolls sideways by ${m.overflow} px`);
        for (const c of m.clipped.slice(0, 5)) problems.push(`clipped at the right edge (${size.width} px): ${c}`);
        if (m.clipped.length > 5) problems.push(`… and ${m.clipped.length - 5} more clipped`);
        for (const s of small.slice(0, 3)) problems.push(`text under 12 px: ${s}`);
        if (m.h1 !== 1 || m.h1Visible !== 1) problems.push(`${m.h1} h1, ${m.h1Visible} visible; want one, visible`);
        if (m.h2.length !== ITEMS) problems.push(`${m.h2.length} items (h2); want ${ITEMS}`);
        for (const h of m.h2.filter((x) => !x.visible)) problems.push(`item heading not visible: "${h.text}"`);
        for (const u of away) problems.push(`asks for ${u}, off 127.0.0.1`);
        console.log(`  ${name}: ${m.h2.length} items, ${images} image requests refused` +
          (problems.length ? '' : ', fine'));
        if (problems.length) {
          failures++;
          for (const p of problems) console.log(`    ${p}`);
        }
        await context.close();
      }
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`digest: ${shots} PNGs at ${WIDTHS.map((w) => w.width).join(' and ')} px in ${out}: ` +
  `${failures} with problems`);
process.exit(failures ? 1 : 0);
