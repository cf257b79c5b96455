/**
 * Every query key of the console in one place: a change names what it touched (changes.ts) and the
 * screens reading it ask again.
 */
export type VisitPart = 'compliance' | 'meetings' | 'notifications' | 'timeline';
export type DirectoryName = 'rooms' | 'officials' | 'divisions' | 'agencies';

export const keys = {
  /** A visit and, below it, each of its parts: invalidating the visit refreshes them all. */
  visit: (id: string) => ['visit', id] as const,
  visitPart: (id: string, part: VisitPart) => ['visit', id, part] as const,
  attachments: (id: string) => ['attachments', id] as const,
  worklist: ['worklist'] as const,
  pending: ['pending'] as const,
  history: ['history'] as const,
  historyPage: (query: object) => ['history', query] as const,
  schedule: ['schedule'] as const,
  scheduleRange: (from: string, to: string) => ['schedule', from, to] as const,
  availability: ['availability'] as const,
  availabilityOf: (date: string, roomId?: string, officialIds: readonly string[] = []) =>
    ['availability', date, roomId, [...officialIds]] as const,
  reports: ['reports'] as const,
  report: (kind: 'summary' | 'visits' | 'external-information', query: object) =>
    ['reports', kind, query] as const,
  plans: ['plan'] as const,
  /** The year's approved and published news items. */
  news: ['news'] as const,
  newsOfYear: (year: number) => ['news', year] as const,
  plan: (year: number) => ['plan', year] as const,
  directory: (name: DirectoryName) => ['directory', name] as const,
  holidays: ['holidays'] as const,
  holidayYear: (year: number) => ['holidays', year] as const,
};

export type QueryKey = readonly unknown[];
