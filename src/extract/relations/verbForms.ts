// English verb inflection for trigger lists: "seize" -> seize, seizes, seized, seizing.

const IRREGULAR: Record<string, string[]> = {
  lead: ['led'],
  run: ['ran', 'running'],
  fight: ['fought'],
  take: ['took', 'taken'],
  strike: ['struck'],
  overthrow: ['overthrew', 'overthrown'],
  overrun: ['overran', 'overrunning'],
  hold: ['held'],
  buy: ['bought'],
  keep: ['kept'],
  traffic: ['trafficked', 'trafficking', 'traffics'],
  seize: [],
  tell: ['told'],
  say: ['said'],
  write: ['wrote', 'written'],
  break: ['broke', 'broken'],
  speak: ['spoke', 'spoken'],
  send: ['sent'],
  give: ['gave', 'given'],
  join: [],
  found: [],
  withdraw: ['withdrew', 'withdrawn'],
  control: ['controlled', 'controlling'],
  ban: ['banned', 'banning'],
  arm: [],
  back: [],
  shell: ['shelled', 'shelling'],
  patrol: ['patrolled', 'patrolling'],
  sit: ['sat'],
  quit: ['quitting'],
  repel: ['repelled', 'repelling'],
  fall: ['fell', 'fallen'],
  come: ['came'],
  swap: ['swapped', 'swapping'],
  become: ['became'],
  begin: ['began', 'begun'],
  drive: ['drove', 'driven'],
  win: ['won', 'winning'],
  rebel: ['rebelled', 'rebelling'],
  blacklist: [],
  outlaw: [],
  plan: ['planned', 'planning'],
  commit: ['committed', 'committing'],
  recapture: [],
  retake: ['retook', 'retaken'],
  sweep: ['swept'],
  push: ['pushes'],
  approach: ['approaches'],
  encircle: [],
  beat: ['beaten'],
  cut: ['cutting'],
  stand: ['stood'],
  besiege: [],
};

/** Base, third person, past and -ing forms (plus irregular ones). */
export function verbForms(base: string): string[] {
  const forms = new Set([base, ...(IRREGULAR[base] ?? [])]);
  if (/[^aeiou]y$/.test(base)) {
    forms
      .add(`${base.slice(0, -1)}ies`)
      .add(`${base.slice(0, -1)}ied`)
      .add(`${base}ing`);
  } else if (base.endsWith('e')) {
    forms
      .add(`${base}s`)
      .add(`${base}d`)
      .add(`${base.slice(0, -1)}ing`);
  } else {
    forms
      .add(/(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`)
      .add(`${base}ed`)
      .add(`${base}ing`);
  }
  return [...forms];
}
