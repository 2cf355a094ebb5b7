// `npm run demo`: builds the library if needed, serves the repository on loopback and opens the demo page
// (the bundled news dataset, with the plain event list). `npm start` opens Storybook, the showroom.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../dist/eventline.iife.js', import.meta.url))) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
const port = Number(process.env.PORT ?? 6006);
const server = await startStaticServer({ root, port });
const page = `${server.url}/demo/`;
console.log(`eventline demo: ${page}  (Ctrl+C to stop)`);
if (!process.env.CI && process.platform === 'linux' && existsSync('/usr/bin/xdg-open') && process.env.DISPLAY) {
  spawn('xdg-open', [page], { stdio: 'ignore', detached: true }).unref();
} else if (process.platform === 'darwin') {
  spawn('open', [page], { stdio: 'ignore', detached: true }).unref();
}
