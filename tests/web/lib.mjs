// Shared by the browser and validator checks: finding the pages of a build,
// telling their kind and language, serving a build over HTTP on 127.0.0.1 and
// starting Debian's Chromium through playwright-core (never a downloaded one).
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, relative, extname, sep } from 'node:path';

/// Where Chromium lives: Debian's package, the one the kit printer uses too.
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/// Flags for a headless Chromium run as root in a container: no sandbox (root
/// has none), no GPU, and none of the background traffic a fresh profile
/// starts (updates, sync, first-run pages), so runs stay offline and quiet.
export const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/// The ports this suite may listen on.
export const PORTS = { first: 18200, last: 18299 };

/// Every file under `root` whose name ends in `ext`, as sorted paths relative
/// to `root` with forward slashes. Hidden entries (the build's `.clustersite`
/// marker, a screenshot folder's temporary files) are skipped.
export function filesUnder(root, ext) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(ext)) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/// The kind of a generated page, from its `<body class="page-KIND">`; the
/// print documents' bodies are `class="kit"` (the welcome kit),
/// `class="handout"` (a quarterly handout), `class="visit"` (a visit brief)
/// and `class="strategy"` (the strategy document). A page without any is
/// `other`.
export function pageKind(html) {
  const body = /<body[^>]*\bclass="([^"]*)"/.exec(html);
  if (!body) return 'other';
  const classes = body[1].split(/\s+/);
  if (classes.includes('kit')) return 'welcome-kit';
  if (classes.includes('handout')) return 'handout';
  if (classes.includes('visit')) return 'visit-brief';
  if (classes.includes('strategy')) return 'strategy-document';
  const page = classes.find((c) => c.startsWith('page-'));
  return page ? page.slice('page-'.length) : 'other';
}

/// The `lang` of the page's `<html>` element, or '' when it has none.
export function pageLanguage(html) {
  const m = /<html[^>]*\blang="([^"]*)"/.exec(html);
  return m ? m[1] : '';
}

/// Every HTML page of a build with its kind and language, sorted by path. A
/// `404.html` is the not-found page static hosts serve, kind `404`, whatever
/// its body says.
export function pagesOf(root) {
  return filesUnder(root, '.html').map((path) => {
    const html = readFileSync(join(root, path), 'utf8');
    const kind = path.split('/').at(-1) === '404.html' ? '404' : pageKind(html);
    return { path, url: urlPath(path), kind, lang: pageLanguage(html) };
  });
}

/// The URL path a page is served at: `a/b/index.html` → `/a/b/`.
export function urlPath(path) {
  return '/' + (path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1'));
}

/// The pages that stand for their kind: for each kind and language, the first
/// page by path. `required` kinds must be present (in each of `languages` for
/// kinds that are per cluster), else the build lost a page type and this
/// throws; other kinds the build writes (a search page, a 404 page) are picked
/// up as they come.
export function onePerKind(pages, { required = [], languages = [], singles = [] } = {}) {
  const chosen = new Map();
  for (const p of pages) {
    const key = `${p.kind} ${p.lang}`;
    if (!chosen.has(key)) chosen.set(key, p);
  }
  const missing = [];
  for (const kind of required) {
    const langs = singles.includes(kind) ? [null] : languages;
    for (const lang of langs) {
      const found = [...chosen.values()].some((p) => p.kind === kind && (lang === null || p.lang === lang));
      if (!found) missing.push(lang ? `${kind} (${lang})` : kind);
    }
  }
  if (missing.length) throw new Error(`the build has no page of kind: ${missing.join(', ')}`);
  return [...chosen.values()].sort((a, b) => (a.kind + a.lang).localeCompare(b.kind + b.lang));
}

/// The page kinds every build of content/ has; the portal index is one per build.
export const REQUIRED_KINDS = ['portal', 'home', 'services', 'service', 'stories', 'story',
  'roadmaps', 'roadmap', 'members', 'about', 'news', 'welcome-kit'];
export const SINGLE_KINDS = ['portal'];
/// The kinds of the self-contained print documents: no site navigation or
/// footer, their own embedded font.
export const DOCUMENT_KINDS = ['welcome-kit', 'handout', 'visit-brief', 'strategy-document'];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon', '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2', '.pdf': 'application/pdf', '.webmanifest': 'application/manifest+json',
};

/// What a static host answers for URL path `path` of the build in `root`:
/// { status, type, file } with the folder's index.html for a folder, a
/// redirect to the folder for a folder without its slash, and the build's
/// 404.html (when it has one) for anything missing.
export function resolvePath(root, path) {
  if (path.split('/').includes('..')) return { status: 400 };
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) return { status: 301, location: path + '/' };
    file = join(file, 'index.html');
  }
  if (existsSync(file) && statSync(file).isFile()) {
    return { status: 200, type: TYPES[extname(file)] || 'application/octet-stream', file };
  }
  const notFound = join(root, '404.html');
  return existsSync(notFound) ? { status: 404, type: TYPES['.html'], file: notFound } : { status: 404 };
}

/// Serves `root` read-only on 127.0.0.1 as a static host would (resolvePath).
/// Listens on the first free port of PORTS unless `port` is given. Resolves to
/// { server, port, base }.
export async function serve(root, port = 0) {
  const server = createServer((req, res) => {
    const r = resolvePath(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (r.status === 301) {
      res.writeHead(301, { Location: r.location });
      return res.end();
    }
    if (!r.file) return send(res, r.status, 'text/plain; charset=utf-8', 'not found');
    res.writeHead(r.status, { 'Content-Type': r.type });
    createReadStream(r.file).pipe(res);
  });
  const ports = port ? [port] : range(PORTS.first, PORTS.last);
  for (const p of ports) {
    const ok = await new Promise((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(p, '127.0.0.1', () => resolve(true));
    });
    if (ok) return { server, port: p, base: `http://127.0.0.1:${p}` };
  }
  throw new Error(`no free port in ${ports[0]}–${ports[ports.length - 1]}`);
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function range(first, last) {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/// The addresses the build says it is published at, from its pages'
/// canonical links: pairs { published: 'https://koks.example.lv/', local:
/// '/koks/' }, longest address first. A page that must work at any depth (a
/// 404 page) links its style sheet and pages by these absolute addresses.
export function publishedPrefixes(root, pages) {
  const pairs = new Map();
  for (const p of pages) {
    const m = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(root, p.path), 'utf8'));
    if (!m) continue;
    const canonical = new URL(m[1]);
    const local = p.url.split('/');
    const published = canonical.pathname.split('/');
    while (local.length > 1 && published.length > 1 && local.at(-1) === published.at(-1)) {
      local.pop();
      published.pop();
    }
    const prefix = canonical.origin + published.join('/') + '/';
    pairs.set(prefix, local.join('/') + '/');
  }
  return [...pairs].map(([published, local]) => ({ published, local }))
    .sort((a, b) => b.published.length - a.published.length);
}

/// Answers the browser's requests for the build's published addresses from
/// the build itself, so pages that link by absolute address work offline.
export async function routePublished(context, root, prefixes) {
  if (!prefixes.length) return;
  await context.route((url) => prefixes.some((p) => url.href.startsWith(p.published)), (route) => {
    const url = route.request().url();
    const p = prefixes.find((x) => url.startsWith(x.published));
    const path = p.local + decodeURIComponent(new URL(url).pathname.slice(new URL(p.published).pathname.length));
    const r = resolvePath(root, path);
    if (r.status === 301) return route.fulfill({ status: 301, headers: { Location: url + '/' } });
    if (!r.file) return route.fulfill({ status: r.status, body: 'not found' });
    return route.fulfill({ status: r.status, contentType: r.type, body: readFileSync(r.file) });
  });
}

/// Starts Debian's Chromium headless through playwright-core; playwright gives
/// it a fresh profile folder of its own.
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_FLAGS });
}

/// axe-core's script, read when first needed.
let axeSource;

/// Runs axe-core (every rule it runs by default) in the loaded page;
/// resolves to its violations.
export async function axe(page) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}`),
    }));
  });
}

/// In the page: the visible text set under 12 px, as `SIZEpx "text"` lines.
/// Text hidden from sight (display none, visually hidden) does not count.
export function smallText() {
  const shown = (el) => {
    if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') return false;
    for (let e = el; e; e = e.parentElement) {
      const r = e.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && getComputedStyle(e).overflow === 'hidden') return false;
    }
    return true;
  };
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !shown(el)) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 12) small.push(`${size}px "${n.textContent.trim().slice(0, 40)}"`);
  }
  return small;
}

/// Reads `--name value` options after the positional arguments.
export function parseArgs(argv) {
  const positional = [];
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) options[argv[i].slice(2)] = argv[++i];
    else positional.push(argv[i]);
  }
  return { positional, options };
}
