/** The report as JSON, exactly the Report data (documented by schemas/report.schema.json). */
import type { ReportFormatter } from './common.js';

export const formatJson: ReportFormatter = (report) => JSON.stringify(report, null, 2) + '\n';
