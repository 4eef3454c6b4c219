/**
 * `report --period` for the period still running is as of today, not as of its last day: a report made on
 * 22 November for 2026S2 is not "per 31 Desember 2026", and December's activities are not yet due.
 */
import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { reportWindow } from '../src/commands/report/window.js';
import type { CliIO } from '../src/commands/context.js';

const io = (today: string): CliIO => ({
  stdout: { write: () => true }, stderr: { write: () => true }, stdin: Readable.from([]) as unknown as CliIO['stdin'],
  cwd: process.cwd(), env: { KEMITRAAN_TODAY: today },
});

describe('the as-of date of a period', () => {
  test('running period: today; past period: its last day; future period: its last day; --as-of wins within it', () => {
    expect(reportWindow({ period: '2026S2' }, io('2026-11-22'), 'id')).toEqual({ asOf: '2026-11-22', period: { id: '2026S2', start: '2026-07-01', end: '2026-12-31' } });
    expect(reportWindow({ period: '2026S1' }, io('2026-11-22'), 'id').asOf).toBe('2026-06-30');
    expect(reportWindow({ period: '2027Q1' }, io('2026-11-22'), 'id').asOf).toBe('2027-03-31');
    expect(reportWindow({ period: '2026S2', asOf: '2026-12-15' }, io('2026-11-22'), 'id').asOf).toBe('2026-12-15');
    expect(reportWindow({ period: '2026S2', asOf: '2027-02-01' }, io('2026-11-22'), 'id').asOf).toBe('2026-12-31');
  });
});
