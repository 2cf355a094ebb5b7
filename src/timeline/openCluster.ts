import { buildClusterDetail, showDetail } from '../render/detail.js';
import { markOf } from '../render/frame.js';
import type { RootElements } from '../render/root.js';
import { clusterActionFor } from './markActions.js';
import type { ChartCommands, ChartState } from './state.js';

/**
 * Opens the cluster mark with `key`: zooms to where its events come apart, or lists them in the detail
 * panel when no zoom can, and says how many it held. With the keyboard on it (or a click, which
 * focuses it) the zoom is at once and the keyboard goes to its first event (or the first in the
 * list); a reader who only points sees the zoom move.
 */
export function openCluster(elements: RootElements, state: ChartState, commands: ChartCommands, key: string): void {
  const action = clusterActionFor(state, key);
  if (!action) return;
  const { svg, detail } = elements;
  const focused = svg.contains((svg.getRootNode() as Document | ShadowRoot).activeElement);
  const { events } = action;
  if (action.kind === 'list') {
    showDetail(detail, buildClusterDetail(svg.ownerDocument, events, state.options.locale));
    if (focused) detail.querySelector<HTMLElement>('.eventline-detail-pick')?.focus();
  } else {
    commands.show(action.range, { animate: !focused, now: true });
    if (focused) (markOf(svg, state.layout, events[0]!) as SVGElement | null)?.focus();
  }
  commands.announce(`${events.length} events${action.kind === 'list' ? ' at the same time, listed in the details' : ' opened'}.`);
}
