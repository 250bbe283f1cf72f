// Queries the user ran, newest first, kept in localStorage across visits (and in memory where storage is blocked).

const STORAGE_KEY = 'kg-explorer:cypher-history';
const LIMIT = 50;

/** Adds a query on top; a repeated query moves up instead of appearing twice. */
export function addToHistory(history: readonly string[], query: string, limit = LIMIT): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [...history];
  return [trimmed, ...history.filter((item) => item !== trimmed)].slice(0, limit);
}

export function loadHistory(storage: Pick<Storage, 'getItem'> | null = safeStorage()): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((item): item is string => typeof item === 'string').slice(0, LIMIT)
      : [];
  } catch {
    return [];
  }
}

export function saveHistory(
  history: readonly string[],
  storage: Pick<Storage, 'setItem'> | null = safeStorage(),
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(history));
  } catch {
    // Storage full or blocked (private mode): history stays for this visit only, which is fine.
  }
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
