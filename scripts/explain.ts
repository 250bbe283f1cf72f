// npm run explain -- <file> [text]: how the extractor reads a document, sentence by sentence.
import { basename, dirname } from 'node:path';
import { parseFlags } from '../src/cli/flags.ts';
import { runMain } from '../src/cli/runMain.ts';
import { cleanDocument, isInputProblem, readRawDocument } from '../src/documents/index.ts';
import { analyzeDocument } from '../src/extract/extractDocument.ts';
import { extractRelations } from '../src/extract/relations/index.ts';
import { PATTERN_RULES } from '../src/extract/relations/patterns/index.ts';
import { matchPatterns, type NearMiss } from '../src/extract/relations/patterns/match.ts';
import { describeStructure } from '../src/extract/structure/index.ts';
import { InputError } from '../src/model/errors.ts';

const HELP = `Usage: npm run explain -- <file> [text] [--help]

Shows how the extractor reads one document: each sentence's tokens with their part of speech, the entities
named ([P:…] person, [O:…] organization, [L:…] location, {…} a name inside another), what each pronoun or
"the group" was taken to refer to, the sentence's structure (noun phrases NP with their preposition and what it
attaches to, appositions, coordination and subjects; verb groups V with voice and tense; clauses; quotations),
the relations stated with the rule that stated each ("=> A TYPE B [rule]"), and the pattern rules that nearly
fired ("~ nearly <rule>": part of the pattern matched, or all of it with arguments of the wrong type).
With [text], only sentences containing it.
Useful to see why a relation was or was not found before adding a rule or a curation entry.`;

runMain(async () => {
  const flags = parseFlags(HELP, {}, { positionals: true });
  if (!flags) return 0;
  const { positionals } = flags;
  if (!positionals.length) flags.fail('give the document to explain: npm run explain -- <file> [text]');
  if (positionals.length > 2) flags.fail(`expected <file> [text], got ${positionals.length} arguments`);
  const [file, filter] = positionals;
  const raw = readRawDocument(dirname(file), file);
  if (isInputProblem(raw)) throw new InputError(raw.code, raw.message);
  const document = cleanDocument(raw);
  if (isInputProblem(document)) throw new InputError(document.code, document.message);
  const { found, ctx } = analyzeDocument(document);
  const relations = extractRelations(ctx);
  const label = (id: number) => found.entities[id].label;
  console.log(`${basename(file)}: ${found.entities.length} entities, ${relations.length} relations\n`);
  ctx.sentences.forEach((sentence, s) => {
    const text = document.text.slice(sentence.start, sentence.end);
    if (filter && !text.includes(filter)) return;
    const words: string[] = [];
    for (let i = sentence.first; i < sentence.last; i++) {
      const t = ctx.tokens[i];
      const m = found.mentions.find((x) => x.first === i);
      const ref = ctx.references.get(i);
      let word = `${t.text}/${t.pos}`;
      if (m)
        word = `${m.modifier ? '{' : `[${found.entities[m.entity].type[0]}:`}${label(m.entity)}${m.modifier ? '}' : ']'} ${word}`;
      if (ref)
        word += `<${ref.kind}: ${[ref.antecedents.person, ref.antecedents.group].map((id) => (id === null ? '-' : label(id))).join(' | ')}>`;
      words.push(word);
    }
    console.log(`#${s} ${words.join(' ')}`);
    for (const line of describeStructure(ctx.tokens, ctx.structure[s])) console.log(`   ${line}`);
    for (const r of relations.filter((x) => x.evidence.start === sentence.start))
      console.log(`   => ${label(r.source)} ${r.type} ${label(r.target)}   [${r.rule}]`);
    const misses: NearMiss[] = [];
    matchPatterns(ctx, s, PATTERN_RULES, misses);
    for (const miss of misses) console.log(`   ~ nearly ${miss.rule} at "${ctx.tokens[miss.at].text}": ${miss.reason}`);
    console.log('');
  });
  return 0;
});
