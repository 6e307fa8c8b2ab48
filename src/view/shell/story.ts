/** Captions of the presentation story: the whole flow, then each block by amount. Pure. */
import type { Block, ContractFamily, Graph, Sheet } from '../../contract/schema.ts';
import { sum } from '../../util/decimal.ts';
import { mergedRecipients } from '../../model/blocks.ts';
import { formatAmount, formatShare } from '../format.ts';
import { blockTitle, ministryTotalOf } from '../nodeInfo.ts';
import { isHighAwardRate, isSingleBidder } from '../panels/recipients.ts';
import { OTHERS, smallBlocks } from '../../model/storySteps.ts';
import { present, ui } from '../../i18n/catalog/ja.ts';
import { inLang } from '../../i18n/english.svelte.ts';
import type { Lang } from '../../i18n/lang.ts';

/** One caption: a heading and short facts. */
export interface Caption {
  title: string;
  amount: string;
  share: string | null;
  families: string[];
  flags: string;
}

function familyLine(blocks: readonly Block[], lang: Lang): string[] {
  const by = new Map<ContractFamily, number[]>();
  for (const b of blocks) for (const r of b.recipients) by.set(r.contractFamily, [...(by.get(r.contractFamily) ?? []), r.amount]);
  const total = sum([...by.values()].flat());
  const s = inLang(lang, 'ui', ui);
  return [...by.entries()]
    .map(([f, v]) => ({ f, v: sum(v) }))
    .sort((a, b) => b.v - a.v)
    .map(({ f, v }) => `${s.family[f]} ${formatShare(v, total, lang)}`);
}

/** Caption of story step `step` (0 = the whole flow, k = `story[k-1]`). */
export function captionOf(sheet: Sheet, graph: Pick<Graph, 'links' | 'parents'>, story: readonly string[], step: number, lang: Lang): Caption {
  const t = inLang(lang, 'present', present);
  const total = ministryTotalOf(graph);
  if (step > 0 && story[step - 1] === OTHERS) {
    // The blocks under 1 % of the total, together.
    const ids = new Set(smallBlocks(sheet.blocks, total));
    const small = sheet.blocks.filter((b) => ids.has(b.id));
    const rows = small.flatMap((b) => b.recipients);
    const amount = sum(small.map((b) => b.total));
    return {
      title: t.storyOthers(small.length, small.map((b) => b.id).join(', ')),
      amount: `${formatAmount(amount, sheet.unit, lang)} · ${t.storyOthersNote}`,
      share: total ? `${t.share_} ${formatShare(amount, total, lang)}` : null,
      families: familyLine(small, lang),
      flags: rows.some((r) => isSingleBidder(r) || isHighAwardRate(r)) ? t.flags(rows.filter(isSingleBidder).length, rows.filter(isHighAwardRate).length) : t.noFlags,
    };
  }
  const block = step > 0 ? sheet.blocks.find((b) => b.id === story[step - 1]) : undefined;
  const rows = block ? block.recipients : sheet.blocks.flatMap((b) => b.recipients);
  const flags = t.flags(rows.filter(isSingleBidder).length, rows.filter(isHighAwardRate).length);
  const noFlags = !rows.some((r) => isSingleBidder(r) || isHighAwardRate(r));
  if (!block) {
    const parents = new Set(Object.values(graph.parents).map((p) => p.parent));
    const leaves = sheet.blocks.filter((b) => !parents.has(b.id));
    return {
      title: `${sheet.projectName ?? t.storyAll} — ${t.storyAll}`,
      amount: `${formatAmount(total, sheet.unit, lang)} · ${t.blocks(sheet.blocks.length)}`,
      share: null,
      families: familyLine(leaves, lang),
      flags: noFlags ? t.noFlags : flags,
    };
  }
  return {
    title: blockTitle(block, lang),
    amount: `${formatAmount(block.total, sheet.unit, lang)} · ${t.recipients(mergedRecipients(block).length)}`,
    share: total ? `${t.share_} ${formatShare(block.total, total, lang)}` : null,
    families: familyLine([block], lang),
    flags: noFlags ? t.noFlags : flags,
  };
}
