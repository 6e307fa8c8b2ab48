/**
 * The path through a node: everything upstream (where its money came from) and
 * downstream (where it went), for hover and focus highlighting.
 */

/** Ids of the nodes and links on every path through a node. */
export interface PathSet {
  nodes: Set<string>;
  links: Set<string>;
}

interface Edge {
  id: string;
  source: string;
  target: string;
}

/** Nodes and links upstream and downstream of node `id` (the node itself included). */
export function pathThrough(links: readonly Edge[], id: string): PathSet {
  const nodes = new Set<string>([id]);
  const onPath = new Set<string>();
  walk(links, id, 'up', nodes, onPath);
  walk(links, id, 'down', nodes, onPath);
  return { nodes, links: onPath };
}

/** Nodes and links on every path through link `linkId`. */
export function pathThroughLink(links: readonly Edge[], linkId: string): PathSet {
  const link = links.find((l) => l.id === linkId);
  if (!link) return { nodes: new Set(), links: new Set() };
  const nodes = new Set<string>([link.source, link.target]);
  const onPath = new Set<string>([link.id]);
  walk(links, link.source, 'up', nodes, onPath);
  walk(links, link.target, 'down', nodes, onPath);
  return { nodes, links: onPath };
}

function walk(links: readonly Edge[], start: string, dir: 'up' | 'down', nodes: Set<string>, onPath: Set<string>): void {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const l of links) {
      const from = dir === 'down' ? l.source : l.target;
      if (from !== id) continue;
      const to = dir === 'down' ? l.target : l.source;
      onPath.add(l.id);
      nodes.add(to);
      queue.push(to);
    }
  }
}
