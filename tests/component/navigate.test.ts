import { describe, expect, it } from 'vitest';
import { inTextField, neighbour } from '../../src/view/navigate.ts';

const nodes = [
  { id: 'm', layer: 0, y0: 0, y1: 100 },
  { id: 'a', layer: 1, y0: 0, y1: 100 },
  { id: 'b', layer: 2, y0: 0, y1: 20 },
  { id: 'c', layer: 2, y0: 30, y1: 60 },
  { id: 'd', layer: 2, y0: 70, y1: 100 },
];
const links = [
  { source: 'm', target: 'a' },
  { source: 'a', target: 'b' },
  { source: 'a', target: 'c' },
  { source: 'a', target: 'd' },
];

describe('neighbour', () => {
  it('moves up and down within a column and stops at its ends', () => {
    expect(neighbour(nodes, 'c', 'ArrowUp')).toBe('b');
    expect(neighbour(nodes, 'c', 'ArrowDown')).toBe('d');
    expect(neighbour(nodes, 'b', 'ArrowUp')).toBeNull();
    expect(neighbour(nodes, 'd', 'ArrowDown')).toBeNull();
  });
  it('follows flows right to the topmost target and left to the source', () => {
    expect(neighbour(nodes, 'a', 'ArrowRight', links)).toBe('b');
    expect(neighbour(nodes, 'd', 'ArrowLeft', links)).toBe('a');
    expect(neighbour(nodes, 'd', 'ArrowRight', links)).toBeNull();
  });
  it('falls back to the nearest node of the next column without links', () => {
    expect(neighbour(nodes, 'a', 'ArrowRight')).toBe('c');
  });
  it('recognises text fields', () => {
    const input = document.createElement('input');
    expect(inTextField(input)).toBe(true);
    expect(inTextField(document.createElement('div'))).toBe(false);
    expect(inTextField(null)).toBe(false);
  });
});
