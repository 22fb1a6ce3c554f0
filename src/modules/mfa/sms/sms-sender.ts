import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Env } from '../../../config/env';
import { SmsOutboxMessage } from './sms-outbox.entity';

export interface SmsMessage {
  /** E.164 number. */
  to: string;
  body: string;
}

/** Sends a text message. Bound to the Twilio-compatible provider when SMS_API_URL is set, else to the outbox. */
export abstract class SmsSender {
  abstract send(message: SmsMessage): Promise<void>;
}

/** `+15551234567` → `+1*******567`: enough to tell numbers apart in a log, not enough to call them. */
export const maskPhone = (phone: string) =>
  phone.length > 5 ? `${phone.slice(0, 2)}${'*'.repeat(phone.length - 5)}${phone.slice(-3)}` : '***';

export class SmsDeliveryError extends Error {}

/**
 * Development provider: the message is stored in `sms_outbox` and the log says that one was sent. The body (which
 * holds the code) is never logged, except at debug level outside production.
 */
@Injectable()
export class OutboxSmsSender extends SmsSender {
  private readonly logger = new Logger('Sms');

  constructor(
    @InjectRepository(SmsOutboxMessage) private readonly outbox: Repository<SmsOutboxMessage>,
    private readonly env: Env,
  ) {
    super();
  }

  async send(message: SmsMessage): Promise<void> {
    await this.outbox.insert({ to: message.to, body: message.body });
    this.logger.log(`SMS to ${maskPhone(message.to)} stored in the outbox (no SMS provider configured)`);
    if (this.env.NODE_ENV !== 'production') this.logger.debug(`SMS body: ${message.body}`);
  }
}

/**
 * Twilio-compatible REST API: `POST {SMS_API_URL}/2010-04-01/Accounts/{sid}/Messages.json`, form-encoded
 * `To`, `From`, `Body`, HTTP Basic auth with account SID and auth token.
 */
@Injectable()
export class TwilioSmsSender extends SmsSender {
  private readonly logger = new Logger('Sms');

  constructor(private readonly env: Env) {
    super();
  }

  async send(message: SmsMessage): Promise<void> {
    const { SMS_API_URL, SMS_ACCOUNT_SID, SMS_AUTH_TOKEN, SMS_FROM } = this.env;
    if (!SMS_API_URL || !SMS_ACCOUNT_SID || !SMS_AUTH_TOKEN || !SMS_FROM) {
      throw new SmsDeliveryError(
        'SMS provider is not fully configured (SMS_API_URL, SMS_ACCOUNT_SID, SMS_AUTH_TOKEN, SMS_FROM)',
      );
    }
    const url = `${SMS_API_URL.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(SMS_ACCOUNT_SID)}/Messages.json`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${SMS_ACCOUNT_SID}:${SMS_AUTH_TOKEN}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ To: message.to, From: SMS_FROM, Body: message.body }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) {
      // The provider's body may echo the message: only the status is kept.
      throw new SmsDeliveryError(`SMS provider answered ${response.status}`);
    }
    this.logger.log(`SMS to ${maskPhone(message.to)} accepted by the provider`);
  }
}

export const smsSenderProvider = {
  provide: SmsSender,
  inject: [Env, OutboxSmsSender, TwilioSmsSender],
  useFactory: (env: Env, outbox: OutboxSmsSender, twilio: TwilioSmsSender) => (env.SMS_API_URL ? twilio : outbox),
};
