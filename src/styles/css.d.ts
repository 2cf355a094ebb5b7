/** A stylesheet imported as its text (`?inline`): the rollup build and Vite both provide it. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** A stylesheet's theme: the custom properties of its first `.eventline` rule, as [name, value] pairs (`?theme`). */
declare module '*.css?theme' {
  const theme: Array<[string, string]>;
  export default theme;
}
