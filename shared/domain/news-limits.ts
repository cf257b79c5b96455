/** How long a news item's parts may be, in characters; without zod, so the console can read them too. */
export const newsLimits = {
  title: 300,
  lead: 2000,
  paragraph: 4000,
  paragraphs: 40,
  note: 2000,
  /** Photos published with an item, and the length of each caption. */
  photos: 10,
  caption: 300,
} as const;
