/**
 * The seed sheet through the real model (#10): its ParseOutput comes from the real text-sheet
 * source and assemble() (src/read/analyze.ts), its drill-downs from the real drillBlocks, so
 * component tests see the ids, labels and graphs the app draws. Expectations in the tests are
 * worked out by hand from the seed sheet (seeds/000_07fcc2ea9ae77a26.txt), not from this code.
 */
import type { Block, Graph, ParseOutput, Sheet } from '../../src/contract/schema.ts';
import { analyze } from '../../src/read/analyze.ts';
import { drillBlocks } from '../../src/model/drillBlocks.ts';
import type { ModelApi } from '../../src/state/app.svelte.ts';

import seedSheetText from '../../seeds/000_07fcc2ea9ae77a26.txt?raw';

/** The bundled seed sheet's text. */
export const seedText: string = seedSheetText;

/** A ParseOutput of the seed, with parent overrides (`{ D: 'ministry' }`); a fresh object each call. */
export function seedOutput(parents: Record<string, string> = {}): ParseOutput {
  return analyze(seedText, { parents });
}

/** The seed sheet (header, budget, blocks A…J, inferred flows). */
export function seedSheet(): Sheet {
  return seedOutput().sheet;
}

/** Blocks A…J of the seed. */
export function seedBlocks(): Block[] {
  return seedSheet().blocks;
}

/** The real drill-down of a block of the seed's sheet (with the overview graph, as the app draws it). */
export function seedDrillDown(sheet: Sheet, blockId: string, overview?: Graph): Graph {
  return drillBlocks(sheet, blockId, overview);
}

/** Text that the model refuses (not a review sheet). */
export const BROKEN = 'hello\nthis is not a sheet';

/**
 * The model API of the app with the real model. Any text containing 事業番号 stands for the seed
 * (tests load `'事業番号 seed'` rather than the whole sheet); anything else is read as it is.
 */
export const fakeModel = {
  analyze(text: string, options?: { parents?: Record<string, string> }): ParseOutput {
    return analyze(text.includes('事業番号') ? seedText : text, { parents: options?.parents ?? {} });
  },
  drillDown: drillBlocks,
} satisfies ModelApi;
