/** Contract families of 契約方式等 texts, for the competition lens. */
import type { ContractFamily } from './schema.ts';

/**
 * Family of a 契約方式等 text: grant (補助金等交付, 交付, 補助, 負担金), competitive
 * (一般競争, 指名競争), open-call (随意契約 公募/企画競争), discretionary (other 随意契約), unknown.
 */
export function contractFamily(type: string | null): ContractFamily {
  if (!type) return 'unknown';
  // Sheets repeat a handful of contract texts: classify each once.
  const known = FAMILY_CACHE.get(type);
  if (known) return known;
  const family = classify(type);
  if (FAMILY_CACHE.size < 1000) FAMILY_CACHE.set(type, family);
  return family;
}

// Strings in and out (nothing to go stale), bounded: at most 1,000 texts are kept, later ones are classified each time.
// Pays (#10, bench/RESULTS.md "Caches"): parseSheet of the ×100 sheet takes 5.7–8.0 ms with it, 6.9–10.3 ms without.
const FAMILY_CACHE = new Map<string, ContractFamily>();

function classify(type: string): ContractFamily {
  const t = type.replace(/\s+/g, '');
  if (/補助|交付|負担金|拠出|出資|助成/.test(t)) return 'grant';
  if (/一般競争|指名競争|競争入札/.test(t)) return 'competitive';
  if (/随意契約|随契/.test(t)) return /公募|企画競争|企画提案/.test(t) ? 'open-call' : 'discretionary';
  if (/企画競争|公募/.test(t)) return 'open-call';
  return 'unknown';
}

/** True when a contract type funds an intermediary that may pass money on (grant or commission). */
export function passesMoneyOn(type: string | null): boolean {
  return !!type && /補助|交付|負担金|委託|拠出|出資|助成/.test(type);
}
