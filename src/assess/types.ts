/** The data of `kemitraan assess`: respondent files as read, and the plan facts they are checked against. */

/** One answer: a scale point, "na" (don't know / not applicable), or nothing yet. */
export type Answer = number | 'na' | null;

/** A respondent file that passed validation. */
export interface Respondent {
  file: string;
  instrument: { id: string; version: number };
  plan?: string;
  respondent: { partner: string; name?: string; position?: string };
  /** YYYY-MM-DD. */
  date: string;
  /** Names the round explicitly (e.g. `2026-S1`); otherwise rounds are found from the dates. */
  round?: string;
  answers: Record<string, Answer>;
  comments?: string;
}

/** What of the plan the respondent files are checked and reported against. */
export interface PlanFacts {
  title: string;
  /** The plan file's name without extension: a respondent file may name the plan by it. */
  fileId?: string;
  partners: readonly { id: string; name: string; status: string }[];
}

/** Partners who joined (committed or signed): the ones who answer. */
export function joinedPartners(plan: PlanFacts): PlanFacts['partners'] {
  return plan.partners.filter((p) => p.status === 'committed' || p.status === 'signed');
}
