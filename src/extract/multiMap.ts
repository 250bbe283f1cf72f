// Appending to lists and maps of lists without copying a list each time (copying makes building a big index
// quadratic) and without spreading one as call arguments (a few hundred thousand arguments overflow the stack).

/** Appends every item of `items` to `list`, however many there are. */
export function pushAll<V>(list: V[], items: readonly V[]): void {
  for (const item of items) list.push(item);
}

export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Appends `values` to the list under `key`; the map keeps `values` itself when the key is new. */
export function addAllTo<K, V>(map: Map<K, V[]>, key: K, values: V[]): void {
  const list = map.get(key);
  if (list) pushAll(list, values);
  else map.set(key, values);
}
