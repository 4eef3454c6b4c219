/**
 * Rules about the signed agreement as a legal text (issue 12): each signatory's authority and for whom they act,
 * NIP rather than NIK, the Keputusan's own number and signatory, plan partners and funders who are not parties
 * of the agreement, and commitments the budget never uses (or the reverse). Words here, logic in
 * src/check/rules/agreement-form.ts.
 */
import { words, type RuleWords } from './rule-meta.js';

export const AGREEMENT_FORM_RULE_WORDS = {
  'agreement/no-authority': words(
    { id: 'Dasar kewenangan penanda tangan pihak "{partner}" belum diisi; komparisi naskah menyebut SK atau surat kuasa penanda tangan', en: 'The basis of authority of party "{partner}"\'s signatory is missing; the agreement states each signatory\'s decree or power of attorney' },
    { id: 'Isi signatory.authority: kind (sk atau surat-kuasa), issuedBy, number dan date.', en: 'Fill in signatory.authority: kind (sk or surat-kuasa), issuedBy, number and date.' }),
  'agreement/acts-for-unit': words(
    { id: 'Penanda tangan pihak "{partner}" bertindak atas nama perangkat daerah, yang bukan badan hukum', en: 'The signatory of party "{partner}" acts for a government unit, which is not a legal person' },
    { id: 'Isi signatory.actsFor, mis. "Pemerintah {region}": Kepala Dinas, Camat atau Kepala Puskesmas bertindak untuk dan atas nama pemerintah daerah.', en: 'Fill in signatory.actsFor, e.g. "Pemerintah {region}": a Kepala Dinas, Camat or Puskesmas head acts for the regional government.' }),
  'agreement/id-number-not-nip': words(
    { id: 'Nomor identitas penanda tangan pihak "{partner}" bukan NIP 18 angka; nomor ini tidak dicetak', en: 'The ID number of party "{partner}"\'s signatory is not an 18-digit NIP; it is not printed' },
    { id: 'Isi idNumber hanya dengan NIP pegawai ASN (18 angka). NIK tidak dicantumkan dalam naskah yang disalin dan diedarkan (UU 27/2022).', en: 'Put only a civil servant\'s NIP (18 digits) in idNumber. A NIK does not belong in a document that is copied and circulated (Law 27/2022).' }),
  'agreement/decree-incomplete': words(
    { id: 'Keputusan ({form}) belum lengkap: {missing} belum diisi', en: 'The decree ({form}) is incomplete: {missing} not filled in' },
    { id: 'Isi agreement.decree.number dan agreement.decree.signatory.name (Bupati/Wali Kota/Camat yang menetapkan).', en: 'Fill in agreement.decree.number and agreement.decree.signatory.name (the head who enacts it).' }),
  'workplan/responsible-not-party': words(
    { id: 'Penanggung jawab kegiatan "{activity}" ({partner}) bukan pihak dalam kesepakatan', en: 'The partner responsible for activity "{activity}" ({partner}) is not a party to the agreement' },
    { id: 'Rencana kerja adalah lampiran kesepakatan: tunjuk penanggung jawab dari para pihak, atau tambahkan mitra ini ke agreement.parties.', en: 'The work plan is the agreement\'s annex: make a party responsible, or add this partner to agreement.parties.' }),
  'workplan/funder-not-party': words(
    { id: 'Kegiatan "{activity}" dibiayai oleh "{partner}", yang bukan pihak dalam kesepakatan', en: 'Activity "{activity}" is funded by "{partner}", which is not a party to the agreement' },
    { id: 'Tambahkan mitra ini ke agreement.parties, atau hapus budget.fundedBy dan sebut sumbernya di budget.source (dana di luar para pihak).', en: 'Add this partner to agreement.parties, or remove budget.fundedBy and name the source in budget.source (money from outside the parties).' }),
  'agreement/commitment-unbudgeted': words(
    { id: 'Dana {amount} yang dijanjikan "{partner}" ({contribution}) tidak dipakai oleh satu pun kegiatan dalam anggaran rencana kerja', en: 'The {amount} committed by "{partner}" ({contribution}) is not used by any activity in the work plan budget' },
    { id: 'Anggarkan kegiatan dengan budget.fundedBy: {partnerId}, atau sesuaikan komitmennya.', en: 'Budget activities with budget.fundedBy: {partnerId}, or adjust the commitment.' }),
  'workplan/budget-uncommitted': words(
    { id: 'Anggaran kegiatan dibiayai oleh "{partner}" ({amount}), tetapi mitra ini tidak mempunyai komitmen bernilai Rupiah', en: 'Activities are budgeted as funded by "{partner}" ({amount}), but this partner has no commitment with a Rupiah value' },
    { id: 'Catat kontribusinya di goals.partnerRoles (amountIdr), agar kesepakatan dan anggaran sejalan.', en: 'Record its contribution in goals.partnerRoles (amountIdr), so that the agreement and the budget agree.' }),
  'workplan/budget-over-commitment': words(
    { id: 'Anggaran yang dibiayai "{partner}" ({budgeted}) melebihi komitmennya ({committed})', en: 'The budget funded by "{partner}" ({budgeted}) exceeds its commitment ({committed})' },
    { id: 'Sesuaikan anggaran kegiatan atau komitmen mitra dalam goals.partnerRoles.', en: 'Adjust the activity budgets or the partner\'s commitment in goals.partnerRoles.' }),
  'workplan/cost-items-mismatch': words(
    { id: 'Rincian biaya kegiatan "{activity}" berjumlah {items}, tidak sama dengan anggarannya {amount}', en: 'The cost breakdown of activity "{activity}" adds up to {items}, not its budget of {amount}' },
    { id: 'Periksa volume x harga satuan tiap baris, atau sesuaikan budget.amountIdr.', en: 'Check volume x unit price on each line, or adjust budget.amountIdr.' }),
  'agreement/personal-data-undeclared': words(
    { id: 'Program ini biasanya mempertukarkan data kesehatan atau data anak, tetapi agreement.personalData belum diisi', en: 'This programme usually exchanges health or children\'s data, but agreement.personalData is not set' },
    { id: 'Isi personalData: true untuk menambahkan pasal Kerahasiaan dan Pelindungan Data Pribadi (UU 27/2022), atau false bila tidak ada data pribadi yang dipertukarkan.', en: 'Set personalData: true to add the confidentiality and personal data article (Law 27/2022), or false when no personal data is exchanged.' }),
} satisfies Record<string, RuleWords>;
