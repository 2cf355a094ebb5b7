import { readFileSync } from 'node:fs';

/** A fenced code block of a Markdown page. */
export interface DocBlock {
  /** The page's path. */
  page: string;
  /** The fence's language (`ts`, `tsx`, `vue` …). */
  language: string;
  /** The line of the page the code starts after (the fence's line, 1-based). */
  line: number;
  /** The file the block says it is (`// App.tsx` or `<!-- App.vue -->`, `<!-- App.svelte -->` on its first line), or null. */
  file: string | null;
  /** The code. */
  code: string;
}

/** The fenced code blocks of the Markdown page at `path`. */
export function docBlocks(path: string): DocBlock[] {
  const text = readFileSync(path, 'utf8');
  const blocks: DocBlock[] = [];
  for (const match of text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const code = match[2]!;
    const named = /^(?:\/\/|<!--) ([\w.-]+\.(?:tsx?|vue|svelte))\b/.exec(code);
    blocks.push({ page: path, language: match[1]!, line: text.slice(0, match.index).split('\n').length, file: named?.[1] ?? null, code });
  }
  return blocks;
}
