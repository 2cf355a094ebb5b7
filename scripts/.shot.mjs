import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/main/scripts/serve.mjs';
const [,, path, out, width = '1200', height = '900', action = ''] = process.argv;
const server = await startStaticServer({ root: '/work/main' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
await page.goto(server.url + path); await page.waitForTimeout(700);
if (action) { await page.evaluate(action); await page.waitForTimeout(700); }
console.log(await page.evaluate(() => { const r = document.querySelector('.eventline'); return r ? `nodes=${r.querySelectorAll('*').length} points=${r.querySelectorAll('circle.eventline-event').length} spans=${r.querySelectorAll('rect.eventline-event').length} clusters=${r.querySelectorAll('.eventline-cluster').length} labels=${r.querySelectorAll('.eventline-label').length}` : 'no root'; }));
await page.screenshot({ path: out, fullPage: false });
await browser.close(); await server.close();
