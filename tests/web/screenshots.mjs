// Full-page screenshots of one page of each kind at phone (375 px) and
// desktop (1280 px) width, and a PDF print of the home, a service and a story
// page, into OUT for a person to look at. On every shot it asserts what a
// reader would notice:
//   - no horizontal scrolling (scrollWidth <= innerWidth) and no text under 12 px;
//   - the main navigation is reachable: each link on screen, at least 24 px
//     square (WCAG 2.5.8), none covering another;
//   - the page's h1 is visible above the fold;
// and in print: no skip link, navigation or footer, cards and steps kept whole.
//   node screenshots.mjs BUILD OUT
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOCUMENT_KINDS, launchChromium, onePerKind, pagesOf, publishedPrefixes, REQUIRED_KINDS, routePublished, serve, SINGLE_KINDS,
  smallText,
} from './lib.mjs';

const WIDTHS = [{ name: 'phone', width: 375, height: 667 }, { name: 'desktop', width: 1280, height: 800 }];
const PRINTED = ['home', 'service', 'story'];

function measure() {
  const visible = (el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden';
  const links = [...document.querySelectorAll('.site-nav a')].map((a) => {
    const r = a.getBoundingClientRect();
    return { text: a.textContent.trim(), top: r.top, left: r.left, right: r.right, bottom: r.bottom, w: r.width, h: r.height };
  });
  const h1 = document.querySelector('h1');
  const r = h1 ? h1.getBoundingClientRect() : null;
  return {
    overflow: document.documentElement.scrollWidth - innerWidth,
    links,
    h1: r && { top: r.top, bottom: r.bottom, visible: visible(h1) },
    fold: innerHeight,
    width: innerWidth,
  };
}

function checkShot(m, hasNav, problems) {
  if (m.overflow > 0) problems.push(`scrolls sideways by ${m.overflow} px`);
  for (const s of m.small.slice(0, 3)) problems.push(`text under 12 px: ${s}`);
  if (!m.h1 || !m.h1.visible) problems.push('no visible h1');
  else if (m.h1.top < 0 || m.h1.bottom > m.fold) problems.push(`the h1 is not above the fold (${m.h1.top}–${m.h1.bottom} px of ${m.fold})`);
  if (hasNav && !m.links.length) problems.push('no navigation links');
  for (const [i, a] of m.links.entries()) {
    if (a.left < 0 || a.right > m.width || a.w < 24 || a.h < 24) {
      problems.push(`nav link "${a.text}" is off screen or too small (${Math.round(a.w)}×${Math.round(a.h)} at ${Math.round(a.left)})`);
    }
    for (const b of m.links.slice(i + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        problems.push(`nav links "${a.text}" and "${b.text}" overlap`);
      }
    }
  }
}

function printFacts() {
  const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => getComputedStyle(e).display !== 'none').length;
  const split = [...document.querySelectorAll('.card, .step, .contact-card')]
    .filter((e) => !['avoid', 'avoid-page'].includes(getComputedStyle(e).breakInside)).length;
  return { chrome: shown('.skip-link, .site-nav, .site-footer'), split };
}

const [root, out] = process.argv.slice(2);
if (!root || !out) {
  console.error('usage: node screenshots.mjs BUILD OUT');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const pages = pagesOf(root);
const chosen = onePerKind(pages, { required: REQUIRED_KINDS, languages: ['lv', 'en'], singles: SINGLE_KINDS });
const published = publishedPrefixes(root, pages);
const { server, base } = await serve(root);
const browser = await launchChromium();
let failures = 0;
let shots = 0;
try {
  for (const size of WIDTHS) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: size.width, height: size.height } });
    await routePublished(context, root, published);
    const page = await context.newPage();
    for (const p of chosen) {
      await page.goto(base + p.url, { waitUntil: 'load' });
      const name = `${p.kind}-${p.lang}-${size.width}`;
      await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
      shots++;
      const problems = [];
      // Pages in a cluster's folder have its navigation; the portal's own
      // pages and the self-contained print documents have none.
      const hasNav = p.path.includes('/') && !DOCUMENT_KINDS.includes(p.kind);
      checkShot({ ...await page.evaluate(measure), small: await page.evaluate(smallText) }, hasNav, problems);
      if (problems.length) {
        failures++;
        console.log(`  ${name} (${p.path}):`);
        for (const m of problems) console.log(`    ${m}`);
      }
    }
    await context.close();
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  await routePublished(context, root, published);
  const page = await context.newPage();
  for (const p of chosen.filter((c) => PRINTED.includes(c.kind))) {
    await page.goto(base + p.url, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const facts = await page.evaluate(printFacts);
    const problems = [];
    if (facts.chrome) problems.push(`${facts.chrome} of skip link, navigation and footer print`);
    if (facts.split) problems.push(`${facts.split} cards or steps may split across pages`);
    await page.pdf({ path: join(out, `print-${p.kind}-${p.lang}.pdf`), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    if (problems.length) {
      failures++;
      console.log(`  print-${p.kind}-${p.lang} (${p.path}): ${problems.join('; ')}`);
    }
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots: ${shots} PNGs at ${WIDTHS.map((w) => w.width).join(' and ')} px and ` +
  `${chosen.filter((c) => PRINTED.includes(c.kind)).length} prints in ${out}: ${failures} with problems`);
process.exit(failures ? 1 : 0);
