// Stable node keys: "person:mark-galeotti", the same for the same label and type on every run.
import type { EntityType } from '../model/vocabulary.ts';

export const slug = (label: string): string =>
  label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'unnamed';

/** Keys for labels in order; a second entity with the same type and label gets "-2", and so on. */
export function assignKeys(entities: { type: EntityType; label: string }[]): string[] {
  const used = new Map<string, number>();
  return entities.map(({ type, label }) => {
    const base = `${type.toLowerCase()}:${slug(label)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
