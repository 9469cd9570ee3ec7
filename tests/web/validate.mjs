// The Nu HTML Checker (vnu-jar, on Java 17) over every HTML page, style sheet
// and SVG image of the given builds: 0 errors, or the run fails. Warnings are
// counted and shown. First it checks that vnu does catch errors, on a page
// with two known mistakes, so a checker that silently checks nothing fails.
//   node validate.mjs BUILD...
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder, pageKind } from './lib.mjs';

const vnuJar = createRequire(import.meta.url)('vnu-jar');

/// Runs vnu on `files` and returns its messages ({type, subType, url, message, ...}).
function vnu(files) {
  const args = ['-jar', vnuJar, '--format', 'json', '--also-check-css', '--also-check-svg', ...files];
  const run = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  const json = run.stderr.slice(run.stderr.indexOf('{'));
  try {
    return JSON.parse(json).messages;
  } catch {
    throw new Error(`vnu printed no JSON report (exit ${run.status}):\n${run.stderr}`);
  }
}

const isError = (m) => m.type === 'error' || m.type === 'non-document-error';
const isWarning = (m) => m.type === 'info' && m.subType === 'warning';

function selfTest() {
  const dir = mkdtempSync(join(tmpdir(), 'clustersite-vnu-'));
  try {
    const page = join(dir, 'broken.html');
    writeFileSync(page, '<!DOCTYPE html><html lang="en"><head><title>x</title></head>' +
      '<body><main><img src="a.png"><p><div>block in p</div></p></main></body></html>');
    const errors = vnu([page]).filter(isError);
    if (errors.length < 2) {
      throw new Error(`vnu found ${errors.length} errors in a page with two: the checker is not checking`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const roots = process.argv.slice(2);
if (!roots.length) {
  console.error('usage: node validate.mjs BUILD...');
  process.exit(2);
}
selfTest();

let failed = false;
for (const root of roots) {
  const html = filesUnder(root, '.html');
  const css = filesUnder(root, '.css');
  const svg = filesUnder(root, '.svg');
  const files = [...html, ...css, ...svg].map((f) => join(root, f));
  const messages = vnu(files);
  const errors = messages.filter(isError);
  const warnings = messages.filter(isWarning);
  const kits = html.filter((f) => pageKind(readFileSync(join(root, f), 'utf8')) === 'welcome-kit');
  console.log(`vnu ${root}: ${html.length} pages (${kits.length} welcome kits), ${css.length} style sheets, ` +
    `${svg.length} SVG images: ${errors.length} errors, ${warnings.length} warnings`);
  for (const m of [...errors, ...warnings]) {
    const where = (m.url || '').replace(/^file:/, '').replace(root.replace(/\/?$/, '/'), '');
    console.log(`  ${where}:${m.lastLine ?? ''}:${m.firstColumn ?? ''}: ${isError(m) ? 'error' : 'warning'}: ${m.message}`);
    if (m.extract) console.log(`    ${m.extract.replace(/\n/g, ' ')}`);
  }
  if (errors.length) failed = true;
}
process.exit(failed ? 1 : 0);
