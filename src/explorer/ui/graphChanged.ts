// Notices that the server now serves another graph (a new load or extraction while this page is open) and says so,
// with a button that reloads the page; the URL keeps the view, so the reload comes back to it.
import type { StatusResponse } from '../../model/api.ts';
import { apiUrl } from '../console/api.ts';
import { h } from './dom.ts';

const POLL_MS = 5000;

async function fetchGeneration(): Promise<string | null> {
  try {
    const response = await fetch(apiUrl('status'), { headers: { accept: 'application/json' }, cache: 'no-store' });
    const body = (await response.json().catch(() => null)) as Partial<StatusResponse> | null;
    return response.ok && typeof body?.generation === 'string' ? body.generation : null;
  } catch {
    return null;
  }
}

/**
 * Polls /api/status while the page is visible, and at once when it becomes visible again. On static hosting
 * (no API) it stops after the first try.
 */
export async function watchGraphChanges(container: HTMLElement): Promise<() => void> {
  const first = await fetchGeneration();
  if (first === null) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const notice = h(
    'div',
    { className: 'graph-changed', role: 'alert' },
    h('span', {}, 'The graph changed on the server since this page loaded.'),
    h('button', { type: 'button', className: 'button primary', on: { click: () => location.reload() } }, 'Reload'),
  );
  const check = async () => {
    clearTimeout(timer);
    if (stopped || document.visibilityState === 'hidden') return;
    const now = await fetchGeneration();
    if (stopped) return;
    if (now !== null && now !== first) {
      container.append(notice);
      return;
    }
    timer = setTimeout(() => void check(), POLL_MS);
  };
  const onVisible = () => void check();
  document.addEventListener('visibilitychange', onVisible);
  timer = setTimeout(() => void check(), POLL_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
