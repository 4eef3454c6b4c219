/**
 * Rules that judge a plan the way the guide does (issue 10): partner status through the whole plan, signing
 * before implementation, criteria thresholds. Words here, logic in src/check/rules. Messages that rely on the
 * tool's own reading of the guide say so.
 */
import { words, type RuleWords } from './rule-meta.js';

const THRESHOLD = {
  id: 'ambang ini bacaan alat, bukan angka dari panduan: sedikitnya separuh kriteria terpenuhi',
  en: 'the threshold is this tool\'s reading, not a number from the guide: at least half the criteria met',
};

export const JUDGEMENT_RULE_WORDS = {
  // --- criteria thresholds --------------------------------------------------------------------------------------
  'idea/criteria-mostly-unmet': words(
    { id: 'Hanya {met} dari {total} kriteria gagasan terpenuhi (perlu {needed}; ' + THRESHOLD.id + ')', en: 'Only {met} of {total} idea criteria are met ({needed} needed; ' + THRESHOLD.en + ')' },
    { id: 'Perbaiki gagasan sampai sebagian besar kriterianya terpenuhi sebelum mengajak mitra; "partial" tidak dihitung terpenuhi.', en: 'Improve the idea until most criteria are met before approaching partners; "partial" does not count as met.' }),
  'readiness/criteria-mostly-unmet': words(
    { id: 'Hanya {met} dari {total} kriteria menyiapkan diri terpenuhi (perlu {needed}; ' + THRESHOLD.id + ')', en: 'Only {met} of {total} self-preparation criteria are met ({needed} needed; ' + THRESHOLD.en + ')' },
    { id: 'Lakukan konsolidasi internal sampai sebagian besar kriteria terpenuhi sebelum membangun kesepakatan.', en: 'Consolidate internally until most criteria are met before building the agreement.' }),
  'partners/criteria-mostly-unmet': words(
    { id: 'Mitra "{partner}" hanya memenuhi {met} dari {total} kriteria calon mitra (perlu {needed}; ' + THRESHOLD.id + ')', en: 'Partner "{partner}" meets only {met} of {total} partner criteria ({needed} needed; ' + THRESHOLD.en + ')' },
    { id: 'Bicarakan kriteria yang belum terpenuhi dengan mitra, atau pertimbangkan kembali apakah mitra ini diajak.', en: 'Discuss the unmet criteria with the partner, or reconsider inviting it.' }),
  'partners/joined-unassessed': words(
    { id: 'Mitra "{partner}" sudah berstatus {status} tetapi belum satu pun dari {total} kriteria calon mitra dinilai', en: 'Partner "{partner}" is already {status} but none of the {total} partner criteria has been assessed' },
    { id: 'Nilai mitra terhadap kriteria langkah 2 (kemitraan init --step partners).', en: 'Assess the partner against the step 2 criteria (kemitraan init --step partners).' }),

  // --- partner status through the plan ---------------------------------------------------------------------------
  'partners/not-joined-carries': words(
    { id: 'Mitra "{partner}" belum bergabung (status {status}, {statusPlace}) tetapi menjadi {role} kegiatan "{activity}"', en: 'Partner "{partner}" has not joined (status {status}, {statusPlace}) but is {role} activity "{activity}"' },
    { id: 'Pastikan komitmen mitra ini (status committed/signed dengan tanggalnya) atau serahkan perannya kepada mitra yang sudah bergabung.', en: 'Secure this partner\'s commitment (status committed/signed, with its date) or give the task to a partner that has joined.' }),
  'partners/withdrawn-carries': words(
    { id: 'Mitra "{partner}" mengundurkan diri pada {date} ({statusPlace}) tetapi masih menjadi {role} kegiatan "{activity}" (sampai {until})', en: 'Partner "{partner}" withdrew on {date} ({statusPlace}) but is still {role} activity "{activity}" (until {until})' },
    { id: 'Alihkan peran ini kepada mitra lain, atau catat pembatalan kegiatan di implementation.log.', en: 'Hand this task to another partner, or log the activity as cancelled in implementation.log.' }),
  'goals/role-holder-not-joined': words(
    { id: 'Peran "{role}" yang dibutuhkan hanya dipegang mitra yang belum bergabung: {partners} (status {status}, {statusPlace})', en: 'Role "{role}" is needed but held only by partners that have not joined: {partners} (status {status}, {statusPlace})' },
    { id: 'Pastikan komitmen mitra tersebut, atau tetapkan peran ini juga pada mitra yang sudah bergabung.', en: 'Secure that partner\'s commitment, or give the role to a partner that has joined as well.' }),
  'implementation/delivery-not-joined': words(
    { id: 'Kontribusi diserahkan oleh "{partner}" pada {date}, ketika statusnya {status} ({statusPlace})', en: 'Contribution delivered by "{partner}" on {date}, when its status was {status} ({statusPlace})' },
    { id: 'Periksa tanggal penyerahan dan tanggal status mitra (statusDates).', en: 'Check the delivery date and the partner\'s status dates (statusDates).' }),
  'implementation/meeting-after-withdrawal': words(
    { id: 'Mitra "{partner}" tercatat hadir pada pertemuan {date}, padahal mengundurkan diri pada {withdrawn} ({statusPlace})', en: 'Partner "{partner}" is listed at the meeting of {date}, but withdrew on {withdrawn} ({statusPlace})' },
    { id: 'Hapus mitra dari daftar hadir atau perbaiki tanggal pengunduran dirinya.', en: 'Remove the partner from the attendees or correct its withdrawal date.' }),
  'implementation/log-partner-not-joined': words(
    { id: 'Kegiatan "{activity}" dicatat pada {date}, ketika penanggung jawabnya "{partner}" berstatus {status} ({statusPlace})', en: 'Activity "{activity}" logged on {date}, when its responsible partner "{partner}" had status {status} ({statusPlace})' },
    { id: 'Periksa tanggal catatan, penanggung jawab kegiatan, atau tanggal status mitra.', en: 'Check the log date, the activity\'s responsible partner, or the partner\'s status dates.' }),
  'agreement/party-withdrawn': words(
    { id: 'Pihak "{partner}" mengundurkan diri pada {date} ({statusPlace})', en: 'Party "{partner}" withdrew on {date} ({statusPlace})' },
    { id: 'Keluarkan pihak ini dari kesepakatan (dengan adendum bila sudah ditandatangani) atau perbarui statusnya.', en: 'Remove this party from the agreement (by addendum if already signed) or update its status.' }),
  'agreement/party-not-committed-at-signing': words(
    { id: 'Pihak "{partner}" belum berkomitmen ketika kesepakatan ditandatangani pada {signed} ({signedPlace}): statusnya saat itu {status} ({statusPlace})', en: 'Party "{partner}" had not committed when the agreement was signed on {signed} ({signedPlace}): its status then was {status} ({statusPlace})' },
    { id: 'Periksa tanggal status mitra (committed/signed) dan tanggal penandatanganan.', en: 'Check the partner\'s status dates (committed/signed) and the signing date.' }),
  'agreement/party-not-joined': words(
    { id: 'Pihak "{partner}" masih berstatus {status} ({statusPlace})', en: 'Party "{partner}" still has status {status} ({statusPlace})' },
    { id: 'Pastikan komitmen pihak ini sebelum kesepakatan ditandatangani, lalu ubah statusnya menjadi committed dengan tanggalnya.', en: 'Secure this party\'s commitment before the agreement is signed, then set its status to committed with the date.' }),
  'partners/signed-without-agreement-date': words(
    { id: 'Mitra berstatus signed ({partners}; {statusPlace}) tetapi kesepakatan belum mempunyai tanggal penandatanganan', en: 'Partners marked signed ({partners}; {statusPlace}) but the agreement has no signing date' },
    { id: 'Isi agreement.signedDate, atau ubah status mitra menjadi committed sampai kesepakatan ditandatangani.', en: 'Fill in agreement.signedDate, or set the partners to committed until the agreement is signed.' }),
  'partners/signed-date-differs': words(
    { id: 'Mitra "{partner}" menandatangani pada {date}, tetapi tanggal kesepakatan {signed} ({signedPlace})', en: 'Partner "{partner}" signed on {date}, but the agreement is dated {signed} ({signedPlace})' },
    { id: 'Samakan tanggalnya; bila para pihak menandatangani pada hari berbeda, catat hal itu di agreement.notes.', en: 'Make the dates agree; if the parties signed on different days, say so in agreement.notes.' }),
  'partners/status-date-future': words(
    { id: 'Mitra "{partner}": tanggal status {status} ({date}) ada di masa depan (hari ini {today})', en: 'Partner "{partner}": the {status} date ({date}) is in the future (today is {today})' },
    { id: 'Catat status setelah terjadi.', en: 'Record a status once it has happened.' }),
  'partners/status-behind-dates': words(
    { id: 'Mitra "{partner}" berstatus {status}, tetapi sudah ada tanggal {later} ({date}; {datePlace})', en: 'Partner "{partner}" has status {status}, but a {later} date is recorded ({date}; {datePlace})' },
    { id: 'Perbarui "status" mitra, atau hapus tanggal yang belum terjadi.', en: 'Update the partner\'s "status", or remove the date that has not happened.' }),

  // --- signing and implementation ---------------------------------------------------------------------------------
  'implementation/before-agreement': words(
    { id: 'Pelaksanaan dicatat pada {date}, sebelum kesepakatan ditandatangani ({signed}; {signedPlace})', en: 'Work logged on {date}, before the agreement was signed ({signed}; {signedPlace})' },
    { id: 'Pertemuan persiapan boleh sebelum penandatanganan; kegiatan rencana kerja dan penyerahan kontribusi mengikuti kesepakatan. Periksa tanggalnya.', en: 'Preparatory meetings may come before signing; work-plan activities and deliveries follow the agreement. Check the dates.' }),
  'implementation/agreement-unsigned': words(
    { id: 'Ada {count} catatan pelaksanaan atau penyerahan kontribusi (yang pertama {first}), tetapi kesepakatan belum ditandatangani', en: '{count} work or delivery entries are recorded (the first on {first}), but the agreement is not signed' },
    { id: 'Isi agreement.signedDate bila kesepakatan sudah ditandatangani; pertemuan persiapan dan koordinasi sebelum itu wajar.', en: 'Fill in agreement.signedDate once the agreement is signed; preparatory and coordination meetings before that are normal.' }),
} satisfies Record<string, RuleWords>;
