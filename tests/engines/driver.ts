/**
 * The one small interface the engine scenarios drive a browser through, so the same scenario runs in
 * Chromium (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and WebKit (WebKitWebDriver
 * through selenium-webdriver).
 *
 * Selectors are CSS in the page's document; `host >>> inner` reaches one level into an open shadow root.
 */

/** The browser engines the suite runs in. */
export type EngineName = 'Chromium' | 'Firefox' | 'WebKit';

/** Keys the scenarios press, by their `KeyboardEvent.key` names. */
export type KeyName = 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 'Enter' | 'Escape' | 'Tab' | '+' | '-';

/** How a page is opened: its viewport, and whether the engine should report a touch screen. */
export interface OpenOptions {
  readonly width: number;
  readonly height: number;
  readonly touch?: boolean;
}

/** One open page in one engine. */
export interface EnginePage {
  /**
   * Runs `fn` in the page with `arg` and resolves to its (awaited) result. `fn` is sent as source text:
   * it must not use anything from the test module's scope, and `arg` and the result must be JSON.
   */
  evaluate<Result, Arg = undefined>(fn: (arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Result>;
  /** A real mouse click in the middle of the element (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** A touch tap on the element; only where {@link EngineDriver.touch} is true. */
  tap(selector: string): Promise<void>;
  /** Presses and releases `key` in the focused element. */
  press(key: KeyName): Promise<void>;
  /** Saves a PNG of the viewport to `file`. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/** One running browser. */
export interface EngineDriver {
  readonly engine: EngineName;
  /** The engine and its version as the browser reports it, e.g. `Firefox 153.8.0esr`. */
  readonly version: string;
  /** Whether the engine can emulate a touch screen and send taps. */
  readonly touch: boolean;
  /** Anything a reader of the results should know about how this engine is driven. */
  readonly notes: readonly string[];
  /** Opens `url` in a fresh page of the given size, and resolves once it has loaded. */
  open(url: string, options: OpenOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Splits `host >>> inner` into its two parts (inner is undefined for a plain selector). */
export function splitShadowSelector(selector: string): { host: string; inner: string | undefined } {
  const [host, inner] = selector.split(/\s*>>>\s*/);
  return { host: host!, inner };
}

/** Resolves once `condition` (run in the page) is truthy, or rejects naming `what` after `timeout` ms. */
export async function waitInPage<Arg>(
  page: EnginePage,
  what: string,
  condition: (arg: Arg) => boolean,
  arg?: Arg,
  timeout = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    // A page still loading may throw (no element yet); the last such error explains a time-out.
    if (await page.evaluate(condition, arg).catch((error: unknown) => ((lastError = error), false))) return;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${(lastError as Error).message ?? String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
