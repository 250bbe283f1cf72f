// Which WebGL programs draw nodes and edges: discs, arrows and curves where the machine can afford them, points and
// 1-pixel lines where it cannot.
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
  type EdgeProgramType,
  type NodeProgramType,
} from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../model/graph.ts';
import { atZoom, MOVING_POINTS, OVERVIEW_LINES } from './levelOfDetail.ts';

type Typed<P> = P extends EdgeProgramType
  ? EdgeProgramType<EntityAttributes, RelationAttributes, GraphAttributes>
  : NodeProgramType<EntityAttributes, RelationAttributes, GraphAttributes>;
// Programs draw display data only and never read domain attributes: typing them for our graph is safe.
const typed = <P extends EdgeProgramType | NodeProgramType>(program: P) => program as unknown as Typed<P>;

/**
 * Sigma's discs, thick edges, arrows and curves are instanced draws, which software WebGL (SwiftShader in headless
 * Chromium or on machines without a GPU) runs one instance at a time: 5,000 discs take ~300 ms a frame there and
 * as many points a few ms. So: fancy programs up to these sizes, points and lines beyond.
 */
export const FANCY_UP_TO = { software: 500, hardware: 20_000 };

/** Whether WebGL runs on the CPU here; asked once, of a throwaway context. */
export function isSoftwareWebGL(): boolean {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return true;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}

/** `?render=fast` or `?render=fancy` overrides the choice (for comparing, and for the benchmark). */
export function useFastPrograms(nodes: number, search = location.search): boolean {
  const forced = new URLSearchParams(search).get('render');
  if (forced === 'fast' || forced === 'fancy') return forced === 'fast';
  return nodes > (isSoftwareWebGL() ? FANCY_UP_TO.software : FANCY_UP_TO.hardware);
}

/** Sigma's own test for a moving camera (what hideEdgesOnMove uses): an animation, a drag or a wheel zoom. */
export function cameraMoving(sigma: Pick<Sigma, 'getCamera' | 'getMouseCaptor'>): boolean {
  const mouse = sigma.getMouseCaptor();
  return (
    sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0
  );
}

/**
 * Points that, while the camera moves, skip the picking pass (every node drawn again into the hidden buffer that
 * finds the node under the pointer: nothing is hovered then, and the pass is half of a moving frame) and draw only
 * the first MOVING_POINTS nodes of the canvas, more as the camera zooms in, so a pan over 100,000 keeps its frame
 * rate. The render after the camera stops draws them all, and the picking pass, again.
 */
class NodePointsWhileMovingProgram extends NodePointProgram {
  override render(params: RenderParams): void {
    if (!cameraMoving(this.renderer)) return super.render(params);
    const picking = this.pickProgram;
    const all = this.verticesCount;
    this.pickProgram = null;
    this.verticesCount = this.VERTICES * atZoom(MOVING_POINTS, all / this.VERTICES, this.renderer.getCamera().ratio);
    try {
      super.render(params);
    } finally {
      this.pickProgram = picking;
      this.verticesCount = all;
    }
  }
}

/**
 * Lines by level of detail (levelOfDetail.ts), and none while the camera moves. Hidden here rather than by sigma's
 * hideEdgesOnMove: with that setting sigma re-reads every node and edge after each drag of the stage (a full refresh,
 * seconds at 500,000 edges), where a render is enough to bring the lines back (see createCanvasView).
 */
class EdgeLinesByZoomProgram extends EdgeLineProgram {
  override render(params: RenderParams): void {
    if (cameraMoving(this.renderer)) return;
    const all = this.verticesCount;
    this.verticesCount = this.VERTICES * atZoom(OVERVIEW_LINES, all / this.VERTICES, this.renderer.getCamera().ratio);
    try {
      super.render(params);
    } finally {
      this.verticesCount = all;
    }
  }
}

/** Program names are what the edge reducer returns as `type`. */
export function programClasses(fast: boolean) {
  const nodeProgramClasses = { circle: typed(fast ? NodePointsWhileMovingProgram : NodeCircleProgram) };
  const edgeProgramClasses: Record<string, Typed<EdgeProgramType>> = fast
    ? { line: typed(EdgeLinesByZoomProgram) }
    : {
        arrow: typed(EdgeArrowProgram),
        line: typed(EdgeRectangleProgram),
        curved: typed(EdgeCurveProgram),
        curvedArrow: typed(EdgeCurvedArrowProgram),
      };
  return { nodeProgramClasses, edgeProgramClasses };
}
