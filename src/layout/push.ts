/** Append `value` to the list under `key`, creating it: O(1), unlike re-spreading the list. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
