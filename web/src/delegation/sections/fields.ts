/** What the registration form's sections share: formats, options and rules. */
import { useMemo } from 'react';
import { countryCodes } from '../../../../shared/domain/countries';
import { countryName } from '../../format';

export const options = (names: Record<string, string>) =>
  Object.entries(names).map(([value, label]) => ({ value, label }));
export const DATE = 'DD/MM/YYYY';
export const DATE_TIME = 'DD/MM/YYYY HH:mm';
export const required = (message: string) => [{ required: true, message }];

export const protocolLevels = {
  state_visit: 'Thăm cấp nhà nước',
  official_visit: 'Thăm chính thức',
  working_visit: 'Thăm làm việc',
  private_visit: 'Thăm riêng',
};
export const channels = { party: 'Kênh Đảng', state: 'Kênh Nhà nước', people: 'Kênh nhân dân' };

/** Every country by its Vietnamese name, sorted as Vietnamese sorts. */
export function useCountries() {
  return useMemo(
    () =>
      countryCodes
        .map((code) => ({ value: code, label: `${countryName(code)} (${code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [],
  );
}
