// When two names are the same name: case, quotes, possessives and a leading "the" do not count.

/** The form names are compared in; "The Kremlin's" and "kremlin" are one name. */
export const normalizeName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”"«»]/g, '')
    .replace(/'s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
