// The view in the URL's fragment, so a link reproduces it: selection, filters, appearance (with label density),
// scene, path, query and its parameters, whether the console is open, camera. The fragment is outside input: every field is checked and
// anything unknown is dropped.
import { ENTITY_TYPES, type EdgeType, type EntityType } from '../../model/vocabulary.ts';
import { EDGE_TYPES, defaultFilters, type Filters, type Period } from './filters.ts';
import { isColourMode, type ColourMode } from './nodeStyle.ts';
import { FULL_SCENE, type Position, type Scene } from './scene.ts';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  node: string | null;
  edge: string | null;
  filters: Filters;
  size: string;
  colour: ColourMode;
  labelDensity: number;
  scene: Scene;
  path: { from: string; to: string } | null;
  document: string | null;
  query: string;
  params: string;
  console: boolean;
  camera: CameraView | null;
}

export const DEFAULT_SIZE = 'mentions';
/** Sigma's labelDensity: the label grid keeps this many labels per cell, the most important nodes first. */
export const LABEL_DENSITY = { min: 0.1, max: 3, default: 0.6 } as const;

export function defaultViewState(): ViewState {
  return {
    node: null,
    edge: null,
    filters: defaultFilters(),
    size: DEFAULT_SIZE,
    colour: 'type',
    labelDensity: LABEL_DENSITY.default,
    scene: FULL_SCENE,
    path: null,
    document: null,
    query: '',
    params: '',
    console: false,
    camera: null,
  };
}

const KEY_SEPARATOR = '|';
const round = (value: number) => Math.round(value * 1000) / 1000;

/** The fragment for a view, without '#'; fields at their defaults are left out to keep links short. */
export function encodeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  const defaults = defaultFilters();
  if (view.node) params.set('node', view.node);
  if (view.edge) params.set('edge', view.edge);
  if (
    view.filters.entityTypes.size !== defaults.entityTypes.size ||
    ENTITY_TYPES.some((t) => !view.filters.entityTypes.has(t))
  )
    params.set('types', [...view.filters.entityTypes].join(','));
  const sameEdges =
    view.filters.edgeTypes.size === defaults.edgeTypes.size &&
    [...defaults.edgeTypes].every((t) => view.filters.edgeTypes.has(t));
  if (!sameEdges) params.set('rels', [...view.filters.edgeTypes].join(','));
  if (view.filters.minDocuments > 1) params.set('mindocs', String(view.filters.minDocuments));
  if (view.filters.minSentences > 1) params.set('minsent', String(view.filters.minSentences));
  if (view.filters.minStories > 1) params.set('minstories', String(view.filters.minStories));
  if (view.filters.claims) params.set('claims', '1');
  if (view.filters.documents) params.set('docs', [...view.filters.documents].join(KEY_SEPARATOR));
  if (view.filters.period) params.set('period', encodePeriod(view.filters.period));
  if (view.filters.outlet) params.set('outlet', view.filters.outlet);
  if (view.size !== DEFAULT_SIZE) params.set('size', view.size);
  if (view.colour !== 'type') params.set('colour', view.colour);
  if (view.labelDensity !== LABEL_DENSITY.default) params.set('labels', String(round(view.labelDensity)));
  if (view.scene.mode === 'some') params.set('show', [...view.scene.shown].join(KEY_SEPARATOR));
  if (view.scene.hidden.size > 0) params.set('hide', [...view.scene.hidden].join(KEY_SEPARATOR));
  if (view.scene.pinned.size > 0)
    params.set(
      'pin',
      [...view.scene.pinned].map(([key, p]) => `${key}@${round(p.x)},${round(p.y)}`).join(KEY_SEPARATOR),
    );
  if (view.path) params.set('path', `${view.path.from}${KEY_SEPARATOR}${view.path.to}`);
  if (view.document) params.set('doc', view.document);
  if (view.query) params.set('q', view.query);
  if (view.params.trim()) params.set('qp', view.params);
  if (view.console) params.set('console', '1');
  if (view.camera) params.set('cam', [view.camera.x, view.camera.y, view.camera.ratio].map(round).join(','));
  return params.toString();
}

// "2023-01-01..2023-06-30,undated": the dated range (either end may be empty, "none" for no dated document), then
// whether undated documents are in.
function encodePeriod(period: Period): string {
  const range = period.dated ? `${period.from ?? ''}..${period.to ?? ''}` : 'none';
  return period.undated ? `${range},undated` : range;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function decodePeriod(value: string | null): Period | null {
  if (!value) return null;
  const [range = '', flag] = value.split(',');
  const undated = flag === 'undated';
  if (range === 'none') return { from: null, to: null, dated: false, undated };
  const [from = '', to = ''] = range.split('..');
  if ((from && !ISO_DAY.test(from)) || (to && !ISO_DAY.test(to))) return null;
  return { from: from || null, to: to || null, dated: true, undated };
}

const keys = (value: string | null) => (value ? value.split(KEY_SEPARATOR).filter(Boolean) : []);

function parseCount(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : 1;
}

function parsePins(value: string | null): Map<string, Position> {
  const pins = new Map<string, Position>();
  for (const item of keys(value)) {
    const at = item.lastIndexOf('@');
    const [x, y] = item
      .slice(at + 1)
      .split(',')
      .map(Number);
    if (at > 0 && Number.isFinite(x) && Number.isFinite(y)) pins.set(item.slice(0, at), { x: x!, y: y! });
  }
  return pins;
}

/** Reads a fragment (with or without '#'); `isSizeMetric` says which size ids exist. */
export function decodeViewState(fragment: string, isSizeMetric: (id: string) => boolean): ViewState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const view = defaultViewState();
  view.node = params.get('node') || null;
  view.edge = params.get('edge') || null;
  const types = params.get('types');
  if (types !== null)
    view.filters.entityTypes = new Set(
      types.split(',').filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t)),
    );
  const rels = params.get('rels');
  if (rels !== null)
    view.filters.edgeTypes = new Set(
      rels.split(',').filter((t): t is EdgeType => (EDGE_TYPES as readonly string[]).includes(t)),
    );
  view.filters.minDocuments = parseCount(params.get('mindocs'));
  view.filters.minSentences = parseCount(params.get('minsent'));
  view.filters.minStories = parseCount(params.get('minstories'));
  view.filters.claims = params.get('claims') === '1';
  const docs = params.get('docs');
  if (docs !== null) view.filters.documents = new Set(keys(docs));
  view.filters.period = decodePeriod(params.get('period'));
  view.filters.outlet = params.get('outlet') || null;
  const size = params.get('size');
  if (size && isSizeMetric(size)) view.size = size;
  const colour = params.get('colour');
  if (colour && isColourMode(colour)) view.colour = colour;
  const labels = Number(params.get('labels') ?? NaN);
  if (labels >= LABEL_DENSITY.min && labels <= LABEL_DENSITY.max) view.labelDensity = labels;
  const show = params.get('show');
  view.scene = {
    mode: show !== null ? 'some' : 'all',
    shown: new Set(keys(show)),
    hidden: new Set(keys(params.get('hide'))),
    pinned: parsePins(params.get('pin')),
  };
  const [from, to] = keys(params.get('path'));
  if (from && to) view.path = { from, to };
  view.document = params.get('doc') || null;
  view.query = params.get('q') ?? '';
  view.params = params.get('qp') ?? '';
  view.console = params.get('console') === '1';
  const cam = (params.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0)
    view.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  return view;
}
