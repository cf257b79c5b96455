/**
 * Which sensitive categories a visit's purpose and topics touch, by whole words and phrases:
 * "chùa" (pagoda) never matches "chưa" or "tiêu chuẩn", "nhà thờ" never "nhà thơ", "border" never
 * "cross-border". Vietnamese keeps its diacritics (they tell the words apart); a keyword written
 * without them in the profile matches only the same letters without them, so the profile lists an
 * unaccented form only where it cannot be another word ("ton giao", not "chua").
 */
import type { Delegation } from '../domain/delegation';
import type { RuleParameters, SensitiveCategory } from './profile';

/** Words as a reader sees them: letters with their marks and digits, hyphenated compounds kept whole. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export const wordsOf = (text: string): string[] =>
  text.normalize('NFC').toLocaleLowerCase('vi').match(WORD) ?? [];

/** Where the phrase's words stand one after another, whole, in `words`. */
function* occurrences(words: readonly string[], phrase: readonly string[]): Generator<number> {
  if (phrase.length === 0) return;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) yield start;
  }
}

/** The text's words with the harmless phrases blanked out ("xuyên biên giới": trade, not a border matter). */
function wordsOutside(text: string, harmless: readonly string[]): string[] {
  const words = wordsOf(text);
  for (const phrase of harmless.map(wordsOf)) {
    for (const start of occurrences(words, phrase)) words.fill('', start, start + phrase.length);
  }
  return words;
}

const contains = (words: readonly string[], phrase: readonly string[]) =>
  !occurrences(words, phrase).next().done;

/** Whether the keyword stands whole in the text, outside the harmless phrases that contain it. */
export const mentionsPhrase = (text: string, keyword: string, harmless: readonly string[] = []): boolean =>
  contains(wordsOutside(text, harmless), wordsOf(keyword));

/** The profile's keywords found in any of the texts (purpose, each topic, each activity title), per category. */
export function sensitiveMatches(
  texts: readonly string[],
  keywords: Partial<Record<SensitiveCategory, readonly string[]>>,
  harmless: readonly string[] = [],
): Partial<Record<SensitiveCategory, string[]>> {
  const found: Partial<Record<SensitiveCategory, string[]>> = {};
  // Each text is read into words once; every keyword is then looked for in those words.
  const read = texts.map((text) => wordsOutside(text, harmless));
  for (const [category, list] of Object.entries(keywords) as [SensitiveCategory, readonly string[]][]) {
    const words = list.filter((keyword) => {
      const phrase = wordsOf(keyword);
      return read.some((textWords) => contains(textWords, phrase));
    });
    if (words.length > 0) found[category] = words;
  }
  return found;
}

/** The sensitive topics a visit's purpose, topics and activity titles touch, per category. */
export const sensitiveTopicsOf = (
  delegation: Pick<Delegation, 'purpose' | 'topics' | 'activities'>,
  params: Pick<RuleParameters, 'sensitiveKeywords' | 'harmlessPhrases'>,
) =>
  sensitiveMatches(
    [
      delegation.purpose,
      ...delegation.topics,
      ...delegation.activities.map((activity) => activity.title ?? ''),
    ],
    params.sensitiveKeywords,
    params.harmlessPhrases,
  );
