/** year (#14): notices about year overview links and published years (both languages; the UI picks one): the catalogs' `notices`. */
import type { Message } from '../contract/schema.ts';
import { notice } from '../i18n/notices.ts';

export const yearNotices = {
  /** A link names a year whose files are not loaded (files never travel in a link). */
  yearNotLoaded: (year: number): Message => notice('yearNotLoaded', year),
  /** A link names a ministry the year's files do not have. */
  ministryNotFound: (ministry: string, year: number): Message => notice('ministryNotFound', ministry, year),
  /** A published index.json that is not the `--list` array. */
  badIndex: (url: string, detail: string): Message => notice('badIndex', url, detail),
};
