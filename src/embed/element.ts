/**
 * `<fund-flow-sankey src="sheet.txt" block="D" lang="en">`: the diagram as a custom
 * element in one JS file (npm run build:element). The sheet is fetched from the page's
 * own origin (the app's size limit and decoding: read/fetchSheet.ts), and the latest `src` wins: a
 * change aborts the request still running. Styles are scoped to the element (CSS variables on the element, Svelte's
 * hashed classes), and nothing leaves the browser.
 */
import { mount, unmount } from 'svelte';
import theme from '../view/theme.css?raw';
import { analyze } from '../read/index.ts';
import { drillDown } from '../model/index.ts';
import { AppState } from '../state/app.svelte.ts';
import EmbedView from './EmbedView.svelte';
import { fetchSheet } from '../read/fetchSheet.ts';
import { scopedTheme } from './scopedTheme.ts';
import { embedStrings } from './strings.ts';

const STYLE_ID = 'fund-flow-sankey-theme';

class FundFlowSankey extends HTMLElement {
  static observedAttributes = ['src', 'block', 'lang'];
  #app = new AppState({ analyze, drillDown });
  #view: Record<string, unknown> | null = null;
  #loaded: string | null = null;
  /** Aborts the request of the `src` being loaded, when another takes over or the element leaves the page. */
  #abort: AbortController | null = null;

  connectedCallback(): void {
    if (!document.getElementById(STYLE_ID)) {
      const style = document.createElement('style');
      style.id = STYLE_ID;
      style.textContent = scopedTheme(theme);
      document.head.append(style);
    }
    if (!this.#view) this.#view = mount(EmbedView, { target: this, props: { app: this.#app, fullViewHref: this.getAttribute('href') } });
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
      const s = embedStrings(app.lang);
      if (r.ok) app.load(r.text, src);
      else if (r.reason === 'origin') app.refuse(s.refusedOrigin(r.url), src);
      else if (r.reason === 'fetch') app.refuse(s.fetchFailed(r.url, r.status), src);
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
