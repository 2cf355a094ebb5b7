/**
 * What the chart's marks do, worked out from the state alone: opening a cluster (zoom to where its
 * events come apart, or list them) and the tooltip for an event's mark.
 */
import { type ClusterAction, clusterAction } from '../interact/clusterAction.js';
import { findEventMark } from '../layout/findMark.js';
import { formatEventWhen } from '../layout/formatDate.js';
import type { TooltipContent } from '../render/states.js';
import type { ChartState } from './state.js';

/** What opening the cluster with `key` does; null when no cluster with that key is drawn. */
export function clusterActionFor(state: ChartState, key: string): ClusterAction | null {
  const { model, layout } = state;
  const mark = layout?.clusters.find((candidate) => candidate.key === key);
  if (!mark || !model || !layout) return null;
  const events = mark.memberIds().map((id) => model.byId.get(id)).filter((event) => event !== undefined);
  return clusterAction(events, state.limits()!.minSpan, layout.chart.right - layout.chart.left, state.warp.toDisplay);
}

/** The tooltip for event `id` beside its mark in the frame drawn; null when it has no mark of its own there. */
export function tooltipFor(state: ChartState, id: string | null): TooltipContent | null {
  const { model, layout } = state;
  const mark = id && layout ? findEventMark(layout, id) : undefined;
  const event = id ? model?.byId.get(id) : undefined;
  if (!mark || !event || !layout) return null;
  const x = 'x' in mark ? mark.x : mark.x1;
  return { title: event.title, when: formatEventWhen(event, { locale: state.options.locale }), x, y: mark.y, width: layout.width };
}
