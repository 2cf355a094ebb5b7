// After the build: the static SVG of the news dataset that examples/article.html shows inside
// <noscript>, written by renderToSVGString in Node (no DOM). Generated, not committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import '../dist/export.js';
import { renderToSVGString } from '../dist/index.js';

const dataset = JSON.parse(readFileSync(new URL('../data/ukraine-security-guarantees.json', import.meta.url), 'utf8'));
const folder = new URL('../examples/generated/', import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL('ukraine-security-guarantees.svg', folder), renderToSVGString(dataset, { width: 800, height: 440, lanes: ['War', 'Diplomacy', 'Security guarantees'] }));
