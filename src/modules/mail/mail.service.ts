import fs from 'node:fs';
import path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SendMailOptions, Transporter } from 'nodemailer';
import { MailBranding, type MailBrand } from '../../common/ports/mail-branding';
import { lazyModule } from '../../common/runtime/lazy-module';
import { Env } from '../../config/env';
import { JobsService } from '../../jobs/jobs.service';
import { OnJob } from '../../jobs/job.decorator';
import { SEND_MAIL, type SendMailPayload } from './mail.jobs';

/** nodemailer, loaded by the first message sent. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodemailer = lazyModule(() => require('nodemailer') as typeof import('nodemailer'));

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
    private readonly branding: MailBranding,
  ) {}

  /** Queues a message. Call after the transaction that made it necessary has committed. */
  async send(mail: OutgoingMail): Promise<void> {
    const { organizationId, ...rest } = mail;
    await this.jobs.send(SEND_MAIL, { organizationId, ...rest });
  }

  /**
   * Queues a message as part of the caller's transaction: it is sent if and only if the transaction commits (e.g. a
   * notification and its email, so that a redelivered event neither loses nor repeats the email).
   */
  async sendInTransaction(tx: EntityManager, mail: OutgoingMail): Promise<void> {
    const { organizationId, ...rest } = mail;
    await this.jobs.sendInTransaction(tx, SEND_MAIL, { organizationId, ...rest });
  }

  get mailDir(): string {
    return path.resolve(this.env.DATA_DIR, 'mail');
  }

  @OnJob(SEND_MAIL)
  async deliver(payload: SendMailPayload): Promise<void> {
    const message: SendMailOptions = {
      from: this.env.MAIL_FROM,
      to: payload.to,
      subject: payload.subject,
      text: payload.text,
      html: payload.html,
    };
    const brand = payload.organizationId ? await this.brandOf(payload.organizationId) : null;
    const info = await this.transporter().sendMail(brand ? branded(message, brand, this.env.MAIL_FROM) : message);
    if (!this.env.SMTP_URL) {
      fs.mkdirSync(this.mailDir, { recursive: true });
      const file = path.join(this.mailDir, `${Date.now()}-${info.messageId.replace(/[^A-Za-z0-9]/g, '')}.eml`);
      fs.writeFileSync(file, (info as unknown as { message: Buffer }).message);
    }
    this.logger.log(`Sent "${payload.template}" mail (${info.messageId})`);
  }

  /** The organization's branding; none when it cannot be read (a deleted organization must not block its mail). */
  private async brandOf(organizationId: string): Promise<MailBrand | null> {
    try {
      const brand = await this.branding.brandingFor(organizationId);
      return brand.companyName || brand.supportEmail || brand.logo ? brand : null;
    } catch {
      return null;
    }
  }

  private transporter(): Transporter {
    this.transport ??= this.env.SMTP_URL
      ? nodemailer().createTransport(this.env.SMTP_URL)
      : nodemailer().createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    return this.transport;
  }
}

/**
 * A message in an organization's colours: its company name as the sender's display name (the address stays
 * MAIL_FROM's: sending from the partner's own domain would fail SPF/DKIM), replies to its support address, and its
 * name, support address and logo in the signature. Links in the body are left as written.
 */
function branded(message: SendMailOptions, brand: MailBrand, mailFrom: string): SendMailOptions {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  const signature = [brand.companyName, brand.supportEmail].filter(Boolean).join(' · ');
  const out: SendMailOptions = {
    ...message,
    from: brand.companyName ? { name: brand.companyName, address } : message.from,
    replyTo: brand.supportEmail ?? undefined,
    text: signature ? `${String(message.text)}\n\n-- \n${signature}\n` : message.text,
  };
  if (message.html) {
    const color = brand.primaryColor ?? '#333333';
    const logo = brand.logo ? '<img src="cid:brand-logo" alt="" style="max-height:48px"><br>' : '';
    const footer = signature ? `<p style="color:${color};font-size:12px">${escapeHtml(signature)}</p>` : '';
    out.html = `${logo}${String(message.html)}${footer}`;
    if (brand.logo)
      out.attachments = [
        { cid: 'brand-logo', content: brand.logo.bytes, contentType: brand.logo.contentType, filename: 'logo' },
      ];
  }
  return out;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
