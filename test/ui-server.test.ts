/**
 * `kemitraan ui` without a browser: who the server refuses (over real HTTP, since Host and Origin are what a
 * rebinding page changes), what it serves and how, saves that refuse to overwrite a changed file, and the
 * Indonesian way of reading numbers, Rupiah and dates in the page.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { request } from 'node:http';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { guardRequest } from '../src/commands/ui/guard.js';
import { runUi, startUi } from '../src/commands/ui/run.js';
import type { UiServer } from '../src/commands/ui/server.js';
import { formatNumber, formatRupiah, parseDate, parseNumber, parseRupiah, formatDateLong, slug } from '../src/commands/ui/client/format.js';
import { EXAMPLES } from './helpers/cli.js';

const env = { KEMITRAAN_TODAY: '2026-11-22' };
const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: process.stdin, cwd: process.cwd(), env };

function raw(port: number, target: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method, headers, setHost: false }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('guardRequest', () => {
  const ok = { host: '127.0.0.1:4000' };
  const g = (url: string, headers: Record<string, string>, method = 'GET') => guardRequest({ method, url, headers }, 'secret', 4000);
  test('the right token and host pass; the page\'s own origin passes', () => {
    expect(g('/?t=secret', ok).ok).toBe(true);
    expect(g('/api/check', { ...ok, 'x-kemitraan-token': 'secret', origin: 'http://127.0.0.1:4000' }, 'POST').ok).toBe(true);
    expect(g('/?t=secret', { host: 'localhost:4000', 'sec-fetch-site': 'none' }).ok).toBe(true);
  });
  test.each([
    ['no token', '/', ok, 'GET', 'token'],
    ['wrong token', '/?t=secreT', ok, 'GET', 'token'],
    ['a longer token', '/?t=secret1', ok, 'GET', 'token'],
    ['a rebinding host name', '/?t=secret', { host: 'attacker.example:4000' }, 'GET', 'host'],
    ['another port', '/?t=secret', { host: '127.0.0.1:4001' }, 'GET', 'host'],
    ['no host', '/?t=secret', {}, 'GET', 'host'],
    ['another origin', '/?t=secret', { ...ok, origin: 'http://attacker.example' }, 'GET', 'origin'],
    ['a null origin', '/?t=secret', { ...ok, origin: 'null' }, 'GET', 'origin'],
    ['a cross-site fetch', '/?t=secret', { ...ok, 'sec-fetch-site': 'cross-site' }, 'GET', 'site'],
    ['a write without the header (a form from elsewhere)', '/api/save?t=secret', ok, 'POST', 'token'],
    ['another method', '/?t=secret', ok, 'DELETE', 'method'],
  ])('%s is refused', (_, url, headers, method, reason) => {
    const r = g(url, headers as Record<string, string>, method);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe(reason);
  });
});

describe('the server', () => {
  let dir: string;
  let ui: UiServer;
  let file: string;
  const auth = () => ({ host: `127.0.0.1:${ui.port}`, 'x-kemitraan-token': ui.token });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-ui-'));
    file = path.join(dir, 'rencana.yaml');
    copyFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), file);
    ui = await startUi(file, { port: '0', lang: 'id' }, { ...io, cwd: dir });
  }, 30_000);
  afterAll(async () => {
    await ui.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 only; the address carries the token', () => {
    expect((ui.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect(ui.url).toBe(`http://127.0.0.1:${ui.port}/?t=${ui.token}`);
    expect(ui.token.length).toBeGreaterThanOrEqual(32);
  });

  test('the page: a policy forbidding inline scripts and remote content; no inline script in it', async () => {
    const r = await raw(ui.port, `/?t=${ui.token}`, { host: `127.0.0.1:${ui.port}` });
    expect(r.status).toBe(200);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("connect-src 'self'");
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(r.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });

  test('each security case is refused over HTTP: no token, wrong token, wrong Host, wrong Origin', async () => {
    const host = { host: `127.0.0.1:${ui.port}` };
    expect((await raw(ui.port, '/', host)).status).toBe(403);
    expect((await raw(ui.port, '/api/plan', host)).status).toBe(403);
    expect((await raw(ui.port, '/?t=wrong', host)).status).toBe(403);
    expect((await raw(ui.port, `/?t=${ui.token}`, { host: `rebind.example:${ui.port}` })).status).toBe(403);
    expect((await raw(ui.port, '/api/plan', { ...auth(), origin: 'http://rebind.example' })).status).toBe(403);
    const body = JSON.stringify({ plan: { schemaVersion: 1 }, base: 'x', force: true });
    expect((await raw(ui.port, '/api/save', { ...auth(), host: `evil.example:${ui.port}` }, 'POST', body)).status).toBe(403);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8'));
  });

  test('nothing outside the app and the plan is served', async () => {
    for (const target of ['/../package.json', '/assets/../../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/rencana.yaml', '/dist/ui/assets/app.js', '/src/ui/server.ts', '/assets/', '//etc/passwd']) {
      const r = await raw(ui.port, `${target}${target.includes('?') ? '&' : '?'}t=${ui.token}`, auth());
      expect([target, r.status]).toEqual([target, 404]);
      expect(r.body).not.toContain('"name": "kemitraan"');
    }
  });

  test('the plan, the check of unsaved edits (with stage gates), and a save that keeps every other byte', async () => {
    const state = JSON.parse((await raw(ui.port, '/api/plan', auth())).body);
    expect(state.exists).toBe(true);
    const plan = state.plan;
    plan.initiator.contact.phone = '0261 209999';
    const checked = JSON.parse((await raw(ui.port, '/api/check', auth(), 'POST', JSON.stringify({ plan }))).body);
    expect(checked.summary).toHaveLength(8);
    expect(Object.keys(checked.gates)).toContain('agreement');
    const before = readFileSync(file, 'utf8');
    const saved = await raw(ui.port, '/api/save', auth(), 'POST', JSON.stringify({ plan, base: state.hash }));
    expect(saved.status).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(before.replace('phone: 0261 201234', 'phone: 0261 209999'));
  });

  test('a file changed on disk since it was loaded is not overwritten unless the person chooses to', async () => {
    const state = JSON.parse((await raw(ui.port, '/api/plan', auth())).body);
    const elsewhere = `# edited elsewhere\n${readFileSync(file, 'utf8')}`;
    writeFileSync(file, elsewhere);
    const plan = { ...state.plan, title: 'Judul dari halaman' };
    const refused = await raw(ui.port, '/api/save', auth(), 'POST', JSON.stringify({ plan, base: state.hash }));
    expect(refused.status).toBe(409);
    expect(readFileSync(file, 'utf8')).toBe(elsewhere);
    const kept = await raw(ui.port, '/api/save', auth(), 'POST', JSON.stringify({ plan, base: state.hash, force: true }));
    expect(kept.status).toBe(200);
    const now = readFileSync(file, 'utf8');
    expect(now.startsWith('# edited elsewhere\n')).toBe(true);
    expect(parse(now).title).toBe('Judul dari halaman');
  });

  test('documents of the plan as the page has it; refused while the plan does not match the schema', async () => {
    const state = JSON.parse((await raw(ui.port, '/api/plan', auth())).body);
    await raw(ui.port, '/api/check', auth(), 'POST', JSON.stringify({ plan: state.plan }));
    const mou = await raw(ui.port, `/doc/mou.html?t=${ui.token}`, auth());
    expect(mou.status).toBe(200);
    expect(mou.body).toContain('NOTA KESEPAHAMAN');
    expect(String(mou.headers['content-security-policy'])).toContain('sandbox');
    expect(String(mou.headers['content-security-policy'])).not.toContain('script-src');
    const docx = await raw(ui.port, `/download/plan.docx?t=${ui.token}`, auth());
    expect(docx.status).toBe(200);
    expect(String(docx.headers['content-disposition'])).toMatch(/attachment; filename="rencana-plan\.docx"/);
    const report = await raw(ui.port, `/doc/report.html?t=${ui.token}`, auth());
    expect(report.body).toContain('<svg');
    await raw(ui.port, '/api/check', auth(), 'POST', JSON.stringify({ plan: { schemaVersion: 1 } }));
    expect((await raw(ui.port, `/doc/mou.html?t=${ui.token}`, auth())).status).toBe(409);
  });
});

describe('kemitraan ui (in-process)', () => {
  test('the first line on stdout is the full address with its token; the page answers there; Ctrl+C ends it with 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-ui-run-'));
    const out: string[] = [];
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => { stop = resolve; });
    const running = runUi('baru.yaml', { port: '0', open: false, lang: 'id' }, { ...io, cwd: dir, stdout: { write: (s: string) => out.push(s) } }, stopped);
    while (out.length === 0) await new Promise((r) => setTimeout(r, 20));
    const first = out.join('').split('\n')[0]!;
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?t=[A-Za-z0-9_-]{32}$/);
    const url = new URL(first);
    const page = await raw(Number(url.port), `${url.pathname}${url.search}`, { host: url.host });
    expect(page.status).toBe(200);
    stop();
    expect(await running).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the page\'s findings are check\'s', () => {
  test('with the severities of the nearest .kemitraanrc.yaml; a broken config is a usage error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-ui-cfg-'));
    writeFileSync(path.join(dir, '.kemitraanrc.yaml'), 'rules:\n  region/code-missing: off\n');
    const plan = { schemaVersion: 1, title: 'T', program: 'tbc', region: { province: 'Jawa Barat', regency: 'Kota Bandung' }, initiator: { name: 'Dinkes' } };
    const ui = await startUi(path.join(dir, 'r.yaml'), { port: '0', lang: 'id' }, { ...io, cwd: dir });
    const auth = { host: `127.0.0.1:${ui.port}`, 'x-kemitraan-token': ui.token };
    const checked = JSON.parse((await raw(ui.port, '/api/check', auth, 'POST', JSON.stringify({ plan }))).body);
    expect(checked.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('region/code-missing');
    expect(checked.summary).toHaveLength(8);
    await ui.close();
    writeFileSync(path.join(dir, '.kemitraanrc.yaml'), 'rules:\n  region/code-missing: loud\n');
    await expect(startUi(path.join(dir, 'r.yaml'), { port: '0', lang: 'id' }, { ...io, cwd: dir })).rejects.toThrow(/\.kemitraanrc\.yaml:2:/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('numbers, Rupiah and dates the Indonesian way', () => {
  test('reading', () => {
    expect(parseNumber('21.000')).toEqual({ ok: true, value: 21000 });
    expect(parseNumber('22,4')).toEqual({ ok: true, value: 22.4 });
    expect(parseNumber('1.234.567,5')).toEqual({ ok: true, value: 1234567.5 });
    expect(parseNumber('22.4')).toEqual({ ok: false, reason: 'dot' });
    expect(parseNumber('abc')).toEqual({ ok: false, reason: 'number' });
    expect(parseNumber('  ')).toBeUndefined();
    expect(parseRupiah('Rp 1.500.000')).toEqual({ ok: true, value: 1500000 });
    expect(parseRupiah('1500000')).toEqual({ ok: true, value: 1500000 });
    expect(parseRupiah('1.500,50')).toEqual({ ok: false, reason: 'integer' });
    expect(parseRupiah('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(parseDate('17-08-2026')).toEqual({ ok: true, value: '2026-08-17' });
    expect(parseDate('1/2/2026')).toEqual({ ok: true, value: '2026-02-01' });
    expect(parseDate('2026-08-17')).toEqual({ ok: true, value: '2026-08-17' });
    expect(parseDate('31-02-2026')).toEqual({ ok: false, reason: 'date' });
  });
  test('writing', () => {
    expect(formatNumber(21000)).toBe('21.000');
    expect(formatNumber(22.4)).toBe('22,4');
    expect(formatRupiah(1500000)).toBe('Rp 1.500.000');
    expect(formatDateLong('2026-08-17', 'id')).toBe('17 Agustus 2026');
    expect(formatDateLong('2026-08-17', 'en')).toBe('17 August 2026');
    expect(slug('TP PKK Kabupaten Sumedang')).toBe('tp-pkk-kabupaten-sumedang');
  });
});

/** `kemitraan ui --no-open` says to open the address, not that the plan is being opened in the browser. */
describe('kemitraan ui --no-open', () => {
  test('the second line asks the person to open the address', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-ui-noopen-'));
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) > 0 }, stderr: { write: () => true }, stdin: process.stdin, cwd: dir, env: { NO_COLOR: '1' } };
    expect(await runUi('baru.yaml', { port: '0', open: false, lang: 'id' }, io, Promise.resolve())).toBe(0);
    const lines = out.join('').split('\n');
    expect(lines[1]).toBe('baru.yaml tersedia di alamat di atas: bukalah di peramban.');
    expect(out.join('')).not.toContain('Membuka');
    rmSync(dir, { recursive: true, force: true });
  });
});
