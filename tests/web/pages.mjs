// Checks every HTML page of the given builds in headless Chromium with
// JavaScript switched off (a page must read without scripts), at phone width:
//   - exactly one h1, the first heading, and no skipped heading level;
//   - one banner, one main and (site pages) one contentinfo landmark;
//   - the skip link is the first Tab stop, visible when focused, and Enter on
//     it moves keyboard focus into <main>;
//   - every Tab stop shows a focus indicator (outline or box shadow), on one
//     page of each kind and language;
//   - every image has an alt attribute, a content image a non-empty one; a
//     logo's is the cluster name, read once;
//   - every form control has a visible label;
//   - no horizontal overflow at 320 px and no text under 12 px;
//   - no request leaves 127.0.0.1 and no web font is loaded by a site page
//     (the build's own published addresses are answered from the build);
//   - every style sheet of the build is under 30 KB.
//   node pages.mjs BUILD...
import { statSync } from 'node:fs';
import { join } from 'node:path';
import {
  filesUnder, launchChromium, onePerKind, pagesOf, publishedPrefixes, routePublished, serve, smallText,
} from './lib.mjs';

const CSS_LIMIT = 30 * 1024;
/// The narrowest screen WCAG's reflow rule (1.4.10) asks a page to fit.
const PHONE = { width: 320, height: 640 };
const MAX_TABS = 80;

/// In the page: the structure facts checked below.
function inspect() {
  const visible = (el) => {
    if (!el.getClientRects().length) return false;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden') return false;
    for (let e = el; e; e = e.parentElement) {
      const r = e.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && getComputedStyle(e).overflow === 'hidden') return false;
    }
    return true;
  };
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .map((h) => ({ level: Number(h.tagName[1]), text: h.textContent.trim().slice(0, 60) }));
  const top = (sel) => [...document.querySelectorAll(sel)]
    .filter((e) => !e.parentElement.closest('article, aside, main, nav, section'));
  const controls = [...document.querySelectorAll('input, select, textarea')]
    .filter((c) => c.type !== 'hidden' && visible(c))
    .filter((c) => {
      if (['submit', 'button', 'reset'].includes(c.type)) return false;
      const labels = [...(c.labels || [])];
      const by = (c.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
        .map((id) => document.getElementById(id)).filter(Boolean);
      return ![...labels, ...by].some((l) => visible(l) && l.textContent.trim());
    })
    .map((c) => c.outerHTML.slice(0, 80));
  // A logo's alt is the cluster name: the name beside it in its link is hidden
  // from screen readers, so the link reads the name once.
  const logos = [...document.querySelectorAll('a img[class$="-logo"]')].map((img) => {
    const link = img.closest('a');
    return { alt: img.alt, name: link.textContent.trim(), hidden: !!link.querySelector('[aria-hidden="true"]') };
  });
  return {
    headings,
    h1: headings.filter((h) => h.level === 1).length,
    banners: top('header').length,
    mains: document.querySelectorAll('main').length,
    footers: top('footer').length,
    noAlt: [...document.images].filter((i) => !i.hasAttribute('alt')).map((i) => i.src),
    // Content images come from Markdown's ![alt](file): an empty alt lost it.
    emptyAlt: [...document.querySelectorAll('.prose img')].filter((i) => !i.alt.trim()).map((i) => i.src),
    logos,
    unlabelled: controls,
    overflow: document.documentElement.scrollWidth - innerWidth,
    // A print document (welcome kit, handout, visit brief) has a contents,
    // and no site footer; its own font.
    isKit: document.querySelector('.kit-toc') !== null,
  };
}

/// In the page: what the focused element looks like.
function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  const ring = s.boxShadow && s.boxShadow !== 'none';
  const r = el.getBoundingClientRect();
  return {
    html: el.outerHTML.slice(0, 90),
    indicator: outline || ring,
    inMain: !!el.closest('main'),
    isSkip: el.classList.contains('skip-link'),
    href: el.getAttribute('href'),
    onScreen: r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.right <= innerWidth,
  };
}

function checkStructure(facts, problems) {
  if (facts.h1 !== 1) problems.push(`${facts.h1} h1 elements (one expected)`);
  if (facts.headings.length && facts.headings[0].level !== 1) {
    problems.push(`the first heading is h${facts.headings[0].level} "${facts.headings[0].text}"`);
  }
  for (let i = 1; i < facts.headings.length; i++) {
    const [a, b] = [facts.headings[i - 1], facts.headings[i]];
    if (b.level > a.level + 1) problems.push(`h${a.level} "${a.text}" is followed by h${b.level} "${b.text}"`);
  }
  if (facts.banners !== 1) problems.push(`${facts.banners} banner landmarks (one expected)`);
  if (facts.mains !== 1) problems.push(`${facts.mains} main landmarks (one expected)`);
  if (!facts.isKit && facts.footers !== 1) problems.push(`${facts.footers} contentinfo landmarks (one expected)`);
  for (const src of facts.noAlt) problems.push(`an image without alt: ${src}`);
  for (const src of facts.emptyAlt) problems.push(`a content image with an empty alt: ${src}`);
  for (const logo of facts.logos) {
    if (logo.alt !== logo.name) problems.push(`a logo's alt "${logo.alt}" is not the cluster name "${logo.name}"`);
    else if (!logo.hidden) problems.push(`the link of the logo "${logo.alt}" reads the name twice`);
  }
  for (const c of facts.unlabelled) problems.push(`a form control without a visible label: ${c}`);
  if (facts.overflow > 0) problems.push(`${facts.overflow} px wider than a ${PHONE.width} px screen`);
  for (const s of facts.small.slice(0, 5)) problems.push(`text under 12 px: ${s}`);
}

/// Tabs through the page: the skip link first and working, then (with
/// `everyStop`) a focus indicator on every stop.
async function checkKeyboard(page, problems, everyStop) {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(focusState);
  if (!first || !first.isSkip) {
    problems.push(`the first Tab stop is not the skip link: ${first ? first.html : 'nothing'}`);
  } else {
    if (!first.onScreen) problems.push('the focused skip link is not on screen');
    const target = await page.evaluate((id) => {
      const t = document.getElementById(id);
      return t ? t.tagName.toLowerCase() : null;
    }, (first.href || '').slice(1));
    if (target !== 'main') problems.push(`the skip link points at ${target ?? 'nothing'}, not <main>`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(focusState);
    const mainHasStops = await page.evaluate(() =>
      !!document.querySelector('main a[href], main button, main input, main select, main textarea'));
    if (mainHasStops && !(next && next.inMain)) {
      problems.push(`Tab after the skip link goes to ${next ? next.html : 'nothing'}, not into <main>`);
    }
  }
  if (!everyStop) return;
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  // Past the last stop focus leaves the page: the walk ends there.
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(focusState);
    if (!f) break;
    if (!f.indicator) problems.push(`no visible focus indicator on ${f.html}`);
  }
}

async function checkBuild(browser, root) {
  const pages = pagesOf(root);
  // Focus styles come from the style sheet by element and class, so walking
  // every Tab stop of one page per kind and language covers them.
  const walked = new Set(onePerKind(pages).map((p) => p.path));
  const { server, base } = await serve(root);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const published = publishedPrefixes(root, pages);
  await routePublished(context, root, published);
  const own = (url) => url.startsWith(base + '/') || url.startsWith('data:') ||
    published.some((p) => url.startsWith(p.published));
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => {
    if (!own(r.url())) requests.push(`outside: ${r.url()}`);
    else if (r.resourceType() === 'font') requests.push(`web font: ${r.url()}`);
  });
  let failures = 0;
  for (const p of pages) {
    requests.length = 0;
    await page.goto(base + p.url, { waitUntil: 'load' });
    const facts = { ...await page.evaluate(inspect), small: await page.evaluate(smallText) };
    const problems = [];
    checkStructure(facts, problems);
    await checkKeyboard(page, problems, walked.has(p.path));
    // A print document embeds its own font as data: URIs by design; site pages load none.
    problems.push(...requests.filter((r) => !(facts.isKit && r.startsWith('web font: data:'))));
    if (problems.length) {
      failures++;
      console.log(`  ${p.path} (${p.kind}):`);
      for (const m of [...new Set(problems)]) console.log(`    ${m}`);
    }
  }
  for (const css of filesUnder(root, '.css')) {
    const size = statSync(join(root, css)).size;
    if (size >= CSS_LIMIT) {
      failures++;
      console.log(`  ${css}: ${size} bytes of CSS, the limit is ${CSS_LIMIT}`);
    }
  }
  await context.close();
  server.close();
  const cssSizes = [...new Set(filesUnder(root, '.css').map((c) => statSync(join(root, c)).size))];
  console.log(`pages ${root}: ${pages.length} pages checked, ${failures} with problems; CSS ${cssSizes.join(', ')} bytes`);
  return failures;
}

/// The checks must catch a page with one of each problem before they are
/// trusted with the build.
async function selfTest(browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>' +
    '<header><a href="#x">first</a></header><main><h2>a</h2><h1>b</h1><h1>c</h1><h3>d</h3>' +
    '<img src="data:,"><div class="prose"><img src="data:," alt=""></div><p style="font-size:10px">tiny</p><div style="width:600px">wide</div>' +
    '<input id="q"><a href="#y" style="outline:none">link</a></main></body></html>');
  const facts = { ...await page.evaluate(inspect), small: await page.evaluate(smallText) };
  const problems = [];
  checkStructure(facts, problems);
  await checkKeyboard(page, problems, true);
  await context.close();
  const expected = ['h1 elements', 'the first heading is h2', 'is followed by h3', 'contentinfo',
    'without alt', 'empty alt', 'without a visible label', 'wider than', 'text under 12 px', 'not the skip link',
    'no visible focus indicator'];
  const missed = expected.filter((e) => !problems.some((p) => p.includes(e)));
  if (missed.length) throw new Error(`the page checks missed planted problems: ${missed.join('; ')}`);
}

const roots = process.argv.slice(2);
if (!roots.length) {
  console.error('usage: node pages.mjs BUILD...');
  process.exit(2);
}
const browser = await launchChromium();
let failed = 0;
try {
  await selfTest(browser);
  for (const root of roots) failed += await checkBuild(browser, root);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
