import { describe, expect, it } from 'vitest';
import { format, formatParts } from '@/locales';

describe('filling placeholders', () => {
  it('fills the named ones and leaves the rest', () => {
    expect(format('Call {number} or {other}.', { number: '116 123' })).toBe('Call 116 123 or {other}.');
    expect(formatParts('Call {number}.', { number: 1 })).toEqual(['Call ', 1, '.']);
  });

  it('never fills one from Object’s prototype', () => {
    expect(format('{constructor} {toString} {__proto__}', {})).toBe('{constructor} {toString} {__proto__}');
    expect(formatParts('{constructor}', {})).toEqual(['{constructor}']);
  });
});
