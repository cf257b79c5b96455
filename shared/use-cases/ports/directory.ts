export interface Directory<T> {
  items: T[];
  /** 0 while nothing was ever saved. */
  version: number;
}

/** A small list admin replaces as a whole (rooms, officials, agencies, divisions). */
export interface DirectoryStore<T> {
  get(): Promise<Directory<T>>;
  /** Replaces the list if nobody saved it since version `current` (0: never saved); else StaleVersionError. */
  replace(items: T[], current: number): Promise<Directory<T>>;
}
