// Keyboard shortcuts: / focuses search, Esc clears, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo exploration.
import type { Explorer } from '../explorer.ts';
import { clearAll, redo, undo } from '../actions.ts';

const NOT_TEXT = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file']);

/** Keys typed into a text field belong to the field (a focused checkbox still lets / through). */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  if (element instanceof HTMLInputElement) return !NOT_TEXT.has(element.type);
  return element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT';
}

export function bindKeyboard(explorer: Explorer, focusSearch: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Esc leaves the field it was typed in alone (CodeMirror closes its own popups), else clears the view.
      if (isTyping(event.target) && (event.target as HTMLElement).closest('.cm-editor')) return;
      clearAll(explorer);
      (document.activeElement as HTMLElement | null)?.blur?.();
      return;
    }
    if (isTyping(event.target)) return;
    if (event.key === '/' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      focusSearch();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) redo(explorer);
      else undo(explorer);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      redo(explorer);
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
