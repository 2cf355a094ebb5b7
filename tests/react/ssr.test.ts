import { createElement, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { Timeline } from '../../src/react/index.js';

// In the unit project: Node, no window and no document, as on a server.
describe('<Timeline> rendered on a server', () => {
  it('prints its empty div, calling no handler, and throws nothing', () => {
    expect(typeof window).toBe('undefined');
    const onSelect = vi.fn();
    const html = renderToString(createElement(StrictMode, null, createElement(Timeline, { dataset: news, height: 300, onSelect, id: 'news', className: 'chart', style: { maxWidth: 900 } })));
    expect(html).toBe('<div class="chart" style="max-width:900px" id="news"></div>');
    expect(onSelect).not.toHaveBeenCalled();
  });
});
