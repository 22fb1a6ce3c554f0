/** What a report can be: kinds, formats, scopes, filters and sections (API.md "Round-2 details: Reports"). */
export const REPORT_KINDS = ['executive', 'detailed', 'remediation', 'pci_asv', 'delta'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ['pdf', 'csv', 'json', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Formats each kind can be written in: PDF for all; CSV and JSON for detailed and delta; SARIF for detailed. */
export const FORMATS_OF: Record<ReportKind, readonly ReportFormat[]> = {
  executive: ['pdf'],
  detailed: ['pdf', 'csv', 'json', 'sarif'],
  remediation: ['pdf'],
  pci_asv: ['pdf'],
  delta: ['pdf', 'csv', 'json'],
};

export const KIND_TITLES: Record<ReportKind, string> = {
  executive: 'Executive Summary',
  detailed: 'Detailed Vulnerability Report',
  remediation: 'Remediation Plan',
  pci_asv: 'PCI ASV Scan Report',
  delta: 'Delta Report',
};

/** Sections a definition may choose (all by default), in the order they appear. */
export const SECTIONS_OF: Record<ReportKind, readonly string[]> = {
  executive: ['summary', 'severity_chart', 'trend', 'top_hosts', 'top_issues', 'pci_status'],
  detailed: ['summary', 'hosts', 'findings', 'exceptions'],
  remediation: ['summary', 'chart', 'actions'],
  pci_asv: ['attestation', 'components', 'vulnerabilities', 'special_notes', 'exceptions'],
  delta: ['summary', 'new', 'reopened', 'fixed', 'persisting'],
};

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  sarif: 'application/sarif+json',
};

export const EXTENSIONS: Record<ReportFormat, string> = { pdf: 'pdf', csv: 'csv', json: 'json', sarif: 'sarif' };

/**
 * One of: a run (`history_id`), a scan's latest completed run (`scan_id`), the latest completed runs of several
 * scans (`scan_ids`) or of a target's scans (`target_id`), or nothing: the organization's deduplicated findings.
 * Delta compares `history_id` with `base_history_id`.
 */
export interface ReportScope {
  scan_id?: string;
  history_id?: string;
  scan_ids?: string[];
  target_id?: string;
  base_history_id?: string;
}

/** Optional filters; dates bound the findings' last_seen_at (ISO-8601). */
export interface ReportFilters {
  severity?: string[];
  status?: string[];
  date_range_start?: string;
  date_range_end?: string;
}
