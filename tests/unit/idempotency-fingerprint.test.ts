import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/http/idempotency';

describe('The body an Idempotency-Key is bound to', () => {
  it('is the same for the same JSON in another key order, at every level', () => {
    const a = { b: 1, a: { d: [{ y: 2, x: 1 }], c: 'ç' } };
    const b = { a: { c: 'ç', d: [{ x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('differs when a value or the order of a list differs', () => {
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});
