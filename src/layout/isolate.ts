/**
 * `text` from data made safe to place beside other text: wrapped in first-strong isolate marks
 * (FSI … PDI), its own bidi controls (embeddings, overrides, isolates and their terminators) left
 * out. Without this, `"Reuters \u202e"` reverses the rest of a citation; and a stray PDI in data
 * closes even an element's isolation (`<bdi>`, `unicode-bidi: isolate`) in Chromium, so no control
 * from data may stay. The isolate gives mixed-direction text its direction without them.
 */
export const isolate = (text: string): string => `\u2068${text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')}\u2069`;
