/** The part of madge's API the cycle test uses (the package ships no types). */
declare module 'madge' {
  interface MadgeResult {
    /** Each import cycle, as the files in it. */
    circular(): string[][];
    /** Every file with the files it imports. */
    obj(): Record<string, string[]>;
  }
  export default function madge(
    paths: string | string[],
    options?: { fileExtensions?: string[]; tsConfig?: string },
  ): Promise<MadgeResult>;
}
