#!/usr/bin/env node
/**
 * Generates realistic, varied, schema-valid kemitraan plans for benchmarks and aggregation tests.
 *
 *   import { generatePlans, writePlans } from './bench/generate.js';
 *   generatePlans(100, { seed: 7 })  // -> [{ name: 'plan-00001.yaml', text: '...' }, ...]
 *   node bench/generate.js --count 1000 --out /tmp/plans [--seed 7]
 *
 * Plain ESM JavaScript with node: built-ins only (no src/, no yaml package): the YAML text is built by hand so that
 * a benchmark measures kemitraan, not the generator. Deterministic: the same seed gives the same plans, and plan N
 * is the same whatever the count (each plan has its own random stream).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: small, fast, good enough for test data. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed, index) {
  const next = mulberry32((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const r = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** `count` distinct items, in list order. */
    some: (list, count) => {
      const idx = list.map((_, i) => i);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
      return idx.slice(0, Math.min(count, list.length)).sort((a, b) => a - b).map((i) => list[i]);
    },
    weighted: (pairs) => {
      const total = pairs.reduce((n, [, w]) => n + w, 0);
      let x = next() * total;
      for (const [v, w] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const DAY = 86_400_000;
const toDay = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const fromDay = (d) => new Date(d * DAY).toISOString().slice(0, 10);
const addDays = (iso, n) => fromDay(toDay(iso) + n);
const minDate = (a, b) => (a < b ? a : b);

// ---------------------------------------------------------------------------------------------------------------
// Hand-written YAML

const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
const BARE = /^[A-Za-z][A-Za-z0-9 .,_/()'%-]*$/;

function scalar(v) {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const s = String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (BARE.test(s) && !RESERVED.test(s) && !/[ ]$/.test(s) && !s.includes(': ') && !s.includes(' #')) return s;
  return JSON.stringify(s);
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isEmpty = (v) => v === undefined || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);

/** Block-style YAML for plain data; undefined values and empty lists/maps are left out. */
function yaml(value, indent = '') {
  const lines = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isObject(item)) {
        const body = yaml(item, `${indent}  `).split('\n');
        lines.push(`${indent}- ${body[0].trimStart()}`, ...body.slice(1));
      } else lines.push(`${indent}- ${scalar(item)}`);
    }
  } else {
    for (const [k, v] of Object.entries(value)) {
      if (isEmpty(v)) continue;
      if (isObject(v) || Array.isArray(v)) lines.push(`${indent}${k}:`, yaml(v, `${indent}  `));
      else lines.push(`${indent}${k}: ${scalar(v)}`);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// What plans are made of

const PROVINCES = [
  { name: 'Jawa Barat', regencies: ['Kabupaten Sumedang', 'Kabupaten Garut', 'Kabupaten Cianjur', 'Kota Bandung', 'Kabupaten Tasikmalaya'] },
  { name: 'Jawa Tengah', regencies: ['Kabupaten Brebes', 'Kabupaten Banyumas', 'Kota Semarang', 'Kabupaten Klaten'] },
  { name: 'Jawa Timur', regencies: ['Kabupaten Jember', 'Kabupaten Bondowoso', 'Kota Surabaya', 'Kabupaten Sampang'] },
  { name: 'Nusa Tenggara Timur', regencies: ['Kabupaten Kupang', 'Kabupaten Timor Tengah Selatan', 'Kabupaten Sumba Barat Daya', 'Kota Kupang'] },
  { name: 'Nusa Tenggara Barat', regencies: ['Kabupaten Lombok Timur', 'Kabupaten Bima', 'Kota Mataram'] },
  { name: 'Sulawesi Selatan', regencies: ['Kabupaten Gowa', 'Kabupaten Bone', 'Kota Makassar', 'Kabupaten Jeneponto'] },
  { name: 'Sumatera Utara', regencies: ['Kabupaten Deli Serdang', 'Kabupaten Langkat', 'Kota Medan', 'Kabupaten Nias'] },
  { name: 'Aceh', regencies: ['Kabupaten Aceh Besar', 'Kabupaten Pidie', 'Kota Banda Aceh'] },
  { name: 'Kalimantan Barat', regencies: ['Kabupaten Sambas', 'Kabupaten Ketapang', 'Kota Pontianak'] },
  { name: 'Papua', regencies: ['Kabupaten Jayapura', 'Kabupaten Keerom', 'Kota Jayapura'] },
  { name: 'Banten', regencies: ['Kabupaten Pandeglang', 'Kabupaten Lebak', 'Kota Serang'] },
  { name: 'Maluku', regencies: ['Kabupaten Maluku Tengah', 'Kota Ambon'] },
];

/** Kemendagri codes of the provinces and regencies above, from the shipped list (data/regions.json). */
const REGION_DATA = JSON.parse(readFileSync(new URL('../data/regions.json', import.meta.url), 'utf8'));
const codeOf = (table, name) => Object.keys(table).find((code) => table[code] === name);

const DISTRICTS = ['Kecamatan Utara', 'Kecamatan Selatan', 'Kecamatan Kota', 'Kecamatan Timur', 'Kecamatan Barat', 'Kecamatan Tengah'];

const PROGRAMS = {
  stunting: {
    title: 'Percepatan Pencegahan Stunting', problem: 'Prevalensi balita stunting masih di atas target nasional.',
    outputs: [
      { id: 'baduta-ditimbang', name: 'Baduta yang ditimbang dan diukur setiap bulan', unit: '%', baseline: [55, 75], gain: [15, 30] },
      { id: 'ibu-hamil-ttd', name: 'Ibu hamil mengonsumsi tablet tambah darah', unit: '%', baseline: [40, 65], gain: [15, 30] },
      { id: 'kelas-ibu', name: 'Ibu hamil mengikuti kelas ibu hamil', unit: '%', baseline: [30, 55], gain: [20, 35] },
    ],
    outcome: { id: 'prevalensi-stunting', name: 'Prevalensi stunting balita', unit: '%', baseline: [18, 32], drop: [2, 6] },
    activity: ['Pelatihan kader posyandu', 'Kelas ibu hamil', 'Pemberian makanan tambahan lokal', 'Kunjungan rumah baduta', 'Kampanye gizi seimbang', 'Rembuk stunting desa'],
  },
  imunisasi: {
    title: 'Peningkatan Cakupan Imunisasi', problem: 'Cakupan imunisasi dasar lengkap belum mencapai target.',
    outputs: [
      { id: 'idl', name: 'Cakupan imunisasi dasar lengkap', unit: '%', baseline: [60, 80], gain: [10, 25] },
      { id: 'bias', name: 'Cakupan bulan imunisasi anak sekolah', unit: '%', baseline: [70, 85], gain: [5, 15] },
    ],
    outcome: { id: 'kasus-campak', name: 'Kasus campak per 100.000 anak', unit: 'kasus', baseline: [8, 20], drop: [3, 7] },
    activity: ['Sweeping imunisasi', 'Orientasi tokoh agama', 'Pekan imunisasi', 'Pencatatan digital imunisasi', 'Penyuluhan orang tua'],
  },
  tbc: {
    title: 'Eliminasi Tuberkulosis', problem: 'Penemuan kasus TBC masih rendah dan banyak pasien putus berobat.',
    outputs: [
      { id: 'penemuan-kasus', name: 'Cakupan penemuan kasus TBC', unit: '%', baseline: [35, 55], gain: [15, 30] },
      { id: 'keberhasilan-pengobatan', name: 'Angka keberhasilan pengobatan TBC', unit: '%', baseline: [70, 85], gain: [5, 15] },
    ],
    outcome: { id: 'insidensi-tbc', name: 'Insidensi TBC per 100.000 penduduk', unit: 'kasus', baseline: [250, 400], drop: [20, 60] },
    activity: ['Investigasi kontak', 'Pelatihan kader TBC', 'Pendampingan minum obat', 'Skrining TBC di pesantren', 'Penyuluhan TBC di tempat kerja'],
  },
  'phbs-rumah-tangga': {
    title: 'Pembinaan PHBS Rumah Tangga', problem: 'Rumah tangga ber-PHBS masih rendah.',
    outputs: [
      { id: 'rt-phbs', name: 'Rumah tangga ber-PHBS', unit: '%', baseline: [40, 60], gain: [10, 25] },
      { id: 'jamban-sehat', name: 'Rumah tangga dengan jamban sehat', unit: '%', baseline: [50, 75], gain: [10, 20] },
    ],
    outcome: { id: 'diare-balita', name: 'Kasus diare balita per 1.000 balita', unit: 'kasus', baseline: [20, 40], drop: [3, 10] },
    activity: ['Pemicuan STBM', 'Arisan jamban', 'Penyuluhan cuci tangan pakai sabun', 'Lomba desa sehat', 'Pendataan PHBS'],
  },
  'phbs-sekolah': {
    title: 'Pembinaan PHBS Sekolah', problem: 'Sekolah ber-PHBS masih sedikit dan kantin belum sehat.',
    outputs: [
      { id: 'sekolah-phbs', name: 'Sekolah ber-PHBS', unit: '%', baseline: [25, 45], gain: [15, 30] },
      { id: 'kantin-sehat', name: 'Sekolah dengan kantin sehat', unit: '%', baseline: [10, 30], gain: [10, 25] },
    ],
    activity: ['Pelatihan dokter kecil', 'Pembinaan UKS', 'Lomba sekolah sehat', 'Pemeriksaan kebersihan diri', 'Sarana cuci tangan sekolah'],
  },
  lainnya: {
    title: 'Pengendalian Hipertensi', programName: 'Pengendalian penyakit tidak menular (hipertensi)', problem: 'Banyak penderita hipertensi tidak terdiagnosis dan tidak berobat teratur.',
    outputs: [
      { id: 'skrining-ptm', name: 'Penduduk usia 15 tahun ke atas yang diskrining tekanan darah', unit: '%', baseline: [20, 40], gain: [20, 35] },
      { id: 'posbindu-aktif', name: 'Desa dengan Posbindu PTM aktif', unit: '%', baseline: [30, 60], gain: [10, 30] },
    ],
    outcome: { id: 'hipertensi-terkendali', name: 'Penderita hipertensi dengan tekanan darah terkendali', unit: '%', baseline: [20, 35], drop: [-10, -4] },
    activity: ['Pelatihan kader Posbindu', 'Skrining tekanan darah di tempat kerja', 'Senam bersama', 'Penyuluhan diet rendah garam', 'Kunjungan rumah penderita'],
  },
};

/** Partner kinds per sector: name template ({R} regency, {N} short regency name), organisation type, potentials. */
const PARTNER_KINDS = {
  pemerintah: [
    { slug: 'bappeda', name: 'Bappeda {R}', type: 'dinas', potentials: ['pemerintah.prioritas-anggaran', 'pemerintah.data-pembangunan'] },
    { slug: 'disdik', name: 'Dinas Pendidikan {R}', type: 'dinas', potentials: ['pemerintah.pengembangan-program', 'pemerintah.konteks-lokal'] },
    { slug: 'puskesmas', name: 'Puskesmas {N} Kota', type: 'puskesmas', potentials: ['pemerintah.dana-personalia', 'pemerintah.konteks-lokal'] },
    { slug: 'dpmd', name: 'Dinas Pemberdayaan Masyarakat dan Desa {R}', type: 'dinas', potentials: ['pemerintah.kebijakan-kmp'] },
  ],
  akademisi: [
    { slug: 'univ', name: 'Fakultas Kesehatan Masyarakat Universitas {N}', type: 'perguruan-tinggi', potentials: ['akademisi.penelitian-pemantauan', 'akademisi.penguatan-kapasitas'] },
    { slug: 'poltekkes', name: 'Poltekkes Kemenkes {N}', type: 'perguruan-tinggi', potentials: ['akademisi.pendidikan-tpb', 'akademisi.pendampingan-pemerintah'] },
  ],
  cso: [
    { slug: 'aisyiyah', name: 'Pimpinan Daerah Aisyiyah {N}', type: 'organisasi-keagamaan', potentials: ['cso.diseminasi-informasi', 'cso.pemantauan-program'] },
    { slug: 'fatayat', name: 'Fatayat NU {N}', type: 'organisasi-keagamaan', potentials: ['cso.diseminasi-informasi', 'cso.advokasi-kampanye'] },
    { slug: 'pkk', name: 'Tim Penggerak PKK {R}', type: 'lsm', potentials: ['cso.program-delivery', 'cso.pendampingan-capacity-building'] },
    { slug: 'pmi', name: 'PMI Cabang {N}', type: 'lsm', potentials: ['cso.program-delivery'] },
    { slug: 'ibi', name: 'Ikatan Bidan Indonesia Cabang {N}', type: 'organisasi-profesi', potentials: ['cso.pendampingan-capacity-building', 'cso.advokasi-kebijakan'] },
  ],
  masyarakat: [
    { slug: 'kader', name: 'Forum Kader Posyandu {N}', type: 'kelompok-masyarakat', potentials: ['masyarakat.sasaran-lokal', 'masyarakat.dukungan-lapangan'] },
    { slug: 'karang-taruna', name: 'Karang Taruna {N}', type: 'kelompok-masyarakat', potentials: ['masyarakat.dukungan-lapangan'] },
    { slug: 'toma', name: 'Forum Tokoh Masyarakat {N}', type: 'kelompok-masyarakat', potentials: ['masyarakat.sasaran-lokal'] },
  ],
  swasta: [
    { slug: 'bank', name: 'Bank Pembangunan Daerah Cabang {N}', type: 'perusahaan', potentials: ['swasta.dana-csr', 'swasta.advokasi-diseminasi'] },
    { slug: 'pabrik', name: 'PT Sumber Pangan {N}', type: 'perusahaan', potentials: ['swasta.dana-csr', 'swasta.jaringan-value-chain'] },
    { slug: 'media', name: 'Radio Suara {N}', type: 'media', potentials: ['swasta.advokasi-diseminasi'] },
    { slug: 'apotek', name: 'Jaringan Apotek Sehat {N}', type: 'perusahaan', potentials: ['swasta.kemampuan-delivery'] },
  ],
  internasional: [
    { slug: 'unicef', name: 'UNICEF', type: 'organisasi-internasional', potentials: ['internasional.penguatan-kapasitas', 'internasional.fasilitator-kemitraan'] },
    { slug: 'who', name: 'WHO Indonesia', type: 'organisasi-internasional', potentials: ['internasional.penguatan-kapasitas'] },
    { slug: 'wvi', name: 'Wahana Visi Indonesia', type: 'organisasi-internasional', potentials: ['internasional.dukungan-dana', 'internasional.penguatan-organisasi'] },
  ],
};

const SECTOR_WEIGHTS = [['pemerintah', 3], ['akademisi', 2], ['cso', 3], ['masyarakat', 3], ['swasta', 2], ['internasional', 1]];
const ROLES = ['inisiator', 'advokator', 'katalisator', 'fasilitator', 'donatur', 'pendukung-sumber-daya', 'penggerak-masyarakat', 'dinamisator', 'komunikator', 'motivator', 'pembimbing-teknis', 'pengembang-model'];
const SECTOR_ROLES = {
  pemerintah: ['fasilitator', 'pendukung-sumber-daya', 'advokator', 'dinamisator'],
  akademisi: ['pembimbing-teknis', 'pengembang-model', 'katalisator'],
  cso: ['komunikator', 'motivator', 'penggerak-masyarakat', 'advokator'],
  masyarakat: ['penggerak-masyarakat', 'motivator', 'komunikator'],
  swasta: ['donatur', 'komunikator', 'pendukung-sumber-daya'],
  internasional: ['fasilitator', 'pembimbing-teknis', 'donatur'],
};
const CATEGORIES = ['advokasi', 'pemberdayaan-masyarakat', 'dukungan-sosial', 'kie'];
const FIRST_NAMES = ['Rina', 'Agus', 'Siti', 'Budi', 'Dewi', 'Hendra', 'Yayah', 'Made', 'Nurul', 'Yohanes', 'Fitri', 'Andi', 'Maria', 'Rahmat'];
const LAST_NAMES = ['Kartikasari', 'Setiawan', 'Rahmawati', 'Santoso', 'Lestari', 'Wijaya', 'Rohayati', 'Sudarma', 'Hidayah', 'Manek', 'Handayani', 'Pratama', 'Saragih', 'Hasibuan'];

const slugify = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const round1 = (n) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------------------------
// One plan

function buildPlan(r, index) {
  const province = r.pick(PROVINCES);
  const regency = r.pick(province.regencies);
  const shortName = regency.replace(/^(Kabupaten|Kota) /, '');
  const programId = r.weighted([['stunting', 4], ['imunisasi', 2], ['tbc', 2], ['phbs-rumah-tangga', 2], ['phbs-sekolah', 1], ['lainnya', 1]]);
  const program = PROGRAMS[programId];
  const year = r.int(2024, 2026);
  const start = `${year}-${String(r.pick([1, 1, 1, 4, 7])).padStart(2, '0')}-01`;
  const end = addDays(`${year + 1}${start.slice(4)}`, -1);
  // How far the plan has got: early plans stop after the partners; most have implementation and monitoring.
  const stage = r.weighted([[2, 1], [5, 1], [6, 1], [8, 7]]);
  const dataDate = minDate(addDays(start, r.int(90, 365)), end);
  const sub = (t) => t.replace('{R}', regency).replace('{N}', shortName);

  // Partners: the health office first (the initiator), then 2-11 more across sectors.
  const partners = [{
    id: 'dinkes', name: `Dinas Kesehatan ${regency}`, sector: 'pemerintah', organisationType: 'dinas',
    contact: { name: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`, position: 'Kepala Seksi Promosi Kesehatan', phone: `0${r.int(21, 999)} ${r.int(100000, 999999)}` },
    potentials: ['pemerintah.prioritas-anggaran', 'pemerintah.pengembangan-program', 'pemerintah.dana-personalia'],
    status: 'signed', statusDates: { committed: addDays(start, -45), signed: addDays(start, r.int(0, 30)) },
    identifiedBy: ['studi-kepustakaan'],
  }];
  const count = r.int(3, 12);
  const used = new Set(['dinkes']);
  while (partners.length < count) {
    const sector = r.weighted(SECTOR_WEIGHTS);
    const kind = r.pick(PARTNER_KINDS[sector]);
    let id = kind.slug;
    for (let n = 2; used.has(id); n++) id = `${kind.slug}-${n}`;
    used.add(id);
    const status = r.weighted([['signed', 10], ['committed', 4], ['invited', 2], ['candidate', 2], ['withdrawn', 1]]);
    const statusDates = {};
    if (status !== 'candidate') statusDates.invited = addDays(start, -r.int(50, 90));
    if (['committed', 'signed', 'withdrawn'].includes(status)) statusDates.committed = addDays(start, -r.int(5, 45));
    if (status === 'signed' || (status === 'withdrawn' && r.chance(0.5))) statusDates.signed = addDays(start, r.int(0, 45));
    if (status === 'withdrawn') statusDates.withdrawn = addDays(start, r.int(60, 200));
    const suffix = partners.some((p) => p.name === sub(kind.name)) ? ` ${id.split('-').pop().toUpperCase()}` : '';
    partners.push({
      id, name: `${sub(kind.name)}${suffix}`, sector, organisationType: kind.type,
      ...(r.chance(0.7) ? { contact: { name: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`, email: `${id}@${slugify(shortName)}.example.org` } } : {}),
      potentials: kind.potentials,
      status, ...(Object.keys(statusDates).length ? { statusDates } : {}),
      identifiedBy: r.some(['studi-kepustakaan', 'studi-lapangan'], r.int(1, 2)),
    });
  }
  const engaged = partners.filter((p) => p.status !== 'candidate');
  const joined = partners.filter((p) => p.status === 'signed' || p.status === 'committed');

  const plan = {
    schemaVersion: 1,
    title: `Kemitraan ${program.title} ${regency} ${year}`,
    program: programId,
    ...(program.programName ? { programName: program.programName } : {}),
    region: {
      province: province.name,
      // Four plans in five carry their Kemendagri codes (chosen by index, so the random sequence is unchanged).
      ...(index % 5 !== 4 ? { provinceCode: codeOf(REGION_DATA.provinces, province.name) } : {}),
      regency,
      ...(index % 5 !== 4 ? { regencyCode: codeOf(REGION_DATA.regencies, regency) } : {}),
      ...(r.chance(0.6) ? { district: r.pick(DISTRICTS) } : {}),
    },
    initiator: { name: `Dinas Kesehatan ${regency}`, unit: 'Bidang Kesehatan Masyarakat', partner: 'dinkes' },
    dates: { created: addDays(start, -r.int(60, 120)), updated: dataDate, start, end },
    language: 'id',
    idea: {
      problem: program.problem,
      target: `${program.outputs[0].name} mencapai target pada akhir ${year}`,
      criteria: { 'relevan-visi-misi': 'met', 'payung-hukum': 'met', 'manfaat-bersama': r.pick(['met', 'partial']), berbobot: 'met' },
    },
    partners,
  };
  if (stage < 5) return plan;

  // Roles and contributions.
  const partnerRoles = engaged.map((p) => {
    const roles = p.id === 'dinkes' ? ['inisiator', 'fasilitator'] : r.some(SECTOR_ROLES[p.sector], r.int(1, 2));
    const contributions = [];
    const n = p.id === 'dinkes' ? 2 : r.int(0, 2);
    for (let i = 0; i < n; i++) {
      const type = r.weighted(p.sector === 'swasta' || p.sector === 'internasional'
        ? [['dana', 5], ['barang', 2], ['keahlian', 1]]
        : [['tenaga', 4], ['dana', 2], ['keahlian', 2], ['fasilitas', 1]]);
      const c = { id: `${p.id}-${type}-${i + 1}`, type, description: `Kontribusi ${type} ${p.name}` };
      if (type === 'dana' || type === 'keahlian') c.amountIdr = r.int(2, 60) * 5_000_000;
      else if (type === 'tenaga') Object.assign(c, { quantity: r.int(2, 60), unit: 'orang' });
      else Object.assign(c, { quantity: r.int(1, 20), unit: 'paket' });
      contributions.push(c);
    }
    return { partner: p.id, roles, contributions, benefit: `Manfaat bagi ${p.name}` };
  });
  plan.goals = {
    general: `Mempercepat ${program.title.toLowerCase()} di ${regency}`,
    specific: program.outputs.map((o, i) => ({ id: `t${i + 1}`, text: `${o.name} meningkat`, roles: r.some(ROLES.slice(1), r.int(1, 2)) })),
    requiredRoles: ['inisiator', 'fasilitator'],
    partnerRoles,
  };
  const signed = partners.filter((p) => p.statusDates && p.statusDates.signed);
  plan.agreement = {
    form: r.pick(['mou', 'nota-kesepahaman', 'sk-bupati']),
    subject: `Kerja Sama ${program.title} di ${regency}`,
    place: shortName,
    signedDate: partners[0].statusDates.signed,
    period: { start, end },
    parties: signed.map((p) => ({ partner: p.id, signatory: { name: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`, position: `Pimpinan ${p.name}` } })),
  };
  if (stage < 6) return plan;

  // Work plan: coordination meetings plus 2-7 program activities inside the year.
  const activities = [{
    id: 'rapat-koordinasi', kind: 'koordinasi', what: 'Rapat koordinasi kemitraan', who: joined.map((p) => p.id), responsible: 'dinkes',
    when: { start, end, schedule: 'Setiap bulan' }, budget: { amountIdr: r.int(6, 24) * 1_000_000, source: 'APBD', fundedBy: 'dinkes' },
  }];
  const names = r.some(program.activity, r.int(2, Math.min(7, program.activity.length)));
  names.forEach((what, i) => {
    const s = addDays(start, r.int(10, 250));
    const e = minDate(addDays(s, r.pick([0, 2, 30, 60, 90, 150])), end);
    const who = r.some(joined.map((p) => p.id), r.int(1, Math.min(3, joined.length)));
    activities.push({
      id: `${slugify(what)}-${i + 1}`, kind: r.pick(['program', 'program', 'peningkatan-kapasitas']), category: r.pick(CATEGORIES),
      what, why: `Mendukung ${program.outputs[0].name.toLowerCase()}`, who, responsible: who[0], where: regency,
      when: { start: s, end: e }, targetGroup: 'Sasaran program di desa lokus',
      budget: { amountIdr: r.int(2, 80) * 2_500_000, source: r.pick(['BOK', 'APBD', 'CSR', 'Hibah']), fundedBy: who[0] },
      goals: [`t${r.int(1, program.outputs.length)}`],
    });
  });
  plan.workplan = { mechanism: 'Sekretariat kemitraan di Dinas Kesehatan', plannedMeetingsPerMonth: r.pick([1, 1, 1, 0.5, 2]), activities };
  if (stage < 8) return plan;

  // Implementation up to the plan's data date.
  const log = [];
  for (const a of activities.slice(1)) {
    if (a.when.start > dataDate) continue;
    const late = r.weighted([[0, 6], [r.int(1, 20), 3]]);
    const doneDate = addDays(a.when.end, late - r.int(0, 3));
    if (doneDate <= dataDate && r.chance(0.85)) log.push({ activity: a.id, date: doneDate < a.when.start ? a.when.start : doneDate, status: 'done', participants: r.int(10, 400) });
    else log.push({ activity: a.id, date: minDate(addDays(a.when.start, r.int(0, 20)), dataDate), status: r.weighted([['in-progress', 6], ['postponed', 1], ['cancelled', 1]]) });
  }
  const meetings = [];
  for (let d = addDays(start, r.int(0, 20)); d <= dataDate; d = addDays(d, r.int(25, 45))) {
    if (r.chance(0.8)) meetings.push({ date: d, topic: 'Rapat koordinasi', attendees: r.some(joined.map((p) => p.id), r.int(1, joined.length)) });
  }
  const deliveries = [];
  for (const pr of partnerRoles) {
    for (const c of pr.contributions) {
      if (!joined.some((p) => p.id === pr.partner) || !r.chance(0.75)) continue;
      const date = minDate(addDays(start, r.int(15, 240)), dataDate);
      const share = r.pick([0.5, 0.8, 1, 1]);
      deliveries.push({ partner: pr.partner, contribution: c.id, date, ...(c.amountIdr !== undefined ? { amountIdr: Math.round(c.amountIdr * share) } : { quantity: Math.round(c.quantity * share) }) });
    }
  }
  const products = [];
  for (let i = 0; i < r.int(0, 4); i++) {
    products.push({ name: `${r.pick(['Modul', 'Buku saku', 'Video edukasi', 'Dasbor data', 'Leaflet'])} ${program.title.toLowerCase()} ${i + 1}`, date: minDate(addDays(start, r.int(30, 330)), dataDate), kind: r.pick(['modul', 'media KIE', 'sistem informasi']), partners: r.some(joined.map((p) => p.id), 1) });
  }
  plan.implementation = { log, meetings, deliveries, products };

  // Monitoring: the guide's indicators with targets, program targets, a health outcome, answers.
  const indicators = [
    { id: 'mitra-bergabung', class: 'input', name: 'Jumlah mitra yang bergabung', unit: 'mitra', ref: 'input.partners_joined', baseline: 0, target: Math.max(joined.length, r.int(3, 12)), actual: joined.length, actualDate: dataDate },
  ];
  if (r.chance(0.6)) indicators.push({ id: 'rapat', class: 'process', name: 'Rapat koordinasi terlaksana', unit: 'kali', ref: 'process.meetings_held', baseline: 0, target: 12, actual: meetings.length, actualDate: dataDate });
  if (r.chance(0.5)) indicators.push({ id: 'tepat-waktu', class: 'process', name: 'Kegiatan tepat waktu', unit: '%', ref: 'process.activities_on_schedule', target: r.pick([80, 90, 100]) });
  for (const o of r.some(program.outputs, r.int(1, program.outputs.length))) {
    const baseline = r.int(o.baseline[0], o.baseline[1]);
    const target = Math.min(100, baseline + r.int(o.gain[0], o.gain[1]));
    const progress = r.next() * 1.1;
    const mid = addDays(start, 120);
    indicators.push({
      id: o.id, class: 'output', name: o.name, unit: o.unit, direction: 'increase', baseline, baselineDate: start, target, targetDate: end,
      actual: round1(baseline + (target - baseline) * progress), actualDate: dataDate,
      ...(mid < dataDate ? { measurements: [{ date: mid, value: round1(baseline + (target - baseline) * progress * 0.4) }] } : {}),
    });
  }
  if (program.outcome && r.chance(0.7)) {
    const o = program.outcome;
    const baseline = r.int(o.baseline[0], o.baseline[1]);
    const drop = r.int(o.drop[0], o.drop[1]);
    const decrease = drop > 0;
    indicators.push({
      id: o.id, class: 'outcome', name: o.name, unit: o.unit, direction: decrease ? 'decrease' : 'increase',
      baseline, baselineDate: addDays(start, -1), target: baseline - drop, targetDate: end,
      actual: round1(baseline - drop * (r.next() * 1.2 - 0.1)), actualDate: dataDate,
    });
  }
  const questions = {};
  if (r.chance(0.8)) questions['sesuai-rencana'] = 'Sebagian besar kegiatan berjalan sesuai rencana.';
  if (r.chance(0.6)) questions['kinerja-spm'] = 'Capaian SPM meningkat di desa lokus.';
  if (r.chance(0.6)) questions.permasalahan = 'Keterlambatan anggaran; diatasi dengan penjadwalan ulang.';
  if (r.chance(0.5)) questions['keuntungan-mitra'] = 'Mitra memperoleh data, publikasi dan pengakuan.';
  plan.monitoring = {
    schedule: { frequency: r.pick(['monthly', 'quarterly', 'semiannual']), nextReview: addDays(dataDate, 30) },
    indicators, questions,
    reviews: [{ date: minDate(addDays(start, 90), dataDate), notes: 'Peninjauan triwulan pertama.' }],
  };
  return plan;
}

// ---------------------------------------------------------------------------------------------------------------
// API

/** `count` plans as `{ name, text }`, deterministic for `seed`. */
export function generatePlans(count, { seed = 1 } = {}) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const plan = buildPlan(makeRandom(seed, i), i);
    const name = `plan-${String(i + 1).padStart(5, '0')}.yaml`;
    const header = `# yaml-language-server: $schema=../schemas/plan.schema.json\n# Generated by bench/generate.js (seed ${seed}, plan ${i + 1}): ${plan.title}\n`;
    out.push({ name, text: `${header}${yaml(plan)}\n` });
  }
  return out;
}

/** Writes `count` plans into `dir` (created if needed); returns the file paths. */
export function writePlans(dir, count, { seed = 1 } = {}) {
  mkdirSync(dir, { recursive: true });
  return generatePlans(count, { seed }).map(({ name, text }) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}

function main(argv) {
  const args = { count: undefined, out: undefined, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--count') args.count = Number(value);
    else if (flag === '--out') args.out = value;
    else if (flag === '--seed') args.seed = Number(value);
    else {
      process.stderr.write(`unknown argument: ${argv[i]}\n`);
      return 2;
    }
  }
  if (!Number.isInteger(args.count) || args.count < 0 || !args.out || !Number.isInteger(args.seed)) {
    process.stderr.write('usage: node bench/generate.js --count N --out DIR [--seed S]\n');
    return 2;
  }
  const files = writePlans(args.out, args.count, { seed: args.seed });
  process.stdout.write(`${files.length} plans written to ${args.out}\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
