// Curvature for relations that share their two entities, so "LEADS" and "MEMBER_OF" between the same pair stay
// two readable curves instead of one line drawn twice.

/** Edge key -> curvature; edges alone between their pair are absent (drawn straight). */
export function parallelCurvatures(
  edges: Iterable<{ key: string; source: string; target: string }>,
  base = 0.25,
): Map<string, number> {
  const byPair = new Map<string, { key: string; forward: boolean }[]>();
  for (const { key, source, target } of edges) {
    if (source === target) continue;
    const forward = source < target;
    const pair = forward ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push({ key, forward });
    else byPair.set(pair, [{ key, forward }]);
  }
  const curvatures = new Map<string, number>();
  for (const list of byPair.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (a.key < b.key ? -1 : 1));
    list.forEach(({ key, forward }, i) => {
      // Fan out on both sides: +1, -1, +2, -2… The sign flips for reversed edges because a curve bends to the
      // left of its own direction, and we want the fan laid out in the pair's frame, not each edge's.
      const step = Math.floor(i / 2) + 1;
      const side = i % 2 === 0 ? 1 : -1;
      curvatures.set(key, base * step * side * (forward ? 1 : -1));
    });
  }
  return curvatures;
}
