// General knowledge for reading "she", "the former president" and "the 45-year-old": which given names and words
// say a person's gender, and which titles and nouns a text uses to refer back to a person it has named.
import { wordList } from './lists.ts';

/** Common women's given names across the languages world news covers; a person named so is "she". */
export const FEMALE_GIVEN_NAMES = new Set(
  wordList(`Alice Alina Alla Amy Ana Anastasia Angela Angelina Ann Anna Anne Antonia Catherine Claire Cristina Daniela
  Daria Darya Diane Dina Elena Elizabeth Emily Emma Fatima Giorgia Heather Helen Jane Janet Jennifer Jessica Julia Kaja
  Kamala Karen Kate Kateryna Katherine Kholood Kristalina Larisa Laura Leila Lina Linda Lisa Ludmila Lyudmila Margrethe
  Maria María Mariya Marina Marta Mary Molly Nadia Nancy Natalia Nataliya Natalya Noura Olena Olga Olha Salome Sarah
  Sophia Sophie Susan Svetlana Sylvia Tamar Tatiana Ursula Valentina Yana Yulia Aisha Amina Barbara Carmen Caroline
  Charlotte Christine Elisabeth Emilia Eva Fiona Hannah Hillary Ingrid Irina Isabel Isabella Joanna Judith Kristina
  Lucia Maryam Melanie Michelle Monica Nicola Nina Patricia Rachel Rebecca Rosa Sandra Sara Silvia Sonia Theresa Yasmin
  Zainab Zeynep Liz Kristi Roberta Sahra Ngozi Winnie Grace Joyce Mercy Esther Ruth Rania`),
);

/**
 * Men's given names: the given-name gazetteer's other names, less those given to women too or read as other words
 * ("Kim", "Jan", "Min", "Andrea", "Sam", "Guy", "Max").
 */
export const UNISEX_GIVEN_NAMES = new Set(wordList(`Kim Jan Min Andrea Sam Guy Max Jean Chris Zaw`));

/** Words before or beside a name that say the person's gender: "Mr Roe", "spokeswoman Jane Roe". */
export const MALE_WORDS = new Set(
  wordList(`mr mr. sir lord king prince spokesman chairman businessman congressman brother son husband uncle monsieur
  señor herr`),
);
export const FEMALE_WORDS = new Set(
  wordList(`mrs mrs. ms ms. miss lady dame queen princess spokeswoman chairwoman businesswoman congresswoman mother
  sister daughter wife aunt madame señora frau actress`),
);

/**
 * Titles a text calls a named person by and later refers back to them with: "President Jane Roe … the former
 * president", "Jane Roe, the company's chief executive, … the chief executive".
 */
export const REFERRING_TITLES = new Set(
  wordList(`president vice-president premier chancellor minister senator governor mayor general commander chairman
  chairwoman chairperson ceo executive leader founder spokesman spokeswoman spokesperson ambassador envoy king queen
  prince princess prosecutor judge secretary director coach lawmaker congressman congresswoman emir sheikh monarch
  dictator warlord chief colonel lieutenant captain admiral marshal cleric imam archbishop bishop pope`),
);

/** Words between "the" and a title that keep it the same title: "the former president", "the then prime minister". */
export const TITLE_MODIFIERS = new Set(
  wordList(`former ex ex- late outgoing incoming new then then- acting interim prime foreign defence defense
  chief top senior veteran embattled ousted exiled jailed deposed longtime long-time`),
);

/** Nouns that refer back to the person a text has in focus: "the billionaire", "the 45-year-old woman". */
export const PERSON_NOUNS = new Set(
  wordList(`billionaire tycoon businessman businesswoman politician lawmaker cleric magnate entrepreneur man woman`),
);
