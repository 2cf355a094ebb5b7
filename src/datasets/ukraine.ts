import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };
import { type Dataset, parseDataset } from '../index.js';

/**
 * The demo dataset, normalised and typed: the war in Ukraine and the 2025 security-guarantee
 * diplomacy (the 2022 invasion and Istanbul talks, the Alaska, Tianjin and Paris summits, Putin's
 * Vladivostok remarks …) as reported by the BBC and Al Jazeera on 5 September 2025. Every event is
 * sourced; quotes are verbatim; relative dates are resolved against the publication date, and each
 * event's `note` says how its date was established.
 *
 * @example
 * ```ts
 * import { ukraineSecurityGuarantees } from 'eventline/datasets/ukraine';
 * ```
 */
export const ukraineSecurityGuarantees: Dataset = parseDataset(raw);
