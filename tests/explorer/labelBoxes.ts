// Label boxes as placed on screen (x at the left edge, y at the middle), and the test that two do not overlap,
// written once for the placement's unit test and the browser test.

export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const boxesApart = (a: LabelBox, b: LabelBox): boolean =>
  a.x + a.width <= b.x ||
  b.x + b.width <= a.x ||
  a.y + a.height / 2 <= b.y - b.height / 2 ||
  b.y + b.height / 2 <= a.y - a.height / 2;
