/** Notices about RSシステム files (both languages; the UI picks one): the catalogs' `notices`. Issue #11. */
import type { Message } from '../contract/schema.ts';
import type { RsTable } from '../sources/rs-csv/index.ts';
import { notice } from '../i18n/notices.ts';

export const rsNotices = {
  /** One notice naming every missing table: "no 5-3: 費目・使途 not shown". */
  missing: (tables: readonly RsTable[]): Message => notice('tablesMissing', tables),
  /** A link names a project of RS files that are not loaded (files never travel in a link). */
  projectNotLoaded: (id: string): Message => notice('projectNotLoaded', id),
  /** Several kinds of file were given at once: only the RS files were read. */
  mixed: (names: readonly string[]): Message => notice('mixed', names),
};
