import { enGB } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/parseDataset.js';
import { buildClusterDetail, buildEventDetail } from '../../src/render/detail.js';
import { cardHead } from '../../src/render/storyCard.js';
import { showTooltip } from '../../src/render/states.js';

const [RLO, FSI, PDI] = ['\u202e', '\u2068', '\u2069'];

const dataset = parseDataset({
  title: 'Bidi',
  sources: [{ id: 's', publisher: `Reuters ${RLO}`, title: `Talks ${PDI}${RLO}resume`, published: '2025-09-05', url: 'https://example.org/a' }],
  events: [{
    id: 'e', title: `Summit ${RLO}held`, start: '2025-09-04', sources: ['s'], group: `Diplomacy ${RLO}`, category: 'Summit',
    actors: [`Macron ${RLO}`, 'Starmer'], quotes: [{ text: 'We will', speaker: `Zelensky ${PDI}${RLO}`, source: 's' }], note: `Dated by ${RLO}AP`,
  }],
});
const event = dataset.events[0]!;

describe('text from data beside other text is isolated', () => {
  it('keeps an override in the publisher from reaching the headline and date of the citation', () => {
    const detail = document.createElement('div');
    detail.append(buildEventDetail(document, event, dataset, enGB));
    const citation = detail.querySelector('.eventline-detail-sources a')!.textContent;
    // A stray PDI cannot close the isolate early, nor an override reverse what follows: both are left out.
    expect(citation).toBe(`${FSI}Reuters ${PDI}, “${FSI}Talks resume${PDI}”, 5 September 2025`);
    const facts = [...detail.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(facts[0]).toBe(`${FSI}Macron ${PDI}, ${FSI}Starmer${PDI}`);
    expect(detail.querySelector('.eventline-detail-quote figcaption')!.textContent).toBe(`— ${FSI}Zelensky ${PDI}`);
    expect(detail.querySelector('.eventline-detail-note')!.textContent).toBe(`Note: ${FSI}Dated by AP${PDI}`);
  });

  it('isolates titles in the cluster list, the tooltip and the story card, and the card chip’s lane', () => {
    const list = document.createElement('div');
    list.append(buildClusterDetail(document, [event], enGB));
    expect(list.querySelector('.eventline-detail-pick')!.textContent).toBe(`${FSI}Summit held${PDI} (4 September 2025)`);
    const tooltip = document.createElement('div');
    showTooltip(tooltip, { title: event.title, when: '4 September 2025', x: 10, y: 10, width: 100 });
    expect(tooltip.querySelector('strong')!.textContent).toBe(`${FSI}Summit held${PDI}`);
    const head = cardHead(document, event, 0, enGB);
    expect(head.querySelector('.eventline-card-title')!.textContent).toBe(`${FSI}Summit held${PDI}`);
    expect(head.querySelector<HTMLElement>('.eventline-card-chip')!.dataset.text).toBe(`${FSI}Diplomacy  · Summit${PDI}`);
  });
});
