/** A stylesheet imported as its text (`?inline`): the rollup build and Vite both provide it. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
