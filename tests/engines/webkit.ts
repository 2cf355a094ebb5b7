import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { splitShadowSelector, type EngineDriver, type EnginePage, type KeyName, type OpenOptions } from './driver.js';

/** Debian's WebKitGTK WebDriver (package webkit2gtk-driver) and the X server it draws into (xvfb). */
export const webkitEngine = {
  executable: process.env.EVENTLINE_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver',
  xvfb: '/usr/bin/Xvfb',
  install: 'sudo apt-get install webkit2gtk-driver xvfb xauth (or set EVENTLINE_WEBKIT_DRIVER)',
};

/** Whether both programs WebKit needs here are installed. */
export function webkitInstalled(): boolean {
  return existsSync(webkitEngine.executable) && existsSync(webkitEngine.xvfb);
}

const KEYS: Record<KeyName, string> = {
  ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, Home: Key.HOME, End: Key.END,
  Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB, '+': '+', '-': '-',
};

/** Starts an X server on a free display (it names the display on fd 3) and resolves to its number. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(webkitEngine.xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      xvfb.kill();
      reject(new Error('Xvfb did not start within 10 s'));
    }, 10_000);
    xvfb.once('error', reject);
    xvfb.stdio[3]!.once('data', (data: Buffer) => {
      clearTimeout(timer);
      resolve({ display: `:${String(data).trim()}`, process: xvfb });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForDriver(url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer at ${url} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function find(driver: WebDriver, selector: string): Promise<WebElement> {
  const { host, inner } = splitShadowSelector(selector);
  const element = await driver.findElement({ css: host });
  return inner === undefined ? element : (await element.getShadowRoot()).findElement({ css: inner });
}

function pageOf(driver: WebDriver): EnginePage {
  return {
    // Classic WebDriver's Execute Script awaits a returned promise.
    evaluate: (fn, arg) => driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg),
    click: async (selector) => (await find(driver, selector)).click(),
    tap: () => Promise.reject(new Error('WebKitGTK cannot emulate a touch screen')),
    press: (key) => driver.actions({ async: true }).sendKeys(KEYS[key]).perform(),
    screenshot: async (file) => writeFile(file, Buffer.from(await driver.takeScreenshot(), 'base64')),
    close: async () => {
      await driver.switchTo().defaultContent();
      await driver.get('about:blank');
    },
  };
}

/** Sizes the window so that the page's viewport is `width` × `height`; resolves to the width it got. */
async function sizeViewport(driver: WebDriver, width: number, height: number): Promise<number> {
  await driver.manage().window().setRect({ width, height });
  const [innerWidth, innerHeight, outerWidth, outerHeight] = await driver.executeScript<number[]>('return [innerWidth, innerHeight, outerWidth, outerHeight];');
  await driver.manage().window().setRect({ width: width + outerWidth! - innerWidth!, height: height + outerHeight! - innerHeight! });
  return driver.executeScript<number>('return innerWidth;');
}

/**
 * Starts an X server, WebKitWebDriver on a free port and one MiniBrowser session (MiniBrowser has no
 * headless mode; its `--headless` hangs the session). Pages are opened one at a time in that session.
 */
export async function launchWebKitEngine(): Promise<EngineDriver> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const server = spawn(webkitEngine.executable, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: 'ignore' });
  const stop = () => {
    server.kill();
    xvfb.process.kill();
    process.off('exit', stop);
  };
  // The X server and the driver are ours alone: never left running, even if the test worker ends early.
  process.on('exit', stop);
  try {
    await waitForDriver(`http://127.0.0.1:${port}`);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { args: [] } })
      .build();
    const version = String((await driver.getCapabilities()).get('browserVersion'));
    const notes: string[] = ['no touch emulation: phone scenarios click instead of tapping'];
    return {
      engine: 'WebKit',
      version: `WebKitGTK ${version}`,
      touch: false,
      notes,
      async open(url: string, options: OpenOptions) {
        await driver.get('about:blank');
        const width = await sizeViewport(driver, options.width, options.height);
        if (width === options.width) {
          await driver.get(url);
          return pageOf(driver);
        }
        // MiniBrowser's window has a minimum width (its toolbar): a narrower viewport is an iframe of
        // that size, and the session works inside it.
        const note = `viewports narrower than ${width} px are an iframe of that size (MiniBrowser's window is no narrower)`;
        if (!notes.includes(note)) notes.push(note);
        await sizeViewport(driver, Math.max(width, options.width + 40), options.height + 40);
        const { origin, pathname, search, hash } = new URL(url);
        await driver.get(`${origin}/tests/fixtures/engines/frame.html?${new URLSearchParams({ src: pathname + search + hash, width: String(options.width), height: String(options.height) })}`);
        const frame = await driver.wait(async () => (await driver.findElements({ css: 'iframe' }))[0], 10_000);
        await driver.switchTo().frame(frame ?? null);
        await driver.wait(() => driver.executeScript<boolean>('return document.readyState === "complete" && location.href !== "about:blank";'), 10_000);
        return pageOf(driver);
      },
      async close() {
        try {
          await Promise.race([driver.quit(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
        } catch {
          // the session is gone already; the processes below are what matter
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
