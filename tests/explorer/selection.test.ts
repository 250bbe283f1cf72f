// Steps on a selection of several entities.
import { describe, expect, it } from 'vitest';
import { addNodes, selectedNodes, selectionOf, toggleNode } from '../../src/explorer/core/selection.ts';

describe('selection of several entities', () => {
  it('grows from one entity with Shift+click and shrinks back to a plain entity selection', () => {
    const one = selectionOf(['a']);
    expect(one).toEqual({ kind: 'node', key: 'a' });
    const two = toggleNode(one, 'b');
    expect(two.kind).toBe('nodes');
    expect(selectedNodes(two).sort()).toEqual(['a', 'b']);
    expect(toggleNode(two, 'a')).toEqual({ kind: 'node', key: 'b' });
    expect(toggleNode({ kind: 'node', key: 'b' }, 'b')).toEqual({ kind: 'none' });
  });

  it('adds a box to what is selected, and an edge selection gives way to entities', () => {
    expect(selectedNodes(addNodes(selectionOf(['a', 'b']), ['b', 'c'])).sort()).toEqual(['a', 'b', 'c']);
    expect(selectedNodes(addNodes({ kind: 'edge', key: 'e' }, ['c']))).toEqual(['c']);
    expect(addNodes({ kind: 'none' }, [])).toEqual({ kind: 'none' });
  });
});
