/** Recipient-name normalisation, to match a 費目・使途 heading to the list ("(株)日立製作所" ≡ "株式会社日立製作所"). */

// Abbreviated legal forms printed in 費目・使途 headings.
const LEGAL_FORMS: [string, string][] = [
  ['(株)', '株式会社'], ['(有)', '有限会社'], ['(同)', '合同会社'], ['(名)', '合名会社'], ['(資)', '合資会社'],
  ['(国研)', '国立研究開発法人'], ['(独)', '独立行政法人'], ['(地独)', '地方独立行政法人'],
  ['(国大)', '国立大学法人'], ['(大)', '国立大学法人'], ['(大学共同)', '大学共同利用機関法人'],
  ['(一社)', '一般社団法人'], ['(一財)', '一般財団法人'], ['(公社)', '公益社団法人'], ['(公財)', '公益財団法人'],
  ['(社)', '社団法人'], ['(財)', '財団法人'], ['(学)', '学校法人'], ['(医)', '医療法人'], ['(社福)', '社会福祉法人'],
  ['(特非)', '特定非営利活動法人'], ['(NPO)', '特定非営利活動法人'], ['(宗)', '宗教法人'], ['(協)', '協同組合'],
];

const FULL_FORMS = [...new Set(LEGAL_FORMS.map(([, full]) => full))].sort((a, b) => b.length - a.length);
const EXPAND = new Map(LEGAL_FORMS);
const ABBREVIATION = new RegExp(LEGAL_FORMS.map(([abbr]) => abbr.replace(/[()]/g, '\\$&')).join('|'), 'g');
const FULL_FORM = new RegExp(FULL_FORMS.join('|'), 'g');

/**
 * True when every character is printable ASCII other than the space, kana or a CJK unified
 * ideograph: NFKC leaves such text as it is (none of these characters decomposes or composes
 * with its neighbour) and it has no white space or ･, so normalizeName need not copy it.
 */
function plainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x4e00 ? c > 0x9fff : c >= 0x3041 ? c > 0x3096 && (c < 0x30a1 || c > 0x30fc) : c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/** NFKC, no spaces, legal-form abbreviations written out. */
export function normalizeName(name: string): string {
  const n = plainName(name) ? name : name.normalize('NFKC').replace(/\s+/g, '').replace(/･/g, '・');
  return n.includes('(') ? n.replace(ABBREVIATION, (abbr) => EXPAND.get(abbr) ?? abbr) : n;
}

/** The name without any legal form, for a looser match. */
export function coreName(name: string): string {
  return normalizeName(name).replace(FULL_FORM, '');
}

/**
 * A short display label: the name as written without its legal form ("株式会社日立製作所" →
 * "日立製作所"). Inner spaces stay ("Amazon Web Services, Inc." is not "AmazonWebServices,Inc.");
 * normalizeName and coreName, which drop them, are for matching only.
 */
export function shortName(name: string): string {
  const n = name.normalize('NFKC');
  const core = n.replace(ABBREVIATION, '').replace(FULL_FORM, '').replace(/\s{2,}/g, ' ').trim();
  return core === '' ? name : core;
}
