/**
 * The by-recipient view and the merge it shows (model/byRecipient.ts), one on-demand chunk
 * (src/lazy.ts `loadByRecipient`): neither is needed before that view is picked.
 */
export { default } from './ByRecipientView.svelte';
export { byRecipient } from '../model/byRecipient.ts';
