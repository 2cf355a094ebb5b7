import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The modules behind the package's entry points: `eventline`, `eventline/importers`, `eventline/element`, `eventline/schema`, `eventline/react`, `eventline/vue`. */
const ENTRIES = ['src/index.ts', 'src/importers/index.ts', 'src/embed/element.ts', 'src/model/schema.ts', 'src/react/index.ts', 'src/vue/index.ts'];

/** Every name `path` exports, with the TSDoc text a consumer's editor would show for it. */
function publicDocs(path: string): Map<string, string> {
  const entry = fileURLToPath(new URL(`../../${path}`, import.meta.url));
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
  const docs = new Map(ENTRIES.map((entry) => [entry, publicDocs(entry)]));

  it('exports the documented entry points', () => {
    expect([...docs.get('src/index.ts')!.keys()]).toEqual(expect.arrayContaining(['parseDataset', 'validateDataset', 'EventlineDataError', 'TimelineEvent', 'Dataset', 'createTimeline', 'registerSvgWriter', 'formatTimeLength']));
    expect([...docs.get('src/model/schema.ts')!.keys()]).toEqual(['datasetSchema']);
    expect([...docs.get('src/importers/index.ts')!.keys()]).toEqual(expect.arrayContaining(['fromTimelineJS', 'fromSpreadsheetCSV', 'htmlToText', 'ImportOptions', 'CsvColumnMapping']));
    expect([...docs.get('src/react/index.ts')!.keys()].sort()).toEqual(['EventTimelineJSXProps', 'Timeline', 'TimelineHandle', 'TimelineProps']);
    expect([...docs.get('src/vue/index.ts')!.keys()].sort()).toEqual(['EventTimelineVueProps', 'isCustomElement']);
    expect([...docs.get('src/embed/element.ts')!.keys()]).toEqual(expect.arrayContaining(['EventTimelineElement', 'registerLocale', 'registerDataImporters', 'EVENT_TIMELINE_TAG', 'EventTimelineAttributes', 'EventTimelineEventMap', 'EventTimelineData']));
  });

  it.each(ENTRIES.flatMap((entry) => [...docs.get(entry)!.keys()].map((name) => [entry, name])))('%s: %s has a TSDoc comment', (entry, name) => {
    expect(docs.get(entry)!.get(name)?.length ?? 0).toBeGreaterThan(10);
  });
});
