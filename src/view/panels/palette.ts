/**
 * Colour-blind-safe colours (Okabe & Ito 2008) for contract families, as plain hex
 * strings (no d3-scale-chromatic). Colour is never the only cue: every use also has a
 * text label. Yellow (#F0E442) is left out: it is unreadable on a light background.
 */
import type { ContractFamily } from '../../contract/schema.ts';

/** The Okabe–Ito palette. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;

/** Display order of contract families: grants first, unknown last. */
export const FAMILY_ORDER: readonly ContractFamily[] = ['grant', 'competitive', 'open-call', 'discretionary', 'unknown'];

/**
 * Colour of each contract family. No amber, orange or red: the diagram's amber means "kept by an
 * intermediary" (--node-kept, --link-kept) and its red the residual (--node-residual,
 * --link-residual in theme.css); both stay on screen with the lens on, so one colour would have
 * two meanings (issue #13). Hence sky blue (light, vs the grant's dark blue) and reddish purple.
 */
export const FAMILY_COLORS: Readonly<Record<ContractFamily, string>> = {
  grant: OKABE_ITO.blue,
  competitive: OKABE_ITO.bluishGreen,
  'open-call': OKABE_ITO.skyBlue,
  discretionary: OKABE_ITO.reddishPurple,
  unknown: OKABE_ITO.grey,
};

/** The family colours as an array, in FAMILY_ORDER. */
export const FAMILY_PALETTE: readonly string[] = FAMILY_ORDER.map((f) => FAMILY_COLORS[f]);
