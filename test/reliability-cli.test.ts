/**
 * Nothing lost, nothing stalls — the commands in-process (run(argv, io) and runInit): what they refuse to
 * overwrite, how they merge or refuse a change made on disk while they worked, special files and limits on the
 * files they read, and clear messages instead of "internal error".
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { run } from '../src/cli/main.js';
import { runInit } from '../src/commands/init/run.js';
import type { CliIO } from '../src/commands/context.js';
import type { CheckboxQuestion, ConfirmQuestion, InputQuestion, SelectQuestion } from '../src/wizard/prompter.js';
import type { BACK } from '../src/wizard/prompter.js';
import { FakePrompter } from './helpers/fake-prompter.js';
import { EXAMPLES } from './helpers/cli.js';
import { readRecords } from '../src/commands/check/cache-format.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-reliable-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const EXAMPLE = path.join(EXAMPLES, 'stunting-sumedang.yaml');
const at = (f: string) => path.join(dir, f);
const read = (f: string) => readFileSync(at(f), 'utf8');

function io(stdin: Readable = Readable.from([])): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: () => out.join(''),
    err: () => err.join(''),
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    stdin: stdin as unknown as CliIO['stdin'],
    cwd: dir,
    env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1' },
  };
}

/** A terminal whose first question lets something else happen first (an editor's save, another init). */
class InterruptedPrompter extends FakePrompter {
  private fired = false;
  constructor(script: Record<string, unknown>, private readonly meanwhile: () => Promise<void> | void) {
    super(script);
  }
  private async once(): Promise<void> {
    if (this.fired) return;
    this.fired = true;
    await this.meanwhile();
  }
  override async input(q: InputQuestion): Promise<string> { await this.once(); return super.input(q); }
  override async select<T>(q: SelectQuestion<T>): Promise<T | typeof BACK> { await this.once(); return super.select(q); }
  override async checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]> { await this.once(); return super.checkbox(q); }
  override async confirm(q: ConfirmQuestion): Promise<boolean> { await this.once(); return super.confirm(q); }
}

const READINESS_EDIT = { 'readiness.criteria.met': ['komunikasi-dua-arah'], 'readiness.criteria.status': 'partial', 'readiness.team.existing': 'remove', 'readiness.team.add': false };

describe('--cache-location writes only over a kemitraan cache', () => {
  test('a plan named as the cache is refused before anything is written (it became cache text)', async () => {
    copyFileSync(EXAMPLE, at('rencana.yaml'));
    copyFileSync(EXAMPLE, at('lain.yaml'));
    const cli = io();
    expect(await run(['check', 'lain.yaml', '--cache', '--cache-location', 'rencana.yaml'], cli)).toBe(2);
    expect(cli.err()).toMatch(/rencana\.yaml bukan berkas cache kemitraan; tidak ditimpa/);
    expect(read('rencana.yaml')).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  test('a FIFO or a device as the cache: refused at once, never read or replaced (it hung / became a file)', async () => {
    copyFileSync(EXAMPLE, at('lain.yaml'));
    execFileSync('mkfifo', [at('fifo')]);
    for (const location of [at('fifo'), '/dev/null']) {
      const cli = io();
      expect(await run(['check', 'lain.yaml', '--cache-location', location], cli)).toBe(2);
      expect(cli.err()).toMatch(/bukan berkas biasa/);
    }
    expect(statSync(at('fifo')).isFIFO()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test('its own cache file is reused and rewritten; an empty file may become one', async () => {
    copyFileSync(EXAMPLE, at('lain.yaml'));
    writeFileSync(at('cache.tsv'), '');
    expect(await run(['check', 'lain.yaml', '--cache-location', 'cache.tsv'], io())).toBe(0);
    expect(read('cache.tsv')).toMatch(/^kemitraan-cache \d+\n/);
    writeFileSync(at('lain.yaml'), readFileSync(EXAMPLE, 'utf8').replace('Sumedang 2026', 'Sumedang 2027'));
    expect(await run(['check', 'lain.yaml', '--cache-location', 'cache.tsv'], io())).toBe(0);
    expect(readRecords(readFileSync(at('cache.tsv'))).size).toBe(2);
  });
});

describe('init never overwrites a change made on disk since it read the plan', () => {
  test('an editor saves another section while the wizard is open: that edit is kept and the step is added (it was erased)', async () => {
    copyFileSync(EXAMPLE, at('rencana.yaml'));
    const prompter = new InterruptedPrompter(READINESS_EDIT, () => {
      writeFileSync(at('rencana.yaml'), read('rencana.yaml').replace('Sumedang 2026', 'Sumedang 2026 (diubah di editor)'));
    });
    const cli = io();
    expect(await runInit('rencana.yaml', { lang: 'id', step: 'persiapan' }, cli, { prompter })).toBe(0);
    const text = read('rencana.yaml');
    expect(text).toContain('Sumedang 2026 (diubah di editor)');
    expect(text).toContain('rencana-kerja: partial');
    expect(prompter.said.join('\n')).toMatch(/diubah program lain sementara itu/);
  });

  test('an editor changes the same section: nothing is overwritten, exit 2 with a clear line', async () => {
    copyFileSync(EXAMPLE, at('rencana.yaml'));
    let edited = '';
    const prompter = new InterruptedPrompter(READINESS_EDIT, () => {
      edited = read('rencana.yaml').replace('Piagam penghargaan bupati', 'Piagam dari editor');
      writeFileSync(at('rencana.yaml'), edited);
    });
    await expect(runInit('rencana.yaml', { lang: 'id', step: 'persiapan' }, io(), { prompter })).rejects.toThrow(/berubah di disk sejak dibaca/);
    expect(read('rencana.yaml')).toBe(edited);
  });

  test('two `init --step` runs on one file: both edits are on disk (one was lost)', async () => {
    copyFileSync(EXAMPLE, at('rencana.yaml'));
    const answers = at('jawaban.yaml');
    writeFileSync(answers, 'title: Judul dari run kedua\n');
    const prompter = new InterruptedPrompter(READINESS_EDIT, async () => {
      // The second run (non-interactive, basics) starts and finishes while the first is waiting for an answer.
      expect(await runInit('rencana.yaml', { lang: 'id', step: 'basics', answers, yes: true }, io())).toBe(0);
    });
    expect(await runInit('rencana.yaml', { lang: 'id', step: 'persiapan' }, io(), { prompter })).toBe(0);
    const text = read('rencana.yaml');
    expect(text).toContain('title: Judul dari run kedua');
    expect(text).toContain('rencana-kerja: partial');
  });
});

describe('init keeps the file what it was', () => {
  test('a CRLF plan stays CRLF after --step (it had mixed line endings)', async () => {
    writeFileSync(at('rencana.yaml'), readFileSync(EXAMPLE, 'utf8').replace(/\n/g, '\r\n'));
    expect(await runInit('rencana.yaml', { lang: 'id', step: 'persiapan' }, io(), { prompter: new FakePrompter(READINESS_EDIT) })).toBe(0);
    const text = read('rencana.yaml');
    expect(text).toContain('rencana-kerja: partial');
    expect(text.match(/\r\n/g)!.length).toBe(text.match(/\n/g)!.length);
  });

  test('a plan saved with a byte order mark (Windows editors) keeps it after --step, and through the ui\'s save', async () => {
    writeFileSync(at('rencana.yaml'), `\uFEFF${readFileSync(EXAMPLE, 'utf8').replace(/\n/g, '\r\n')}`);
    expect(await runInit('rencana.yaml', { lang: 'id', step: 'persiapan' }, io(), { prompter: new FakePrompter(READINESS_EDIT) })).toBe(0);
    const bytes = readFileSync(at('rencana.yaml'));
    expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x23]); // the mark once, then "# ..."
    expect(bytes.toString('utf8')).toContain('rencana-kerja: partial\r\n');
    const { PlanSession } = await import('../src/commands/ui/session.js');
    const session = new PlanSession(at('rencana.yaml'), { lang: 'id', today: '2026-11-22', shownAs: 'rencana.yaml', newFileText: '', sectionComment: () => undefined });
    const state = await session.load();
    const saved = await session.save({ ...(state.plan as Record<string, unknown>), title: 'Judul baru' }, state.hash, false);
    expect(saved).toMatchObject({ ok: true });
    const after = readFileSync(at('rencana.yaml'));
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.toString('utf8')).toContain('title: Judul baru\r\n');
  });

  test('a read-only plan is refused without --force (it was rewritten) and rewritten with it, still read-only', async () => {
    copyFileSync(EXAMPLE, at('rencana.yaml'));
    chmodSync(at('rencana.yaml'), 0o444);
    await expect(runInit('rencana.yaml', { lang: 'id', step: 'persiapan' }, io(), { prompter: new FakePrompter(READINESS_EDIT) })).rejects.toThrow(/hanya-baca.*--force/);
    expect(read('rencana.yaml')).toBe(readFileSync(EXAMPLE, 'utf8'));
    expect(await runInit('rencana.yaml', { lang: 'id', step: 'persiapan', force: true }, io(), { prompter: new FakePrompter(READINESS_EDIT) })).toBe(0);
    expect(read('rencana.yaml')).toContain('rencana-kerja: partial');
    expect(statSync(at('rencana.yaml')).mode & 0o777).toBe(0o444);
  });

  test('redoing a step that defines an anchor used elsewhere: refused, the file unchanged (it saved an unparsable file)', async () => {
    const original = readFileSync(EXAMPLE, 'utf8')
      .replace(/^ {2}problem: /m, '  problem: &masalah ')
      .replace(/^readiness:\n/m, 'readiness:\n  # catatan: *masalah\n') + 'extra: *masalah\n';
    writeFileSync(at('rencana.yaml'), original);
    const prompter = new FakePrompter({ 'idea.problem': 'Masalah yang ditulis ulang di wizard' });
    await expect(runInit('rencana.yaml', { lang: 'id', step: 'idea' }, io(), { prompter })).rejects.toThrow(/anchor/);
    expect(read('rencana.yaml')).toBe(original);
  });
});

describe('files the commands read: limits, pipes, FIFOs, empty arguments', () => {
  test('the 5 MB limit also for init\'s plan, --answers and --config', async () => {
    const big = `title: x\nextra: "${'x'.repeat(5 * 1024 * 1024)}"\n`;
    writeFileSync(at('big.yaml'), big);
    copyFileSync(EXAMPLE, at('rencana.yaml'));
    await expect(runInit('big.yaml', { lang: 'id', step: 'idea' }, io(), { prompter: new FakePrompter({}) })).rejects.toThrow(/lebih besar dari batas 5 MB/);
    await expect(runInit('baru.yaml', { lang: 'id', yes: true, answers: 'big.yaml' }, io())).rejects.toThrow(/lebih besar dari batas 5 MB/);
    const cli = io();
    expect(await run(['check', 'rencana.yaml', '--config', 'big.yaml'], cli)).toBe(2);
    expect(cli.err()).toMatch(/big\.yaml lebih besar dari batas 5 MB/);
  });

  test('a FIFO nobody writes to, as plan or --config, does not hang (it hung forever)', async () => {
    execFileSync('mkfifo', [at('fifo.yaml')]);
    copyFileSync(EXAMPLE, at('rencana.yaml'));
    const a = io();
    expect(await run(['check', 'fifo.yaml', '--format', 'json'], a)).toBe(1);
    expect(JSON.parse(a.out()).files[0].findings[0].ruleId).toBe('parse/empty');
    const b = io();
    expect(await run(['check', 'rencana.yaml', '--config', 'fifo.yaml'], b)).toBe(0);
  }, 10_000);

  test('a FIFO with a writer is read as a stream (a pipe read as an empty file)', async () => {
    execFileSync('mkfifo', [at('pipe.yaml')]);
    const writer = spawn('sh', ['-c', `sleep 0.2; cat '${EXAMPLE}' > '${at('pipe.yaml')}'`]);
    const exited = new Promise((r) => writer.on('exit', r));
    const cli = io();
    // The writer opens the FIFO 0.2 s after the reader: the reader must wait for data rather than take "empty".
    expect(await run(['check', 'pipe.yaml', '--fail-on', 'error'], cli)).toBe(0);
    await exited;
    expect(cli.out()).toMatch(/0 galat/);
    expect(cli.out()).not.toMatch(/parse\/empty/);
  }, 10_000);

  test('check \'\' is a usage error (it checked the whole current directory)', async () => {
    writeFileSync(at('rusak.yaml'), 'a: [\n');
    const cli = io();
    expect(await run(['check', ''], cli)).toBe(2);
    expect(cli.err()).toMatch(/argumen berkas kosong/);
    expect(cli.out()).toBe('');
  });

  test('report -o dir/ refuses clearly (it wrote a file named "dir")', async () => {
    copyFileSync(EXAMPLE, at('rencana.yaml'));
    mkdirSync(at('out'));
    for (const o of ['out/', 'out', 'baru/']) {
      const cli = io();
      expect(await run(['report', 'rencana.yaml', '-o', o], cli)).toBe(2);
      expect(cli.err()).toMatch(/itu direktori; sebutkan nama berkas/);
    }
    expect(readdirSync(at('out'))).toEqual([]);
    expect(existsSync(at('baru'))).toBe(false);
  });
});

describe('escape sequences from plan text and file names do not reach the terminal', () => {
  test('stylish output and the report table show them as text (they acted on the terminal)', async () => {
    const hostile = readFileSync(EXAMPLE, 'utf8').replace(/^title: .*$/m, 'title: "Judul \\e]0;PWNED\\a \\e[2J"').replace(/^program: .*$/m, 'program: "\\e[31mx"');
    writeFileSync(at('a\x1b[31m.yaml'), hostile);
    const check = io();
    await run(['check', '.'], check);
    const report = io();
    writeFileSync(at('b.yaml'), hostile.replace(/^program: .*$/m, 'program: stunting'));
    await run(['report', 'b.yaml', '--format', 'table'], report);
    for (const out of [check.out(), report.out()]) expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(check.out()).toContain('a\\x1b[31m.yaml');
    expect(report.out()).toContain('Judul \\x1b]0;PWNED\\x07 \\x1b[2J');
  });
});

describe('config lookup', () => {
  test('stops at the repository root and at home, and ignores a config owned by another user (it climbed to / and trusted /tmp)', async () => {
    const { findConfigFile } = await import('../src/io/config.js');
    mkdirSync(at('outer/repo/.git'), { recursive: true });
    mkdirSync(at('outer/repo/plans'), { recursive: true });
    writeFileSync(at('outer/.kemitraanrc.yaml'), 'rules: {}\n');
    expect(await findConfigFile(at('outer/repo/plans'))).toBeUndefined(); // .git: the repository ends here
    mkdirSync(at('home/me/plans'), { recursive: true });
    writeFileSync(at('home/.kemitraanrc.yaml'), 'rules: {}\n');
    expect(await findConfigFile(at('home/me/plans'), { home: at('home/me') })).toBeUndefined();
    writeFileSync(at('home/me/.kemitraanrc.yaml'), 'rules: {}\n');
    expect(await findConfigFile(at('home/me/plans'), { home: at('home/me') })).toBe(at('home/me/.kemitraanrc.yaml'));
    // Another user's file (a uid that is not ours) is passed over.
    const mine = statSync(at('home/me/.kemitraanrc.yaml')).uid;
    expect(await findConfigFile(at('home/me/plans'), { home: at('home/me'), uid: mine + 1 })).toBeUndefined();
  });
});

describe('links and URIs from plan data and file names', () => {
  test('report Markdown: plan text cannot become a javascript: link or an image', async () => {
    const { cell } = await import('../src/report/format/markdown.js');
    expect(cell('[klik](javascript:alert(1)) ![x](http://a/b.png)')).toBe('\\[klik\\](javascript:alert(1)) \\!\\[x\\](http://a/b.png)');
  });

  test('SARIF file URIs are percent-encoded (a space or # broke them)', async () => {
    writeFileSync(at('rencana saya #1.yaml'), 'schemaVersion: 1\n');
    const cli = io();
    await run(['check', 'rencana saya #1.yaml', '--format', 'sarif'], cli);
    const uri = JSON.parse(cli.out()).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('rencana%20saya%20%231.yaml');
  });
});
