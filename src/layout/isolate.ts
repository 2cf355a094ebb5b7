/**
 * `text` from data made safe to place beside other text: its bidi controls balanced (an embedding,
 * override or isolate it opens is closed at its end; a terminator with no opener is dropped) and the
 * whole wrapped in first-strong isolate marks (FSI … PDI). Without this, `"Reuters \u202e"` reverses
 * the rest of a citation; and a stray PDI in data closes even an element's isolation (`<bdi>`,
 * `unicode-bidi: isolate`) in Chromium, so the text itself must be balanced.
 */
export function isolate(text: string): string {
  // What closes each opener still open, innermost first: PDF (U+202C) or PDI (U+2069).
  let closers = '';
  const kept = text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (control) => {
    if (control === '\u202c' || control === '\u2069') {
      const depth = closers.indexOf(control);
      // A PDF cannot reach past an isolate still open inside its embedding; a PDI closes what its isolate holds.
      if (depth < 0 || (control === '\u202c' && closers.slice(0, depth).includes('\u2069'))) return '';
      const closed = closers.slice(0, depth + 1);
      closers = closers.slice(depth + 1);
      return closed;
    }
    closers = (control < '\u2066' ? '\u202c' : '\u2069') + closers;
    return control;
  });
  return `\u2068${kept}${closers}\u2069`;
}
