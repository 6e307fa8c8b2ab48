/**
 * "Save as one HTML file with this sheet": the single-file build (npm run build:single) with the
 * user's sheet in place of the bundled seed, made in the browser. The single file's CSP pins its
 * one inline script and one inline style by hash; the sheet travels in the
 * `<script type="application/json" id="seed-sheet">` data block, which is never executed and not
 * covered by the hashes, so replacing it keeps the policy valid. The prerendered first view (the
 * seed's diagram) is dropped, so the page renders the new sheet instead of hydrating the seed's.
 *
 * Where the template comes from: the single file itself (opened from disk) serialises its own
 * document; the app on a site fetches the copy the build puts next to it (`single.html`).
 */
import type { ParseOutput } from '../contract/schema.ts';

/** The seed block's content: the sheet's file name, its text and its parse output. */
export interface SheetPayload {
  name: string;
  text: string;
  output: ParseOutput | null;
}

/** File name of the single-file template the build puts into dist/ (vite.single.config.ts). */
export const TEMPLATE_FILE = 'single.html';

const SEED_BLOCK = /(<script type="application\/json" id="seed-sheet">)[\s\S]*?(<\/script>)/;
/** The prerendered view: everything in #app up to the `</div>` right before the seed block. */
const PRERENDERED = /<div id="app"[^>]*>[\s\S]*?<\/div>(?=\s*<script type="application\/json" id="seed-sheet">)/;

/** JSON that is safe inside a <script> element (as scripts/seed-plugin.ts writes it). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text safe as HTML element content. */
const text = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The single file `template` with `sheet` inside instead of its seed, no prerendered view, and
 * `title` as the page title. Null when `template` is not a single-file build (no seed block or
 * no #app before it).
 */
export function singleHtmlWith(template: string, sheet: SheetPayload, title: string): string | null {
  if (!SEED_BLOCK.test(template) || !PRERENDERED.test(template)) return null;
  const payload = jsonForScript({ name: sheet.name, text: sheet.text, ...(sheet.output ? { output: sheet.output } : {}) });
  return template
    .replace(PRERENDERED, '<div id="app"></div>')
    .replace(SEED_BLOCK, (_, open: string, close: string) => `${open}${payload}${close}`)
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${text(title)}</title>`);
}

/**
 * The page's own HTML as a single-file template, when the page is one (its script is inline and
 * it carries a seed block); null otherwise (the app on a site: its scripts are separate files).
 * The live app inside #app is left out.
 */
export function ownTemplate(doc: Document = document): string | null {
  const inline = [...doc.querySelectorAll('script')].some((s) => !s.src && !s.type && s.textContent);
  if (!inline || !doc.getElementById('seed-sheet')) return null;
  const root = doc.documentElement.cloneNode(true) as HTMLElement;
  root.setAttribute('lang', 'ja');
  const app = root.querySelector('#app');
  if (!app) return null;
  app.replaceChildren();
  for (const a of [...app.attributes]) if (a.name !== 'id') app.removeAttribute(a.name);
  return `<!doctype html>\n${root.outerHTML}`;
}

/** The single-file template: the page itself, or the build's copy next to the app; null when there is none. */
export async function loadTemplate(base: string = location.href): Promise<string | null> {
  const own = ownTemplate();
  if (own) return own;
  try {
    const res = await fetch(new URL(TEMPLATE_FILE, base), { credentials: 'same-origin' });
    if (!res.ok) return null;
    const html = await res.text();
    return SEED_BLOCK.test(html) ? html : null;
  } catch {
    return null;
  }
}
