/**
 * Nothing lost, nothing stalls — what only the real process shows (issue 13): a failed write to stdout, a signal
 * during a write, the terminal closed during the wizard. Few and fast, through bin/kemitraan.js.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, ROOT, hasStackTrace } from './helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-process-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXAMPLE = path.join(ROOT, 'examples', 'stunting-sumedang.yaml');
// CI=true (as .ci/run is run) makes `init` non-interactive by design; these runs stand for a person at a terminal.
const { CI: _ci, ...inherited } = process.env;
const env = { ...inherited, NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22' };

/** Runs the binary with stdout going to `file` (opened for writing). */
function toFile(args: string[], file: string) {
  const fd = openSync(file, 'w');
  try {
    return spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', fd, 'pipe'], env, encoding: 'utf8', timeout: 30_000 });
  } finally {
    closeSync(fd);
  }
}

describe('output that cannot be written', () => {
  test('check > /dev/full: exit 2 and one clear line (it printed a Node stack trace)', () => {
    const r = toFile(['check', EXAMPLE], '/dev/full');
    expect(r.status).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr.trim().split('\n')).toEqual(['kemitraan: galat: keluaran tidak dapat ditulis: disk penuh (ENOSPC)']);
  });

  const isRoot = process.getuid?.() === 0;
  (isRoot ? test : test.skip)('guide to a nearly full disk: exit 2, not 0 with the output cut at a few KB (needs root for a small tmpfs)', () => {
    const mnt = path.join(dir, 'small');
    mkdirSync(mnt);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
    expect(mounted.status).toBe(0);
    try {
      writeFileSync(path.join(mnt, 'fill'), Buffer.alloc(56_000));
      const r = toFile(['guide'], path.join(mnt, 'out.txt'));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/keluaran tidak dapat ditulis: disk penuh \(ENOSPC\)/);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

describe('signals', () => {
  test('SIGTERM during a write leaves no temporary or lock file, and the old file whole', async () => {
    const target = path.join(dir, 'rencana.yaml');
    writeFileSync(target, 'lama: ya\n');
    const script = `
      const { writeFileAtomic } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'io', 'write.js'))});
      await writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(400 * 1024 * 1024), { overwrite: true });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
    const pending = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    for (let i = 0; i < 400 && pending().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(pending()).toHaveLength(1);
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.kemitraan-lock'))).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('lama: ya\n');
  }, 30_000);

  const hasPython = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;
  (hasPython ? test : test.skip)('closing the terminal during the wizard: exit 129, finished steps saved (Node died of SIGSEGV, 139)', () => {
    const driver = String.raw`
import json, os, pty, re, select, sys, time
spec = json.load(open(sys.argv[1]))
pid, fd = pty.fork()
if pid == 0:
    os.chdir(spec['cwd'])
    os.execvpe(spec['cmd'][0], spec['cmd'], spec['env'])
ANSI = re.compile(r'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\r')
buf = ''
pos = 0
for pattern, keys in spec['steps']:
    rx = re.compile(pattern)
    deadline = time.time() + 20
    while True:
        m = rx.search(buf, pos)
        if m:
            pos = m.end()
            break
        if time.time() > deadline:
            print(json.dumps({'code': None, 'failed': pattern, 'output': buf[-2000:]})); os.kill(pid, 9); sys.exit(0)
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                buf += ANSI.sub('', os.read(fd, 65536).decode('utf-8', 'replace'))
            except OSError:
                pass
    time.sleep(0.05)
    for k in keys:
        os.write(fd, k.encode()); time.sleep(0.03)
os.close(fd)  # the terminal window is closed
deadline = time.time() + 15
while time.time() < deadline:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        code = 128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)  # as a shell reports it
        print(json.dumps({'code': code, 'failed': None})); sys.exit(0)
    time.sleep(0.1)
os.kill(pid, 9)
print(json.dumps({'code': 'hung', 'failed': None}))
`;
    writeFileSync(path.join(dir, 'driver.py'), driver);
    const E = '\r';
    const type = (p: string, t: string): [string, string[]] => [p, [t, E]];
    const at = (p: string, ...k: string[]): [string, string[]] => [p, k];
    const steps = [
      at('Program kesehatan apa', E), type('Provinsi', 'Jawa Barat'), type('Kabupaten/kota', 'Kabupaten Sumedang'),
      at('Kecamatan', E), at('Desa/kelurahan', E), at('Lembaga inisiator', E), at('Unit kerja', E),
      at('Nama narahubung', E), at('Jabatan', E), at('Telepon', E), at('Email', E), at('Judul kemitraan', E),
      type('Kemitraan mulai', '2026-01-01'), type('Kemitraan berakhir', '2026-12-31'),
      at('Langkah 1: Menentukan'),
    ];
    const spec = path.join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify({ cmd: [process.execPath, BIN, 'init', 'tutup.yaml'], cwd: dir, env: { ...env, TERM: 'xterm-256color' }, steps }));
    const r = spawnSync('python3', [path.join(dir, 'driver.py'), spec], { encoding: 'utf8', timeout: 90_000 });
    const result = JSON.parse(r.stdout) as { code: number | string | null; failed: string | null; output?: string };
    expect(result.failed).toBeNull();
    expect(result.code).toBe(129);
    expect(existsSync(path.join(dir, 'tutup.yaml'))).toBe(true);
    expect(readFileSync(path.join(dir, 'tutup.yaml'), 'utf8')).toMatch(/regency: Kabupaten Sumedang/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
