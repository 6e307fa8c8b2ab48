/**
 * The path through a node or a link: everything upstream (where its money came from)
 * and downstream (where it went), for hover and focus highlighting.
 *
 * {@link pathIndex} builds adjacency lists once per layout, so each hover costs one
 * walk over the path (O(path)), not a scan of every link per visited node. The path
 * sets are not memoised (#10, bench/RESULTS.md "Caches"): every node's path of the
 * 26×100 overview, all 29 of them, is walked in 0.010 ms.
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

/** Path lookups over one set of links. */
export interface PathIndex {
  /** Nodes and links upstream and downstream of node `id` (the node itself included). */
  node(id: string): PathSet;
  /** Nodes and links on every path through link `linkId` (empty for an unknown link). */
  link(linkId: string): PathSet;
}

/** Index `links` once; each lookup walks the path. */
export function pathIndex(links: readonly Edge[]): PathIndex {
  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, Edge[]>();
  const byId = new Map<string, Edge>();
  for (const l of links) {
    byId.set(l.id, l);
    let o = outgoing.get(l.source);
    if (!o) outgoing.set(l.source, (o = []));
    o.push(l);
    let i = incoming.get(l.target);
    if (!i) incoming.set(l.target, (i = []));
    i.push(l);
  }
  const walk = (start: string, dir: 'up' | 'down', nodes: Set<string>, onPath: Set<string>): void => {
    const adj = dir === 'down' ? outgoing : incoming;
    const seen = new Set<string>([start]);
    const stack = [start];
    while (stack.length) {
      const id = stack.pop() as string;
      for (const l of adj.get(id) ?? []) {
        onPath.add(l.id);
        const to = dir === 'down' ? l.target : l.source;
        nodes.add(to);
        if (!seen.has(to)) {
          seen.add(to);
          stack.push(to);
        }
      }
    }
  };
  return {
    node(id) {
      const p: PathSet = { nodes: new Set([id]), links: new Set() };
      walk(id, 'up', p.nodes, p.links);
      walk(id, 'down', p.nodes, p.links);
      return p;
    },
    link(linkId) {
      const l = byId.get(linkId);
      if (!l) return { nodes: new Set(), links: new Set() };
      const p: PathSet = { nodes: new Set([l.source, l.target]), links: new Set([l.id]) };
      walk(l.source, 'up', p.nodes, p.links);
      walk(l.target, 'down', p.nodes, p.links);
      return p;
    },
  };
}

/** Nodes and links upstream and downstream of node `id` (the node itself included). */
export function pathThrough(links: readonly Edge[], id: string): PathSet {
  return pathIndex(links).node(id);
}

/** Nodes and links on every path through link `linkId`. */
export function pathThroughLink(links: readonly Edge[], linkId: string): PathSet {
  return pathIndex(links).link(linkId);
}
