// `npm run examples`: builds if needed and serves the repository on loopback, printing the example pages.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../examples/generated/ukraine-security-guarantees.svg', import.meta.url))) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
const server = await startStaticServer({ root, port: Number(process.env.PORT ?? 6007) });
for (const page of ['article.html', 'timelinejs.html']) console.log(`${server.url}/examples/${page}`);
console.log('(Ctrl+C to stop)');
