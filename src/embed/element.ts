/**
 * `<fund-flow-sankey src="sheet.txt" block="D" lang="en">`: the diagram as a custom
 * element in one JS file (npm run build:element). The sheet is fetched from the page's
 * own origin (the app's size limit and decoding: read/fetchSheet.ts), and the latest `src` wins: a
 * change aborts the request still running. Nothing leaves the browser. It renders in a shadow
 * root, so the host page's CSS cannot restyle it (nor it the page); its styles (theme +
 * components) are one constructable stylesheet adopted by every element's shadow root, which
 * needs no `style-src 'unsafe-inline'` under a strict CSP. Where constructable stylesheets are
 * missing, a <style> in the shadow root stands in.
 */
import { mount, unmount } from 'svelte';
import theme from '../view/theme.css?raw';
import { analyzeAny as analyze } from '../read/any.ts';
import { drillBlocks } from '../model/drillBlocks.ts';
import { rsDrill } from '../model/rsDrill.ts';
import { AppState } from '../state/app.svelte.ts';
import EmbedView from './EmbedView.svelte';
import { fetchSheet } from '../read/fetchSheet.ts';
import { hostTheme } from './scopedTheme.ts';
import { useEnglish } from '../i18n/english.svelte.ts';
import { englishDicts } from '../i18n/english.ts';
import { notice } from '../i18n/notices.ts';

// One file with no start-up budget: the English strings are in it from the start.
useEnglish(englishDicts);

/** The components' CSS: the element build (vite.element.config.ts) puts it in place of this marker. */
const COMPONENT_CSS: string = '__FUND_FLOW_SANKEY_COMPONENT_CSS__';

/** All the element's CSS: the theme for the shadow root, then the components'. */
const elementCss = (): string => `${hostTheme(theme)}\n${/^__[A-Z_]+__$/.test(COMPONENT_CSS) ? '' : COMPONENT_CSS}`;

let shared: CSSStyleSheet | null = null;
/** Gives `root` the element's styles: the one shared constructable stylesheet, or a <style> where there is none. */
function style(root: ShadowRoot): void {
  try {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(elementCss());
    }
    root.adoptedStyleSheets = [shared];
  } catch {
    const el = document.createElement('style');
    el.textContent = elementCss();
    root.prepend(el);
  }
}

class FundFlowSankey extends HTMLElement {
  static observedAttributes = ['src', 'block', 'lang'];
  #app = new AppState({ analyze, drillDown: (sheet, id, overview) => drillBlocks(sheet, id, overview, rsDrill) });
  #view: Record<string, unknown> | null = null;
  #loaded: string | null = null;
  /** Aborts the request of the `src` being loaded, when another takes over or the element leaves the page. */
  #abort: AbortController | null = null;

  connectedCallback(): void {
    let root = this.shadowRoot;
    if (!root) {
      root = this.attachShadow({ mode: 'open' });
      style(root);
    }
    let box = root.querySelector<HTMLElement>('div.root');
    if (!box) {
      box = document.createElement('div');
      box.className = 'root';
      root.append(box);
    }
    if (!this.#view) this.#view = mount(EmbedView, { target: box, props: { app: this.#app, fullViewHref: this.getAttribute('href') } });
    void this.#sync();
  }

  disconnectedCallback(): void {
    // A load still running is given up, and done again if the element comes back.
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = null;
      this.#loaded = null;
    }
    if (this.#view) void unmount(this.#view);
    this.#view = null;
  }

  attributeChangedCallback(): void {
    if (this.#view) void this.#sync();
  }

  async #sync(): Promise<void> {
    const app = this.#app;
    app.setLang(this.getAttribute('lang') === 'en' ? 'en' : 'ja');
    const src = this.getAttribute('src');
    if (src && src !== this.#loaded) {
      this.#loaded = src;
      this.#abort?.abort();
      const abort = (this.#abort = new AbortController());
      this.setAttribute('aria-busy', 'true');
      const r = await fetchSheet(src, location.href, location.origin, { signal: abort.signal });
      // A newer src took over meanwhile: it shows its own sheet and sends its own event.
      if (abort.signal.aborted) return;
      this.#abort = null;
      this.removeAttribute('aria-busy');
      if (r.ok) app.load(r.text, src);
      else if (r.reason === 'origin') app.refuse(notice('refusedOrigin', r.url)[app.lang], src);
      else if (r.reason === 'fetch') app.refuse(notice('fetchFailed', r.url, r.status)[app.lang], src);
      else app.refuse(r.message[app.lang], src);
    }
    const block = this.getAttribute('block');
    if (block && app.currentBlock !== block) {
      app.home();
      app.drill(block);
    } else if (!block && app.currentBlock) app.home();
    this.dispatchEvent(new CustomEvent('fund-flow-ready', { detail: { error: app.error } }));
  }
}

if (!customElements.get('fund-flow-sankey')) customElements.define('fund-flow-sankey', FundFlowSankey);
