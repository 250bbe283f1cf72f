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
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../model/graph.ts';

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

/** Program names are what the edge reducer returns as `type`. */
export function programClasses(fast: boolean) {
  const nodeProgramClasses = { circle: typed(fast ? NodePointProgram : NodeCircleProgram) };
  const edgeProgramClasses: Record<string, Typed<EdgeProgramType>> = fast
    ? { line: typed(EdgeLineProgram) }
    : {
        arrow: typed(EdgeArrowProgram),
        line: typed(EdgeRectangleProgram),
        curved: typed(EdgeCurveProgram),
        curvedArrow: typed(EdgeCurvedArrowProgram),
      };
  return { nodeProgramClasses, edgeProgramClasses };
}
