/**
 * The contract of the view kept in the URL hash, as a zod schema. The page validates
 * with the hand-written checkView() (src/state/hash.ts) so it ships no schema library;
 * the tests prove both accept and reject the same values. Both use the same patterns (hash.ts).
 */
import { z } from 'zod/mini';
import { BLOCK_ID, MINISTRY_MAX, PROJECT_ID, SEL_PATTERN, SHEET_PATTERN } from './hash.ts';
import { MINISTRY_ID } from '../contract/nodeIds.ts';

const blockId = z.string().check(z.regex(BLOCK_ID));

/** Schema of the view encoded in the hash. */
export const viewHashSchema = z.object({
  drill: z.array(blockId),
  sel: z.nullable(z.string().check(z.regex(SEL_PATTERN))),
  mode: z.enum(['flow', 'byRecipient', 'table']),
  lang: z.enum(['ja', 'en']),
  lens: z.boolean(),
  parents: z.record(blockId, z.union([blockId, z.literal(MINISTRY_ID)])),
  embed: z.boolean(),
  present: z.boolean(),
  /** Present-mode story step. */
  step: z.int().check(z.minimum(0)),
  /** Relative URL of the sheet, same origin only. */
  sheet: z.nullable(z.string().check(z.regex(SHEET_PATTERN))),
  /** RSシステム project (予算事業ID) of the files loaded; the files themselves are not in the URL. */
  project: z.optional(z.nullable(z.string().check(z.regex(PROJECT_ID)))),
  /** year (#14): the 事業年度 of the year overview (or of the project shown). */
  year: z.optional(z.nullable(z.int().check(z.minimum(1000), z.maximum(9999)))),
  /** year (#14): the 政策所管府省庁 the year overview is narrowed to. */
  ministry: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(MINISTRY_MAX)))),
  /** year (#14, compare): the earlier 事業年度 the RS project is compared with. */
  compare: z.optional(z.int().check(z.minimum(1000), z.maximum(9999))),
});
/** The view as it lives in the URL. */
export type ViewHash = z.infer<typeof viewHashSchema>;
