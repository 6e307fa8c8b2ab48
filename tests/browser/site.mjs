// A static "host" for the sharing tests: several directories mounted at URL prefixes (dist/
// under a deep sub-path, the custom element, host pages), extra in-memory files, optional
// response headers (CSP), and a log of every request the server saw.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { TYPES } from './server.mjs';
import { start } from './harness.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export const DIST_SINGLE = join(ROOT, 'dist-single');
export const DIST_ELEMENT = join(ROOT, 'dist-element');
export const SEED_PATH = join(ROOT, 'seeds/000_07fcc2ea9ae77a26.txt');

/** The strict policy the built app must run under (README documents it). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/**
 * Serve `mounts` ({ '/deep/sub/': dir }) and `files` ({ '/host.html': text }) on 127.0.0.1.
 * `headers` go on every response. `routes` ({ '/slow.txt': (req, res) => … }) answer a path
 * themselves (a delay, a Content-Length the body does not have). Resolves to { url, origin, requests, close }.
 */
export async function serveSite({ mounts = {}, files = {}, headers = {}, routes = {} } = {}) {
  const requests = [];
  const prefixes = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (routes[path]) return routes[path](req, res);
    if (files[path] !== undefined) return send(200, TYPES[extname(path)] ?? 'text/html; charset=utf-8', files[path]);
    for (const [prefix, dir] of prefixes) {
      if (!path.startsWith(prefix)) continue;
      const root = resolve(dir);
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root)) return send(403, 'text/plain', 'forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      try {
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      } catch {
        break;
      }
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}/`, origin, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Watch a page for anything that leaves `origin` (requests other than data:/blob:) and for
 * CSP violations (the securitypolicyviolation event and Chromium's console messages).
 */
export async function guard(context, origin) {
  const outside = [];
  const violations = [];
  await context.exposeBinding('__cspViolation', (_src, v) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // @ts-ignore: exposed by the test
      window.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('file:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  context.on('page', (p) => watchConsole(p, violations));
  return { outside, violations };
}

/** Chromium reports CSP refusals on the console too. */
export function watchConsole(page, violations) {
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
}

/**
 * A fresh context and page on `url`, guarded (outside requests, CSP violations) and with
 * console errors, page errors and dialogs collected in `problems`.
 */
export async function openGuarded(browser, url, { width = 1280, height = 720, origin, wait = true, device = {} } = {}) {
  // `device`: more context options (a phone: isMobile, hasTouch, deviceScaleFactor).
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', locale: 'ja-JP', acceptDownloads: true, ...device });
  const g = await guard(context, origin ?? new URL(url).origin);
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  if (wait) {
    await page.locator('svg.sankey').first().waitFor();
    // The first view is prerendered into the HTML: wait until the script has taken it over.
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  }
  return { page, context, problems, ...g };
}

/**
 * For a test file: starts the browser (harness.mjs `start`) and serves `options` (default: dist/ at
 * the root) before its tests, and closes both after them. `onStart` gets `{ env, site }`.
 */
export function serveForFile(onStart, options = { mounts: { '/': DIST } }) {
  let env;
  let site;
  before(async () => {
    env = await start();
    site = await serveSite(options);
    onStart({ env, site });
  });
  after(async () => {
    await site?.close();
    await env?.stop();
  });
}
