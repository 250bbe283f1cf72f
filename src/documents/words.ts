// Counting words as the corpus statistics and the metadata rules count them.

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Word tokens: runs of letters and digits, with inner apostrophes, dots and hyphens ("Putin’s", "neo-Nazi"). */
export function wordCount(text: string): number {
  // Counted without the array of every word that match() would make: it runs on whole documents.
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) count++;
  return count;
}
