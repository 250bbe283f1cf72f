// The role rule on made-up sentences: a role noun and its holder in every structure news uses, and look-alikes.
import { describe, expect, it } from 'vitest';
import { extractText, relationLabel } from './extractText.ts';

/** The relations the role rule states in `text`, as "Source TYPE Target". */
function statedByRole(text: string): string[] {
  const x = extractText(text);
  return x.relations.filter((r) => r.rule === 'role').map((r) => relationLabel(x, r));
}

describe('role rule', () => {
  it.each([
    // Apposition after the name, and before it.
    ['Ivan Dorn, the commander of the Falcon Brigade, said the line held.', ['Ivan Dorn LEADS Falcon Brigade']],
    ['The leader of the Falcon Brigade, Ivan Dorn, said the line held.', ['Ivan Dorn LEADS Falcon Brigade']],
    // Title before the name, with the organization before the title; and with no comma before the name.
    ['Falcon Brigade commander Ivan Dorn said the line held.', ['Ivan Dorn LEADS Falcon Brigade']],
    ['The head of the Falcon Brigade Ivan Dorn resigned.', ['Ivan Dorn LEADS Falcon Brigade']],
    // Copula, appointment, relative clause, "served as".
    ['Ivan Dorn is the commander of the Falcon Brigade.', ['Ivan Dorn LEADS Falcon Brigade']],
    ['Ivan Dorn was named head of the Velmar Group in May.', ['Ivan Dorn LEADS Velmar Group']],
    ['Anna Kovic, who is chairwoman of the Velmar Group, resigned.', ['Anna Kovic LEADS Velmar Group']],
    ['Ivan Dorn served as spokesman for the Falcon Brigade until 2020.', ['Ivan Dorn SPOKESPERSON_FOR Falcon Brigade']],
    // Possessive organization; a deputy; a field; a role that only works for it.
    ['The Velmar Group’s chief executive, Anna Kovic, resigned.', ['Anna Kovic LEADS Velmar Group']],
    ['Ivan Dorn, deputy head of the Velmar Group, resigned.', ['Ivan Dorn MEMBER_OF Velmar Group']],
    ['Anna Kovic, a researcher at the Velmar Institute, said so.', ['Anna Kovic WORKS_FOR Velmar Institute']],
    ['Anna Kovic, the Velmar Group’s lawyer, said so.', ['Anna Kovic WORKS_FOR Velmar Group']],
    // A list of roles: its holder holds the last, which names the organization, too.
    ['Ivan Dorn, chairman, president and CEO of the Velmar Group, resigned.', ['Ivan Dorn LEADS Velmar Group']],
    ['Ivan Dorn, chairman and chief executive officer of Velmar Corp., spoke.', ['Ivan Dorn LEADS Velmar Corp.']],
    ['Ivan Dorn was the chair and co-president of the Velmar Fund.', ['Ivan Dorn LEADS Velmar Fund']],
    // Look-alikes: the role is someone else's, or nobody's.
    ['Ivan Dorn met the commander of the Falcon Brigade.', []],
    ['Ivan Dorn met the chairman and the president of the Velmar Group.', []],
    [
      'The sanctions target Ivan Dorn, the head of the Velmar Front, and two other Lorton Brigade commanders.',
      ['Ivan Dorn LEADS Velmar Front'],
    ],
    ['Ivan Dorn said the commander of the Falcon Brigade had fled.', []],
    ['Ivan Dorn, who fought the commander of the Falcon Brigade, said so.', []],
  ])('%s', (text, relations) => {
    expect(statedByRole(text).sort()).toEqual([...relations].sort());
  });
});
