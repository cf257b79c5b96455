/** One page of a list, and where the next one starts (absent on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
