import type { Preview } from '@storybook/html-vite';
import '../src/styles/eventline.css';
import './preview.css';
import { destroyMounted } from '../stories/support/mount.js';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Opened with no path, Storybook shows the first entry of the sidebar: eventline's own Getting started page.
    options: { storySort: { order: ['Getting started', 'Timeline', 'Features', 'Interactions', 'Phone', 'Embed'] } },
    // Every story is checked against WCAG 2.2 A and AA; a violation fails it (and the test run).
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } },
    },
  },
  // Each story's timeline is destroyed when the next one renders: no ResizeObserver or listener is left behind.
  beforeEach: () => destroyMounted,
};

export default preview;
