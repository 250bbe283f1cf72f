// Export of the graph on the canvas: graphology JSON (the same format as graph.json, so it loads back with
// ?graph=) and GEXF for Gephi, whose attributes must be scalars.
import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { KnowledgeGraph } from '../../model/graph.ts';
import { evidenceCounts } from './evidence.ts';

/** The canvas graph as graph.json would hold it, keeping only the documents and reviews that concern it. */
export function canvasToJson(canvas: KnowledgeGraph, data: KnowledgeGraph): string {
  const copy = canvas.copy();
  const documents = new Set<string>();
  copy.forEachNode((_node, attrs) => attrs.documents.forEach((doc) => documents.add(doc)));
  const { name, documents: allDocuments, reviews } = data.getAttributes();
  copy.replaceAttributes({
    name,
    documents: allDocuments.filter((doc) => documents.has(doc.id)),
    reviews: reviews.filter((review) => copy.hasNode(review.entity)),
  });
  return JSON.stringify(copy.export());
}

export interface GexfAppearance {
  colour: (node: string) => string;
  size: (node: string) => number;
}

/** GEXF 1.3 with the canvas positions, colours and sizes as Gephi's viz attributes. */
export function canvasToGexf(canvas: KnowledgeGraph, appearance: GexfAppearance): string {
  const flat = new MultiGraph();
  canvas.forEachNode((node, attrs) => {
    flat.addNode(node, {
      label: attrs.label,
      type: attrs.type,
      aliases: attrs.aliases.join('; '),
      mentions: attrs.mentions,
      documents: attrs.documents.length,
      x: attrs.x,
      y: attrs.y,
      size: appearance.size(node),
      color: appearance.colour(node),
    });
  });
  canvas.forEachEdge((edge, attrs, source, target) => {
    const counts = evidenceCounts(attrs);
    flat.addEdgeWithKey(edge, source, target, {
      label: attrs.type,
      type: attrs.type,
      weight: attrs.weight,
      documents: counts.documents,
      sentences: counts.sentences,
      evidence: attrs.evidence[0]?.text ?? '',
    });
  });
  return write(flat, { version: '1.3' });
}
