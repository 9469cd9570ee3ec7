// axe-core in headless Chromium on one page of each kind in each language of
// the given builds: every WCAG 2.x A and AA rule plus the best-practice rules
// axe runs by default must report 0 violations. The kinds content/ always has
// must be there (a lost page type fails loudly); any other kind the build
// writes is found by its <body class> and checked too, and so is the home
// page of every cluster, for its brand colour. A page with a planted
// contrast and alt-text problem must fail first, so an axe that checks
// nothing cannot pass.
// Each page is checked in light and in dark colours (prefers-color-scheme).
// --kinds names the kinds a build must have, when it is not a build of content/.
//   node axe.mjs BUILD... [--languages lv,en] [--schemes light,dark] [--kinds stories,members]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import {
  axe, launchChromium, onePerKind, pagesOf, parseArgs, publishedPrefixes, REQUIRED_KINDS, routePublished, serve,
  SINGLE_KINDS,
} from './lib.mjs';

async function selfTest(browser) {
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>' +
    '<h1>t</h1><p style="color:#bbb;background:#fff">faint</p><img src="data:,"></main></body></html>');
  const ids = (await axe(page)).map((v) => v.id);
  await page.close();
  if (!ids.includes('color-contrast') || !ids.includes('image-alt')) {
    throw new Error(`axe missed planted problems (found: ${ids.join(', ') || 'none'})`);
  }
}

const { positional: roots, options } = parseArgs(process.argv.slice(2));
const languages = (options.languages || 'lv,en').split(',');
const schemes = (options.schemes || 'light,dark').split(',');
const required = options.kinds ? options.kinds.split(',') : REQUIRED_KINDS;
if (!roots.length) {
  console.error('usage: node axe.mjs BUILD... [--languages lv,en] [--schemes light,dark] [--kinds K,K]');
  process.exit(2);
}

const browser = await launchChromium();
let violations = 0;
let checked = 0;
try {
  await selfTest(browser);
  for (const root of roots) {
    const pages = pagesOf(root);
    const chosen = onePerKind(pages, { required, languages, singles: SINGLE_KINDS });
    // Each cluster has its own brand colour: its home page shows it in the
    // header, the hero and the cards, so every home is checked.
    for (const home of pages.filter((p) => p.kind === 'home')) {
      if (!chosen.some((c) => c.path === home.path)) chosen.push(home);
    }
    const { server, base } = await serve(root);
    const published = publishedPrefixes(root, pages);
    let found = 0;
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      await routePublished(context, root, published);
      const page = await context.newPage();
      for (const p of chosen) {
        await page.goto(base + p.url, { waitUntil: 'load' });
        const result = await axe(page);
        checked++;
        for (const v of result) {
          found += v.nodes.length;
          console.log(`  ${p.path} (${p.kind}, ${p.lang}, ${colorScheme}): ${v.id} (${v.impact}): ${v.help}`);
          for (const n of v.nodes.slice(0, 8)) console.log(`    ${n}`);
        }
      }
      await context.close();
    }
    console.log(`axe ${root}: ${chosen.length} pages (${[...new Set(chosen.map((p) => p.kind))].join(', ')}), ` +
      `${schemes.join(' and ')} colours: ${found} violations`);
    violations += found;
    server.close();
  }
} finally {
  await browser.close();
}
console.log(`axe-core ${JSON.parse(readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')).version}: ` +
  `${checked} page checks, ${violations} violations`);
process.exit(violations ? 1 : 0);
