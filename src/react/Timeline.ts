/**
 * `<Timeline>`: the chart as a React component, written with `createElement` so that the build needs
 * no JSX settings. React owns the wrapping `<div>` and nothing inside it: the chart is created in it
 * once, changed through its handle's `update()`, and destroyed on unmount.
 */
import {
  createElement, type CSSProperties, type ForwardedRef, forwardRef, type ForwardRefExoticComponent, type RefAttributes,
  type ReactElement, useEffect, useImperativeHandle, useLayoutEffect, useRef,
} from 'react';
import { createTimeline, type Timeline as TimelineHandle, type TimelineEventMap, type TimelineOptions } from '../index.js';
import { changedOptions } from './changedOptions.js';

/** Props of {@link Timeline}: every option of `createTimeline`, its events as callbacks, and the wrapping `<div>`'s `id`, `className` and `style`. */
export interface TimelineProps extends Omit<TimelineOptions, 'dataset'> {
  /** The dataset, as `createTimeline` takes it. A new object is loaded through `update()`: the selection and zoom survive for the ids that do. */
  dataset?: TimelineOptions['dataset'];
  /** An event was selected, or the selection cleared (`id` null). */
  onSelect?: (detail: TimelineEventMap['select']) => void;
  /** The visible range changed. */
  onZoom?: (detail: TimelineEventMap['zoom']) => void;
  /** Keyboard focus moved to an event. */
  onFocus?: (detail: TimelineEventMap['focus']) => void;
  /** Class of the wrapping `<div>` the chart is drawn in. */
  className?: string;
  /** Style of the wrapping `<div>`: the chart takes the width of this element. */
  style?: CSSProperties;
  /** Id of the wrapping `<div>`. */
  id?: string;
}

/** The props that are not options of the chart: the handlers (read when an event comes) and the `<div>`'s. */
const NOT_OPTIONS = ['onSelect', 'onZoom', 'onFocus', 'className', 'style', 'id'] as const;

/** The chart's options among `props`; the props type lets `dataset` be undefined explicitly, which createTimeline reads as absent. */
function optionsOf(props: TimelineProps): TimelineOptions {
  const options: Record<string, unknown> = { ...props };
  for (const name of NOT_OPTIONS) delete options[name];
  return options as TimelineOptions;
}

// A layout effect draws the chart before the first paint, so the page never shows an empty box; on a
// server, where effects do not run, useEffect says the same without React 18's warning.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

function render(props: TimelineProps, ref: ForwardedRef<TimelineHandle>): ReactElement {
  const { className, style, id } = props;
  const options = optionsOf(props);
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<TimelineHandle | null>(null);
  const applied = useRef(options);
  const latest = useRef({ options, props });

  // Before the chart is created (declaration order), so StrictMode's second mount draws with the latest props.
  useIsomorphicLayoutEffect(() => {
    latest.current = { options, props };
    const chart = handle.current;
    if (!chart) return;
    const changed = changedOptions(applied.current, options);
    if (changed) chart.update(changed);
    applied.current = options;
  });

  useIsomorphicLayoutEffect(() => {
    const chart = createTimeline(container.current!, latest.current.options);
    // Subscribed once: handlers read from the ref, so an inline callback, new every render, costs nothing.
    chart.on('select', (detail) => latest.current.props.onSelect?.(detail));
    chart.on('zoom', (detail) => latest.current.props.onZoom?.(detail));
    chart.on('focus', (detail) => latest.current.props.onFocus?.(detail));
    handle.current = chart;
    applied.current = latest.current.options;
    return () => {
      handle.current = null;
      // destroy() drops the handlers above too: a chart StrictMode mounted twice calls them once.
      chart.destroy();
    };
  }, []);

  // After the chart's effect, which it follows on every (re)mount; React sets the ref to null on unmount.
  useImperativeHandle(ref, () => handle.current!, []);

  return createElement('div', { ref: container, className, style, id });
}

/**
 * The timeline as a React component (React 18 or 19). It draws the chart once on mount and applies
 * changed props through the handle's `update()`, so the reader's selection and zoom survive a
 * re-render; a ref gives the handle (`select`, `zoomTo`, `getState`…), null before mount and after
 * unmount. Arrays, objects and functions passed as options (`lanes`, `zoomLimits`, `renderDetail`…)
 * are compared by identity: a new one each render redraws each render, so keep them stable.
 *
 * @example
 * ```tsx
 * <Timeline dataset={dataset} height={420} onSelect={({ id }) => setSelected(id)} />
 * ```
 */
export const Timeline: ForwardRefExoticComponent<TimelineProps & RefAttributes<TimelineHandle>> = forwardRef(render);
