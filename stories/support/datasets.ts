/** The datasets the stories show: the bundled news dataset and small ones made for one feature each. */
import news from '../../data/ukraine-security-guarantees.json';
import type { DatasetInput } from '../../src/index.js';

/** The bundled news dataset: the war in Ukraine and the 2025 security-guarantee talks (BBC News, Al Jazeera). */
export const newsDataset = news as DatasetInput;

/** The lanes of the news dataset in reading order. */
export const NEWS_LANES = ['War', 'Diplomacy', 'Security guarantees'];

const bbc = newsDataset.sources[0]!;

/** One event of the news dataset, alone. */
export const oneEvent: DatasetInput = {
  title: 'One event',
  sources: newsDataset.sources,
  events: [newsDataset.events.find((event) => event.id === 'paris-summit')!],
};

/** No events yet: the empty state. */
export const noEvents: DatasetInput = { title: 'No events yet', sources: [bbc], events: [] };

/** A dataset with mistakes: the error state lists each one, naming the event and field. */
export const invalidData: Record<string, unknown> = {
  title: 'A dataset with mistakes',
  sources: [{ id: 'bbc', publisher: 'BBC News', title: 'A report', published: '2025-09-05' }],
  events: [
    { id: 'ok', title: 'Paris summit', start: '2025-09-04', sources: ['bbc'] },
    { id: 'bad-date', title: 'A date that does not exist', start: '2022-13-01', sources: ['bbc'] },
    { id: 'no-source', title: 'An unsourced claim', start: '2025-09-05', sources: ['nobody'] },
    { id: 'ok', title: 'A duplicate id', start: '2025-09-05', sources: ['bbc'] },
  ],
};

/** The news events with their titles run on, to show truncation on the chart and the full text in the panel. */
export const longLabels: DatasetInput = {
  ...newsDataset,
  title: 'Long titles',
  events: newsDataset.events.filter((event) => event.start.startsWith('2025-09')).map((event) => ({
    ...event,
    title: `${event.title}, as reported in the live coverage of the day, with every qualification the agencies added`,
  })),
};

/** Ancient dates: BCE years are written "44 BCE", and there is no year 0. */
export const bceDates: DatasetInput = {
  title: 'The end of the Roman Republic',
  description: 'Dates before the common era, from the Rubicon to Augustus.',
  sources: [
    { id: 'plutarch', publisher: 'Loeb Classical Library', title: 'Plutarch, Lives, Volume VII: Demosthenes and Cicero. Alexander and Caesar', published: '1919' },
    { id: 'suetonius', publisher: 'Loeb Classical Library', title: 'Suetonius, Lives of the Caesars, Volume I', published: '1914' },
  ],
  events: [
    { id: 'rubicon', title: 'Caesar crosses the Rubicon', start: '-000048-01-10', approximate: true, group: 'Caesar', sources: ['plutarch', 'suetonius'], importance: 3 },
    { id: 'pharsalus', title: 'Battle of Pharsalus', start: '-000047-08-09', group: 'Caesar', sources: ['plutarch'] },
    { id: 'ides', title: 'Caesar assassinated on the Ides of March', start: '-000043-03-15', group: 'Caesar', sources: ['plutarch', 'suetonius'], importance: 3 },
    { id: 'triumvirate', title: 'Second Triumvirate', start: '-000042', end: '-000032', precision: 'year', group: 'Octavian', sources: ['suetonius'] },
    { id: 'actium', title: 'Battle of Actium', start: '-000030-09-02', group: 'Octavian', sources: ['plutarch'], importance: 2 },
    { id: 'augustus', title: 'Octavian named Augustus', start: '-000026-01-16', group: 'Octavian', sources: ['suetonius'], importance: 3 },
  ],
};
