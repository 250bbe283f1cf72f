// Level of detail on a large canvas, as numbers (no sigma here): how many lines and moving points to draw at a zoom
// (programs.ts), and from what size the focus goes on a veil (focusLayer.ts).
import type { KnowledgeGraph } from '../../model/graph.ts';

/** Points drawn while the camera moves: the rest come back when it stops (see NodePointsWhileMovingProgram). */
export const MOVING_POINTS = 25_000;

/**
 * Level of detail for lines: with the whole of a large canvas in view, this many lines are drawn (the first ones
 * the canvas holds, an even sample of them), more as the camera zooms in, all of them once the lines in view fit
 * the same budget. Software WebGL draws 500,000 lines in seconds; a fitted view of them is a solid mass anyway.
 */
export const OVERVIEW_LINES = 100_000;

/**
 * How many of `count` items to draw at camera `ratio` (1: the whole graph in view; smaller: zoomed in) with `budget`
 * for the whole view. Zoomed in by k, a line is k times longer on screen and 1/k² of them are in view: k times as
 * many cost about the same.
 */
export function atZoom(budget: number, count: number, ratio: number): number {
  return Math.min(count, Math.ceil(budget / Math.min(1, ratio)));
}

/** Nodes plus edges on the canvas from which the focus is drawn on a veil instead of by the reducers. */
export const VEIL_FROM = 60_000;

export const veiled = (canvas: KnowledgeGraph): boolean => canvas.order + canvas.size >= VEIL_FROM;
