import * as z from 'zod';

/**
 * Characters that have no place in a one-line field: C0 and C1 controls (CR and LF fake extra
 * lines in a plain-text email, NUL and ESC break files and terminals) and the bidirectional
 * overrides, embeddings and isolates that make text read differently from what it holds.
 */
const NOT_IN_ONE_LINE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** In multi-line text, tab and line breaks are meant; the rest is refused as above. */
const NOT_IN_TEXT = /(?![\t\n\r])[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** What shows nothing on its own: white space and format characters (zero-width, soft hyphen, BOM), Hangul fillers. */
const INVISIBLE = /[\s\p{Cf}\u115f\u1160\u3164\uffa0]/gu;

const visible = (text: string) => text.replace(INVISIBLE, '') !== '';

const textField = (max: number, forbidden: RegExp, message: string) =>
  z
    .string()
    .trim()
    .min(1, { abort: true })
    .max(max)
    .refine((text) => !forbidden.test(text), { message, abort: true })
    .refine(visible, 'Needs visible text, not only blank or invisible characters');

/** A name, title, place or subject: one line of visible text. */
export const oneLine = (max: number) =>
  textField(
    max,
    NOT_IN_ONE_LINE,
    'One line of text: no line breaks, control characters or direction overrides',
  );

/** A purpose, summary or note: line breaks allowed, control characters and direction overrides not. */
export const multiLine = (max: number) =>
  textField(max, NOT_IN_TEXT, 'No control characters or direction overrides');
