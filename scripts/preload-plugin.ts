/**
 * Vite plugin (build only): a `<link rel="modulepreload">` for the chunks of a module the
 * entry imports dynamically (src/start.ts), so the browser fetches them while it parses and
 * paints the page, and the import costs no round trip once the entry asks for it.
 */
import type { Plugin } from 'vite';

export function preloadDynamic(module = 'src/start.ts'): Plugin {
  return {
    name: 'preload-dynamic',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const root = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(module));
        if (!root) return html;
        const files = new Set<string>();
        const add = (name: string): void => {
          if (files.has(name)) return;
          files.add(name);
          const c = chunks.find((x) => x.fileName === name);
          for (const i of c?.imports ?? []) add(i);
        };
        add(root.fileName);
        const links = [...files].filter((f) => !html.includes(f)).map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`);
        return html.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}
