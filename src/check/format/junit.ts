import type { Formatter } from './types.js';
import { visibleFindings } from './types.js';

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!)
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** JUnit XML: a test suite per file, a failing test case per error/warning (info is passed with output). */
export const junit: Formatter = (results, meta) => {
  const suites = results.map((r) => {
    const findings = visibleFindings(r, meta);
    const failing = findings.filter((f) => f.severity !== 'info');
    const cases = findings.length === 0
      ? [`    <testcase classname="${xml(r.file)}" name="kemitraan check"/>`]
      : findings.map((f) => {
        const name = xml(`${f.ruleId} ${f.line}:${f.column}`);
        const body = f.severity === 'info'
          ? `<system-out>${xml(`${f.message}. ${f.hint}`)}</system-out>`
          : `<failure type="${f.severity}" message="${xml(f.message)}">${xml(`${f.file}:${f.line}:${f.column} ${f.message}. ${f.hint}`)}</failure>`;
        return `    <testcase classname="${xml(r.file)}" name="${name}">${body}</testcase>`;
      });
    return `  <testsuite name="${xml(r.file)}" tests="${Math.max(1, findings.length)}" failures="${failing.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const failures = results.reduce((n, r) => n + visibleFindings(r, meta).filter((f) => f.severity !== 'info').length, 0);
  const tests = results.reduce((n, r) => n + Math.max(1, visibleFindings(r, meta).length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kemitraan" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
};
