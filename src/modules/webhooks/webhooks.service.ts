import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth-context';
import { randomToken } from '../../common/crypto';
import { ParameterError } from '../../common/errors/app-error';
import { checkOutboundUrl, type OutboundPolicy } from '../../common/http/safe-outbound';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { Env } from '../../config/env';
import { SecretBox } from '../mfa/secret-box';
import { OrganizationsService } from '../organizations/organizations.service';
import type { CreateWebhookDto, RotateSecretDto, UpdateWebhookDto } from './dto/webhook.dto';
import { Webhook } from './webhook.entity';

const SECRET_PURPOSE = 'webhooks.secret';

export const WEBHOOK_LIST_SPEC: ListSpec = {
  columns: {
    name: { sql: 'w.name', type: 'string' },
    url: { sql: 'w.url', type: 'string' },
    events: { sql: 'w.events', type: 'string[]', sortable: false },
    active: { sql: 'w.active', type: 'boolean' },
    organization_id: { sql: 'w.organization_id', type: 'uuid' },
    user_id: { sql: 'w.user_id', type: 'uuid' },
    consecutive_failures: { sql: 'w.consecutive_failures', type: 'number' },
    created_at: { sql: 'w.created_at', type: 'date' },
    updated_at: { sql: 'w.updated_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['name', 'url'],
  tieBreaker: 'w.id',
};

/** A new secret: `whsec_` + 32 random bytes (base64url). */
export const generateSecret = () => `whsec_${randomToken(32)}`;

/** A webhook with the secret the caller sees once (create, rotation). */
export interface WebhookWithSecret {
  webhook: Webhook;
  secret?: string;
}

/**
 * Webhooks of an organization: CRUD, activation and secret rotation. Target URLs are checked against the outbound
 * policy (WEBHOOK_ALLOW_PRIVATE / WEBHOOK_ALLOW_HTTP) when saved; deliveries check again at connect time.
 */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectTenantRepository(Webhook) private readonly webhooks: TenantRepository<Webhook>,
    private readonly box: SecretBox,
    private readonly organizations: OrganizationsService,
    private readonly env: Env,
  ) {}

  get outboundPolicy(): OutboundPolicy {
    return { allowPrivate: this.env.WEBHOOK_ALLOW_PRIVATE, allowHttp: this.env.WEBHOOK_ALLOW_HTTP };
  }

  list(scope: TenantScope, query: ListQuery) {
    return paginate(this.webhooks.query(scope, 'w'), query, WEBHOOK_LIST_SPEC);
  }

  get(scope: TenantScope, id: string): Promise<Webhook> {
    return this.webhooks.get(scope, id);
  }

  async create(auth: AuthContext, input: CreateWebhookDto): Promise<WebhookWithSecret> {
    const organizationId = await this.organizations.owningOrganization(
      auth.tenant,
      input.organization_id,
      'webhook.organization_id',
    );
    await this.assertUrl(input.url);
    const secret = input.secret ?? generateSecret();
    const webhook = await this.webhooks.save(
      auth.tenant,
      this.webhooks.create({
        organizationId,
        userId: auth.user.id,
        name: input.name.trim(),
        url: input.url,
        events: [...new Set(input.events)],
        active: input.active ?? true,
        secretSealed: await this.box.seal(SECRET_PURPOSE, secret),
      }),
    );
    return { webhook, secret };
  }

  async update(scope: TenantScope, id: string, input: UpdateWebhookDto): Promise<Webhook> {
    const webhook = await this.get(scope, id);
    if (input.url !== undefined && input.url !== webhook.url) await this.assertUrl(input.url);
    if (input.name !== undefined) webhook.name = input.name.trim();
    if (input.url !== undefined) webhook.url = input.url;
    if (input.events !== undefined) webhook.events = [...new Set(input.events)];
    if (input.active !== undefined) this.setActive(webhook, input.active);
    if (input.secret !== undefined) await this.rotateTo(webhook, input.secret);
    return this.webhooks.save(scope, webhook);
  }

  async remove(scope: TenantScope, id: string): Promise<void> {
    const webhook = await this.get(scope, id);
    await this.webhooks.delete(scope, { id: webhook.id });
  }

  async activate(scope: TenantScope, id: string, active: boolean): Promise<Webhook> {
    const webhook = await this.get(scope, id);
    this.setActive(webhook, active);
    return this.webhooks.save(scope, webhook);
  }

  /**
   * A new secret (given, or generated): it signs from now on; the one it replaces keeps signing in
   * `X-CG-Hook-Signature-Previous` for WEBHOOK_SECRET_GRACE_HOURS, so receivers can switch without losing deliveries.
   */
  async rotateSecret(scope: TenantScope, id: string, input: RotateSecretDto | undefined): Promise<WebhookWithSecret> {
    const webhook = await this.get(scope, id);
    const secret = input?.secret ?? generateSecret();
    await this.rotateTo(webhook, secret);
    return { webhook: await this.webhooks.save(scope, webhook), secret };
  }

  /** The secrets deliveries are signed with now: the current one, and the previous one during its grace period. */
  async signingSecrets(webhook: Webhook, now = new Date()): Promise<{ current: string; previous: string | null }> {
    const current = await this.box.open(SECRET_PURPOSE, webhook.secretSealed);
    if (current === null) throw new Error(`webhook ${webhook.id}: secret cannot be opened (ENCRYPTION_KEY changed?)`);
    const inGrace =
      webhook.previousSecretSealed && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now;
    const previous = inGrace ? await this.box.open(SECRET_PURPOSE, webhook.previousSecretSealed!) : null;
    return { current, previous };
  }

  private async rotateTo(webhook: Webhook, secret: string) {
    const graceMs = this.env.WEBHOOK_SECRET_GRACE_HOURS * 3_600_000;
    if (graceMs > 0) {
      webhook.previousSecretSealed = webhook.secretSealed;
      webhook.previousSecretExpiresAt = new Date(Date.now() + graceMs);
    } else {
      webhook.previousSecretSealed = null;
      webhook.previousSecretExpiresAt = null;
    }
    webhook.secretSealed = await this.box.seal(SECRET_PURPOSE, secret);
  }

  /** Activating starts afresh: the failure record that disabled it is cleared. */
  private setActive(webhook: Webhook, active: boolean) {
    if (active && !webhook.active) {
      webhook.disabledAt = null;
      webhook.disabledReason = null;
      webhook.consecutiveFailures = 0;
      webhook.failingSince = null;
    }
    webhook.active = active;
  }

  private async assertUrl(url: string) {
    const problems = await checkOutboundUrl(url, this.outboundPolicy, 'webhook.url');
    if (problems.length) throw new ParameterError(problems);
  }
}

export type { Webhook } from './webhook.entity';
