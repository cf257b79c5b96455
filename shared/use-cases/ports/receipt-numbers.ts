/** The next receipt number (số tiếp nhận) of a year, never given twice. */
export interface ReceiptNumbers {
  next(year: string): Promise<number>;
}
