import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One entry of the CISA Known Exploited Vulnerabilities catalogue (installation-wide, replaced by each import of the
 * catalogue's JSON feed). `dueDate` is the BOD 22-01 remediation date for federal agencies.
 */
@Entity('kev_entries')
export class KevEntry {
  @PrimaryColumn({ type: 'varchar', length: 32 }) cveId: string;
  @Column({ type: 'varchar', length: 255 }) vendorProject: string;
  @Column({ type: 'varchar', length: 255 }) product: string;
  @Column({ type: 'varchar', length: 500 }) vulnerabilityName: string;
  @Column({ type: 'date' }) dateAdded: string;
  @Column({ type: 'date', nullable: true }) dueDate: string | null;
  @Column({ type: 'text' }) shortDescription: string;
  @Column({ type: 'text' }) requiredAction: string;
  /** `Known` or `Unknown` as the catalogue says. */
  @Column({ type: 'varchar', length: 16 }) knownRansomwareCampaignUse: string;
  @Column({ type: 'varchar', length: 32 }) catalogVersion: string;
  @Column({ type: 'timestamptz' }) importedAt: Date;
}

/**
 * FIRST EPSS score of a CVE on one day: every imported day is kept (scores move daily and can drop sharply). The
 * primary key (cve_id, score_date) answers a CVE's latest score and its history.
 */
@Entity('epss_scores')
export class EpssScore {
  @PrimaryColumn({ type: 'varchar', length: 32 }) cveId: string;
  @PrimaryColumn({ type: 'date' }) scoreDate: string;
  /** Probability of exploitation activity in the next 30 days (0–1). */
  @Column({ type: 'double precision' }) epss: number;
  /** Share of all scored CVEs with a lower or equal score (0–1). */
  @Column({ type: 'double precision' }) percentile: number;
  @Column({ type: 'varchar', length: 32, nullable: true }) modelVersion: string | null;
}
