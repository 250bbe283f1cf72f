// News outlets recognised by their web domain, for documents whose only sign of origin is a line like "reuters.com".

const OUTLET_BY_DOMAIN: Record<string, string> = {
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'afp.com': 'AFP',
  'bbc.com': 'BBC News',
  'bbc.co.uk': 'BBC News',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'cnn.com': 'CNN',
  'foxnews.com': 'Fox News',
  'npr.org': 'NPR',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'theguardian.com': 'The Guardian',
  'ft.com': 'Financial Times',
  'bloomberg.com': 'Bloomberg',
  'politico.com': 'Politico',
  'politico.eu': 'Politico',
  'aljazeera.com': 'Al Jazeera',
  'dw.com': 'Deutsche Welle',
  'france24.com': 'France 24',
  'euronews.com': 'Euronews',
  'kyivindependent.com': 'The Kyiv Independent',
  'themoscowtimes.com': 'The Moscow Times',
  'tass.com': 'TASS',
};

/** The outlet a line names when the line is only a known outlet's domain or address. */
export function outletOfDomainLine(line: string): string | null {
  const match = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/i.exec(line.trim());
  return match ? (OUTLET_BY_DOMAIN[match[1]!.toLowerCase()] ?? null) : null;
}
