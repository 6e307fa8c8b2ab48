/** year (#14): the overview nodes the payee search (YearPanel) marks, read by the overview (YearFlow). */
export const yearMarks = $state<{ ids: readonly string[] }>({ ids: [] });
