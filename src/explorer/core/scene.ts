// Which entities are on the canvas and which are pinned: immutable values, so undo/redo keeps snapshots.

export interface Position {
  x: number;
  y: number;
}

export interface Scene {
  /** 'all': every entity except `hidden` (the start); 'some': only `shown` (after isolating or a query). */
  mode: 'all' | 'some';
  shown: ReadonlySet<string>;
  hidden: ReadonlySet<string>;
  /** Positions the user dragged nodes to; layouts leave them where they are. */
  pinned: ReadonlyMap<string, Position>;
}

export const FULL_SCENE: Scene = { mode: 'all', shown: new Set(), hidden: new Set(), pinned: new Map() };

export function inScene(scene: Scene, node: string): boolean {
  return !scene.hidden.has(node) && (scene.mode === 'all' || scene.shown.has(node));
}

/** Puts nodes on the canvas (returns the same scene when all are there already). */
export function showNodes(scene: Scene, nodes: Iterable<string>): Scene {
  const hidden = new Set(scene.hidden);
  const shown = new Set(scene.shown);
  let changed = false;
  for (const node of nodes) {
    if (inScene(scene, node)) continue;
    changed = true;
    hidden.delete(node);
    if (scene.mode === 'some') shown.add(node);
  }
  return changed ? { ...scene, hidden, shown } : scene;
}

/** Takes nodes off the canvas; their pins go with them. */
export function hideNodes(scene: Scene, nodes: Iterable<string>): Scene {
  const hidden = new Set(scene.hidden);
  const shown = new Set(scene.shown);
  const pinned = new Map(scene.pinned);
  let changed = false;
  for (const node of nodes) {
    if (!inScene(scene, node)) continue;
    changed = true;
    if (scene.mode === 'all') hidden.add(node);
    else shown.delete(node);
    pinned.delete(node);
  }
  return changed ? { ...scene, hidden, shown, pinned } : scene;
}

/** Only these nodes on the canvas: the start of a focused exploration. */
export function isolateNodes(scene: Scene, nodes: Iterable<string>): Scene {
  const shown = new Set(nodes);
  const pinned = new Map([...scene.pinned].filter(([node]) => shown.has(node)));
  return { mode: 'some', shown, hidden: new Set(), pinned };
}

export function pinNode(scene: Scene, node: string, position: Position): Scene {
  const pinned = new Map(scene.pinned);
  pinned.set(node, { x: position.x, y: position.y });
  return { ...scene, pinned };
}

export function unpinNode(scene: Scene, node: string): Scene {
  if (!scene.pinned.has(node)) return scene;
  const pinned = new Map(scene.pinned);
  pinned.delete(node);
  return { ...scene, pinned };
}

/** Whether two scenes put the same nodes on the canvas with the same pins (pins compared to the URL's precision). */
export function sameScene(a: Scene, b: Scene): boolean {
  const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
    x.size === y.size && [...x].every((v) => y.has(v));
  const close = (p: Position, q: Position | undefined) =>
    !!q && Math.abs(p.x - q.x) < 1e-3 && Math.abs(p.y - q.y) < 1e-3;
  return (
    a.mode === b.mode &&
    sameSet(a.shown, b.shown) &&
    sameSet(a.hidden, b.hidden) &&
    a.pinned.size === b.pinned.size &&
    [...a.pinned].every(([node, p]) => close(p, b.pinned.get(node)))
  );
}
