import type { Text } from '../types.js';

/** Words several commands share: severities, date ranges, default names, and problems in `.kemitraanrc.yaml`. */
export const commonMessages = () => ({
  'severity.error': { id: 'galat', en: 'error' },
  'severity.warning': { id: 'peringatan', en: 'warning' },
  'severity.info': { id: 'info', en: 'info' },
  /** Between the two dates of a range: "15 Januari s.d. 31 Desember 2026" (sampai dengan). */
  'render.dateRange.to': { id: 's.d.', en: 'to' },
  /** The base name of documents rendered from a plan read on stdin. */
  'render.stdinBaseName': { id: 'rencana', en: 'plan' },
  'report.error.extension': { id: 'format untuk {file} tidak dapat ditentukan dari ekstensinya ({extensions}); pilih dengan --format', en: 'cannot tell the format of {file} from its extension ({extensions}); choose one with --format' },
  'config.notMapping': { id: 'Konfigurasi harus berupa pemetaan dengan kunci "rules"', en: 'The config must be a mapping with a "rules" key' },
  'config.unknownKey': { id: 'Kunci "{key}" tidak dikenal; yang dikenal: rules', en: 'Unknown key "{key}"; known: rules' },
  'config.rulesNotMapping': { id: '"rules" harus berupa pemetaan id-aturan: tingkat', en: '"rules" must map rule ids to levels' },
  'config.unknownRule': { id: 'Aturan "{rule}" tidak dikenal', en: 'Unknown rule "{rule}"' },
  'config.unknownRuleGuess': { id: 'Aturan "{rule}" tidak dikenal ("{suggestion}"?)', en: 'Unknown rule "{rule}" ("{suggestion}"?)' },
  'config.invalidLevel': { id: 'Tingkat "{level}" tidak valid; gunakan error, warning, info atau off', en: 'Invalid level "{level}"; use error, warning, info or off' },
} satisfies Record<string, Text>);
