import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ParameterError } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import type { ScanOptions } from '../scan-engines/scan-engine';
import { ScanProfile } from './scanner.entity';

export const SCAN_PROFILE_LIST_SPEC: ListSpec = {
  columns: {
    name: { sql: 'p.name', type: 'string' },
    description: { sql: 'p.description', type: 'string' },
    port_list_id: { sql: 'p.port_list_id', type: 'uuid' },
    checks: { sql: 'p.checks', type: 'string[]', sortable: false },
    timeout_ms: { sql: 'p.timeout_ms', type: 'number' },
    concurrency: { sql: 'p.concurrency', type: 'number' },
    active: { sql: 'p.active', type: 'boolean' },
    default: { sql: 'p.is_default', type: 'boolean' },
    created_at: { sql: 'p.created_at', type: 'date' },
    updated_at: { sql: 'p.updated_at', type: 'date' },
  },
  defaultSort: 'name:asc',
  search: ['name', 'description'],
  tieBreaker: 'p.id',
};

export interface ScanScanProfile {
  id: string;
  name: string;
  portListId: string;
  options: ScanOptions;
}

/** Scan profiles (configs): installation-wide, seeded by the migration, readable by everyone. */
@Injectable()
export class ScanProfilesService {
  constructor(@InjectRepository(ScanProfile) private readonly profiles: Repository<ScanProfile>) {}

  list(query: ListQuery, onlyActive = false) {
    const qb = this.profiles.createQueryBuilder('p');
    if (onlyActive) qb.andWhere('p.active = true');
    return paginate(qb, query, SCAN_PROFILE_LIST_SPEC);
  }

  /** For scans: the named profile, or the default one for null. Missing or inactive → 422. */
  async resolveForScan(profileId: string | null): Promise<ScanScanProfile> {
    const qb = this.profiles.createQueryBuilder('p').where('p.active = true');
    if (profileId) qb.andWhere('p.id = :profileId', { profileId });
    else qb.orderBy('p.is_default', 'DESC').addOrderBy('p.created_at', 'ASC');
    const profile = await qb.getOne();
    if (!profile)
      throw new ParameterError([
        profileId ? 'scan profile does not exist or is not active' : 'no active scan profile exists',
      ]);
    return {
      id: profile.id,
      name: profile.name,
      portListId: profile.portListId,
      options: { timeoutMs: profile.timeoutMs, concurrency: profile.concurrency, checks: [...profile.checks] },
    };
  }
}
