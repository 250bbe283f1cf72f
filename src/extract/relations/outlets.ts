// Who can be spoken to as a medium: SPOKE_TO names an outlet, and "told the Security Council" or "told the court"
// gives a statement to a body, not to the press.
import { NON_OUTLET_WORDS } from '../gazetteers/relationWords.ts';
import type { RelationContext } from './context.ts';

/** Whether entity `id` may be a media outlet: a known one, or an organization no gazetteer or name word says is other. */
export function mayBeOutlet(ctx: RelationContext, id: number): boolean {
  const entity = ctx.entities[id];
  if (entity.identity.known?.startsWith('media:')) return true;
  if (entity.identity.known || entity.identity.institution) return false;
  return ![entity.label, ...entity.aliases].some((name) => NON_OUTLET_WORDS.has(name.split(/\s+/).at(-1) ?? ''));
}
