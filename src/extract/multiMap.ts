// Appending to a map of lists without copying the list each time (copying makes building a big index quadratic).

export function addTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}
