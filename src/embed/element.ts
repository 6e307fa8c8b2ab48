/**
 * `<fund-flow-sankey src="sheet.txt" block="D" lang="en">`: the diagram as a custom
 * element in one JS file (npm run build:element). The sheet is fetched from the page's
 * own origin; styles are scoped to the element (CSS variables on the element, Svelte's
 * hashed classes), and nothing leaves the browser.
 */
import { mount, unmount } from 'svelte';
import theme from '../view/theme.css?raw';
import { analyzeAny as analyze } from '../read/any.ts';
import { drillDown } from '../model/index.ts';
import { AppState } from '../state/app.svelte.ts';
import EmbedView from './EmbedView.svelte';
import { fetchSheet } from './loadSheet.ts';
import { scopedTheme } from './scopedTheme.ts';
import { embedStrings } from './strings.ts';

const STYLE_ID = 'fund-flow-sankey-theme';

class FundFlowSankey extends HTMLElement {
  static observedAttributes = ['src', 'block', 'lang'];
  #app = new AppState({ analyze, drillDown });
  #view: Record<string, unknown> | null = null;
  #loaded: string | null = null;

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
      this.setAttribute('aria-busy', 'true');
      const r = await fetchSheet(src);
      this.removeAttribute('aria-busy');
      const s = embedStrings(app.lang);
      if (!r.ok) app.refuse(r.reason === 'origin' ? s.refusedOrigin(r.url) : s.fetchFailed(r.url, r.status), src);
      else app.load(r.text, src);
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
