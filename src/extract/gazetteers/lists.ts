// Gazetteer lists are written as compact text, so that formatting tools keep them readable.

/** "a b c" -> ["a", "b", "c"]; whitespace and line breaks separate words. */
export const wordList = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** "Reuters; Associated Press | AP" -> [["Reuters"], ["Associated Press", "AP"]]: entries by ";", names of one entry by "|". */
export const nameList = (text: string): string[][] =>
  text
    .split(';')
    .map((entry) => entry.split('|').map((name) => name.trim().replace(/\s+/g, ' ')))
    .filter((names) => names[0]);
