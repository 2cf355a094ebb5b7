import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The rules docs/ARCHITECTURE.md states about the source tree, checked on the files themselves. */
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const name = (file: string): string => relative(SRC, file);

/** The source files `file` imports (values and types alike), as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)\.js'/gms)].map((match) => match[1]!);
  return specifiers.map((specifier) => name(resolve(dirname(file), `${specifier}.ts`)));
}

const graph = new Map(files.map((file) => [name(file), importsOf(file)]));

describe('the source tree', () => {
  it('has no file over 300 lines', () => {
    const long = files.map((file) => [name(file), readFileSync(file, 'utf8').split('\n').length] as const).filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it('has no circular imports', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (module: string, path: string[]): void => {
      if (state.get(module) === 'done') return;
      if (state.get(module) === 'open') {
        cycles.push([...path.slice(path.indexOf(module)), module].join(' → '));
        return;
      }
      state.set(module, 'open');
      for (const next of graph.get(module) ?? []) visit(next, [...path, module]);
      state.set(module, 'done');
    };
    for (const module of graph.keys()) visit(module, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the pure layers pure: model and layout import nothing that renders, interacts or embeds', () => {
    const pure = [...graph].filter(([module]) => /^(model|layout)\//.test(module) || module === 'types.ts');
    const reaching = pure.flatMap(([module, imports]) => imports.filter((target) => !/^(model|layout)\//.test(target) && target !== 'types.ts').map((target) => `${module} → ${target}`));
    expect(reaching).toEqual([]);
  });

  it('lets only the controller and the embeds reach the controller', () => {
    const reaching = [...graph].flatMap(([module, imports]) =>
      imports.filter((target) => target.startsWith('timeline/') && !/^(timeline|embed|ssr)\//.test(module) && module !== 'index.ts').map((target) => `${module} → ${target}`));
    expect(reaching).toEqual([]);
  });
});
