import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Pure layers must not reach for the DOM: that is what keeps them testable in Node and renderable on a server.
const domGlobals = ['document', 'window', 'navigator', 'location', 'getComputedStyle', 'requestAnimationFrame'].map((name) => ({
  name,
  message: 'model/ and layout/ are pure: no DOM. Pass what you need in as data.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'coverage/', '.shot*', '.stage*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Text from data is text: use textContent or .text().' },
        { property: 'outerHTML', message: 'Text from data is text: use textContent or .text().' },
        { property: 'insertAdjacentHTML', message: 'Text from data is text: build nodes instead.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: eventline runs under a strict CSP.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: eventline runs under a strict CSP.' },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/layout/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...domGlobals] },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
