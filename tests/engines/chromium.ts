import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.js';
import { splitShadowSelector, type EngineDriver, type EnginePage, type OpenOptions } from './driver.js';

/** Chromium through playwright-core: Debian's build, or the one EVENTLINE_CHROMIUM names. */
export const chromiumEngine = { executable: CHROMIUM_PATH, install: 'sudo apt-get install chromium (or set EVENTLINE_CHROMIUM)' };

function pageOf(page: Page): EnginePage {
  const locate = (selector: string) => {
    const { host, inner } = splitShadowSelector(selector);
    // Playwright's CSS locators pierce open shadow roots.
    return inner === undefined ? page.locator(host).first() : page.locator(host).locator(inner).first();
  };
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    click: (selector) => locate(selector).click(),
    tap: (selector) => locate(selector).tap(),
    press: (key) => page.keyboard.press(key),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => page.context().close(),
  };
}

/** Launches headless Chromium. */
export async function launchChromiumEngine(): Promise<EngineDriver> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    engine: 'Chromium',
    version: `Chromium ${browser.version()}`,
    touch: true,
    notes: [],
    async open(url: string, options: OpenOptions) {
      const context = await browser.newContext({
        viewport: { width: options.width, height: options.height },
        hasTouch: options.touch ?? false,
        isMobile: options.touch ?? false,
      });
      const page = await context.newPage();
      await page.goto(url);
      return pageOf(page);
    },
    close: () => browser.close(),
  };
}
