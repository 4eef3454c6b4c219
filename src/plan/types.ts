/**
 * The plan file: one YAML document per partnership, one top-level section per step of the guide.
 * These types mirror schemas/plan.schema.json (generated from src/plan/schema.ts); a plan that passes the schema
 * can be treated as a `Plan`. Dates are ISO strings (YYYY-MM-DD); money is whole Rupiah.
 */
import type { Assessment } from '../guide/criteria.js';
import type { SectorId } from '../guide/sectors.js';
import type { IndicatorClass } from '../guide/monitoring.js';

export const SCHEMA_VERSION = 1;

export type ISODate = string;

export interface Contact {
  name?: string;
  position?: string;
  phone?: string;
  email?: string;
}

/** A criterion assessment: a bare status (`met`), or a status with a note. Keyed by criterion id. */
export type CriterionAssessment = Assessment | { status: Assessment; note?: string };
export type CriteriaAssessment = Record<string, CriterionAssessment>;

export interface Region {
  province: string;
  /** Kemendagri code, "32" (check validates it against the official list). */
  provinceCode?: string | number;
  /** Kabupaten or kota. */
  regency: string;
  /** Kemendagri code, "32.11" or "3211". */
  regencyCode?: string | number;
  /** Kecamatan. */
  district?: string;
  /** Kemendagri code, "32.11.18" or "321118". */
  districtCode?: string | number;
  village?: string;
}

export interface Initiator {
  name: string;
  unit?: string;
  address?: string;
  contact?: Contact;
  /** The initiator's own entry in `partners`, so that it can be a party to the agreement. */
  partner?: string;
}

export interface PlanDates {
  created?: ISODate;
  updated?: ISODate;
  start?: ISODate;
  end?: ISODate;
}

export interface Idea {
  /** The health problem the partnership addresses. */
  problem?: string;
  /** The program target to speed up (e.g. "prevalensi stunting turun dari 24% menjadi 14% pada 2027"). */
  target?: string;
  targetGroup?: string;
  rationale?: string;
  criteria?: CriteriaAssessment;
  notes?: string;
}

export type PartnerStatus = 'candidate' | 'invited' | 'committed' | 'signed' | 'withdrawn';

export interface Partner {
  /** Short stable id used to refer to the partner elsewhere in the plan (e.g. `dinkes`, `unpad`). */
  id: string;
  name: string;
  sector: SectorId;
  /** An organisation-type id from the catalog; `lainnya` with the type in `organisationTypeOther`. */
  organisationType?: string;
  organisationTypeOther?: string;
  address?: string;
  contact?: Contact;
  /** Potential ids of the partner's sector (e.g. `akademisi.penguatan-kapasitas`). */
  potentials?: string[];
  /** Assessment against the 13 partner criteria. */
  criteria?: CriteriaAssessment;
  status: PartnerStatus;
  /** When the partner reached each status. */
  statusDates?: Partial<Record<PartnerStatus, ISODate>>;
  /** How the partner was found: `studi-kepustakaan`, `studi-lapangan`. */
  identifiedBy?: string[];
  notes?: string;
}

export type ContributionType = 'dana' | 'tenaga' | 'keahlian' | 'fasilitas' | 'barang' | 'lainnya';

/**
 * How committed money moves (PKS Pembiayaan): through the government party's own budget (APBD/DPA), as a grant
 * to the regional government under a Naskah Perjanjian Hibah Daerah, or spent directly by the contributing party.
 */
export type ContributionChannel = 'apbd' | 'hibah' | 'langsung';

export interface Contribution {
  /** Unique within the plan, so that deliveries can refer to it. */
  id: string;
  type: ContributionType;
  description: string;
  /** Money, or the Rupiah value of an in-kind contribution. */
  amountIdr?: number;
  quantity?: number;
  unit?: string;
  channel?: ContributionChannel;
}

export interface PartnerRoles {
  partner: string;
  roles: string[];
  contributions?: Contribution[];
  /** What the partner gets out of it (mutual benefit). */
  benefit?: string;
}

export interface SpecificGoal {
  id: string;
  text: string;
  /** Roles this goal relies on. */
  roles?: string[];
}

export interface Goals {
  general?: string;
  specific?: SpecificGoal[];
  /** Roles the goals need; each should be taken by at least one partner. */
  requiredRoles?: string[];
  partnerRoles?: PartnerRoles[];
}

export interface TeamMember {
  name: string;
  position?: string;
  task?: string;
}

export interface Readiness {
  criteria?: CriteriaAssessment;
  /** The initiator's internal team. */
  team?: TeamMember[];
  notes?: string;
}

export type AgreementForm = 'mou' | 'nota-kesepahaman' | 'sk-bupati' | 'sk-walikota' | 'sk-camat';

/** The document a signatory's authority rests on: a decree appointing them, or a power of attorney. */
export interface SignatoryAuthority {
  kind: 'sk' | 'surat-kuasa';
  /** Who issued it: "Bupati Sumedang", "Rektor Universitas Padjadjaran", "Direksi PT Bank ...". */
  issuedBy?: string;
  number: string;
  date: ISODate;
}

export interface Signatory {
  name: string;
  position: string;
  /** The civil servant's NIP (18 digits, printed grouped); nothing else (a NIK is never printed). */
  idNumber?: string;
  authority?: SignatoryAuthority;
  /** For whom the signatory acts: a Kepala Dinas acts for "Pemerintah Kabupaten ...", not for the Dinas. */
  actsFor?: string;
}

export interface AgreementParty {
  partner: string;
  /** The party's own document number for the agreement. */
  documentNumber?: string;
  signatory?: Signatory;
  /** Obligations this party takes on, beyond those derived from its roles and contributions. */
  obligations?: string[];
  rights?: string[];
}

/** The decree itself, for the sk-* forms: its number and the head who signs it alone. */
export interface Decree {
  number?: string;
  signatory?: { name: string };
  /** Duties of the team or forum (diktum KEDUA); without them, the members' roles are used. */
  tasks?: string[];
}

/** The Perjanjian Kerja Sama that follows the Nota Kesepahaman: its own parties, numbers and signing. */
export interface Pks {
  subject?: string;
  parties?: AgreementParty[];
  place?: string;
  signedDate?: ISODate;
  /** Its own term; the agreement's period when absent. */
  period?: { start?: ISODate; end?: ISODate };
  /** The Pengadilan Negeri chosen for disputes that musyawarah and mediation do not settle. */
  court?: string;
}

export interface Agreement {
  form?: AgreementForm;
  /** PIHAK PERTAMA (most Dinkes texts) or PIHAK KESATU; pertama when absent. */
  partyNaming?: 'pertama' | 'kesatu';
  /** The recitals, each read after "bahwa"; derived from the plan when absent. */
  recitals?: string[];
  /** Health or child data flow between the parties: adds the Kerahasiaan dan Pelindungan Data Pribadi article. */
  personalData?: boolean;
  /** Print a paraf line for every party in the page footer. */
  initials?: boolean;
  decree?: Decree;
  pks?: Pks;
  /** What the agreement is about ("tentang ..."). */
  subject?: string;
  parties?: AgreementParty[];
  place?: string;
  /** Absent until the agreement is signed. */
  signedDate?: ISODate;
  period?: { start?: ISODate; end?: ISODate };
  legalBasis?: string[];
  purpose?: string;
  objectives?: string[];
  scope?: string[];
  financing?: string;
  disputeSettlement?: string;
  notes?: string;
}

export type ActivityKind = 'program' | 'peningkatan-kapasitas' | 'koordinasi';

export interface ActivityWhen {
  start?: ISODate;
  end?: ISODate;
  /** Free text for recurring activities ("setiap bulan minggu kedua"). */
  schedule?: string;
}

/** One line of a cost breakdown: volume x unit x unit price. */
export interface CostItem {
  description: string;
  volume: number;
  unit: string;
  unitPriceIdr: number;
}

export interface Budget {
  amountIdr: number;
  /** The breakdown behind the amount (RAB); its lines should add up to amountIdr. */
  items?: CostItem[];
  /** Funding source, e.g. APBD, BOK, DAK, CSR, hibah. */
  source?: string;
  /** The partner who pays. */
  fundedBy?: string;
}

export interface Activity {
  id: string;
  kind?: ActivityKind;
  /** Implementation activity category: advokasi, pemberdayaan-masyarakat, dukungan-sosial, kie. */
  category?: string;
  what?: string;
  why?: string;
  /** Partner ids carrying it out. */
  who?: string[];
  /** The partner id responsible; one of `who`. */
  responsible?: string;
  where?: string;
  when?: ActivityWhen;
  how?: string;
  targetGroup?: string;
  budget?: Budget;
  /** Specific goal ids this activity serves. */
  goals?: string[];
  /** The output the activity should produce, measured by an indicator. */
  output?: { indicator: string; target?: number; unit?: string };
}

export interface Workplan {
  /** How the partnership network works together. */
  mechanism?: string;
  plannedMeetingsPerMonth?: number;
  activities?: Activity[];
}

export type ActivityStatus = 'done' | 'in-progress' | 'postponed' | 'cancelled';

export interface ActivityLog {
  activity: string;
  date: ISODate;
  status: ActivityStatus;
  participants?: number;
  notes?: string;
}

export interface Meeting {
  date: ISODate;
  topic?: string;
  attendees?: string[];
  notes?: string;
}

export interface Delivery {
  partner: string;
  /** The committed contribution id this delivers on. */
  contribution?: string;
  date: ISODate;
  amountIdr?: number;
  quantity?: number;
  notes?: string;
}

export interface Product {
  name: string;
  date?: ISODate;
  kind?: string;
  partners?: string[];
}

export interface Implementation {
  log?: ActivityLog[];
  meetings?: Meeting[];
  deliveries?: Delivery[];
  products?: Product[];
  notes?: string;
}

export interface Measurement {
  date: ISODate;
  value: number;
}

export interface MonitoringIndicator {
  id: string;
  class: IndicatorClass;
  name: string;
  unit?: string;
  /** Report indicator id this corresponds to, when it is one of the guide's (e.g. `input.partners_joined`). */
  ref?: string;
  /** `decrease` for indicators that improve downward (stunting prevalence). */
  direction?: 'increase' | 'decrease';
  baseline?: number;
  baselineDate?: ISODate;
  target?: number;
  targetDate?: ISODate;
  actual?: number;
  actualDate?: ISODate;
  measurements?: Measurement[];
  /** Where the values come from (SITB, ASIK, a survey, volunteer reports ...): every indicator table names it. */
  source?: string;
  /** Why a target changed, why there is no actual value yet, or the qualitative side of the indicator. */
  notes?: string;
}

export interface Review {
  date: ISODate;
  notes?: string;
}

export interface Monitoring {
  schedule?: { frequency?: 'monthly' | 'quarterly' | 'semiannual' | 'annual'; nextReview?: ISODate };
  indicators?: MonitoringIndicator[];
  /** Answers to the guide's four questions, keyed by question id. */
  questions?: Record<string, string>;
  reviews?: Review[];
  /** Respondent files or folders of them (`kemitraan assess`), relative to the plan's folder. */
  assessments?: string[];
}

export interface Plan {
  schemaVersion: number;
  title: string;
  program: string;
  /** Program name when `program` is `lainnya`. */
  programName?: string;
  region: Region;
  initiator: Initiator;
  dates?: PlanDates;
  language?: 'id' | 'en';
  idea?: Idea;
  partners?: Partner[];
  goals?: Goals;
  readiness?: Readiness;
  agreement?: Agreement;
  workplan?: Workplan;
  implementation?: Implementation;
  monitoring?: Monitoring;
}

/** Reads an assessment's status whichever of its two shapes it has. */
export function assessmentStatus(a: CriterionAssessment | undefined): Assessment | undefined {
  if (a === undefined) return undefined;
  return typeof a === 'string' ? a : a.status;
}
