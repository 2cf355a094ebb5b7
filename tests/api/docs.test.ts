import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every name `src/index.ts` exports, with the TSDoc text a consumer's editor would show for it. */
function publicDocs(): Map<string, string> {
  const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
  const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const docs = new Map<string, string>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    docs.set(exported.getName(), ts.displayPartsToString(target.getDocumentationComment(checker)).trim());
  }
  return docs;
}

describe('public API', () => {
  const docs = publicDocs();

  it('exports the documented entry points', () => {
    expect([...docs.keys()]).toEqual(expect.arrayContaining(['parseDataset', 'validateDataset', 'EventlineDataError', 'TimelineEvent', 'Dataset', 'datasetSchema']));
  });

  it.each([...docs.keys()])('%s has a TSDoc comment', (name) => {
    expect(docs.get(name)?.length ?? 0).toBeGreaterThan(10);
  });
});
