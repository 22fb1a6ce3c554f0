import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Env } from '../config/env';
import { ApiKeysService } from '../modules/api-keys/api-keys.service';
import { OrganizationsService } from '../modules/organizations/organizations.service';
import { UsersService } from '../modules/users/users.service';

export interface FirstStartResult {
  created: boolean;
  username?: string;
  password?: string;
  apiKey?: string;
}

/**
 * On an empty installation: an organization, a super admin and an API key. Credentials come from BOOTSTRAP_* when
 * given, otherwise they are generated and printed once (to stdout, not to the log). Runs under an advisory lock so
 * that two instances starting together do not both bootstrap.
 */
@Injectable()
export class FirstStartService {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    private readonly env: Env,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async run(print = true): Promise<FirstStartResult> {
    // Serialize bootstrapping across instances sharing one PostgreSQL (no-op cost on PGlite).
    await this.dataSource.query('SELECT pg_advisory_lock(4242001)');
    try {
      if ((await this.users.countAll()) > 0) return { created: false };
      const password = this.env.BOOTSTRAP_ADMIN_PASSWORD ?? randomBytes(15).toString('base64url');
      const org = await this.organizations.create({ name: 'Administration', companyName: 'Administration' });
      const user = await this.users.create({
        organizationId: org.id,
        username: this.env.BOOTSTRAP_ADMIN_USERNAME,
        email: this.env.BOOTSTRAP_ADMIN_EMAIL ?? `${this.env.BOOTSTRAP_ADMIN_USERNAME}@localhost`,
        password,
        role: 'Super Admin',
        confirmed: true,
      });
      const apiKey = (await this.apiKeys.create('bootstrap', user.id, this.env.BOOTSTRAP_API_KEY)).rawKey;
      this.logger.log(`Created super admin "${user.username}" and the first API key`);
      if (print) {
        const lines = [
          '',
          '==================== first start: save these now, they are not shown again ====================',
          `  super admin username: ${user.username}`,
          `  super admin password: ${this.env.BOOTSTRAP_ADMIN_PASSWORD ? '(from BOOTSTRAP_ADMIN_PASSWORD)' : password}`,
          `  API key (x-api-key):  ${this.env.BOOTSTRAP_API_KEY ? '(from BOOTSTRAP_API_KEY)' : apiKey}`,
          '================================================================================================',
          '',
        ];
        process.stdout.write(lines.join('\n') + '\n');
      }
      return { created: true, username: user.username, password, apiKey };
    } finally {
      await this.dataSource.query('SELECT pg_advisory_unlock(4242001)');
    }
  }
}
