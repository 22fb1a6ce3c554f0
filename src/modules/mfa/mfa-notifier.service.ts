import { Injectable } from '@nestjs/common';
import { MailService } from '../mail/mail.service';
import { UsersService } from '../users/users.service';

const MESSAGES = {
  factor_added: [
    'A second factor was added to your account',
    'A new two-factor authentication method was added to your account',
  ],
  factor_removed: [
    'A second factor was removed from your account',
    'A two-factor authentication method was removed from your account',
  ],
  two_factor_disabled: [
    'Two-factor authentication was turned off',
    'Two-factor authentication was turned off for your account',
  ],
  recovery_codes_generated: [
    'New recovery codes were generated',
    'A new set of recovery codes was generated; the previous codes no longer work',
  ],
  recovery_code_used: ['A recovery code was used', 'One of your recovery codes was used to verify your identity'],
  recovery_codes_low: [
    'You are running out of recovery codes',
    'Few recovery codes are left: generate a new set from your account settings',
  ],
} as const;

export type MfaEvent = keyof typeof MESSAGES;

/**
 * Tells the user about every change of their authentication factors (mfa.md B-22, B-51), by email. The mail never
 * contains a code or secret, only what happened, when and from where.
 */
@Injectable()
export class MfaNotifier {
  constructor(
    private readonly users: UsersService,
    private readonly mail: MailService,
  ) {}

  async notify(
    userId: string,
    event: MfaEvent,
    detail: { label?: string; ip?: string; remaining?: number } = {},
  ): Promise<void> {
    const user = await this.users.findById(userId);
    const [subject, sentence] = MESSAGES[event];
    const lines = [
      `Hello ${user.username},`,
      '',
      `${sentence}${detail.label ? ` (${detail.label})` : ''}.`,
      ...(detail.remaining !== undefined ? [`Recovery codes left: ${detail.remaining}.`] : []),
      `Time: ${new Date().toISOString()}${detail.ip ? `, from ${detail.ip}` : ''}.`,
      '',
      'If this was not you, change your password and contact your administrator right away.',
    ];
    await this.mail.send({
      to: user.email,
      subject,
      text: lines.join('\n'),
      template: `mfa.${event}`,
      organizationId: user.organizationId,
    });
  }
}
