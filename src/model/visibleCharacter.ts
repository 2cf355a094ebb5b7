// Its own module: the importers add-on takes this one pattern without the field lists beside it.

/**
 * A character that draws something: not a space, a control, a zero-width or bidi formatting mark, a
 * variation selector or the Hangul filler. A title of only `\u200b` looks empty on the page, so it is.
 * A pattern string, so the JSON Schema says the same.
 */
export const VISIBLE_CHARACTER = '[^\\s\\0-\\x1f\\x7f-\\xa0\\xad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff]';
