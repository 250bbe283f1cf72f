// Words that attribute what is said (extract/claims/ reads them): general English, no names.
import { verbForms } from '../relations/verbForms.ts';
import { wordList } from './lists.ts';

const forms = (verbs: string): string[] => wordList(verbs).flatMap(verbForms);

/** Verbs of saying whose subject is the speaker and whose complement, object or quotation is what was claimed. */
export const CLAIM_VERBS = new Set(
  forms(`say tell state add declare write announce claim warn note explain insist argue assert report confirm
  deny acknowledge suggest reply respond comment tweet allege maintain contend stress emphasise emphasize
  predict concede`).concat(wordList(`admit admits admitted admitting`)),
);

/** Verbs of commitment and urging, whose claim is the infinitive after them: "vowed to fight", "urged X to leave". */
export const INTENT_VERBS = new Set(forms(`vow promise pledge threaten urge`));

/** Verbs that claim with a particle before their object: "called on X to rise up". */
export const PARTICLE_CUES = new Map(forms(`call`).map((v) => [v, 'on']));

/** Verbs that name whom the words went to as their object: "told Reuters". */
export const TELLING_VERBS = new Set(forms(`tell`));

/** Words that end what a cue reports when a comma comes before them: "…, but denied that …", "…, claiming …". */
export const CLAIM_BREAKS = new Set(wordList(`but while whereas although though however adding saying`));
