/**
 * Rules for what the guide says that 0.1 read nowhere (issue 10): the target group and the network mechanism of
 * step 6, the initiator as a party of step 5, the SK of the right head of region, indicator classes, money and
 * transparency, organisation types, and the principles read from the plan (the tool's reading, said so).
 */
import { words, type RuleWords } from './rule-meta.js';

const READING = { id: 'bacaan alat ini atas prinsip kemitraan', en: 'this tool\'s reading of the partnership principles' };

export const GUIDE_CONTENT_RULE_WORDS = {
  'workplan/no-target-group': words(
    { id: 'Kegiatan "{activity}" belum menyebut sasarannya', en: 'Activity "{activity}" does not name its target group' },
    { id: 'Panduan: rencana kerja menguraikan tujuan kegiatan, sasaran, waktu, metode dan lokasi. Isi "targetGroup" (mis. "60 kader posyandu di 6 desa lokus").', en: 'The guide: the work plan sets out each activity\'s aim, target group (sasaran), time, method and place. Fill in "targetGroup" (e.g. "60 posyandu volunteers in 6 villages").' }),
  'workplan/no-mechanism': words(
    { id: 'Mekanisme kerja jejaring kemitraan belum ditetapkan', en: 'The partnership network\'s working mechanism is not set' },
    { id: 'Panduan langkah 6: tetapkan dan sepakati mekanisme kerja jejaring (sekretariat, rapat rutin, pelaporan) di workplan.mechanism.', en: 'Step 6 of the guide: set and agree the network\'s working mechanism (secretariat, regular meetings, reporting) in workplan.mechanism.' }),
  'agreement/initiator-not-party': words(
    { id: 'Pihak pemrakarsa ({initiator}; {initiatorPlace}) bukan pihak dalam kesepakatan', en: 'The initiator ({initiator}; {initiatorPlace}) is not a party to the agreement' },
    { id: 'Panduan langkah 5: kesepakatan dibuat antara pihak yang berinisiatif dan pihak yang diajak bermitra. Tambahkan pemrakarsa ke partners, isi initiator.partner, dan masukkan ke agreement.parties.', en: 'Step 5 of the guide: the agreement is between the initiator and the invited partners. Add the initiator to partners, set initiator.partner and list it in agreement.parties.' }),
  'agreement/sk-region-mismatch': words(
    { id: 'Bentuk {form} tidak sesuai wilayah "{regency}" ({regionPlace}): seharusnya {expected}', en: 'Form {form} does not fit "{regency}" ({regionPlace}): it should be {expected}' },
    { id: 'Kabupaten dipimpin Bupati, kota dipimpin Walikota; periksa bentuk kesepakatan atau nama wilayah.', en: 'A kabupaten is headed by a Bupati (regent), a kota by a Walikota (mayor); check the form or the region name.' }),
  'agreement/sk-camat-no-district': words(
    { id: 'SK Camat, tetapi kecamatannya belum diisi ({regionPlace})', en: 'An SK Camat, but the kecamatan (district) is not filled in ({regionPlace})' },
    { id: 'Isi region.district dengan kecamatan yang camatnya menetapkan SK.', en: 'Fill in region.district with the kecamatan whose camat issues the decree.' }),
  'monitoring/ref-class-mismatch': words(
    { id: 'Indikator "{indicator}" berkelas {class}, tetapi indikator rujukannya {ref} berkelas {refClass}', en: 'Indicator "{indicator}" is of class {class}, but the indicator it refers to, {ref}, is of class {refClass}' },
    { id: 'Samakan "class" dengan kelas indikator rujukan, atau rujuk indikator lain (kemitraan guide monitoring).', en: 'Use the referenced indicator\'s class, or refer to another indicator (kemitraan guide monitoring).' }),
  'workplan/budget-funder-no-money': words(
    { id: 'Anggaran {amount} kegiatan "{activity}" dibebankan kepada "{partner}", yang tidak menjanjikan kontribusi bernilai Rupiah', en: 'The {amount} budget of activity "{activity}" is charged to "{partner}", which committed no contribution with a Rupiah value' },
    { id: 'Prinsip keterbukaan: catat kontribusi mitra ini (dengan amountIdr) di goals.partnerRoles, atau ganti penyandang dananya.', en: 'Transparency: record this partner\'s contribution (with amountIdr) in goals.partnerRoles, or change the funder.' }),
  'workplan/budget-above-commitment': words(
    { id: 'Anggaran yang dibebankan kepada "{partner}" mencapai {budget} (sampai kegiatan "{activity}"), melebihi yang dijanjikannya {committed} ({commitPlace})', en: 'Budgets charged to "{partner}" reach {budget} (up to activity "{activity}"), more than it committed, {committed} ({commitPlace})' },
    { id: 'Prinsip keterbukaan: sesuaikan anggaran dengan komitmen mitra, atau perbarui komitmennya bersama mitra.', en: 'Transparency: fit the budgets to the partner\'s commitment, or update the commitment with the partner.' }),
  'implementation/delivery-above-commitment': words(
    { id: 'Kontribusi "{contribution}" dari "{partner}" terealisasi {delivered}, melebihi yang dijanjikan {committed} ({percent}; {commitPlace})', en: 'Contribution "{contribution}" of "{partner}" delivered {delivered}, more than committed, {committed} ({percent}; {commitPlace})' },
    { id: 'Periksa jumlah yang dicatat; bila memang melebihi, perbarui komitmen di goals.partnerRoles agar laporan tetap terbuka.', en: 'Check the amounts logged; if the partner really gave more, update the commitment in goals.partnerRoles so the report stays transparent.' }),
  'partners/organisation-type-other': words(
    { id: 'Mitra "{partner}": jenis organisasi "lainnya" tanpa keterangan', en: 'Partner "{partner}": organisation type "lainnya" (other) with no description' },
    { id: 'Tulis jenisnya di organisationTypeOther (mis. "koperasi", "BUMDes").', en: 'Write the type in organisationTypeOther (e.g. "cooperative", "village enterprise").' }),
  'principles/equity-activities': words(
    { id: '"{partner}" menjadi penanggung jawab {count} dari {total} kegiatan (' + READING.id + ': kesetaraan)', en: '"{partner}" is responsible for {count} of {total} activities (' + READING.en + ': equity)' },
    { id: 'Prinsip kesetaraan: pertimbangkan membagi tanggung jawab kegiatan dengan mitra lain.', en: 'Equity: consider sharing responsibility for activities with other partners.' }),
  'principles/equity-roles': words(
    { id: '"{partner}" memegang {count} dari {total} peran mitra (' + READING.id + ': kesetaraan)', en: '"{partner}" holds {count} of {total} partner roles (' + READING.en + ': equity)' },
    { id: 'Prinsip kesetaraan: pertimbangkan peran yang dapat diambil mitra lain sesuai potensinya.', en: 'Equity: consider which roles other partners could take, given their potentials.' }),
  'principles/partner-commits-nothing': words(
    { id: 'Mitra "{partner}" sudah bergabung tetapi belum menjanjikan kontribusi apa pun (' + READING.id + ': kesediaan untuk berkorban)', en: 'Partner "{partner}" has joined but commits no contribution (' + READING.en + ': willingness to contribute)' },
    { id: 'Catat kontribusi mitra (dana, tenaga, keahlian, fasilitas, barang) di goals.partnerRoles.', en: 'Record the partner\'s contributions (money, staff, expertise, facilities, goods) in goals.partnerRoles.' }),
  'principles/budget-undisclosed': words(
    { id: 'Anggaran kegiatan "{activity}" tidak menyebut sumber dananya (' + READING.id + ': keterbukaan)', en: 'The budget of activity "{activity}" does not name its funding source (' + READING.en + ': transparency)' },
    { id: 'Sebutkan sumber dana (APBD, BOK, CSR, hibah …) dan mitra penyandang dananya.', en: 'Name the funding source (APBD, BOK, CSR, grant …) and the funding partner.' }),
} satisfies Record<string, RuleWords>;
