import type { Text } from '../types.js';

/**
 * The wording of the agreements `kemitraan render` drafts: the Nota Kesepahaman, the Perjanjian Kerja Sama
 * and the Keputusan (render.doc.*, reached from templates with {{t "doc...."}}). Source: tool, following
 * Indonesian practice (Permendagri 22/2020, ANRI/MA naskah dinas khusus, Permenhan 29/2013, Pemda and Dinkes
 * PKS texts; see README "Agreements and their sources"). {placeholders} are filled by fill(); texts may hold
 * Markdown (**bold**), never plan data.
 */
export const agreementMessages = () => ({
  'render.doc.form.nota-kesepahaman': { id: 'NOTA KESEPAHAMAN', en: 'MEMORANDUM OF UNDERSTANDING' },
  'render.doc.form.pks': { id: 'PERJANJIAN KERJA SAMA', en: 'COOPERATION AGREEMENT' },
  'render.doc.form.sk': { id: 'KEPUTUSAN', en: 'DECREE' },
  'render.doc.formName.nota-kesepahaman': { id: 'Nota Kesepahaman', en: 'Memorandum of Understanding' },
  'render.doc.formName.pks': { id: 'Perjanjian Kerja Sama', en: 'Cooperation Agreement' },
  'render.doc.formName.sk': { id: 'Keputusan', en: 'Decree' },
  'render.doc.andWord': { id: 'dan', en: 'and' },

  // ---- opening: komparisi and recitals ----
  'render.doc.komparisi': {
    id: '**{signatory}**, {position}, berkedudukan di {address}, {authority}dalam hal ini bertindak dalam jabatannya untuk dan atas nama {actsFor}, selanjutnya disebut **{ordinal}**;',
    en: '**{signatory}**, {position}, of {address}, {authority}acting in that capacity for and on behalf of {actsFor}, hereinafter the **{ordinal}**;',
  },
  'render.doc.komparisi.authority.sk': { id: 'berdasarkan Keputusan{issuedBy} Nomor {number} tanggal {date}, ', en: 'under the Decree of the{issuedBy} No. {number} of {date}, ' },
  'render.doc.komparisi.authority.surat-kuasa': { id: 'berdasarkan Surat Kuasa{issuedBy} Nomor {number} tanggal {date}, ', en: 'under the power of attorney of the{issuedBy} No. {number} of {date}, ' },
  'render.doc.komparisi.authority.missing': { id: 'berdasarkan {gap}, ', en: 'under {gap}, ' },
  'render.doc.recitals.intro': { id: 'PARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:', en: 'The PARTIES first state the following:' },
  'render.doc.recital': { id: 'bahwa {text};', en: 'whereas {text};' },
  'render.doc.recital.problem': { id: 'bahwa {problem};', en: 'whereas {problem};' },
  'render.doc.recital.purpose': {
    id: 'bahwa PARA PIHAK mempunyai kepentingan yang sama untuk {purpose}, yang memerlukan kemitraan yang setara, terbuka dan saling menguntungkan;',
    en: 'whereas the PARTIES share the aim to {purpose}, which calls for a partnership that is equal, open and of mutual benefit;',
  },
  'render.doc.recital.resolve': {
    id: 'bahwa berdasarkan pertimbangan tersebut, PARA PIHAK sepakat untuk membuat {formName} tentang {subject}.',
    en: 'whereas, on these grounds, the PARTIES agree to make this {formName} on {subject}.',
  },
  'render.doc.legalBasis.heading': { id: 'Dengan memperhatikan ketentuan peraturan perundang-undangan sebagai berikut:', en: 'Having regard to the following laws and regulations:' },
  'render.doc.agreeTerms': { id: 'PARA PIHAK sepakat untuk mengikatkan diri dalam {formName} ini dengan ketentuan sebagai berikut:', en: 'The PARTIES agree to be bound by this {formName} on the following terms:' },

  // ---- articles ----
  'render.doc.article.followUp': { id: 'TINDAK LANJUT', en: 'FOLLOW-UP' },
  'render.doc.article.forceMajeure': { id: 'KEADAAN KAHAR', en: 'FORCE MAJEURE' },
  'render.doc.article.termination': { id: 'PENGAKHIRAN', en: 'TERMINATION' },
  'render.doc.article.correspondence': { id: 'KORESPONDENSI', en: 'CORRESPONDENCE' },
  'render.doc.article.confidentiality': { id: 'KERAHASIAAN DAN PELINDUNGAN DATA PRIBADI', en: 'CONFIDENTIALITY AND PERSONAL DATA PROTECTION' },
  'render.doc.article.publication': { id: 'PUBLIKASI DAN PENGGUNAAN LOGO', en: 'PUBLICITY AND USE OF LOGOS' },
  'render.doc.article.ip': { id: 'HAK KEKAYAAN INTELEKTUAL', en: 'INTELLECTUAL PROPERTY' },
  'render.doc.article.reporting': { id: 'PEMANTAUAN, EVALUASI DAN PELAPORAN', en: 'MONITORING, EVALUATION AND REPORTING' },

  'render.doc.implementation.plan': {
    id: 'PARA PIHAK melaksanakan {formName} ini melalui kegiatan yang disusun bersama dalam rencana kerja (5W1H).',
    en: 'The PARTIES carry out this {formName} through activities planned together in a work plan (5W1H).',
  },
  'render.doc.implementation.annex': {
    id: 'PARA PIHAK melaksanakan {formName} ini sesuai rencana kerja (5W1H) sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari {formName} ini.',
    en: 'The PARTIES carry out this {formName} according to the work plan (5W1H) in the Annex, which forms an integral part of this {formName}.',
  },
  'render.doc.implementation.roles': { id: 'Peran masing-masing PIHAK dalam kemitraan:', en: 'The role of each PARTY in the partnership:' },
  'render.doc.implementation.role': { id: '{ordinal}: {roles}', en: 'the {ordinal}: {roles}' },
  'render.doc.followUp.pks': {
    id: 'Pelaksanaan lebih lanjut {formName} ini, termasuk hak dan kewajiban, besaran kontribusi dan tata cara pembiayaan, dituangkan dalam Perjanjian Kerja Sama antara {first} dan PIHAK lain, secara bersama-sama atau sendiri-sendiri.',
    en: 'The further implementation of this {formName}, including rights and obligations, the amount of each contribution and how it is financed, shall be set out in a Cooperation Agreement between the {first} and the other PARTIES, together or separately.',
  },
  'render.doc.followUp.binding': {
    id: '{formName} ini tidak menimbulkan kewajiban keuangan yang mengikat sebelum dituangkan dalam Perjanjian Kerja Sama sebagaimana dimaksud pada ayat (1).',
    en: 'This {formName} creates no binding financial obligation until it is set out in a Cooperation Agreement as referred to in paragraph (1).',
  },
  'render.doc.financing.general': {
    id: 'Biaya yang timbul dalam pelaksanaan {formName} ini dibebankan pada anggaran masing-masing PIHAK sesuai ketentuan peraturan perundang-undangan.',
    en: 'The costs of carrying out this {formName} are borne by each PARTY\'s own budget in accordance with the laws and regulations.',
  },
  'render.doc.financing.sources': { id: 'Sumber pembiayaan yang direncanakan: {financing}.', en: 'Planned sources of financing: {financing}.' },
  'render.doc.financing.pksGeneral': {
    id: 'Biaya pelaksanaan {formName} ini bersumber dari kontribusi PARA PIHAK sebagaimana tercantum pada ayat (2) dan sumber lain yang sah dan tidak mengikat sesuai ketentuan peraturan perundang-undangan.',
    en: 'The costs of this {formName} are met from the PARTIES\' contributions listed in paragraph (2) and other lawful, non-binding sources in accordance with the laws and regulations.',
  },
  'render.doc.financing.channel': { id: 'Penyaluran', en: 'How it moves' },
  'render.doc.period.once': {
    id: '{formName} ini berlaku sejak tanggal {start} sampai dengan tanggal {end}.',
    en: 'This {formName} is valid from {start} to {end}.',
  },
  'render.doc.period.renew': {
    id: '{formName} ini dapat diperpanjang atas kesepakatan PARA PIHAK yang disampaikan secara tertulis paling lambat 1 (satu) bulan sebelum jangka waktunya berakhir.',
    en: 'This {formName} may be extended by agreement of the PARTIES given in writing at least 1 (one) month before it expires.',
  },
  'render.doc.reporting.parties': {
    id: 'Setiap PIHAK menyampaikan laporan pelaksanaan kegiatan dan penggunaan kontribusinya secara tertulis kepada {first} {frequency}.',
    en: 'Each PARTY reports in writing on its activities and the use of its contribution to the {first} {frequency}.',
  },
  'render.doc.reporting.first': {
    id: '{first} menyusun laporan pelaksanaan {formName} ini dan menyampaikannya kepada PARA PIHAK paling lambat 1 (satu) bulan setelah jangka waktunya berakhir.',
    en: 'The {first} compiles a report on this {formName} and sends it to the PARTIES no later than 1 (one) month after it ends.',
  },
  'render.doc.forceMajeure.define': {
    id: 'Keadaan kahar adalah keadaan di luar kehendak dan kemampuan PARA PIHAK yang mengakibatkan kewajiban dalam {formName} ini tidak dapat dilaksanakan, antara lain bencana alam, wabah atau kejadian luar biasa penyakit, kebakaran, huru-hara, perang, dan kebijakan Pemerintah yang secara langsung memengaruhi pelaksanaan {formName} ini.',
    en: 'Force majeure means circumstances beyond the will and control of the PARTIES that prevent the performance of this {formName}, including natural disasters, epidemics or disease outbreaks, fire, riots, war, and Government policies that directly affect its implementation.',
  },
  'render.doc.forceMajeure.notify': {
    id: 'PIHAK yang mengalami keadaan kahar memberitahukannya secara tertulis kepada PIHAK lain paling lambat 14 (empat belas) hari kalender sejak keadaan kahar terjadi.',
    en: 'A PARTY affected by force majeure notifies the other PARTIES in writing within 14 (fourteen) calendar days of its occurrence.',
  },
  'render.doc.forceMajeure.effect': {
    id: 'Kewajiban yang tidak dapat dilaksanakan karena keadaan kahar bukan merupakan kelalaian, dan PARA PIHAK bermusyawarah untuk menyesuaikan pelaksanaan {formName} ini.',
    en: 'An obligation not performed because of force majeure is not a default; the PARTIES consult to adjust the implementation of this {formName}.',
  },
  'render.doc.termination.grounds': {
    id: '{formName} ini berakhir apabila jangka waktunya berakhir, atas kesepakatan PARA PIHAK, karena keadaan kahar yang berlangsung lebih dari 3 (tiga) bulan, atau karena perubahan peraturan perundang-undangan yang tidak memungkinkan pelaksanaannya.',
    en: 'This {formName} ends when its term expires, by agreement of the PARTIES, by force majeure lasting more than 3 (three) months, or when a change in the law makes it impossible to carry out.',
  },
  'render.doc.termination.notice': {
    id: 'PIHAK yang bermaksud mengakhiri keikutsertaannya sebelum jangka waktu berakhir memberitahukannya secara tertulis kepada PIHAK lain paling lambat 30 (tiga puluh) hari kalender sebelumnya; pengunduran diri satu PIHAK tidak mengakhiri {formName} ini bagi PIHAK lainnya.',
    en: 'A PARTY that wishes to withdraw before the term ends notifies the other PARTIES in writing at least 30 (thirty) calendar days beforehand; the withdrawal of one PARTY does not end this {formName} for the others.',
  },
  'render.doc.termination.running': {
    id: 'Pengakhiran tidak memengaruhi kegiatan yang sedang berjalan, yang tetap diselesaikan sesuai rencana kerja kecuali PARA PIHAK menyepakati lain.',
    en: 'Termination does not affect activities under way, which are completed according to the work plan unless the PARTIES agree otherwise.',
  },
  'render.doc.correspondence.intro': {
    id: 'Setiap pemberitahuan dan surat-menyurat dalam rangka {formName} ini dilakukan secara tertulis kepada alamat berikut:',
    en: 'Every notice and letter under this {formName} is made in writing to these addresses:',
  },
  'render.doc.correspondence.line': { id: '{ordinal}: {name}, {address}; {contact}', en: 'the {ordinal}: {name}, {address}; {contact}' },
  'render.doc.correspondence.person': { id: 'u.p. {name}{position}', en: 'attn. {name}{position}' },
  'render.doc.correspondence.phone': { id: 'telepon {phone}', en: 'telephone {phone}' },
  'render.doc.correspondence.email': { id: 'surel {email}', en: 'email {email}' },
  'render.doc.correspondence.change': {
    id: 'Perubahan alamat diberitahukan secara tertulis kepada PIHAK lain paling lambat 7 (tujuh) hari kalender setelah perubahan.',
    en: 'A change of address is notified in writing to the other PARTIES within 7 (seven) calendar days.',
  },
  'render.doc.confidentiality.keep': {
    id: 'PARA PIHAK menjaga kerahasiaan data dan informasi yang diperoleh dalam pelaksanaan {formName} ini dan hanya menggunakannya untuk tujuan {formName} ini.',
    en: 'The PARTIES keep confidential the data and information obtained under this {formName} and use it only for its purposes.',
  },
  'render.doc.confidentiality.pdp': {
    id: 'Pemrosesan data pribadi, termasuk data dan informasi kesehatan serta data anak yang merupakan data pribadi yang bersifat spesifik, dilakukan sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi: terbatas pada yang diperlukan, dengan dasar pemrosesan yang sah, diamankan, dan tidak diserahkan kepada pihak lain tanpa dasar hukum.',
    en: 'Personal data, including health information and children\'s data, which are specific personal data, are processed in accordance with Law No. 27 of 2022 on Personal Data Protection: limited to what is needed, on a lawful basis, secured, and not passed to others without a legal basis.',
  },
  'render.doc.confidentiality.anonymous': {
    id: 'Data yang digunakan untuk laporan, penelitian atau publikasi disajikan dalam bentuk yang telah dianonimkan atau diagregasi.',
    en: 'Data used in reports, research or publications is anonymised or aggregated.',
  },
  'render.doc.confidentiality.breach': {
    id: 'PIHAK yang mengetahui terjadinya kegagalan pelindungan data pribadi memberitahukannya secara tertulis kepada PIHAK lain paling lambat 3 x 24 (tiga kali dua puluh empat) jam.',
    en: 'A PARTY that learns of a failure to protect personal data notifies the other PARTIES in writing within 3 x 24 (three times twenty-four) hours.',
  },
  'render.doc.publication.consent': {
    id: 'Penggunaan nama dan logo PIHAK lain dalam publikasi kegiatan dilakukan atas persetujuan tertulis PIHAK yang bersangkutan dan menyebutkan kerja sama PARA PIHAK.',
    en: 'The name and logo of another PARTY are used in publicity only with its written consent and with mention of the PARTIES\' cooperation.',
  },
  'render.doc.publication.health': {
    id: 'Publikasi tidak memuat promosi produk yang dilarang atau dibatasi oleh peraturan perundang-undangan di bidang kesehatan.',
    en: 'Publicity does not promote products that the health laws and regulations prohibit or restrict.',
  },
  'render.doc.ip.ownership': {
    id: 'Hak kekayaan intelektual atas hasil penelitian, kajian dan produk yang dihasilkan dalam pelaksanaan {formName} ini dimiliki bersama oleh PIHAK yang menghasilkannya sesuai kontribusinya dan diatur lebih lanjut secara tertulis.',
    en: 'Intellectual property in research, studies and products made under this {formName} is owned jointly by the PARTIES that made them, in proportion to their contributions, as further agreed in writing.',
  },
  'render.doc.ip.publication': {
    id: 'Publikasi ilmiah menyebutkan PARA PIHAK dan hanya menggunakan data yang telah dianonimkan, setelah mendapat persetujuan PIHAK pemilik data.',
    en: 'Scientific publications acknowledge the PARTIES and use only anonymised data, with the consent of the PARTY that owns the data.',
  },
  'render.doc.dispute.mediation': {
    id: 'Apabila musyawarah sebagaimana dimaksud pada ayat (1) tidak mencapai mufakat dalam 30 (tiga puluh) hari kalender, PARA PIHAK menempuh mediasi dengan mediator yang disepakati bersama.',
    en: 'If deliberation under paragraph (1) does not reach consensus within 30 (thirty) calendar days, the PARTIES go to mediation with a mediator they agree on.',
  },
  'render.doc.dispute.court': {
    id: 'Apabila mediasi tidak berhasil, PARA PIHAK sepakat menyelesaikan perselisihan melalui {court}.',
    en: 'If mediation fails, the PARTIES agree to settle the dispute before the {court}.',
  },
  'render.doc.closing.originals': {
    id: '{formName} ini dibuat dalam rangkap {count} ({countWords}), masing-masing dibubuhi meterai dan mempunyai kekuatan hukum yang sama; setiap PIHAK memegang 1 (satu) rangkap asli.',
    en: 'This {formName} is made in {count} ({countWords}) originals, each bearing a duty stamp (meterai) and having the same legal force; each PARTY holds 1 (one) original.',
  },
  'render.doc.meterai': { id: 'meterai Rp10.000', en: 'duty stamp Rp10,000' },
  'render.doc.nip': { id: 'NIP. {nip}', en: 'NIP {nip}' },
  'render.doc.initials': { id: 'Paraf', en: 'Initials' },
  'render.doc.page': { id: 'Halaman', en: 'Page' },
  'render.doc.pageOf': { id: 'dari', en: 'of' },

  // ---- PKS ----
  'render.doc.pks.recital.mou': {
    id: 'bahwa PARA PIHAK telah menyepakati {formName} tentang {subject} pada tanggal {date}, yang pelaksanaannya perlu dituangkan dalam Perjanjian Kerja Sama;',
    en: 'whereas the PARTIES agreed the {formName} on {subject} on {date}, whose implementation is to be set out in a Cooperation Agreement;',
  },
  'render.doc.pks.recital.decree': {
    id: 'bahwa telah ditetapkan Keputusan Nomor {number} tentang {subject}, yang pelaksanaannya perlu dituangkan dalam Perjanjian Kerja Sama;',
    en: 'whereas Decree No. {number} on {subject} has been issued, whose implementation is to be set out in a Cooperation Agreement;',
  },
  'render.doc.pks.channel.apbd': { id: 'APBD (DPA perangkat daerah)', en: 'Regional budget (APBD)' },
  'render.doc.pks.channel.hibah': { id: 'Hibah dengan NPHD', en: 'Grant under an NPHD' },
  'render.doc.pks.channel.langsung': { id: 'Dibelanjakan langsung', en: 'Spent directly' },
  'render.doc.pks.channelClause.apbd': {
    id: 'Kontribusi yang bersumber dari APBD dilaksanakan melalui Dokumen Pelaksanaan Anggaran perangkat daerah yang bersangkutan sesuai ketentuan pengelolaan keuangan daerah.',
    en: 'Contributions from the regional budget (APBD) are spent through the budget execution document (DPA) of the government unit concerned, under the rules on regional finance.',
  },
  'render.doc.pks.channelClause.hibah': {
    id: 'Kontribusi berupa uang atau barang yang diserahkan kepada Pemerintah Daerah diterima sebagai hibah, dituangkan dalam Naskah Perjanjian Hibah Daerah (NPHD), dan dicatat dalam APBD sesuai ketentuan peraturan perundang-undangan.',
    en: 'Money or goods handed to the regional government are received as a grant, set out in a Naskah Perjanjian Hibah Daerah (NPHD) and recorded in the regional budget, as the law requires.',
  },
  'render.doc.pks.channelClause.langsung': {
    id: 'Kontribusi yang dibelanjakan langsung oleh PIHAK pemberi digunakan untuk kegiatan dalam rencana kerja, tidak melalui rekening PIHAK lain, dan penggunaannya dilaporkan kepada PARA PIHAK.',
    en: 'Contributions spent directly by the contributing PARTY are used for activities in the work plan, do not pass through another PARTY\'s account, and their use is reported to the PARTIES.',
  },

  // ---- Keputusan (sk-*) ----
  'render.doc.decree.head.sk-bupati': { id: 'Bupati {area}', en: 'Regent of {area}' },
  'render.doc.decree.head.sk-walikota': { id: 'Wali Kota {area}', en: 'Mayor of {area}' },
  'render.doc.decree.head.sk-camat': { id: 'Camat {area}', en: 'Head of {area} Sub-district' },
  'render.doc.decree.name': { id: 'Keputusan {head}', en: 'Decree of the {head}' },
  'render.doc.decree.title': { id: 'KEPUTUSAN {head}', en: 'DECREE OF THE {head}' },
  'render.doc.decree.letter': { id: 'huruf', en: 'letter' },
  'render.doc.decree.consider': { id: 'Menimbang', en: 'Considering' },
  'render.doc.decree.recall': { id: 'Mengingat', en: 'Having regard to' },
  'render.doc.decree.decide': { id: 'MEMUTUSKAN:', en: 'HAS DECIDED:' },
  'render.doc.decree.enact': { id: 'Menetapkan', en: 'To enact' },
  'render.doc.decree.enactText': { id: 'KEPUTUSAN {head} TENTANG {subject}.', en: 'DECREE OF THE {head} ON {subject}.' },
  'render.doc.decree.enactedAt': { id: 'Ditetapkan di {place}', en: 'Enacted at {place}' },
  'render.doc.decree.enactedOn': { id: 'pada tanggal {date}', en: 'on {date}' },
  'render.doc.decree.consider.purpose': {
    id: 'bahwa untuk {purpose}, perlu dibentuk wadah kemitraan lintas sektor yang menetapkan susunan keanggotaan, peran dan tugas para pihak;',
    en: 'whereas, in order to {purpose}, a cross-sector partnership body with its members, roles and duties needs to be formed;',
  },
  'render.doc.decree.consider.resolve': {
    id: 'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam {letters}, perlu menetapkan {decreeName} tentang {subject};',
    en: 'whereas, on the grounds in {letters}, a {decreeName} on {subject} needs to be enacted;',
  },
  'render.doc.decree.dictum.form': {
    id: 'Membentuk {subject} dengan susunan keanggotaan, peran dan uraian tugas sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.',
    en: 'To form {subject}, with the members, roles and duties set out in the Annex, which forms an integral part of this Decree.',
  },
  'render.doc.decree.dictum.tasks': { id: '{subject} sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:', en: '{subject} referred to in the FIRST dictum has the following duties:' },
  'render.doc.decree.dictum.report': {
    id: 'Dalam melaksanakan tugasnya, keanggotaan sebagaimana dimaksud dalam Diktum KESATU bertanggung jawab dan menyampaikan laporan kepada {head} {frequency}.',
    en: 'In carrying out its duties, the body referred to in the FIRST dictum is accountable and reports to the {head} {frequency}.',
  },
  'render.doc.decree.dictum.financing': {
    id: 'Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan ini: {financing}.',
    en: 'All costs arising from this Decree: {financing}.',
  },
  'render.doc.decree.financing.default': {
    id: 'dibebankan pada anggaran masing-masing anggota dan sumber lain yang sah dan tidak mengikat sesuai ketentuan peraturan perundang-undangan',
    en: 'borne by each member\'s own budget and other lawful, non-binding sources in accordance with the laws and regulations',
  },
  'render.doc.decree.dictum.effective': {
    id: 'Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan tanggal {end}.',
    en: 'This Decree takes effect on the date of its enactment until {end}.',
  },
  'render.doc.decree.annex': { id: 'LAMPIRAN', en: 'ANNEX' },
  'render.doc.decree.annexOf': { id: 'KEPUTUSAN {head}', en: 'DECREE OF THE {head}' },
  'render.doc.decree.members': { id: 'SUSUNAN KEANGGOTAAN, PERAN DAN URAIAN TUGAS', en: 'MEMBERS, ROLES AND DUTIES' },
  'render.doc.decree.member.body': { id: 'Unsur', en: 'Member' },
  'render.doc.decree.member.roles': { id: 'Peran', en: 'Roles' },
  'render.doc.decree.member.tasks': { id: 'Uraian tugas', en: 'Duties' },
  'render.doc.decree.member.defaultTask': { id: 'melaksanakan kegiatan sesuai rencana kerja', en: 'carry out activities according to the work plan' },

  // ---- the work plan as an annex ----
  'render.doc.plan.annex': { id: 'LAMPIRAN', en: 'ANNEX' },
  'render.doc.plan.annexOf': { id: '{form} {subject}', en: '{form} ON {subject}' },
  'render.doc.plan.annexNumber': { id: 'NOMOR: {number}', en: 'NUMBER: {number}' },
  'render.doc.plan.outside': { id: 'Di luar PARA PIHAK ({source})', en: 'Outside the PARTIES ({source})' },
  'render.doc.plan.outsideTotal': { id: 'Di luar PARA PIHAK', en: 'Outside the PARTIES' },
  'render.doc.plan.output': { id: 'Indikator keluaran', en: 'Output indicator' },
  'render.doc.plan.costs': { id: 'Rincian biaya', en: 'Cost breakdown' },
  'render.doc.plan.costItem': { id: 'Uraian', en: 'Item' },
  'render.doc.plan.costVolume': { id: 'Volume', en: 'Volume' },
  'render.doc.plan.costUnit': { id: 'Satuan', en: 'Unit' },
  'render.doc.plan.costPrice': { id: 'Harga satuan', en: 'Unit price' },
  'render.doc.plan.costAmount': { id: 'Jumlah', en: 'Amount' },
} satisfies Record<string, Text>);
