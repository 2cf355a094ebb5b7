import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { splitShadowSelector, type EngineDriver, type EnginePage, type OpenOptions } from './driver.js';

/** Debian's Firefox ESR, or the build EVENTLINE_FIREFOX names. */
export const firefoxEngine = {
  executable: process.env.EVENTLINE_FIREFOX ?? '/usr/bin/firefox-esr',
  install: 'sudo apt-get install firefox-esr (or set EVENTLINE_FIREFOX)',
};

function pageOf(page: Page): EnginePage {
  // Puppeteer's `>>>` is its own deep combinator: the same "one level into a shadow root" as ours.
  const handle = async (selector: string) => {
    const { host, inner } = splitShadowSelector(selector);
    const found = await page.waitForSelector(inner === undefined ? host : `${host} >>> ${inner}`, { timeout: 10_000 });
    if (!found) throw new Error(`no element matches ${selector}`);
    return found;
  };
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    click: async (selector) => (await handle(selector)).click(),
    tap: async (selector) => (await handle(selector)).tap(),
    press: (key) => page.keyboard.press(key),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    close: () => page.close(),
  };
}

/**
 * Launches headless Firefox over WebDriver BiDi (no geckodriver). Pages are opened with
 * `browser.newPage()`: the tab Firefox starts with never gets document focus, so keys would go nowhere.
 */
export async function launchFirefoxEngine(): Promise<EngineDriver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxEngine.executable,
    headless: true,
    // No updates, telemetry or remote settings: this machine has no network, and nothing may phone home.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/',
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  const [, version] = (await browser.version()).split('/');
  return {
    engine: 'Firefox',
    version: `Firefox ${version}`,
    touch: true,
    notes: [],
    async open(url: string, options: OpenOptions) {
      const page = await browser.newPage();
      await page.setViewport({ width: options.width, height: options.height, hasTouch: options.touch ?? false, isMobile: options.touch ?? false });
      await page.goto(url);
      return pageOf(page);
    },
    close: () => browser.close(),
  };
}
