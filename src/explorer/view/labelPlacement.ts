// Which node labels fit on screen: candidates come most important first, each takes the right or the left of its
// node where it covers no label already placed nor a labelled node and stays inside the viewport; the rest are
// left out.

export interface LabelCandidate {
  key: string;
  /** Node centre and radius in viewport pixels. */
  x: number;
  y: number;
  radius: number;
  /** Text extent in pixels. */
  width: number;
  height: number;
  /** Hovered, selected or in a small focus: drawn even where it overlaps, pulled inside the viewport. */
  forced: boolean;
}

export interface PlacedLabel {
  key: string;
  /** Where the text starts (left end) and its vertical centre, and its extent. */
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 4;
const CELL = 64;

/** Boxes bucketed in a uniform grid, so a new box is checked only against its neighbours: cost per label is flat. */
class BoxGrid {
  private cells = new Map<number, Box[]>();

  private *cellsOf(box: Box): Generator<number> {
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++)
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) yield cx * 100_003 + cy;
  }

  overlaps(box: Box): boolean {
    for (const cell of this.cellsOf(box))
      for (const other of this.cells.get(cell) ?? [])
        if (box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top)
          return true;
    return false;
  }

  add(box: Box): void {
    for (const cell of this.cellsOf(box)) {
      const list = this.cells.get(cell);
      if (list) list.push(box);
      else this.cells.set(cell, [box]);
    }
  }
}

/**
 * Places labels in the order given (most important first) until `maxLabels` are placed. A label is tried on the
 * right of its node, then on the left (so labels near the right edge are not cut off), below and above, and is
 * skipped when all overlap a placed label or leave the viewport. Forced labels are always placed, shifted inside
 * the viewport.
 */
export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  viewport: { width: number; height: number },
  maxLabels: number,
): PlacedLabel[] {
  const grid = new BoxGrid();
  const placed: PlacedLabel[] = [];
  const inside = (box: Box) =>
    box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height;
  for (const label of candidates) {
    if (!label.forced && placed.length >= maxLabels) break;
    const boxes = positionsAround(label);
    const fits = boxes.find((box) => inside(box) && !grid.overlaps(box));
    const box = fits ?? (label.forced ? clampInto(boxes.find(inside) ?? boxes[0]!, viewport) : null);
    if (!box) continue;
    // A labelled node is worth seeing: later labels go around its disc.
    grid.add(discOf(label));
    grid.add(pad(box));
    placed.push({
      key: label.key,
      x: box.left,
      y: (box.top + box.bottom) / 2,
      width: label.width,
      height: label.height,
    });
  }
  return placed;
}

const discOf = ({ x, y, radius }: LabelCandidate): Box => ({
  left: x - radius,
  top: y - radius,
  right: x + radius,
  bottom: y + radius,
});

/** Right of the node (where readers look first), left of it, then centred below and above it. */
function positionsAround(label: LabelCandidate): Box[] {
  const { x, y, radius, width, height } = label;
  const middle = y - height / 2;
  return [
    { left: x + radius + GAP, top: middle },
    { left: x - radius - GAP - width, top: middle },
    { left: x - width / 2, top: y + radius + GAP / 2 },
    { left: x - width / 2, top: y - radius - GAP / 2 - height },
  ].map(({ left, top }) => ({ left, top, right: left + width, bottom: top + height }));
}

const pad = (box: Box): Box => ({
  left: box.left - GAP / 2,
  top: box.top - GAP / 4,
  right: box.right + GAP / 2,
  bottom: box.bottom + GAP / 4,
});

function clampInto(box: Box, viewport: { width: number; height: number }): Box {
  const dx = Math.min(0, viewport.width - box.right) + Math.max(0, -box.left);
  const dy = Math.min(0, viewport.height - box.bottom) + Math.max(0, -box.top);
  return { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy };
}
