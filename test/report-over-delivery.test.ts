/**
 * A partner that delivered more than it committed (208%) is not shown as if it were fine: the indicator's data
 * names the Rupiah above the commitment, and the per-partner table marks the row.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInProcess } from './helpers/cli.js';
import { planText } from './helpers/plans.js';

describe('over-delivery in the report', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-over-'));
  const file = path.join(dir, 'rencana.yaml');
  writeFileSync(file, planText((p) => { p.implementation!.deliveries!.find((d) => d.contribution === 'bjb-csr')!.amountIdr = 520_000_000; }));
  const env = { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1' };

  test('JSON: a detail with the Rupiah above the commitments', async () => {
    const r = await runInProcess(['report', file, '--format', 'json', '--as-of', '2026-11-22'], { env });
    const json = JSON.parse(r.stdout);
    const ind = json.indicators.find((i: { id: string }) => i.id === 'process.contributions_delivered');
    expect(ind.details.find((d: { key: string }) => d.key === 'overDeliveredIdr')).toMatchObject({ value: 270_000_000, unit: 'Rp' });
  });

  test('table: the partner row says it is above the commitment', async () => {
    const r = await runInProcess(['report', file, '--as-of', '2026-11-22'], { env });
    const row = r.stdout.split('\n').find((l) => l.includes('Bank Pembangunan'))!;
    expect(row).toContain('208%');
    expect(row).toContain('melebihi komitmen');
    expect(r.stdout).toContain('Terealisasi melebihi komitmen');
  });

  test('no flag when nobody delivered more than committed', async () => {
    writeFileSync(path.join(dir, 'ok.yaml'), planText());
    const ok = await runInProcess(['report', path.join(dir, 'ok.yaml'), '--as-of', '2026-11-22'], { env });
    expect(ok.stdout).not.toMatch(/melebihi komitmen/i);
  });
});
