// Cutting a document's text at entity mentions and at a focused sentence, so the reader can mark them up with DOM
// nodes (the text itself stays text).
import type { DocumentRecord } from '../../model/graph.ts';

export interface MentionRange {
  start: number;
  end: number;
  entity: string;
}

export interface TextSegment {
  text: string;
  /** The entity this piece names, if it is a mention. */
  entity: string | null;
  /** Inside the focused sentence (evidence being read). */
  focused: boolean;
  start: number;
}

/** Every mention in a document, in text order; overlapping spans keep the earlier, longer one. */
export function documentMentions(doc: DocumentRecord, only?: ReadonlySet<string>): MentionRange[] {
  const ranges: MentionRange[] = [];
  for (const [entity, spans] of Object.entries(doc.mentions ?? {})) {
    if (only && !only.has(entity)) continue;
    for (const span of spans) ranges.push({ start: span.start, end: span.end, entity });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MentionRange[] = [];
  for (const range of ranges) {
    const last = kept[kept.length - 1];
    if (last && range.start < last.end) continue;
    if (range.start >= 0 && range.end > range.start) kept.push(range);
  }
  return kept;
}

/** Splits text[from, to) into segments at mention and focus boundaries. */
export function segmentText(
  text: string,
  mentions: readonly MentionRange[],
  focus: { start: number; end: number } | null = null,
  from = 0,
  to = text.length,
): TextSegment[] {
  const cuts = new Set<number>([from, to]);
  for (const m of mentions) {
    if (m.end <= from || m.start >= to) continue;
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  if (focus) {
    cuts.add(Math.min(to, Math.max(from, focus.start)));
    cuts.add(Math.min(to, Math.max(from, focus.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  let m = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    while (m < mentions.length && mentions[m]!.end <= start) m++;
    const mention = mentions[m];
    const entity = mention && mention.start <= start && mention.end >= end ? mention.entity : null;
    const focused = focus !== null && start >= focus.start && end <= focus.end;
    segments.push({ text: text.slice(start, end), entity, focused, start });
  }
  return segments;
}
