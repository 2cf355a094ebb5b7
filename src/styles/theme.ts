import theme from './eventline.css?theme';

/**
 * The theme's custom properties as eventline.css declares them on `.eventline`, in order:
 * `['bg', 'light-dark(#ffffff,#15171b)']`. Read from the stylesheet at build time, so the static SVG
 * writer has the colours without carrying the whole stylesheet.
 */
export const THEME_PROPERTIES: ReadonlyArray<readonly [name: string, value: string]> = theme;
