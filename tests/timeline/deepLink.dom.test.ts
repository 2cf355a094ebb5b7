import { afterEach, describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { useMount } from '../support/mount.js';

const mount = useMount();
afterEach(() => history.replaceState(null, '', location.pathname));

/** Moves the page to `hash` as a back or forward step does: the URL changes, then popstate fires. */
function travel(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${hash}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

describe('two charts with hash: true on one page', () => {
  it('give each chart its own key, so writing and following one never touches the other', () => {
    const a = mount({ dataset: news, hash: true }).timeline;
    const b = mount({ dataset: news, hash: true }).timeline;
    const heard = { a: [] as (string | null)[], b: [] as (string | null)[] };
    a.on('select', ({ id }) => heard.a.push(id));
    b.on('select', ({ id }) => heard.b.push(id));
    a.select('alaska-summit');
    b.select('paris-summit');
    expect(location.hash).toBe('#event=alaska-summit&event-2=paris-summit');

    // A step in B's history (A's key unchanged) leaves A's panel open and A silent.
    travel('#event=alaska-summit&event-2=crimea-annexation');
    expect([a.getState().selected, b.getState().selected]).toEqual(['alaska-summit', 'crimea-annexation']);
    travel('#event=alaska-summit');
    expect([a.getState().selected, b.getState().selected]).toEqual(['alaska-summit', null]);
    expect(heard).toEqual({ a: ['alaska-summit'], b: ['paris-summit', 'crimea-annexation', null] });

    // A fragment A wrote does not open the same id in B.
    travel('#event=paris-summit');
    expect([a.getState().selected, b.getState().selected]).toEqual(['paris-summit', null]);
  });

  it('uses hashKey when given, and frees a destroyed chart’s key for the next chart', () => {
    history.replaceState(null, '', '#map=paris-summit&event=alaska-summit');
    const named = mount({ dataset: news, hash: true, hashKey: 'map' }).timeline;
    const first = mount({ dataset: news, hash: true }).timeline;
    expect([named.getState().selected, first.getState().selected]).toEqual(['paris-summit', 'alaska-summit']);
    first.destroy();
    const next = mount({ dataset: news, hash: true }).timeline;
    expect(next.getState().selected).toBe('alaska-summit');
    next.select('crimea-annexation');
    expect(location.hash).toBe('#map=paris-summit&event=crimea-annexation');
  });

  it('escapes a hashKey that needs it, and refuses one that is not a string', () => {
    mount({ dataset: news, hash: true, hashKey: 'a&b c' }).timeline.select('paris-summit');
    expect(location.hash).toBe('#a%26b+c=paris-summit');
    expect(() => mount({ dataset: news, hash: true, hashKey: 7 as unknown as string })).toThrow('eventline: options.hashKey must be a string, got 7');
  });
});
