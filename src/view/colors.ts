/** Colours of the diagram by node and link kind (CSS variables, so dark mode can swap them). */
import type { LinkKind, NodeKind } from '../contract/schema.ts';

/** Fill of a node bar by kind. */
export const NODE_FILL: Record<NodeKind, string> = {
  ministry: 'var(--node-ministry)',
  block: 'var(--node-block)',
  kept: 'var(--node-kept)',
  residual: 'var(--node-residual)',
  recipient: 'var(--node-recipient)',
  category: 'var(--node-category)',
  purpose: 'var(--node-purpose)',
  other: 'var(--node-other)',
};

/** Stroke of a link band by kind (lens off). */
export const LINK_STROKE: Record<LinkKind, string> = {
  fund: 'var(--link-fund)',
  payment: 'var(--link-fund)',
  expense: 'var(--link-expense)',
  kept: 'var(--link-kept)',
  residual: 'var(--link-residual)',
};
