/**
 * End to end in a real pseudo-terminal: the compiled binary, @inquirer's real prompts, keystrokes typed as a
 * person would. A small expect-style driver in Python (its pty module; no node-pty here) waits for each
 * question's text before typing, so the test does not depend on timing; every wait is bounded.
 */
import { describe, expect, test, beforeAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { BIN, runCli, hasStackTrace } from './helpers/cli.js';

const DRIVER = String.raw`
import json, os, pty, re, select, sys, time, fcntl, termios, struct
spec = json.load(open(sys.argv[1]))
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 60, 220, 0, 0))
    os.chdir(spec['cwd'])
    os.execvpe(spec['cmd'][0], spec['cmd'], spec['env'])
ANSI = re.compile(r'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\r')
state = {'clean': '', 'pos': 0, 'eof': False}
def pump(timeout):
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return
    try:
        data = os.read(fd, 65536)
    except OSError:
        data = b''
    if not data:
        state['eof'] = True
        return
    state['clean'] += ANSI.sub('', data.decode('utf-8', 'replace'))
def finish(failed):
    deadline = time.time() + spec['timeout']
    while not state['eof'] and time.time() < deadline:
        pump(0.2)
    if not state['eof']:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({'code': code, 'output': state['clean'], 'failed': failed}))
    sys.exit(0)
for pattern, keys in spec['steps']:
    rx = re.compile(pattern)
    deadline = time.time() + spec['timeout']
    while True:
        m = rx.search(state['clean'], state['pos'])
        if m:
            state['pos'] = m.end()
            break
        if state['eof'] or time.time() > deadline:
            finish(pattern)
        pump(0.1)
    # The prompt that printed the text already listens (it renders, then attaches its key handler, in one
    # tick), so the keys go at once; a short pause between them is what a fast typist leaves.
    for chunk in keys:
        os.write(fd, chunk.encode())
        time.sleep(0.005)
finish(None)
`;

const ENTER = '\r';
const DOWN = '\x1b[B';
const UP = '\x1b[A';
const SPACE = ' ';
const CTRL_C = '\x03';
type Step = [pattern: string, keys: string[]];
/** Wait for `pattern` (a regex source), then type each of `keys`. */
const at = (pattern: string, ...keys: string[]): Step => [pattern, keys];
/** Type a text and Enter. */
const type = (pattern: string, text: string): Step => at(pattern, text, ENTER);

let dir: string;
let driver: string;
/** The terminal is driven by Python's pty module; without it these tests are skipped, visibly (.ci/run installs it). */
const HAS_PYTHON_PTY = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;
const ptyTest = HAS_PYTHON_PTY ? test : test.skip;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-pty-'));
  driver = path.join(dir, 'driver.py');
  writeFileSync(driver, DRIVER);
});

function inTerminal(args: string[], steps: Step[], env: Record<string, string> = {}): { code: number; output: string; failed: string | null } {
  const spec = path.join(dir, `spec-${Math.random().toString(36).slice(2)}.json`);
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('KEMITRAAN_') && k !== 'CI' && k !== 'FORCE_COLOR') base[k] = v;
  writeFileSync(spec, JSON.stringify({
    cmd: [process.execPath, BIN, ...args], cwd: dir, timeout: 20,
    env: { ...base, TERM: 'xterm-256color', NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22', ...env },
    steps,
  }));
  const r = spawnSync('python3', [driver, spec], { encoding: 'utf8', timeout: 110_000 });
  if (r.error) throw r.error;
  return JSON.parse(r.stdout) as { code: number; output: string; failed: string | null };
}

/** Every prompt of a whole plan (steps 1-6 and 8 filled, 7 skipped), as typed at the keyboard. */
const WHOLE_PLAN: Step[] = [
  at('Program kesehatan apa', ENTER),
  type('Provinsi', 'Jawa Barat'),
  type('Kabupaten/kota', 'Kabupaten Sumedang'),
  at('Kecamatan', ENTER), at('Desa/kelurahan', ENTER),
  at('Lembaga inisiator', ENTER), at('Unit kerja', ENTER),
  at('Nama narahubung', ENTER), at('Jabatan', ENTER), at('Telepon', ENTER), at('Email', ENTER),
  at('Judul kemitraan', ENTER),
  type('Kemitraan mulai', '2026-01-01'), type('Kemitraan berakhir', '2026-12-31'),
  // Step 1
  at('Langkah 1: Menentukan', ENTER),
  type('Masalah kesehatan', 'Prevalensi stunting 22,4'),
  // Back to the previous question ("<"), which offers what was typed; the answer is completed there.
  type('Target program', '<'),
  at('Masalah kesehatan', '\t', '% (SSGI 2024)', ENTER),
  type('Target program', 'Turun menjadi 18% pada 2026'),
  at('Sasaran', ENTER), at('Mengapa perlu kemitraan', ENTER),
  at('Centang kriteria', 'a', ENTER), at('Tambahkan catatan', ENTER),
  // Step 2: the initiator, then a university
  at('Langkah 2: Identifikasi', ENTER),
  at('Peran apa yang dibutuhkan', ENTER),
  at('sebagai mitra pertama', ENTER),
  at('Nama lembaga calon mitra', ENTER), at('Id singkat mitra', ENTER), at('Sektor mitra', ENTER),
  at('Potensi apa yang dibawa', SPACE, DOWN, SPACE, ENTER), at('Jenis organisasi', ENTER),
  type('Alamat lembaga', 'Jl. Kutamaya No. 21, Sumedang'),
  at('Nama narahubung', ENTER), at('Jabatan', ENTER), type('Telepon', '(0261) 201234'), at('Email', ENTER),
  at('Status mitra', ENTER), at('Sejak tanggal berapa statusnya', ENTER), at('Bagaimana mitra ini', ENTER),
  at('Centang kriteria', 'a', ENTER), at('Tambahkan catatan', ENTER),
  at('Tambah calon mitra\\? \\(sudah 1\\)', 'ya', ENTER),
  type('Nama lembaga calon mitra', 'Fakultas Kedokteran Universitas Padjadjaran'),
  type('Id singkat mitra', 'unpad'),
  // The sector guessed from "Universitas" is the default: Enter.
  at('Sektor mitra', ENTER),
  at('Potensi apa yang dibawa', DOWN, SPACE, ENTER), at('Jenis organisasi', ENTER),
  type('Alamat lembaga', 'Jl. Ir. Soekarno km. 21, Jatinangor'),
  at('Nama narahubung', ENTER), at('Jabatan', ENTER), at('Telepon', ENTER), at('Email', ENTER),
  at('Status mitra', DOWN, DOWN, ENTER), at('Sejak tanggal berapa statusnya', ENTER), at('Bagaimana mitra ini', ENTER),
  at('Centang kriteria', 'a', ENTER), at('Tambahkan catatan', ENTER),
  at('Tambah calon mitra\\? \\(sudah 2\\)', ENTER),
  // Step 3
  at('Langkah 3: Merumuskan', ENTER),
  type('Tujuan umum', 'Mempercepat penurunan stunting di Kabupaten Sumedang'),
  at('Tambah tujuan khusus\\? \\(sudah 0\\)', ENTER),
  type('Tujuan khusus 1', '100% baduta di desa lokus ditimbang setiap bulan'),
  at('Id tujuan khusus', ENTER), at('Peran mitra yang dibutuhkan tujuan', ENTER),
  at('Tambah tujuan khusus\\? \\(sudah 1\\)', ENTER),
  at('Peran yang harus diisi', ENTER),
  at('Peran Dinas Kesehatan', ENTER),
  at('Tambah kontribusi dari Dinas', ENTER), at('Jenis kontribusi', ENTER),
  type('Uraian kontribusi', 'Dana BOK untuk posyandu'), type('Jumlah dana', '150 juta'),
  at('= 150\\.000\\.000 \\(seratus lima puluh juta\\)'), at('Id kontribusi', ENTER),
  at('Tambah kontribusi dari Dinas Kesehatan Kabupaten Sumedang\\? \\(sudah 1\\)', ENTER),
  type('Manfaat yang diperoleh Dinas', 'Percepatan capaian SPM'),
  at('Peran Fakultas', ENTER),
  at('Tambah kontribusi dari Fakultas', 'n', ENTER),
  type('Manfaat yang diperoleh Fakultas', 'Lokasi penelitian'),
  // Step 4
  at('Langkah 4: Menyiapkan', ENTER),
  at('Centang kriteria', 'a', ENTER), at('Tambahkan catatan', ENTER),
  at('Tambah anggota tim', 'n', ENTER), at('Catatan', ENTER),
  // Step 5
  at('Langkah 5: Membangun', ENTER),
  at('Bentuk kesepakatan', ENTER), at('Tentang', ENTER), at('Pihak yang menandatangani', ENTER),
  type('Penanda tangan untuk Dinas Kesehatan', 'dr. H. Ahmad Fauzi'), type('Jabatan penanda tangan', 'Kepala Dinas Kesehatan'),
  at('NIP', ENTER),
  // The Kepala Dinas's appointment decree (the cursor starts on "leave empty"); Enter takes the offered "Pemerintah Kabupaten Sumedang".
  at('Dasar kewenangan penanda tangan', UP, UP, ENTER), type('Diterbitkan oleh', 'Bupati Sumedang'),
  type('Nomor SK/surat kuasa', '821.2/Kep.45-BKPSDM/2024'), type('Tanggal SK/surat kuasa', '2024-03-04'),
  at('Bertindak untuk dan atas nama', ENTER), at('Nomor dokumen', ENTER),
  type('Penanda tangan untuk Fakultas', 'Prof. Siti Rahmawati'), type('Jabatan penanda tangan', 'Dekan'),
  // The dean's power of attorney is not known yet: Enter leaves it empty.
  at('NIP', ENTER), at('Dasar kewenangan penanda tangan', ENTER), at('Bertindak untuk dan atas nama', ENTER),
  at('Nomor dokumen', ENTER),
  at('Tempat penandatanganan', ENTER), at('berlaku mulai', ENTER), at('berlaku sampai', ENTER),
  at('Tanggal penandatanganan', ENTER), at('Maksud kesepakatan', ENTER),
  type('Ruang lingkup 1', 'Edukasi gizi keluarga'), at('Ruang lingkup 2', ENTER),
  at('Dasar hukum 1', ENTER), at('Pembiayaan', ENTER), at('data kesehatan atau data anak', ENTER),
  // Step 6
  at('Langkah 6: Merumuskan', ENTER),
  at('Mekanisme kerja', ENTER), type('Rencana rapat koordinasi', '1'),
  at('Tambah kegiatan\\? \\(sudah 0\\)', ENTER),
  at('Jenis kegiatan', DOWN, ENTER),
  type('Apa \\(What\\)', 'Orientasi program bagi para mitra'),
  at('Id kegiatan', ENTER), at('Kategori kegiatan', ENTER),
  type('Mengapa \\(Why\\)', 'Menyamakan persepsi'),
  at('Siapa \\(Who\\)', SPACE, DOWN, SPACE, ENTER), at('Penanggung jawab', ENTER),
  at('Sasaran kegiatan', ENTER), type('Di mana \\(Where\\)', 'Aula Dinas Kesehatan'),
  type('Kapan \\(When\\): mulai', '2026-02-03'), at('Kapan \\(When\\): selesai', ENTER), at('Jadwal berulang', ENTER),
  type('Bagaimana \\(How\\)', 'Paparan dan diskusi'),
  // "1.500" could be read two ways: asked, answered "tidak", typed again.
  type('Anggaran', '1.500'), type('Maksud Anda 1\\.500 \\(seribu lima ratus\\)\\?', 'tidak'),
  at('Ketik lagi'), type('Anggaran', 'Rp 1.500.000'), type('Sumber dana', 'BOK'), at('Mitra penyandang dana', ENTER),
  at('Tujuan khusus yang didukung', ENTER),
  at('Tambah kegiatan\\? \\(sudah 1\\)', ENTER),
  // Step 7 skipped
  at('Langkah 7: Melaksanakan', DOWN, ENTER),
  // Step 8
  at('Langkah 8: Pemantauan', ENTER),
  at('Seberapa sering', ENTER), at('Peninjauan berikutnya', ENTER),
  at('untuk kelas Indikator masukan', DOWN, SPACE, ENTER),
  at('Nama indikator', ENTER), at('Id indikator', ENTER), at('Satuan', ENTER),
  type('Nilai awal', '0'), at('Tanggal nilai awal', ENTER), type('Target', '2'), at('Tanggal target', ENTER),
  at('Tambah indikator lain untuk Indikator masukan', ENTER),
  at('untuk kelas Indikator proses', SPACE, ENTER),
  at('Nama indikator', ENTER), at('Id indikator', ENTER), at('Satuan', ENTER),
  at('Nilai awal', ENTER), type('Target', '100'), at('Tanggal target', ENTER),
  at('Tambah indikator lain untuk Indikator proses', ENTER),
  at('untuk kelas Indikator luaran', SPACE, ENTER),
  at('Nama indikator', ENTER), at('Id indikator', ENTER), at('Satuan', ENTER), at('Arah perbaikan', ENTER),
  at('Nilai awal', ENTER), type('Target', '3'), at('Tanggal target', ENTER),
  at('Tambah indikator lain untuk Indikator luaran', ENTER),
  at('Tambah indikator lain untuk Hasil', ENTER),
  // Work has started (the plan began 2026-01-01): measured values, added with their dates.
  type('Catat capaian', 'ya'),
  type('Capaian terukur: Mitra yang bergabung', '1'), type('Tanggal pengukuran', '2026-06-30'),
  at('Capaian terukur: Kontribusi', ENTER),
  type('Capaian terukur: Produk', '2'), at('Tanggal pengukuran', ENTER),
  at('Rencana tersimpan di rencana.yaml'),
];

describe('kemitraan init in a pseudo-terminal', () => {
  ptyTest('a person types a whole plan; the file passes kemitraan check with every filled step complete', () => {
    const r = inTerminal(['init', 'rencana.yaml'], WHOLE_PLAN);
    if (r.failed) writeFileSync(path.join(dir, 'pty-out.txt'), r.output);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    expect(hasStackTrace(r.output)).toBe(false);
    expect(r.output).toMatch(/ — kemitraan init --step \d rencana\.yaml/);
    const c = runCli(['check', 'rencana.yaml'], { cwd: dir });
    expect(c.stderr).toBe('');
    // The file reads and matches the schema; the steps typed here are complete (the legal and budget checks of
    // steps 5 and 6 grow with the catalog and are held by their own tests).
    expect(c.stdout).not.toMatch(/parse\/|schema\//);
    for (const n of [1, 2, 3, 4, 8]) expect(c.stdout).toMatch(new RegExp(`✔ ${n}\\. .*lengkap`));
    const plan = parse(readFileSync(path.join(dir, 'rencana.yaml'), 'utf8'));
    expect(plan.partners.map((p: { id: string; status: string; sector: string }) => [p.id, p.status, p.sector])).toEqual([['dinas-kesehatan-kabupaten', 'committed', 'pemerintah'], ['unpad', 'committed', 'akademisi']]);
    expect(plan.partners[0].contact.phone).toBe('(0261) 201234');
    expect(plan.idea.problem).toBe('Prevalensi stunting 22,4% (SSGI 2024)');
    expect(plan.goals.partnerRoles[0].contributions[0].amountIdr).toBe(150000000);
    expect(plan.workplan.activities[0].budget).toEqual({ amountIdr: 1500000, source: 'BOK' });
    expect(plan.agreement.parties.map((p: { signatory: unknown }) => p.signatory)).toEqual([
      { name: 'dr. H. Ahmad Fauzi', position: 'Kepala Dinas Kesehatan', actsFor: 'Pemerintah Kabupaten Sumedang',
        authority: { kind: 'sk', issuedBy: 'Bupati Sumedang', number: '821.2/Kep.45-BKPSDM/2024', date: '2024-03-04' } },
      { name: 'Prof. Siti Rahmawati', position: 'Dekan' },
    ]);
    expect(plan.agreement.personalData).toBe(true);
    expect(c.stdout).toMatch(/agreement\/no-authority/); // the dean's, skipped above
    expect(plan.monitoring.indicators.map((i: { class: string }) => i.class)).toEqual(['input', 'process', 'output']);
    expect(plan.monitoring.indicators.map((i: { measurements?: unknown }) => i.measurements)).toEqual([[{ date: '2026-06-30', value: 1 }], undefined, [{ date: '2026-11-22', value: 2 }]]);
    // What the person saw: Indonesian key hints, yes/no echoed in Indonesian.
    expect(r.output).toContain('↑↓ pindah • ⏎ pilih');
    expect(r.output).toMatch(/Tambah calon mitra\? \(sudah 1\)\s*Ya/);
  }, 120_000);

  ptyTest('Ctrl-C in the middle of a partner exits 130, keeps the partners entered before it, and the next run continues inside step 2', () => {
    const steps = WHOLE_PLAN.slice(0, WHOLE_PLAN.findIndex((s) => s[0] === 'Alamat lembaga' && s[1][0] === 'Jl. Ir. Soekarno km. 21, Jatinangor'));
    const r = inTerminal(['init', 'putus.yaml'], [...steps, at('Alamat lembaga', CTRL_C)]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(130);
    expect(hasStackTrace(r.output)).toBe(false);
    expect(r.output).toContain('Dibatalkan. Langkah dan isian daftar yang sudah selesai tersimpan di putus.yaml');
    const saved = parse(readFileSync(path.join(dir, 'putus.yaml'), 'utf8'));
    expect(saved.idea.problem).toBe('Prevalensi stunting 22,4% (SSGI 2024)');
    expect(saved.partners.map((p: { id: string }) => p.id)).toEqual(['dinas-kesehatan-kabupaten']);

    const again = inTerminal(['init', 'putus.yaml'], [
      at('putus.yaml sudah ada', ENTER), at('Langkah 2: Identifikasi', ENTER), at('Peran apa yang dibutuhkan', ENTER),
      at('Melanjutkan: 1 isian sudah tersimpan'), type('Tambah calon mitra\\? \\(sudah 1\\)', 't'),
      at('Langkah 3: Merumuskan', DOWN, DOWN, ENTER), at('Berhenti\\.'),
    ]);
    expect(again.failed).toBeNull();
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/Lanjutkan langkah yang belum selesai \(2\. Identifikasi[^,]*, dilanjutkan dari isian terakhir yang tersimpan/);
    const text = readFileSync(path.join(dir, 'putus.yaml'), 'utf8');
    expect(text).not.toContain('[kemitraan:in-progress]');
    expect(parse(text).partners.map((p: { id: string }) => p.id)).toEqual(['dinas-kesehatan-kabupaten']);
  }, 120_000);

  ptyTest('with CI set it never prompts, even at a terminal', () => {
    const r = inTerminal(['init', 'ci.yaml'], [], { CI: 'true' });
    expect(r.code).toBe(2);
    expect(r.output).toContain('program belum dijawab');
    expect(existsSync(path.join(dir, 'ci.yaml'))).toBe(false);
  }, 60_000);
});
