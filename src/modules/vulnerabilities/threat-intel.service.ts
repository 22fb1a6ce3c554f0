import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ParameterError } from '../../common/errors/app-error';

const CVE_RE = /^CVE-\d{4}-\d{4,}$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export interface KevImportResult {
  catalogVersion: string;
  entries: number;
  findingsUpdated: number;
}

export interface EpssImportResult {
  scoreDate: string;
  modelVersion: string | null;
  scores: number;
  findingsUpdated: number;
}

/** A file's text; `.gz` files (as FIRST publishes EPSS) are unpacked. */
export function readFeedFile(path: string): string {
  const raw = fs.readFileSync(path);
  return (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
}

/** Parses the CISA KEV JSON feed (`known_exploited_vulnerabilities.json`, schema of catalogVersion 2020+). */
export function parseKevCatalog(text: string) {
  let doc: { catalogVersion?: unknown; vulnerabilities?: unknown };
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ParameterError(['the KEV file is not JSON']);
  }
  if (!doc || !Array.isArray(doc.vulnerabilities))
    throw new ParameterError(['the KEV file has no "vulnerabilities" array (CISA KEV JSON expected)']);
  const entries = new Map<string, Record<string, string | null>>();
  const problems: string[] = [];
  doc.vulnerabilities.forEach((v: Record<string, unknown>, i: number) => {
    const cve = String(v?.cveID ?? '')
      .trim()
      .toUpperCase();
    const dateAdded = String(v?.dateAdded ?? '');
    const dueDate = v?.dueDate ? String(v.dueDate) : null;
    if (!CVE_RE.test(cve) || !DAY_RE.test(dateAdded) || (dueDate !== null && !DAY_RE.test(dueDate))) {
      if (problems.length < 5) problems.push(`vulnerabilities[${i}] needs cveID, dateAdded and dueDate (YYYY-MM-DD)`);
      return;
    }
    entries.set(cve, {
      cve,
      vendor: String(v.vendorProject ?? '').slice(0, 255),
      product: String(v.product ?? '').slice(0, 255),
      name: String(v.vulnerabilityName ?? '').slice(0, 500),
      dateAdded,
      dueDate,
      description: String(v.shortDescription ?? ''),
      action: String(v.requiredAction ?? ''),
      ransomware: String(v.knownRansomwareCampaignUse ?? 'Unknown').slice(0, 16),
    });
  });
  if (problems.length) throw new ParameterError(problems);
  return { catalogVersion: String(doc.catalogVersion ?? 'unknown').slice(0, 32), entries: [...entries.values()] };
}

/**
 * Parses FIRST's daily EPSS CSV: an optional first line `#model_version:v2025.03.14,score_date:2026-11-30T00:00:00+0000`,
 * then `cve,epss,percentile` and one row per CVE.
 */
export function parseEpssCsv(text: string, fallbackDate?: string) {
  const lines = text.split(/\r?\n/);
  let modelVersion: string | null = null;
  let scoreDate = fallbackDate ?? null;
  let i = 0;
  if (lines[0]?.startsWith('#')) {
    modelVersion = lines[0].match(/model_version:([^,\s]+)/)?.[1]?.slice(0, 32) ?? null;
    scoreDate = lines[0].match(/score_date:(\d{4}-\d{2}-\d{2})/)?.[1] ?? scoreDate;
    i = 1;
  }
  const header = (lines[i] ?? '').trim().toLowerCase().split(',');
  const [c, e, p] = ['cve', 'epss', 'percentile'].map((name) => header.indexOf(name));
  if (c < 0 || e < 0 || p < 0) throw new ParameterError(['the EPSS file needs a "cve,epss,percentile" header']);
  if (!scoreDate || !DAY_RE.test(scoreDate))
    throw new ParameterError(['the EPSS file names no score_date: give one with --date YYYY-MM-DD']);
  const scores = new Map<string, { cve: string; epss: number; percentile: number }>();
  const problems: string[] = [];
  for (const [n, line] of lines.slice(i + 1).entries()) {
    if (!line.trim()) continue;
    const cells = line.split(',');
    const cve = (cells[c] ?? '').trim().toUpperCase();
    const epss = Number(cells[e]);
    const percentile = Number(cells[p]);
    if (!CVE_RE.test(cve) || !(epss >= 0 && epss <= 1) || !(percentile >= 0 && percentile <= 1)) {
      if (problems.length < 5) problems.push(`line ${n + i + 2} is not "CVE-YYYY-NNNN,<0..1>,<0..1>"`);
      continue;
    }
    scores.set(cve, { cve, epss, percentile });
  }
  if (problems.length) throw new ParameterError(problems);
  return { scoreDate, modelVersion, scores: [...scores.values()] };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Known exploited (CISA KEV) and likely exploited (FIRST EPSS) vulnerabilities: imported from files in their published
 * formats (no network), kept installation-wide (EPSS as a history by CVE and day), and shown on the findings through
 * their CVEs: `known_exploited`, `kev_due_date`, `epss_score`, `epss_percentile`.
 */
@Injectable()
export class ThreatIntelService {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces the KEV catalogue with the file's and updates every finding with a CVE. */
  async importKev(text: string): Promise<KevImportResult> {
    const catalog = parseKevCatalog(text);
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM kev_entries`);
      for (const part of chunks(catalog.entries, 1000)) {
        const col = (k: string) => part.map((e) => e[k]);
        await tx.query(
          `INSERT INTO kev_entries (cve_id, vendor_project, product, vulnerability_name, date_added, due_date,
             short_description, required_action, known_ransomware_campaign_use, catalog_version, imported_at)
           SELECT u.*, $10, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[],
             $7::text[], $8::text[], $9::text[]) AS u`,
          [
            col('cve'),
            col('vendor'),
            col('product'),
            col('name'),
            col('dateAdded'),
            col('dueDate'),
            col('description'),
            col('action'),
            col('ransomware'),
            catalog.catalogVersion,
          ],
        );
      }
      const findingsUpdated = await this.enrich(tx);
      return { catalogVersion: catalog.catalogVersion, entries: catalog.entries.length, findingsUpdated };
    });
  }

  /** Adds (or replaces) the scores of one day and updates the findings whose CVEs it scores. */
  async importEpss(text: string, fallbackDate?: string): Promise<EpssImportResult> {
    const file = parseEpssCsv(text, fallbackDate);
    return this.dataSource.transaction(async (tx) => {
      for (const part of chunks(file.scores, 2000)) {
        await tx.query(
          `INSERT INTO epss_scores (cve_id, score_date, epss, percentile, model_version)
           SELECT u.cve, $2::date, u.epss, u.percentile, $3 FROM unnest($1::text[], $4::float8[], $5::float8[]) AS u(cve, epss, percentile)
           ON CONFLICT (cve_id, score_date) DO UPDATE SET epss = EXCLUDED.epss, percentile = EXCLUDED.percentile,
             model_version = EXCLUDED.model_version`,
          [
            part.map((s) => s.cve),
            file.scoreDate,
            file.modelVersion,
            part.map((s) => s.epss),
            part.map((s) => s.percentile),
          ],
        );
      }
      const findingsUpdated = await this.enrich(tx);
      return {
        scoreDate: file.scoreDate,
        modelVersion: file.modelVersion,
        scores: file.scores.length,
        findingsUpdated,
      };
    });
  }

  /** The EPSS history of a CVE, oldest first. */
  async epssHistory(cve: string): Promise<{ score_date: string; epss: number; percentile: number }[]> {
    const rows: { score_date: string | Date; epss: number; percentile: number }[] = await this.dataSource.query(
      `SELECT score_date, epss, percentile FROM epss_scores WHERE cve_id = $1 ORDER BY score_date`,
      [cve.trim().toUpperCase()],
    );
    return rows.map((r) => ({
      score_date: day(r.score_date)!,
      epss: Number(r.epss),
      percentile: Number(r.percentile),
    }));
  }

  /**
   * Sets the KEV and EPSS columns of findings with CVEs from the stored catalogue and the latest score of each CVE
   * (inside the caller's transaction): all of them, or those ids. Writes only rows that change; returns how many.
   */
  async enrich(tx: EntityManager, ids?: string[]): Promise<number> {
    if (ids && !ids.length) return 0;
    const result = await tx.query(
      `UPDATE vulnerabilities v SET known_exploited = e.known, kev_due_date = e.due, epss_score = e.score,
              epss_percentile = e.pct, updated_at = now()
         FROM (
           SELECT x.id,
                  EXISTS (SELECT 1 FROM kev_entries k WHERE k.cve_id = ANY(x.cve)) AS known,
                  (SELECT min(k.due_date) FROM kev_entries k WHERE k.cve_id = ANY(x.cve)) AS due,
                  s.epss AS score, s.percentile AS pct
             FROM vulnerabilities x
             LEFT JOIN LATERAL (
               SELECT l.epss, l.percentile FROM unnest(x.cve) AS c(cve)
               CROSS JOIN LATERAL (
                 SELECT es.epss, es.percentile FROM epss_scores es WHERE es.cve_id = upper(c.cve)
                  ORDER BY es.score_date DESC LIMIT 1) l
               ORDER BY l.epss DESC LIMIT 1) s ON true
            WHERE (x.cve <> '{}' OR x.known_exploited OR x.epss_score IS NOT NULL)
              AND ($1::uuid[] IS NULL OR x.id = ANY($1::uuid[]))
         ) e
        WHERE v.id = e.id
          AND (v.known_exploited, v.kev_due_date, v.epss_score, v.epss_percentile)
              IS DISTINCT FROM (e.known, e.due, e.score, e.pct)`,
      [ids ?? null],
    );
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}

/** A `date` column as `YYYY-MM-DD` (the PostgreSQL driver answers a string, PGlite a Date at UTC midnight). */
export function day(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
