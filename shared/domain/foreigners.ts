/**
 * Who the police list names: the foreigners of a delegation, by the passport they travel on. An
 * overseas Vietnamese holding a Vietnamese passport is a citizen, not a foreigner (Luật số
 * 47/2014/QH13, Điều 3: a foreigner is one who holds a foreign passport or none); one holding a
 * foreign passport is. A member whose nationality is not given is listed, so nobody is left out.
 */
export const VIETNAM = 'VN';

export const isForeigner = (member: { nationality?: string }): boolean => member.nationality !== VIETNAM;

export const foreignersOf = <M extends { nationality?: string }>(members: readonly M[]): M[] =>
  members.filter(isForeigner);
