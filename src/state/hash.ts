/**
 * The whole view in the URL hash, so a link or a reload restores it and back/forward walk
 * through it: `#drill=A.D&sel=D:r:1&mode=flow&lang=en&lens=1&p=D:B&embed=1&present=1&sheet=x.txt`.
 * Decoding validates with zod; a malformed or stale hash yields the default view plus a notice.
 */
import { z } from 'zod/mini';

const blockId = z.string().check(z.regex(/^[A-Z]$/));

/** Schema of the view encoded in the hash. */
export const viewHashSchema = z.object({
  drill: z.array(blockId),
  sel: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9:._\-\u3000-\u9fff]{1,80}$/))),
  mode: z.enum(['flow', 'byRecipient', 'table']),
  lang: z.enum(['ja', 'en']),
  lens: z.boolean(),
  parents: z.record(blockId, z.union([blockId, z.literal('ministry')])),
  embed: z.boolean(),
  present: z.boolean(),
  /** Present-mode story step. */
  step: z.int().check(z.minimum(0)),
  /** Relative URL of the sheet, same origin only. */
  sheet: z.nullable(z.string().check(z.regex(/^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s]{1,300}$/i))),
});
/** The view as it lives in the URL. */
export type ViewHash = z.infer<typeof viewHashSchema>;

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
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Result of decoding: the view, and `invalid` when the hash could not be used as given. */
export interface DecodedHash {
  view: ViewHash;
  /** True when the hash was malformed and the default view is returned instead. */
  invalid: boolean;
}

const KEYS = new Set(['drill', 'sel', 'mode', 'lang', 'lens', 'p', 'embed', 'present', 'step', 'sheet']);

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
  };
  const parsed = viewHashSchema.safeParse(candidate);
  return parsed.success ? { view: parsed.data, invalid: false } : { view: defaultView, invalid: true };
}
