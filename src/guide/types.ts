/** The two languages every user-facing text exists in. Indonesian is the default. */
export type Lang = 'id' | 'en';

/** A text in both languages. */
export interface Text {
  id: string;
  en: string;
}

/** Every catalog entry: a stable id (never renamed once released), its kind, and bilingual texts. */
export interface CatalogItem {
  id: string;
  kind: string;
  label: Text;
  description?: Text;
  /** Which seed text it comes from (file prefix in shared/seeds), for traceability. */
  source?: string;
}

