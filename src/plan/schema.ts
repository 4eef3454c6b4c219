/**
 * Builds the plan's JSON Schema (draft 2020-12) from the catalog, so enumerations always use the catalog's ids.
 * `npm run build` writes it to schemas/plan.schema.json; a test keeps the committed file equal to this.
 * Titles and descriptions carry both languages so yaml-language-server offers hover and completion.
 */
import { ASSESSMENTS, IDEA_CRITERIA, PARTNER_CRITERIA, READINESS_CRITERIA } from '../guide/criteria.js';
import { SECTORS, POTENTIALS } from '../guide/sectors.js';
import { ROLES } from '../guide/roles.js';
import { PROGRAMS, PARTNER_STATUSES, CONTRIBUTION_TYPES, IDENTIFICATION_METHODS, ORGANISATION_TYPES } from '../guide/programs.js';
import { AGREEMENT_FORMS } from '../guide/agreement.js';
import { ACTIVITY_KINDS } from '../guide/workplan.js';
import { IMPLEMENTATION_ACTIVITIES, ACTIVITY_STATUSES } from '../guide/implementation.js';
import { MONITORING_QUESTIONS, INDICATOR_CLASSES, REPORT_INDICATORS, REVIEW_FREQUENCIES } from '../guide/monitoring.js';
import { STEPS } from '../guide/steps.js';
import type { CatalogItem } from '../guide/types.js';
import { PHONE_PATTERN } from './phone.js';

export const PLAN_SCHEMA_ID = 'https://kemitraan.github.io/schemas/plan-1.schema.json';

type Schema = Record<string, unknown>;

const doc = (idText: string, en: string): Schema => ({ title: `${idText} / ${en}`, description: `${idText}\n\n${en}` });

const str = (idText: string, en: string, extra: Schema = {}): Schema => ({ type: 'string', minLength: 1, ...doc(idText, en), ...extra });
const text = (idText: string, en: string): Schema => ({ type: 'string', ...doc(idText, en) });
const date = (idText: string, en: string): Schema => ({ type: 'string', format: 'date', ...doc(idText, en) });
// At most 2^53 - 1: above it a number is no longer read exactly (9007199254740993 would silently become ...992), and
// 1e21 printed as "Rp 1e+21". Nine quadrillion Rupiah is far above any partnership's budget.
const rupiah = (idText: string, en: string): Schema => ({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, ...doc(idText, en) });
const count = (idText: string, en: string): Schema => ({ type: 'number', minimum: 0, ...doc(idText, en) });
const list = (items: Schema, idText: string, en: string, extra: Schema = {}): Schema => ({ type: 'array', items, ...doc(idText, en), ...extra });
const obj = (properties: Record<string, Schema>, required: string[], idText: string, en: string): Schema => ({
  type: 'object', ...doc(idText, en), properties, ...(required.length ? { required } : {}), additionalProperties: false,
});

/** An enumeration of catalog ids, with each id's labels for editors that show them. */
const oneOfCatalog = (items: readonly CatalogItem[], idText: string, en: string): Schema => ({
  type: 'string',
  enum: items.map((i) => i.id),
  ...doc(idText, en),
  enumDescriptions: items.map((i) => `${i.label.id} / ${i.label.en}`),
});

const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });
const idPattern = '^[a-z0-9][a-z0-9_-]*$';
/** A Kemendagri code: text ("32.11"); a YAML number (32.11 unquoted) is let through so that check can say to quote
 * it, rather than the schema's bare "wrong type". */
const regionCode = (idText: string, en: string): Schema => ({ anyOf: [{ type: 'string' }, { type: 'number' }], ...doc(idText, en) });
const refId = (idText: string, en: string): Schema => str(idText, en, { pattern: idPattern });

function criteriaMap(items: readonly CatalogItem[], idText: string, en: string): Schema {
  return {
    type: 'object',
    ...doc(idText, en),
    properties: Object.fromEntries(items.map((c) => [c.id, { ...ref('assessment'), ...doc(c.label.id, c.label.en) }])),
    additionalProperties: false,
  };
}

export function buildPlanSchema(): Schema {
  const contact = obj({
    name: str('Nama', 'Name'),
    position: str('Jabatan', 'Position'),
    phone: str('Telepon', 'Phone', { pattern: PHONE_PATTERN }),
    email: str('Email', 'Email', { format: 'email' }),
  }, [], 'Kontak', 'Contact');

  const assessmentStatus = {
    type: 'string', enum: [...ASSESSMENTS],
    ...doc('Terpenuhi (met), sebagian (partial), atau tidak terpenuhi (unmet)', 'Met, partial or unmet'),
    enumDescriptions: ['Terpenuhi / met', 'Sebagian / partial', 'Tidak terpenuhi / unmet'],
  };

  const partner = obj({
    id: refId('Id singkat mitra, dipakai untuk merujuk mitra di bagian lain', 'Short partner id used to refer to it elsewhere'),
    name: str('Nama lembaga mitra', 'Partner organisation name'),
    sector: oneOfCatalog(SECTORS, 'Sektor mitra', 'Partner sector'),
    organisationType: oneOfCatalog(ORGANISATION_TYPES, 'Jenis organisasi (lainnya: tulis jenisnya di organisationTypeOther)', 'Organisation type (lainnya: write the type in organisationTypeOther)'),
    organisationTypeOther: str('Jenis organisasi bila "lainnya"', 'Organisation type when "lainnya" (other)'),
    address: str('Alamat', 'Address'),
    contact,
    potentials: list(oneOfCatalog(POTENTIALS, 'Potensi mitra (dari sektornya)', 'Partner potential (of its sector)'), 'Potensi yang dibawa mitra', 'Potentials the partner brings', { uniqueItems: true }),
    criteria: criteriaMap(PARTNER_CRITERIA, 'Penilaian terhadap kriteria calon mitra', 'Assessment against the partner criteria'),
    status: oneOfCatalog(PARTNER_STATUSES, 'Status mitra', 'Partner status'),
    statusDates: obj(Object.fromEntries(PARTNER_STATUSES.map((s) => [s.id, date(`Tanggal: ${s.label.id}`, `Date: ${s.label.en}`)])), [], 'Tanggal tiap status', 'Date of each status'),
    identifiedBy: list(oneOfCatalog(IDENTIFICATION_METHODS, 'Cara identifikasi', 'Identification method'), 'Cara mitra diidentifikasi', 'How the partner was identified', { uniqueItems: true }),
    notes: text('Catatan', 'Notes'),
  }, ['id', 'name', 'sector', 'status'], 'Calon mitra', 'Prospective partner');

  const contribution = obj({
    id: refId('Id kontribusi', 'Contribution id'),
    type: oneOfCatalog(CONTRIBUTION_TYPES, 'Jenis kontribusi', 'Contribution type'),
    description: str('Uraian kontribusi', 'Description'),
    amountIdr: rupiah('Nilai dalam Rupiah', 'Value in Rupiah'),
    quantity: count('Jumlah', 'Quantity'),
    unit: str('Satuan', 'Unit'),
    channel: {
      type: 'string', enum: ['apbd', 'hibah', 'langsung'],
      ...doc('Cara dana mengalir: apbd (anggaran perangkat daerah sendiri), hibah (hibah kepada pemerintah daerah dengan NPHD), langsung (dibelanjakan langsung oleh pihak pemberi)',
        'How the money moves: apbd (the government party\'s own budget), hibah (a grant to the regional government under an NPHD), langsung (spent directly by the contributing party)'),
      enumDescriptions: ['APBD/DPA perangkat daerah / own budget', 'Hibah dengan NPHD / grant under an NPHD', 'Dibelanjakan langsung / spent directly'],
    },
  }, ['id', 'type', 'description'], 'Kontribusi yang dijanjikan', 'Committed contribution');

  const signatory = obj({
    name: str('Nama penanda tangan', 'Signatory name'),
    position: str('Jabatan', 'Position'),
    idNumber: str('NIP (18 angka) bagi ASN; NIK tidak dicetak', 'NIP (18 digits) of a civil servant; a NIK is never printed'),
    authority: obj({
      kind: { type: 'string', enum: ['sk', 'surat-kuasa'], ...doc('Dasar kewenangan: sk (keputusan pengangkatan) atau surat-kuasa', 'Basis of authority: sk (appointment decree) or surat-kuasa (power of attorney)') },
      issuedBy: str('Diterbitkan oleh (mis. Bupati Sumedang)', 'Issued by (e.g. Bupati Sumedang)'),
      number: str('Nomor', 'Number'),
      date: date('Tanggal', 'Date'),
    }, ['kind', 'number', 'date'], 'Dasar kewenangan penanda tangan', 'Basis of the signatory\'s authority'),
    actsFor: str('Bertindak untuk dan atas nama (mis. Pemerintah Kabupaten Sumedang)', 'Acts for and on behalf of (e.g. Pemerintah Kabupaten Sumedang)'),
  }, ['name', 'position'], 'Penanda tangan', 'Signatory');

  const party = obj({
    partner: refId('Id mitra', 'Partner id'),
    documentNumber: str('Nomor dokumen pihak ini', 'This party\'s document number'),
    signatory,
    obligations: list(str('Kewajiban', 'Obligation'), 'Kewajiban tambahan', 'Additional obligations'),
    rights: list(str('Hak', 'Right'), 'Hak', 'Rights'),
  }, ['partner'], 'Pihak', 'Party');

  const activity = obj({
    id: refId('Id kegiatan', 'Activity id'),
    kind: oneOfCatalog(ACTIVITY_KINDS, 'Jenis kegiatan', 'Activity kind'),
    category: oneOfCatalog(IMPLEMENTATION_ACTIVITIES, 'Kategori kegiatan besar', 'Major activity category'),
    what: str('Apa: kegiatan', 'What: the activity'),
    why: str('Mengapa: tujuan kegiatan', 'Why: the aim'),
    who: list(refId('Id mitra', 'Partner id'), 'Siapa: mitra pelaksana', 'Who: partners carrying it out', { uniqueItems: true }),
    responsible: refId('Penanggung jawab (id mitra)', 'Responsible partner id'),
    where: str('Di mana: lokasi', 'Where: location'),
    when: obj({
      start: date('Mulai', 'Start'),
      end: date('Selesai', 'End'),
      schedule: str('Jadwal (teks)', 'Schedule (text)'),
    }, [], 'Kapan: waktu', 'When: time'),
    how: str('Bagaimana: metode', 'How: method'),
    targetGroup: str('Sasaran', 'Target group'),
    budget: obj({
      amountIdr: rupiah('Anggaran (Rupiah)', 'Budget (Rupiah)'),
      items: list(obj({
        description: str('Uraian', 'Item'),
        volume: count('Volume', 'Volume'),
        unit: str('Satuan (orang, paket, kali ...)', 'Unit (person, pack, session ...)'),
        unitPriceIdr: rupiah('Harga satuan (Rupiah)', 'Unit price (Rupiah)'),
      }, ['description', 'volume', 'unit', 'unitPriceIdr'], 'Baris rincian biaya', 'Cost line'), 'Rincian biaya (volume x satuan x harga satuan)', 'Cost breakdown (volume x unit x unit price)'),
      source: str('Sumber dana (APBD, BOK, DAK, CSR, hibah ...)', 'Funding source'),
      fundedBy: refId('Mitra penyandang dana', 'Funding partner'),
    }, ['amountIdr'], 'Anggaran', 'Budget'),
    goals: list(refId('Id tujuan khusus', 'Specific goal id'), 'Tujuan khusus yang didukung', 'Specific goals served'),
    output: obj({
      indicator: str('Indikator keluaran', 'Output indicator'),
      target: count('Target', 'Target'),
      unit: str('Satuan', 'Unit'),
    }, ['indicator'], 'Keluaran kegiatan', 'Activity output'),
  }, ['id'], 'Kegiatan rencana kerja (5W1H)', 'Work-plan activity (5W1H)');

  const indicator = obj({
    id: refId('Id indikator', 'Indicator id'),
    class: oneOfCatalog(INDICATOR_CLASSES, 'Kelas indikator', 'Indicator class'),
    name: str('Nama indikator', 'Indicator name'),
    unit: str('Satuan', 'Unit'),
    ref: oneOfCatalog(REPORT_INDICATORS, 'Indikator laporan alat ini yang diukur (kemitraan report menghitungnya)', 'This tool\'s report indicator measured (computed by kemitraan report)'),
    direction: { type: 'string', enum: ['increase', 'decrease'], ...doc('Arah perbaikan: naik (increase) atau turun (decrease)', 'Direction of improvement') },
    baseline: { type: 'number', ...doc('Nilai awal', 'Baseline') },
    baselineDate: date('Tanggal nilai awal', 'Baseline date'),
    target: { type: 'number', ...doc('Target', 'Target') },
    targetDate: date('Tanggal target', 'Target date'),
    actual: { type: 'number', ...doc('Capaian terakhir', 'Latest actual value') },
    actualDate: date('Tanggal capaian', 'Date of the actual value'),
    measurements: list(obj({ date: date('Tanggal', 'Date'), value: { type: 'number', ...doc('Nilai', 'Value') } }, ['date', 'value'], 'Pengukuran', 'Measurement'), 'Riwayat pengukuran', 'Measurements'),
    source: str('Sumber data (mis. SITB, ASIK, survei, laporan kader)', 'Data source (e.g. SITB, ASIK, survey, volunteer reports)'),
    notes: text('Catatan (mis. alasan target diubah atau capaian belum tersedia; penjelasan kualitatif)', 'Notes (e.g. why a target changed or no actual yet; qualitative explanation)'),
  }, ['id', 'class', 'name'], 'Indikator', 'Indicator');

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: PLAN_SCHEMA_ID,
    ...doc('Rencana kemitraan bidang kesehatan (kemitraan)', 'Health partnership plan (kemitraan)'),
    type: 'object',
    $defs: {
      assessment: {
        ...doc('Penilaian kriteria: status saja, atau status dengan catatan', 'Criterion assessment: a status, or a status with a note'),
        // if/then/else rather than oneOf: ajv then reports only the errors of the branch the value was meant for.
        if: { type: 'string' },
        then: assessmentStatus,
        else: obj({ status: assessmentStatus, note: text('Catatan', 'Note') }, ['status'], 'Penilaian dengan catatan', 'Assessment with a note'),
      },
    },
    properties: {
      schemaVersion: { const: 1, ...doc('Versi skema berkas rencana', 'Plan file schema version') },
      title: str('Judul kemitraan', 'Partnership title'),
      program: oneOfCatalog(PROGRAMS, 'Program kesehatan', 'Health program'),
      programName: str('Nama program (jika lainnya)', 'Program name (when other)'),
      region: obj({
        province: str('Provinsi', 'Province'),
        provinceCode: regionCode('Kode wilayah Kemendagri provinsi, misalnya "32"', 'Kemendagri region code of the province, e.g. "32"'),
        regency: str('Kabupaten/kota', 'Regency/city'),
        regencyCode: regionCode('Kode wilayah Kemendagri kabupaten/kota, misalnya "32.11"', 'Kemendagri region code of the regency/city, e.g. "32.11"'),
        district: str('Kecamatan', 'Sub-district'),
        districtCode: regionCode('Kode wilayah Kemendagri kecamatan, misalnya "32.11.18" (boleh dikosongkan)', 'Kemendagri region code of the sub-district, e.g. "32.11.18" (optional)'),
        village: str('Desa/kelurahan', 'Village'),
      }, ['province', 'regency'], 'Wilayah', 'Region'),
      initiator: obj({
        name: str('Nama lembaga inisiator', 'Initiating organisation'),
        unit: str('Unit kerja', 'Unit'),
        address: str('Alamat', 'Address'),
        contact,
        partner: refId('Id mitra inisiator di daftar mitra', 'The initiator\'s partner id'),
      }, ['name'], 'Inisiator kemitraan', 'Partnership initiator'),
      dates: obj({
        created: date('Dibuat', 'Created'),
        updated: date('Diperbarui', 'Updated'),
        start: date('Mulai kemitraan', 'Partnership start'),
        end: date('Akhir kemitraan', 'Partnership end'),
      }, [], 'Tanggal', 'Dates'),
      language: { type: 'string', enum: ['id', 'en'], ...doc('Bahasa rencana', 'Plan language') },
      idea: obj({
        problem: str('Masalah kesehatan', 'Health problem'),
        target: str('Target program yang ingin dipercepat', 'Program target to speed up'),
        targetGroup: str('Sasaran', 'Target group'),
        rationale: str('Alasan/latar belakang', 'Rationale'),
        criteria: criteriaMap(IDEA_CRITERIA, 'Penilaian kriteria gagasan', 'Idea criteria assessment'),
        notes: text('Catatan', 'Notes'),
      }, [], STEPS[0]!.label.id, STEPS[0]!.label.en),
      partners: list(partner, STEPS[1]!.label.id, STEPS[1]!.label.en),
      goals: obj({
        general: str('Tujuan umum', 'General goal'),
        specific: list(obj({
          id: refId('Id tujuan khusus', 'Specific goal id'),
          text: str('Tujuan khusus', 'Specific goal'),
          roles: list(oneOfCatalog(ROLES, 'Peran', 'Role'), 'Peran yang dibutuhkan', 'Roles needed', { uniqueItems: true }),
        }, ['id', 'text'], 'Tujuan khusus', 'Specific goal'), 'Tujuan khusus', 'Specific goals'),
        requiredRoles: list(oneOfCatalog(ROLES, 'Peran', 'Role'), 'Peran yang dibutuhkan tujuan', 'Roles the goals need', { uniqueItems: true }),
        partnerRoles: list(obj({
          partner: refId('Id mitra', 'Partner id'),
          roles: list(oneOfCatalog(ROLES, 'Peran', 'Role'), 'Peran mitra', 'Partner roles', { uniqueItems: true }),
          contributions: list(contribution, 'Kontribusi', 'Contributions'),
          benefit: str('Manfaat yang diperoleh mitra', 'Benefit the partner gets'),
        }, ['partner', 'roles'], 'Peran dan kontribusi mitra', 'Partner roles and contributions'), 'Peran dan kontribusi tiap mitra', 'Roles and contributions of each partner'),
      }, [], STEPS[2]!.label.id, STEPS[2]!.label.en),
      readiness: obj({
        criteria: criteriaMap(READINESS_CRITERIA, 'Penilaian kriteria menyiapkan diri', 'Self-preparation criteria assessment'),
        team: list(obj({ name: str('Nama', 'Name'), position: str('Jabatan', 'Position'), task: str('Tugas', 'Task') }, ['name'], 'Anggota tim', 'Team member'), 'Tim internal', 'Internal team'),
        notes: text('Catatan', 'Notes'),
      }, [], STEPS[3]!.label.id, STEPS[3]!.label.en),
      agreement: obj({
        form: oneOfCatalog(AGREEMENT_FORMS, 'Bentuk kesepakatan', 'Agreement form'),
        subject: str('Tentang (pokok kesepakatan)', 'Subject'),
        partyNaming: {
          type: 'string', enum: ['pertama', 'kesatu'],
          ...doc('Sebutan para pihak: PIHAK PERTAMA (bawaan) atau PIHAK KESATU', 'How parties are named: PIHAK PERTAMA (default) or PIHAK KESATU'),
        },
        recitals: list(str('Pertimbangan (dibaca setelah "bahwa")', 'Recital (read after "bahwa")'), 'Pertimbangan (konsiderans)', 'Recitals'),
        personalData: { type: 'boolean', ...doc('Data kesehatan/data anak dipertukarkan: tambahkan pasal Kerahasiaan dan Pelindungan Data Pribadi', 'Health or child data is exchanged: add the confidentiality and personal data article') },
        initials: { type: 'boolean', ...doc('Cetak kolom paraf para pihak di kaki setiap halaman', 'Print an initials line for every party in each page footer') },
        decree: obj({
          number: str('Nomor keputusan', 'Decree number'),
          signatory: obj({ name: str('Nama Bupati/Wali Kota/Camat yang menetapkan', 'Name of the head who signs the decree') }, ['name'], 'Penanda tangan keputusan', 'Decree signatory'),
          tasks: list(str('Tugas', 'Duty'), 'Tugas tim/forum (diktum KEDUA)', 'Duties of the team or forum'),
        }, [], 'Keputusan (untuk bentuk sk-*)', 'The decree (sk-* forms)'),
        parties: list(party, 'Para pihak', 'Parties'),
        pks: obj({
          subject: str('Tentang (pokok PKS)', 'Subject of the PKS'),
          parties: list(party, 'Para pihak PKS', 'Parties to the PKS'),
          place: str('Tempat penandatanganan PKS', 'Place of signing'),
          signedDate: date('Tanggal penandatanganan PKS', 'Date signed'),
          period: obj({ start: date('Berlaku mulai', 'Valid from'), end: date('Berlaku sampai', 'Valid until') }, [], 'Jangka waktu PKS (bawaan: jangka waktu kesepakatan)', 'Term of the PKS (default: the agreement\'s period)'),
          court: str('Pengadilan Negeri untuk penyelesaian perselisihan', 'District court for disputes'),
        }, [], 'Perjanjian Kerja Sama (tindak lanjut)', 'Perjanjian Kerja Sama (the follow-up agreement)'),
        place: str('Tempat penandatanganan', 'Place of signing'),
        signedDate: date('Tanggal penandatanganan', 'Date signed'),
        period: obj({ start: date('Berlaku mulai', 'Valid from'), end: date('Berlaku sampai', 'Valid until') }, [], 'Jangka waktu', 'Period'),
        legalBasis: list(str('Dasar hukum', 'Legal basis'), 'Dasar hukum', 'Legal basis'),
        purpose: str('Maksud', 'Purpose'),
        objectives: list(str('Tujuan', 'Objective'), 'Tujuan', 'Objectives'),
        scope: list(str('Ruang lingkup', 'Scope item'), 'Ruang lingkup', 'Scope'),
        financing: str('Pembiayaan', 'Financing'),
        disputeSettlement: str('Penyelesaian perselisihan', 'Dispute settlement'),
        notes: text('Catatan', 'Notes'),
      }, [], STEPS[4]!.label.id, STEPS[4]!.label.en),
      workplan: obj({
        mechanism: str('Mekanisme kerja jejaring kemitraan', 'Working mechanism of the network'),
        plannedMeetingsPerMonth: count('Rencana pertemuan koordinasi per bulan', 'Planned coordination meetings per month'),
        activities: list(activity, 'Kegiatan', 'Activities'),
      }, [], STEPS[5]!.label.id, STEPS[5]!.label.en),
      implementation: obj({
        log: list(obj({
          activity: refId('Id kegiatan', 'Activity id'),
          date: date('Tanggal', 'Date'),
          status: oneOfCatalog(ACTIVITY_STATUSES, 'Status', 'Status'),
          participants: { type: 'integer', minimum: 0, ...doc('Jumlah peserta', 'Participants') },
          notes: text('Catatan', 'Notes'),
        }, ['activity', 'date', 'status'], 'Catatan pelaksanaan', 'Log entry'), 'Catatan pelaksanaan kegiatan', 'Activity log'),
        meetings: list(obj({
          date: date('Tanggal', 'Date'),
          topic: str('Topik', 'Topic'),
          attendees: list(refId('Id mitra', 'Partner id'), 'Mitra yang hadir', 'Partners attending', { uniqueItems: true }),
          notes: text('Catatan', 'Notes'),
        }, ['date'], 'Pertemuan', 'Meeting'), 'Pertemuan yang terlaksana', 'Meetings held'),
        deliveries: list(obj({
          partner: refId('Id mitra', 'Partner id'),
          contribution: refId('Id kontribusi', 'Contribution id'),
          date: date('Tanggal', 'Date'),
          amountIdr: rupiah('Nilai (Rupiah)', 'Value (Rupiah)'),
          quantity: count('Jumlah', 'Quantity'),
          notes: text('Catatan', 'Notes'),
        }, ['partner', 'date'], 'Kontribusi terealisasi', 'Contribution delivered'), 'Kontribusi yang terealisasi', 'Contributions delivered'),
        products: list(obj({
          name: str('Nama produk/hasil', 'Product name'),
          date: date('Tanggal', 'Date'),
          kind: str('Jenis', 'Kind'),
          partners: list(refId('Id mitra', 'Partner id'), 'Mitra', 'Partners', { uniqueItems: true }),
        }, ['name'], 'Produk', 'Product'), 'Produk atau hasil kemitraan', 'Products'),
        notes: text('Catatan', 'Notes'),
      }, [], STEPS[6]!.label.id, STEPS[6]!.label.en),
      monitoring: obj({
        schedule: obj({
          frequency: oneOfCatalog(REVIEW_FREQUENCIES, 'Frekuensi peninjauan', 'Review frequency'),
          nextReview: date('Peninjauan berikutnya', 'Next review'),
        }, [], 'Jadwal peninjauan', 'Review schedule'),
        indicators: list(indicator, 'Indikator', 'Indicators'),
        questions: obj(Object.fromEntries(MONITORING_QUESTIONS.map((q) => [q.id, str(q.label.id, q.label.en)])), [], 'Jawaban atas pertanyaan pemantauan', 'Answers to the monitoring questions'),
        reviews: list(obj({ date: date('Tanggal', 'Date'), notes: text('Catatan', 'Notes') }, ['date'], 'Peninjauan', 'Review'), 'Peninjauan yang dilakukan', 'Reviews held'),
        assessments: list(str('Berkas atau folder penilaian (relatif terhadap folder rencana)', 'Assessment file or folder (relative to the plan\'s folder)'),
          'Penilaian kemitraan oleh para mitra (kemitraan assess)', 'The partners\' assessments of the partnership (kemitraan assess)', { uniqueItems: true }),
      }, [], STEPS[7]!.label.id, STEPS[7]!.label.en),
    },
    required: ['schemaVersion', 'title', 'program', 'region', 'initiator'],
    additionalProperties: false,
  };
}
