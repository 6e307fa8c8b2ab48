/**
 * The whole view in the URL hash, so a link or a reload restores it and back/forward walk
 * through it: `#drill=A.D&sel=D:r:1&mode=flow&lang=en&lens=1&p=D:B&embed=1&present=1&sheet=x.txt`.
 * Decoding validates against the contract in hashSchema.ts; a malformed or stale hash yields the default view plus a notice.
 */
import type { ViewHash } from './hashSchema.ts';
import { isMinistry } from '../contract/nodeIds.ts';

export type { ViewHash } from './hashSchema.ts';

/** A block id: a letter, or two after Z ("AA", "AB", … as the RSシステム numbers them). */
export const BLOCK_ID = /^[A-Z]{1,2}$/;
/** An RSシステム project (予算事業ID: a system integer). */
export const PROJECT_ID = /^\d{1,12}$/;
/** year (#14): the longest 政策所管府省庁 name a link may carry. */
export const MINISTRY_MAX = 60;
/** A selection id as it may appear in a link (node ids: "D", "D:r:1", "D:r:1~2" for a second row ranked 1, "fold:…"). */
export const SEL_PATTERN = /^[A-Za-z0-9:._~\-\u3000-\u9fff]{1,80}$/;
/** A relative, same-origin URL: no scheme, no "//" host. */
export const SHEET_PATTERN = /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s]{1,300}$/i;

// year (#14, compare): `compare=2024`, the earlier 事業年度 an RS project is compared with.
/** A 事業年度 as it may appear in a link (four digits). */
export const YEAR_PATTERN = /^\d{4}$/;
/** A 事業年度 a link may name: an integer 1000…9999 (year=, compare=). */
const isYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 9999;
// end year (#14, compare)

/** The default view: the overview in Japanese. */
export const defaultView: ViewHash = { drill: [], sel: null, mode: 'flow', lang: 'ja', lens: false, parents: {}, embed: false, present: false, step: 0, sheet: null };

/** Serialises a view; default values are left out so links stay short. */
export function encodeHash(view: ViewHash): string {
  const p = new URLSearchParams();
  if (view.drill.length) p.set('drill', view.drill.join('.'));
  if (view.sel) p.set('sel', view.sel);
  if (view.mode !== 'flow') p.set('mode', view.mode);
  if (view.lang !== 'ja') p.set('lang', view.lang);
  if (view.lens) p.set('lens', '1');
  const parents = Object.entries(view.parents).map(([b, parent]) => `${b}:${parent}`);
  if (parents.length) p.set('p', parents.join(','));
  if (view.embed) p.set('embed', '1');
  if (view.present) p.set('present', '1');
  if (view.step) p.set('step', String(view.step));
  if (view.sheet) p.set('sheet', view.sheet);
  if (view.year !== undefined && view.year !== null) p.set('year', String(view.year));
  if (view.ministry) p.set('ministry', view.ministry);
  if (view.project) p.set('project', view.project);
  if (view.compare !== undefined) p.set('compare', String(view.compare)); // year (#14, compare)
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Result of decoding: the view, and `invalid` when the hash could not be used as given. */
export interface DecodedHash {
  view: ViewHash;
  /** True when the hash was malformed and the default view is returned instead. */
  invalid: boolean;
}

const KEYS = new Set(['drill', 'sel', 'mode', 'lang', 'lens', 'p', 'embed', 'present', 'step', 'sheet', 'project', 'year', 'ministry', 'compare']);

/** Parses `location.hash`; never throws. */
export function decodeHash(hash: string): DecodedHash {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return { view: defaultView, invalid: false };
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(raw);
  } catch {
    return { view: defaultView, invalid: true };
  }
  if ([...p.keys()].some((k) => !KEYS.has(k))) return { view: defaultView, invalid: true };
  const flag = (k: string): boolean | string => (p.has(k) ? (p.get(k) === '1' ? true : p.get(k) === '0' ? false : `bad:${k}`) : false);
  const parents: Record<string, string> = {};
  for (const pair of (p.get('p') ?? '').split(',').filter(Boolean)) {
    const [b, parent, extra] = pair.split(':');
    if (!b || !parent || extra !== undefined) return { view: defaultView, invalid: true };
    parents[b] = parent;
  }
  const stepText = p.get('step');
  const candidate = {
    drill: p.get('drill')?.split('.') ?? [],
    sel: p.get('sel'),
    mode: p.get('mode') ?? 'flow',
    lang: p.get('lang') ?? 'ja',
    lens: flag('lens'),
    parents,
    embed: flag('embed'),
    present: flag('present'),
    step: stepText === null ? 0 : /^\d{1,3}$/.test(stepText) ? Number(stepText) : -1,
    sheet: p.get('sheet'),
    ...(p.has('project') ? { project: p.get('project') } : {}),
    // "2025" → 2025; anything but four digits fails checkView's range (Number('') is 0, Number('x') NaN).
    ...(p.has('year') ? { year: /^\d+$/.test(p.get('year') as string) ? Number(p.get('year')) : 0 } : {}),
    ...(p.has('ministry') ? { ministry: p.get('ministry') } : {}),
    // year (#14, compare): a number, or -1 for a value that is not a year (the view is then refused).
    ...(p.has('compare') ? { compare: YEAR_PATTERN.test(p.get('compare') as string) ? Number(p.get('compare')) : -1 } : {}),
  };
  const view = checkView(candidate);
  return view ? { view, invalid: false } : { view: defaultView, invalid: true };
}

/**
 * The view when `v` satisfies viewHashSchema (src/state/hashSchema.ts), else null.
 * Hand-written so the page ships no schema library; tests/unit/hash.test.ts checks that it
 * agrees with the zod schema on generated inputs.
 */
export function checkView(v: Record<string, unknown>): ViewHash | null {
  const { drill, sel, mode, lang, lens, parents, embed, present, step, sheet, project, year, ministry, compare } = v;
  if (!Array.isArray(drill) || !drill.every((b) => typeof b === 'string' && BLOCK_ID.test(b))) return null;
  if (sel !== null && !(typeof sel === 'string' && SEL_PATTERN.test(sel))) return null;
  if (mode !== 'flow' && mode !== 'byRecipient' && mode !== 'table') return null;
  if (lang !== 'ja' && lang !== 'en') return null;
  if (typeof lens !== 'boolean' || typeof embed !== 'boolean' || typeof present !== 'boolean') return null;
  if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0) return null;
  if (sheet !== null && !(typeof sheet === 'string' && SHEET_PATTERN.test(sheet))) return null;
  if (project !== undefined && project !== null && !(typeof project === 'string' && PROJECT_ID.test(project))) return null;
  if (year != null && !isYear(year)) return null;
  if (ministry != null && !(typeof ministry === 'string' && ministry.length > 0 && ministry.length <= MINISTRY_MAX)) return null;
  if (compare !== undefined && !isYear(compare)) return null; // year (#14, compare)
  if (typeof parents !== 'object' || parents === null || Array.isArray(parents)) return null;
  const p: Record<string, string> = {};
  for (const [b, parent] of Object.entries(parents)) {
    if (!BLOCK_ID.test(b) || typeof parent !== 'string' || !(isMinistry(parent) || BLOCK_ID.test(parent))) return null;
    p[b] = parent;
  }
  return { drill: [...(drill as string[])], sel, mode, lang, lens, parents: p, embed, present, step, sheet, ...(project !== undefined ? { project } : {}), ...(year !== undefined ? { year } : {}), ...(ministry !== undefined ? { ministry } : {}), ...(compare !== undefined ? { compare: compare as number } : {}) };
}
