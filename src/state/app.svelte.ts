/**
 * The app's one state object (Svelte 5 runes): the input text and its parse
 * output, drill path, selection, hover, view mode, lens, language and parent
 * overrides. A load that fails keeps the previous output: the diagram never
 * changes because of a bad file; the error is exposed instead.
 */
import type { Graph, Message, ParseOutput, Sheet } from '../contract/schema.ts';
import { OTHERS, ministryPaid, storySteps } from '../model/storySteps.ts';
import type { RsDrill } from '../model/drillBlocks.ts';
import type { RsCatalog, RsFile } from '../read/rsSession.ts';
import type { RsApi } from './rsClient.ts';
import type { ReadonlyGraph } from '../contract/readonly.ts';
import type { Lang } from '../i18n/lang.ts';
import { loadFailed } from '../i18n/failure.ts';

/**
 * The model functions the state needs (src/model/index.ts; injected so tests can fake them).
 * At least one of `analyze` and `analyzeAsync` must be given.
 */
export interface ModelApi {
  /** Parser and checks on the main thread (tests, the custom element); needed by load(). */
  analyze?(text: string, options?: { parents?: Record<string, string> }): ParseOutput;
  /** [screen] `overview` is the sheet's overview graph (drillBlocks draws an intermediary's flows from it). */
  drillDown(sheet: Sheet, blockId: string, overview?: Graph, rsDrill?: RsDrill): Graph;
  /**
   * Analysis that may load the parser on first use and run big inputs in a worker
   * (src/state/analyzer.ts); preferred by loadAsync() and the re-parenting calls.
   */
  analyzeAsync?(text: string, parents?: Record<string, string>): Promise<ParseOutput>;
  /** RSシステム files: read in a worker, one project at a time (tests give their own). */
  rs?: RsApi;
  /** Loads the page's RS client (src/state/rsClient.ts) on first use, when `rs` is not given; without either, RS files are not read. */
  rsClient?: () => Promise<{ createRsClient(): RsApi }>;
}

/** The RS steps (rsLoad.ts), loaded with the first RS file or RS link. */
export const rsLoad = () => import('./rsLoad.ts');

/** year (#14): the year overview's place: a 事業年度, narrowed to one 政策所管府省庁 or not. */
export interface YearScope {
  year: number;
  ministry: string | null;
}

/** What the main area shows. */
export type ViewMode = 'flow' | 'byRecipient' | 'table';

/** Why the last load was refused. */
export interface LoadError {
  code: string;
  message: Message;
  /** 1-based input line the problem was found on, when there is one. */
  line: number | null;
  /** Name of the file or source that was refused, if known. */
  source: string | null;
}

/** [screen] A file of the user's: its name and size in bytes. */
export interface SheetFile {
  name: string;
  size: number;
}

/** Reactive application state. */
export class AppState {
  /** Text of the sheet on display. */
  text = $state('');
  /** Name of the file or source the text came from. */
  source = $state<string | null>(null);
  /** Parse output of `text`; null before the first successful load. */
  output = $state.raw<ParseOutput | null>(null);
  /** The last refused load, or null. */
  error = $state.raw<LoadError | null>(null);
  /** Blocks drilled into, outermost first; empty = the overview. Changed only through the methods below (#goTo). */
  #drillPath = $state<string[]>([]);
  get drillPath(): string[] {
    return this.#drillPath;
  }
  selectedId = $state<string | null>(null);
  #hoveredId = $state<string | null>(null);
  /** The node or band under the pointer or focus; set with hover(). */
  get hoveredId(): string | null {
    return this.#hoveredId;
  }
  mode = $state<ViewMode>('flow');
  lens = $state(false);
  lang = $state<Lang>('ja');
  /** Block parents set by the user (block id → parent id). */
  parents = $state<Record<string, string>>({});
  #expandedFolds = $state<string[]>([]);
  /** Folds the user opened (see src/layout/fold.ts); set with expandFold(), cleared by every new drill path. */
  get expandedFolds(): string[] {
    return this.#expandedFolds;
  }

  /** The one rule of a new drill path: the hover and the opened folds belong to the old one. */
  #goTo(path: string[]): void {
    this.#drillPath = path;
    this.#hoveredId = null;
    this.#expandedFolds = [];
  }
  /** Embed mode: the diagram, its legend and a link to the full view only. */
  embed = $state(false);
  /** Presentation mode (full screen, large type, story steps). */
  present = $state(false);
  /** Step of the presentation story: 0 = the whole flow, k = the k-th block by amount. */
  step = $state(0);
  /** The view the presentation started from (null when it was opened from a link). */
  #beforePresent: { mode: ViewMode; drillPath: string[]; selectedId: string | null } | null = null;
  /** Relative URL the sheet was loaded from (`#sheet=`), or null for the seed / a local file. */
  sheetUrl = $state<string | null>(null);
  /** A one-off note for the user (e.g. a link that could not be used), or null. */
  notice = $state.raw<Message | null>(null);
  /**
   * [screen] The user's own file on display (name and size in bytes, as the header says), or
   * null for the bundled seed and a `#sheet=` link. Set by loadFile(); any other load clears it.
   */
  file = $state.raw<SheetFile | null>(null);
  /** The RSシステム year loaded from files (its project list), or null. Kept while other sheets are shown. */
  rs = $state.raw<RsCatalog | null>(null);
  /** The RS project on display (予算事業ID), or null when the sheet did not come from RS files. */
  project = $state<string | null>(null);
  /** The 事業年度 of the RS project on display. */
  projectYear = $state<number | null>(null);
  /** A project a link asked for before its files were loaded: opened when they are (not shown: no need to be reactive). */
  pendingProject: string | null = null;
  /** year (#14): the year overview on display in the main area (its 事業年度 and, narrowed, its 政策所管府省庁), or null when a sheet is; set by rsLoad.showYear(). */
  yearScope = $state.raw<YearScope | null>(null);
  /** year (#14): a year overview a link asked for before its files were loaded: shown when they are. */
  pendingYear: YearScope | null = null;
  // --- year (#14, compare): one project across 事業年度 -------------------------------------
  /** The earlier 事業年度 the RS project on display is compared with (`#compare=2024`), or null. */
  compareWith = $state<number | null>(null);
  /** That comparison once the worker has made it (view/compare/CompareBar.svelte asks), else null. */
  comparison = $state.raw<import('../contract/year.ts').ProjectComparison | null>(null);
  // --- end year (#14, compare) ---------------------------------------------------------------
  /** Counts load requests: only the latest one may change what is shown. */
  #generation = 0;

  readonly #model: ModelApi;

  constructor(model: ModelApi) {
    this.#model = model;
  }

  /** The block drilled into, or null on the overview. */
  get currentBlock(): string | null {
    return this.drillPath.at(-1) ?? null;
  }

  /** The graph to draw: the overview graph or the current block's drill-down. */
  readonly graph: ReadonlyGraph | null = $derived.by(() => {
    const out = this.output;
    if (!out) return null;
    const block = this.currentBlock;
    return block === null ? out.graph : this.drillGraph(block);
  });

  /** How an RSシステム block's drill-down is drawn: set by the RS code when it loads (rsLoad.ts), before any RS sheet is shown. */
  rsDrill: RsDrill | undefined = undefined;
  /**
   * The drill-down graph of `blockId` in the sheet on display (empty when there is none), made on
   * each call: not cached (#10, bench/RESULTS.md "Caches": the largest drill-down graph of the 26×100
   * sheet is made in 0.018 ms, of the largest RS project in 0.028 ms); a kept scene is found for an equal graph.
   */
  drillGraph(blockId: string): ReadonlyGraph {
    const sheet = this.output?.sheet;
    if (!sheet) return { nodes: [], links: [], parents: {} };
    try {
      return this.#model.drillDown(sheet, blockId, this.output?.graph, this.rsDrill);
    } catch {
      return { nodes: [], links: [], parents: {} };
    }
  }

  /** True while a sheet is being parsed off the main thread. */
  busy = $state(false);

  /** Parse `text`; on success show it (fresh drill path, selection and parents), otherwise keep everything and expose the error. */
  load(text: string, source: string | null = null): boolean {
    this.#generation++;
    this.busy = false;
    const out = this.#analyze(text, {}, source);
    if (!out) return false;
    this.#show(text, source, out);
    return true;
  }

  /** Like load(), but the parser may load on demand and big sheets are parsed in a worker, so the page keeps responding. */
  async loadAsync(text: string, source: string | null = null): Promise<boolean> {
    const gen = ++this.#generation;
    this.busy = true;
    try {
      const out = await this.#analyzeAsync(text, {}, source, gen);
      if (!out || gen !== this.#generation) return false;
      this.#show(text, source, out);
      return true;
    } finally {
      if (gen === this.#generation) this.busy = false;
    }
  }

  /**
   * Read RSシステム files (ZIPs or CSVs of one year) in the worker and list their projects;
   * one project alone, or the one a link asked for, opens at once. A file that cannot be read
   * is named in the error and the rest is read; when nothing usable comes out, everything
   * shown (the diagram, the previous list) stays. `skipped`: files given along that were not read.
   * (The steps are in rsLoad.ts, loaded with the first RS file.)
   */
  async loadRsFiles(files: RsFile[], skipped: readonly string[] = []): Promise<boolean> {
    const latest = this.request();
    return (await rsLoad()).loadRsFiles(this, this.#model, latest, files, skipped);
  }

  /** Show a project of the loaded RS files (no new parse: the worker keeps the year). */
  async openProject(projectNumber: string, sheetYear?: number): Promise<boolean> {
    const latest = this.request();
    return (await rsLoad()).openProject(this, this.#model, latest, projectNumber, sheetYear);
  }

  /** year (#14): a year view of the loaded RS files (src/read/yearSession.ts); null when none are loaded. */
  async yearView(op: import('../read/yearSession.ts').YearOp): Promise<unknown> {
    return (await rsLoad()).yearView(this.#model, op);
  }

  /** Starts a load request, which makes every earlier one stale: the check says whether it still is the latest. */
  request(): () => boolean {
    const gen = ++this.#generation;
    return () => gen === this.#generation;
  }

  /**
   * Show an output analysed elsewhere (the seed's, computed at build time) for `text`;
   * refused like a load when it carries an error.
   */
  show(text: string, source: string | null, output: ParseOutput): boolean {
    this.#generation++;
    this.busy = false;
    const out = this.#accept(output, source);
    if (!out) return false;
    this.#show(text, source, out);
    return true;
  }

  #show(text: string, source: string | null, out: ParseOutput): void {
    this.text = text;
    this.source = source;
    this.parents = {};
    this.output = out;
    this.#goTo([]);
    this.selectedId = null;
    this.error = null;
    this.sheetUrl = null;
    this.step = 0;
    this.file = null;
    this.project = null;
    this.projectYear = null;
    this.yearScope = null;
    // year (#14, compare): a comparison belongs to the project shown (the year switch sets it again).
    this.compareWith = null;
    this.comparison = null;
  }

  /** [screen] Like loadAsync(), for a file of the user's: on success `file` names it (name, size in bytes). */
  async loadFile(text: string, name: string, size: number): Promise<boolean> {
    const ok = await this.loadAsync(text, name);
    if (ok) this.file = { name, size };
    return ok;
  }

  /** Replace all parent overrides at once (from a link); false, with nothing changed, when the model refuses them. */
  async setParents(parents: Record<string, string>): Promise<boolean> {
    const same = JSON.stringify(parents) === JSON.stringify(this.parents);
    if (same) return true;
    return this.#reparent({ ...parents }, false);
  }

  /** The presentation story after the whole flow: block ids, largest amount first. */
  get story(): string[] {
    // Blocks under 1 % of the total share one step (OTHERS), see storySteps.ts.
    return storySteps(this.output?.sheet.blocks ?? [], this.output ? ministryPaid(this.output.graph.links) : null);
  }

  /** Go to story step `n` (clamped): 0 shows the whole flow, k drills into the k-th block. */
  goStep(n: number): void {
    const story = this.story;
    const step = Math.max(0, Math.min(story.length, Math.round(n)));
    this.step = step;
    const entry = step === 0 ? null : (story[step - 1] ?? null);
    // The step of the small blocks shows the whole flow (its caption lists them).
    const block = entry === OTHERS ? null : entry;
    this.#goTo(block ? [block] : []);
    this.selectedId = block;
  }

  /** Enter or leave presentation mode (entering starts at the current block's step, or the whole flow). */
  setPresent(on: boolean): void {
    if (on === this.present) return;
    this.present = on;
    if (on) {
      // Leaving returns here (Esc), to the view and selection the presentation started from.
      this.#beforePresent = { mode: this.mode, drillPath: [...this.drillPath], selectedId: this.selectedId };
      this.mode = 'flow';
      const story = this.story;
      const i = this.currentBlock ? story.indexOf(this.currentBlock) : -1;
      this.goStep(i >= 0 ? i + 1 : this.currentBlock && story.includes(OTHERS) ? story.length : 0);
    } else {
      this.step = 0;
      const before = this.#beforePresent;
      this.#beforePresent = null;
      if (before) {
        this.mode = before.mode;
        this.#goTo(before.drillPath);
        this.selectedId = before.selectedId;
      }
    }
  }

  /** Show a notice (null clears it). */
  notify(message: Message | null): void {
    this.notice = message;
  }

  /** Re-parent a block (`'ministry'` or a block id); the diagram follows (resolves false when refused). */
  setParent(blockId: string, parent: string): Promise<boolean> {
    return this.#reparent({ ...this.parents, [blockId]: parent }, true);
  }

  /** Drop all parent overrides. */
  async resetParents(): Promise<void> {
    await this.#reparent({}, false);
  }

  /** Analyse the sheet on display again with `parents`; dropped when another sheet was loaded meanwhile. */
  async #reparent(parents: Record<string, string>, clearError: boolean): Promise<boolean> {
    const { text, output } = this;
    // An RS project's edges are stated by its files (5-2), not inferred: nothing to re-parent.
    if (this.project !== null || output?.sheet.source === 'rs-csv') return Object.keys(parents).length === 0;
    const out = await this.#analyzeAsync(text, parents, this.source);
    if (!out || this.output !== output) return false;
    this.parents = parents;
    this.output = out;
    if (clearError) this.error = null;
    return true;
  }

  /** Drill into a block of the sheet (no-op for unknown blocks or the current one). */
  drill(blockId: string): void {
    if (!this.output?.sheet.blocks.some((b) => b.id === blockId)) return;
    if (this.currentBlock === blockId) return;
    this.#goTo([...this.drillPath, blockId]);
    this.selectedId = blockId;
  }

  /** Go up one level; returns false when already on the overview. */
  up(): boolean {
    if (this.drillPath.length === 0) return false;
    const left = this.drillPath.at(-1) ?? null;
    this.#goTo(this.drillPath.slice(0, -1));
    this.selectedId = left;
    return true;
  }

  /** Back to the overview. */
  home(): void {
    if (this.drillPath.length === 0) return;
    this.selectedId = this.drillPath[0] ?? null;
    this.#goTo([]);
  }

  /** A breadcrumb: the overview (null), or the path up to that block (a block not on the path: that block alone); selects it. */
  goToCrumb(blockId: string | null): void {
    if (blockId === null) return this.home();
    const i = this.drillPath.indexOf(blockId);
    const path = i >= 0 ? this.drillPath.slice(0, i + 1) : [blockId];
    if (path.join('.') !== this.drillPath.join('.')) this.#goTo(path);
    this.selectedId = blockId;
  }

  /** Show the drill path a link names (the hash); nothing changes when it is the one on display. */
  showPath(path: readonly string[]): void {
    if (path.join('.') !== this.drillPath.join('.')) this.#goTo([...path]);
  }

  select(id: string | null): void {
    this.selectedId = id;
  }

  hover(id: string | null): void {
    this.#hoveredId = id;
  }

  setMode(mode: ViewMode): void {
    this.mode = mode;
  }

  toggleLens(): void {
    this.lens = !this.lens;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  expandFold(id: string): void {
    if (!this.#expandedFolds.includes(id)) this.#expandedFolds = [...this.#expandedFolds, id];
  }

  /** Record a load that failed before parsing (file too large, unreadable); the diagram stays. */
  refuse(message: string, source: string | null = null): void {
    this.#generation++;
    this.busy = false;
    this.error = { code: 'READ_FAILED', message: { ja: message, en: message }, line: null, source };
  }

  /** Forget the last load error. */
  dismissError(): void {
    this.error = null;
  }

  #analyze(text: string, parents: Record<string, string>, source: string | null): ParseOutput | null {
    let out: ParseOutput;
    try {
      const run = this.#model.analyze;
      if (!run) throw new Error('no synchronous parser: use loadAsync()');
      out = run(text, { parents });
    } catch (e) {
      this.#fail(e, source);
      return null;
    }
    return this.#accept(out, source);
  }

  async #analyzeAsync(text: string, parents: Record<string, string>, source: string | null, gen?: number): Promise<ParseOutput | null> {
    const run = this.#model.analyzeAsync;
    if (!run) return this.#analyze(text, parents, source);
    // A later load makes this one's result (and its error) moot.
    const stale = (): boolean => gen !== undefined && gen !== this.#generation;
    try {
      const out = await run(text, parents);
      return stale() ? null : this.#accept(out, source);
    } catch (e) {
      if (!stale()) this.#fail(e, source);
      return null;
    }
  }

  #fail(e: unknown, source: string | null): void {
    const detail = e instanceof Error ? e.message : String(e);
    this.error = {
      code: 'INTERNAL',
      message: loadFailed(detail),
      line: 1,
      source,
    };
  }

  /** The output when it has no error; otherwise null, with the error exposed. */
  #accept(out: ParseOutput, source: string | null): ParseOutput | null {
    const fatal = out.diagnostics.find((d) => d.severity === 'error');
    if (fatal) {
      this.error = { code: fatal.code, message: fatal.message, line: fatal.line, source };
      return null;
    }
    return out;
  }
}
