/**
 * The contract of the view kept in the URL hash, as a zod schema. The page validates
 * with the hand-written checkView() (src/state/hash.ts) so it ships no schema library;
 * the tests prove both accept and reject the same values.
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
