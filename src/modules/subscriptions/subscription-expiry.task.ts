import { Injectable, Logger } from '@nestjs/common';
import { Periodic } from '../../jobs/periodic.decorator';
import { SubscriptionsService } from './subscriptions.service';

/**
 * Subscriptions end by themselves at their end date. Entitlements already ignore ended subscriptions; this task
 * makes the status say so. Runs where periodic tasks run (RUN_PERIODIC_TASKS); safe on several instances because
 * the work is one conditional UPDATE.
 */
@Injectable()
export class SubscriptionExpiryTask {
  private readonly logger = new Logger('SubscriptionExpiry');

  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Periodic({ name: 'subscriptions.expire', everyMs: 60_000 })
  async run(now = new Date()): Promise<number> {
    const ended = await this.subscriptions.expireDue(now);
    if (ended) this.logger.log(`${ended} subscription(s) reached their end date`);
    return ended;
  }
}
