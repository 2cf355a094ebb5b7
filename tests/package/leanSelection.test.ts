import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNUSED_SELECTION_METHODS } from '../../scripts/lean-selection-plugin.mjs';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Every TypeScript file under src that uses d3 selections (imports d3-selection, values or types). */
function selectionUsers(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return selectionUsers(path);
    return entry.name.endsWith('.ts') && readFileSync(path, 'utf8').includes("from 'd3-selection'") ? [path] : [];
  });
}

describe('the one-tag script\'s lean d3-selection', () => {
  it('leaves out the selection methods eventline never calls', () => {
    const iife = readFileSync(new URL('../../dist/eventline.iife.js', import.meta.url), 'utf8');
    // selection.on keeps its listeners on nodes as __on; selection.raise re-appends a node to its parent.
    expect(iife).not.toContain('__on');
    expect(iife).not.toContain('this.parentNode.appendChild(this)');
  });

  it('is only left out where no code using d3 selections calls those methods', () => {
    const users = selectionUsers();
    expect(users.length).toBeGreaterThan(3);
    const calls = new RegExp(`\\.(${UNUSED_SELECTION_METHODS.join('|')})\\(`);
    const offending = users.filter((path) => calls.test(readFileSync(path, 'utf8'))).map((path) => path.slice(SRC.length));
    // Calling one of them would work with bundlers (d3-selection whole) and fail only in the one-tag script.
    expect(offending).toEqual([]);
  });
});
