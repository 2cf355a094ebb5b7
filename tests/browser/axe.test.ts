import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openTimelinePage, useChromiumAndServer } from './chromium.js';

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe-core's WCAG 2.2 A and AA rules over the timeline; returns the violations, one line each. */
async function violations(page: Page, context = '.eventline'): Promise<string[]> {
  // Served from the same origin: the test page's Content-Security-Policy forbids inline scripts.
  await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
  const found = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(scope, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
    return result.violations;
  }, context);
  return found.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}×, e.g. ${violation.nodes[0]?.target.join(' ')}: ${violation.nodes[0]?.failureSummary ?? ''})`);
}

describe.skipIf(!chromiumAvailable())('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const chromium = useChromiumAndServer();

  it('has no violations in the <event-timeline> element of the article example (inside its shadow root)', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${chromium.url}/examples/article.html`);
    await expect.poll(() => page.locator('event-timeline').locator('.eventline-event').count()).toBeGreaterThan(5);
    expect(await violations(page, 'event-timeline')).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'])('has no violations in the %s theme', async (theme) => {
    const page = await openTimelinePage(chromium, `width=1000&theme=${theme}`);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('has no violations with an event selected (detail panel open)', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&theme=light');
    await page.getByRole('button', { name: 'Next event' }).click();
    await page.waitForSelector('.eventline-detail:not([hidden])');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'])('has no violations in the list view (%s)', async (theme) => {
    const page = await openTimelinePage(chromium, `width=1000&theme=${theme}`);
    await page.getByRole('button', { name: 'List view' }).click();
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no violations in the phone layout with a card open (%s)', async (theme) => {
    const page = await chromium.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: theme });
    await page.goto(`${chromium.url}/tests/fixtures/browser/reading.html`);
    await page.waitForSelector('.eventline-card');
    await page.evaluate((dark) => (window as unknown as { timeline: { update(options: object): void } }).timeline.update({ theme: dark ? 'dark' : 'light' }), theme === 'dark');
    expect(await violations(page)).toEqual([]);
    await page.locator('.eventline-card[data-event-id="paris-summit"] .eventline-card-head').tap();
    await page.waitForSelector('.eventline-card-body');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('would catch a violation (self-check: a mark stripped of its accessible name)', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&theme=light');
    await page.$eval('.eventline-event[role="option"]', (mark) => mark.removeAttribute('aria-label'));
    expect((await violations(page)).join('\n')).toMatch(/^(aria-command-name|aria-toggle-field-name|svg-img-alt|button-name)/m);
    await page.close();
  });
});
