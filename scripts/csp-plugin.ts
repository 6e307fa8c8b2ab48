/**
 * Vite plugin (build only): pins a strict Content-Security-Policy into the built
 * index.html as a <meta>, for static hosts that cannot send headers. Hosts that can should
 * send the same policy as a header (plus frame-ancestors, which a <meta> cannot carry).
 * The dev server is left alone: it injects inline styles for hot reload.
 */
import type { Plugin } from 'vite';

/** The policy of the built app (see README, "Content-Security-Policy"). */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function cspMeta(policy = APP_CSP): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<meta charset="UTF-8" />', () => `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}
