/** The marks the diagram, tables and their text alternatives put by a flagged row (one pair for all). */
export const MARKS = { singleBidder: '⚑', highAwardRate: '◆' } as const;
