/**
 * Members pasted from a spreadsheet (the guest list the partner sent): one row per member, columns
 * separated by tabs in this order: full name, nationality, passport number, title, rank, role.
 * Nationality, rank and role may be written as the code or as the Vietnamese name.
 */
import { foldText } from '../../../shared/compliance/text';
import { countryCodes } from '../../../shared/domain/countries';
import { countryName } from '../format';
import { memberRankNames, memberRoleNames } from '../labels';
import type { FormValues } from './form-values';

type Member = FormValues['members'][number];

const fold = (text: string) => foldText(text.trim());

function codeOf<T extends string>(names: Record<T, string>, text: string | undefined): T | undefined {
  if (!text?.trim()) return undefined;
  const wanted = fold(text);
  return (Object.keys(names) as T[]).find((code) => code === text.trim() || fold(names[code]) === wanted);
}

function countryOf(text: string | undefined): string | undefined {
  if (!text?.trim()) return undefined;
  const upper = text.trim().toUpperCase();
  if (countryCodes.includes(upper)) return upper;
  const wanted = fold(text);
  return countryCodes.find((code) => fold(countryName(code)) === wanted);
}

export function pastedMembers(text: string): Member[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split('\t').map((cell) => cell.trim()))
    .filter((cells) => cells[0])
    .map(([fullName, nationality, passportNumber, title, rank, role]) => ({
      fullName,
      nationality: countryOf(nationality),
      passportNumber: passportNumber || undefined,
      title: title || undefined,
      rank: codeOf(memberRankNames, rank) ?? 'other',
      role: codeOf(memberRoleNames, role) ?? 'member',
    }));
}
