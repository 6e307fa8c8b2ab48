/**
 * Read-only views of the model's data (#10). Module-level caches (WeakMaps keyed by a Sheet, a
 * Block, a list of rows or a Graph) are only right while those objects are never changed after
 * they are made; the functions that cache take and give these types, so the compiler refuses a
 * write through them.
 */
import type { Graph, GraphLink, GraphNode } from './schema.ts';

/** `T` with every property, array and map read-only, all the way down (functions are left as they are). */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyMap<infer K, infer V>
    ? ReadonlyMap<DeepReadonly<K>, DeepReadonly<V>>
    : T extends ReadonlySet<infer V>
      ? ReadonlySet<DeepReadonly<V>>
      : T extends readonly (infer E)[]
        ? readonly DeepReadonly<E>[]
        : T extends object
          ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
          : T;

/** The nodes and links of a graph, read-only: the arrays and each node's and link's own fields. */
export interface ReadonlyGraphShape {
  readonly nodes: readonly Readonly<GraphNode>[];
  readonly links: readonly Readonly<GraphLink>[];
}

/** A graph, read-only (its nodes and links as {@link ReadonlyGraphShape}); what scenes are kept over. */
export type ReadonlyGraph = Readonly<Omit<Graph, 'nodes' | 'links'>> & ReadonlyGraphShape;
