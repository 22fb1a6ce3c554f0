/** Severities from least to most severe; a severity's rank is its index (info 0 ... critical 4). */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The rank stored next to a severity (`severity_rank` columns), so that SQL sorts critical > high > ... > info. */
export const severityRank = (severity: string): number => Math.max(0, SEVERITIES.indexOf(severity as Severity));

export const severityOfRank = (rank: number): Severity => SEVERITIES[Math.min(4, Math.max(0, Math.trunc(rank)))];

export const isSeverity = (value: unknown): value is Severity => SEVERITIES.includes(value as Severity);
