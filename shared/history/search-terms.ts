import { foldText } from '../compliance/text';
import type { Delegation } from '../domain/delegation';

/** Words of a name as searched: folded ("Đại học" → "dai", "hoc"), two letters or more. */
export const wordsOf = (text: string): string[] =>
  [...new Set(foldText(text).split(/[^\p{L}\p{N}]+/u))].filter((word) => word.length >= 2);

export const topicPartition = (topic: string) => `TOPIC#${foldText(topic.trim())}`;
export const namePartition = (word: string) => `NAME#${word}`;

/**
 * Distinct name words indexed per delegation: the organisation's first, then the members' in
 * order. It bounds the index items one registration writes (about 17 BatchWrite calls at most,
 * where 200 members of 50 unusual words each would otherwise write 10,000 items in one request).
 */
export const MAX_NAME_WORDS = 400;

/** The names people search by: the partner's as it writes it and in Vietnamese, then the members'. */
const searchableNames = (delegation: Pick<Delegation, 'partner' | 'members'>): string[] => [
  delegation.partner.name,
  ...(delegation.partner.nameVi ? [delegation.partner.nameVi] : []),
  ...delegation.members.map((member) => member.fullName),
];

/** The index partitions a delegation belongs to for topic and name look-ups. */
export function searchPartitions(delegation: Pick<Delegation, 'topics' | 'partner' | 'members'>): string[] {
  const names = searchableNames(delegation);
  const words = [...new Set(names.flatMap(wordsOf))].slice(0, MAX_NAME_WORDS);
  return [...new Set([...delegation.topics.map(topicPartition), ...words.map(namePartition)])].sort();
}

/** Whether the delegation's organisation or members' names contain the query, ignoring case and diacritics. */
export function namesMatch(delegation: Pick<Delegation, 'partner' | 'members'>, query: string): boolean {
  const wanted = wordsOf(query).join(' ');
  return searchableNames(delegation).some((name) => wordsOf(name).join(' ').includes(wanted));
}
