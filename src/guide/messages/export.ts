import type { Text } from '../types.js';

/** Texts of `kemitraan export` (issue 14). Source: tool; the payload's shape is DHIS2's (Web API, dataValueSets). */
export const exportMessages = () => ({
  'export.description': { id: 'Mengekspor indikator ke sistem lain (DHIS2)', en: 'Export indicators to other systems (DHIS2)' },
  'export.dhis2.description': {
    id: 'Menulis payload dataValueSets DHIS2 (JSON atau CSV) untuk satu periode; tidak mengirim apa pun',
    en: 'Write a DHIS2 dataValueSets payload (JSON or CSV) for one period; nothing is sent',
  },
  'export.opt.map': {
    id: 'berkas pemetaan YAML: dataElements (id indikator → kode data element DHIS2), orgUnits (kode Kemendagri atau nama kabupaten/kota → kode org unit)',
    en: 'YAML mapping file: dataElements (indicator id → DHIS2 data element code), orgUnits (Kemendagri code or regency name → org unit code)',
  },
  'export.opt.format': { id: 'json (bawaan) atau csv (format CSV DHIS2); bawaan dari akhiran -o', en: 'json (default) or csv (DHIS2\'s CSV); default from the -o extension' },
  'export.dhis2.help.after': {
    id: '\nKode keluar: 0 ditulis, 1 ada rencana yang dilewati atau tanpa org unit, 2 galat penggunaan, berkas pemetaan salah, atau tidak ada rencana yang terbaca.\nIndikator dan wilayah yang tidak terpetakan disebutkan di stderr. Tidak ada yang dikirim: uji dulu di server DHIS2 dengan dryRun=true.\n\nContoh:\n  kemitraan export dhis2 rencana/ --map dhis2-map.yaml --period 2026S1 -o data-2026S1.json\n  kemitraan export dhis2 rencana/ --map dhis2-map.yaml --period 2026Q2 -o data.csv\n',
    en: '\nExit codes: 0 written, 1 some plans skipped or without an org unit, 2 usage errors, a bad mapping file, or no readable plan.\nUnmapped indicators and regions are listed on stderr. Nothing is sent: try it on the DHIS2 server with dryRun=true first.\n\nExamples:\n  kemitraan export dhis2 plans/ --map dhis2-map.yaml --period 2026S1 -o data-2026S1.json\n  kemitraan export dhis2 plans/ --map dhis2-map.yaml --period 2026Q2 -o data.csv\n',
  },
  'export.error.mapRead': { id: 'berkas pemetaan {file} tidak dapat dibaca: {detail}', en: 'cannot read the mapping file {file}: {detail}' },
  'export.error.mapInvalid': { id: 'berkas pemetaan {file} tidak valid: {problems}', en: 'the mapping file {file} is not valid: {problems}' },
  'export.map.root': { id: 'harus berupa pemetaan dengan dataElements dan orgUnits', en: 'must be a mapping with dataElements and orgUnits' },
  'export.map.unknownKey': { id: 'kunci tidak dikenal (yang dikenal: {known})', en: 'unknown key (known: {known})' },
  'export.map.dataElements': { id: 'harus berupa pemetaan id indikator → kode data element DHIS2', en: 'must be a mapping of indicator id to DHIS2 data element code' },
  'export.map.dataElement': { id: 'harus berupa kode DHIS2, atau { code, categoryOptionCombo }', en: 'must be a DHIS2 code, or { code, categoryOptionCombo }' },
  'export.map.orgUnits': { id: 'harus berupa pemetaan kode Kemendagri atau nama kabupaten/kota → kode org unit DHIS2', en: 'must be a mapping of Kemendagri code or regency name to DHIS2 org unit code' },
  'export.map.orgUnit': { id: 'harus berupa kode org unit DHIS2', en: 'must be a DHIS2 org unit code' },
  'export.map.identifier': { id: 'harus berupa pengenal DHIS2', en: 'must be a DHIS2 identifier' },
  'export.error.extension': { id: '{file}: akhiran berkas harus .json atau .csv (atau pakai --format)', en: '{file}: the file must end in .json or .csv (or use --format)' },
  'export.gap.unmappedIndicators': { id: 'tidak terpetakan ({count} indikator bernilai, tidak ada di dataElements): {ids}', en: 'not mapped ({count} indicators with a value, not in dataElements): {ids}' },
  'export.gap.defaultOrgUnit': { id: 'org unit: {region} tidak ada di orgUnits; dipakai kode Kemendagri {orgUnit}', en: 'org unit: {region} is not in orgUnits; its Kemendagri code {orgUnit} is used' },
  'export.gap.noOrgUnit': { id: '{file}: dilewati, wilayah {region} tidak ada di orgUnits dan tidak mempunyai kode Kemendagri', en: '{file}: left out, region {region} is not in orgUnits and has no Kemendagri code' },
  'export.gap.noValue': { id: 'tidak ada nilai untuk {indicator} di {orgUnit} dalam periode ini', en: 'no value for {indicator} in {orgUnit} in this period' },
  'export.gap.conflict': { id: '{indicator} di {orgUnit} diberikan oleh beberapa rencana ({files}); tidak dijumlahkan, tidak diekspor', en: '{indicator} in {orgUnit} is given by several plans ({files}); not added up, not exported' },
  'export.summary': { id: '{values} nilai data untuk periode {period} dari {plans} rencana', en: '{values} data values for period {period} from {plans} plans' },
} satisfies Record<string, Text>);
