import type { StreamFormatter } from './types.js';
import { visibleFindings, whole } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

// Workflow commands: data escapes %, CR, LF; properties also ":" and ",".
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations (`::error file=...,line=...,col=...,title=...::message`), a line a finding. */
export const githubStream: StreamFormatter = (meta) => ({
  head: '',
  file: (r) => visibleFindings(r, meta).map((f) =>
    `::${COMMAND[f.severity]} file=${escapeProp(f.file)},line=${f.line},col=${f.column},title=${escapeProp(f.ruleId)}::${escapeData(f.hint ? `${f.message}. ${f.hint}` : f.message)}\n`).join(''),
  end: () => '',
  between: '',
  summaries: false,
});

export const github = whole(githubStream);
