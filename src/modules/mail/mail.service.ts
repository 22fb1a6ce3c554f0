import fs from 'node:fs';
import path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { Env } from '../../config/env';
import { JobsService } from '../../jobs/jobs.service';
import { OnJob } from '../../jobs/job.decorator';
import { SEND_MAIL, type SendMailPayload } from './mail.jobs';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  template: string;
  organizationId: string | null;
}

/**
 * Email, sent by a background job (pg-boss) so that a slow SMTP server never slows a request and a failed send is
 * retried. With SMTP_URL unset, each message is written as an .eml file under DATA_DIR/mail (development, tests).
 * Message bodies carry one-time links: they are never logged.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;

  constructor(
    private readonly env: Env,
    private readonly jobs: JobsService,
  ) {}

  /** Queues a message. Call after the transaction that made it necessary has committed. */
  async send(mail: OutgoingMail): Promise<void> {
    const { organizationId, ...rest } = mail;
    await this.jobs.send(SEND_MAIL, { organizationId, ...rest });
  }

  get mailDir(): string {
    return path.resolve(this.env.DATA_DIR, 'mail');
  }

  @OnJob(SEND_MAIL)
  async deliver(payload: SendMailPayload): Promise<void> {
    const info = await this.transporter().sendMail({
      from: this.env.MAIL_FROM,
      to: payload.to,
      subject: payload.subject,
      text: payload.text,
      html: payload.html,
    });
    if (!this.env.SMTP_URL) {
      fs.mkdirSync(this.mailDir, { recursive: true });
      const file = path.join(this.mailDir, `${Date.now()}-${info.messageId.replace(/[^A-Za-z0-9]/g, '')}.eml`);
      fs.writeFileSync(file, (info as unknown as { message: Buffer }).message);
    }
    this.logger.log(`Sent "${payload.template}" mail (${info.messageId})`);
  }

  private transporter(): Transporter {
    this.transport ??= this.env.SMTP_URL
      ? nodemailer.createTransport(this.env.SMTP_URL)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    return this.transport;
  }
}
