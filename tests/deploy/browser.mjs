// One page of each kind of each build, loaded in headless Chromium through
// the server deploy-config configured (members and staff with their
// credentials), the search page performing a search: any Content-Security-
// Policy violation or console error fails the check. Then a page of another
// origin frames each build's home and a print document of each kind, which
// Chromium must refuse (frame-ancestors 'none').
//   node browser.mjs BASE_URL ROOT MEMBERS_USER:PASSWORD STAFF_USER:PASSWORD
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { launchChromium, onePerKind, pagesOf } from '../web/lib.mjs';

const [base, root, members, staff] = process.argv.slice(2);
const builds = [
  { audience: 'public', path: '/', credentials: null },
  { audience: 'members', path: '/members/', credentials: members },
  { audience: 'staff', path: '/staff/', credentials: staff },
];

/// A word of the first search entry's title, which the search must find.
function searchWord(folder, page) {
  const index = JSON.parse(readFileSync(join(folder, page.path.replace(/index\.html$/, 'index.json')), 'utf8'));
  return index.items[0].title.split(/\s+/).find((w) => w.length > 3) || index.items[0].title;
}

const browser = await launchChromium();
const problems = [];
let loaded = 0;
let framedChecked = 0;

/// One print document of each kind (welcome-kit, reports, visits, strategy:
/// the folder under the cluster) of a build, from its CSP manifest.
function oneDocumentPerKind(folder) {
  const byKind = new Map();
  for (const { path } of JSON.parse(readFileSync(join(folder, '.csp.json'), 'utf8')).documents) {
    const kind = path.split('/')[1];
    if (!byKind.has(kind)) byKind.set(kind, path);
  }
  return [...byKind.values()];
}

// A page of another origin (another port) that frames the URL in its query.
const framerServer = createServer((req, res) => {
  const target = decodeURIComponent(req.url.slice(2));
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><title>framer</title><iframe src="${target.replace(/"/g, '&quot;')}"></iframe>`);
});
await new Promise((resolve) => framerServer.listen(0, '127.0.0.1', resolve));
const framer = `http://127.0.0.1:${framerServer.address().port}`;
try {
  for (const build of builds) {
    const folder = join(root, build.audience);
    const [username, password] = build.credentials ? build.credentials.split(':') : [];
    const context = await browser.newContext(username ? { httpCredentials: { username, password } } : {});
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
      });
    });
    for (const p of onePerKind(pagesOf(folder))) {
      const page = await context.newPage();
      const where = `${build.audience} ${p.kind} ${p.url}`;
      // Failed requests are reported by URL below, with the print documents'
      // /favicon.ico left out: they have no icon, and browsers ask for one.
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
          problems.push(`${where}: console: ${m.text()}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico')
          problems.push(`${where}: ${r.status()} ${r.url()}`);
      });
      page.on('pageerror', (e) => problems.push(`${where}: ${e.message}`));
      const response = await page.goto(base + build.path + p.url.slice(1), { waitUntil: 'load' });
      if (response.status() !== 200) problems.push(`${where}: status ${response.status()}`);
      if (p.kind === 'search') {
        await page.fill('#search-q', searchWord(folder, p));
        try {
          await page.waitForSelector('#search-results li', { timeout: 5000 });
        } catch {
          problems.push(`${where}: the search found nothing`);
        }
      }
      for (const v of await page.evaluate(() => window.__violations)) problems.push(`${where}: ${v}`);
      await page.close();
      loaded++;
    }
    // frame-ancestors 'none', which only a header can carry: a page of
    // another origin framing the build's home and a print document of each
    // kind gets nothing but Chromium's refusal.
    for (const url of [build.path, ...oneDocumentPerKind(folder).map((d) => build.path + d)]) {
      const page = await context.newPage();
      const target = base + url;
      let refused = false;
      page.on('console', (m) => {
        // Chromium names the framed page's origin only, not its path.
        if (m.text().startsWith(`Framing '${base}/' violates`) && m.text().includes("frame-ancestors 'none'"))
          refused = true;
      });
      await page.goto(`${framer}/?${encodeURIComponent(target)}`, { waitUntil: 'load' });
      const inner = page.frames().find((f) => f !== page.mainFrame());
      if (!refused || !inner || inner.url() === target)
        problems.push(`${build.audience} ${url}: a page of another origin could frame it (${inner && inner.url()})`);
      await page.close();
      framedChecked++;
    }
    await context.close();
  }
} finally {
  await browser.close();
  framerServer.close();
}
for (const p of problems) console.error(p);
console.log(`Chromium: ${problems.length ? 'FAILED' : 'ok'}, ${loaded} pages (one of each kind) without a CSP violation, ` +
  `${framedChecked} homes and print documents refused in another origin's frame`);
process.exit(problems.length ? 1 : 0);
