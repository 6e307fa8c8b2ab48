/** The RSシステム parts of the page, loaded when RS files have been read (issue #11); the side panels (the project list, and year #14's year overview, payee search, competition lens and year comparison) in one chunk. */
export const loadRsSide = () => import('./rsSide.ts');
/** The list of links set aside because they close a cycle (RSシステム sheets). */
export const loadSetAside = () => import('../SetAsideNote.svelte');
/** year (#14): the year overview in the main area (the first view of a whole year's files). */
export const loadYearFlow = () => import('../year/YearFlow.svelte');
/** year (#14, compare): the project view's year switch and comparison, the budget panel of both years and the diagram's marks (one chunk). */
export const loadCompare = () => import('../compare/index.ts');
