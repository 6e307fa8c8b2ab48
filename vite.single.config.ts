/**
 * `npm run build:single`: one self-contained HTML file (script, styles and the seed
 * inlined) that opens from disk (file://), where module scripts and crossorigin
 * stylesheets are blocked. The script is IIFE, inlined at the end of <body>.
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { seedSheet } from './scripts/seed-plugin.ts';
import { prerenderApp } from './scripts/prerender-plugin.ts';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Inlines the built JS and CSS into index.html and pins them with a hash-based CSP. */
function inlineEverything(): Plugin {
  return {
    name: 'inline-everything',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset') return;
      let page = String(html.source);
      let script = '';
      const styles: string[] = [];
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'chunk' && file.isEntry) {
          script = file.code.replace(/<\/script/gi, '<\\/script');
          delete bundle[name];
        } else if (file.type === 'asset' && name.endsWith('.css')) {
          styles.push(String(file.source));
          delete bundle[name];
        } else if (name !== html.fileName) {
          // The worker chunk: the analyzer parses inline when there is no worker (file://),
          // so the single file does not need it and stays one file.
          delete bundle[name];
        }
      }
      page = page.replace(/\s*<script[^>]*src="[^"]*"[^>]*><\/script>/g, '');
      page = page.replace(/\s*<link rel="stylesheet"[^>]*>/g, '');
      const css = styles.join('\n');
      const csp = `default-src 'self'; script-src ${sha256(script)}; style-src 'self' ${sha256(css)}; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'`;
      page = page.replace('<meta charset="UTF-8" />', () => `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
      page = page.replace('</head>', () => `  <style>${css}</style>\n  </head>`);
      page = page.replace('</body>', () => `  <script>${script}</script>\n  </body>`);
      html.source = page;
    },
  };
}

/**
 * [screen] A copy of the single file next to the app in dist/ (as `single.html`, when dist/ is
 * there: build:all builds it first): the app's "save as one HTML file with this sheet" fetches
 * it as its template (src/export/singleHtml.ts).
 */
function templateForApp(): Plugin {
  return {
    name: 'single-template-for-app',
    apply: 'build',
    closeBundle() {
      if (existsSync('dist/index.html') && existsSync('dist-single/index.html')) copyFileSync('dist-single/index.html', 'dist/single.html');
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), seedSheet(), prerenderApp(), inlineEverything(), templateForApp()],
  // From file:// there is no worker: RSシステム files are read on the main thread (src/state/rsClient.ts).
  define: { __RS_INLINE__: 'true' },
  build: {
    target: 'es2022',
    outDir: 'dist-single',
    emptyOutDir: true,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    rollupOptions: { output: { format: 'iife' } },
  },
});
