import { IsEmail, type ValidationOptions } from 'class-validator';

/**
 * The one rule for a user account's email, wherever one is given (users, invitations, customers, password reset,
 * BOOTSTRAP_ADMIN_EMAIL). Single-label domains are accepted (`admin@localhost`, `ops@mailhost`): the installation
 * itself names its first admin `<username>@localhost` when no address is configured, intranet mail uses such hosts,
 * and whether an address receives mail is the mail server's answer, not a syntax rule. Addresses are otherwise
 * those of RFC 5321 as class-validator/validator.js check them.
 */
export const ACCOUNT_EMAIL_RULE = { require_tld: false } as const;

export function IsAccountEmail(options?: ValidationOptions): PropertyDecorator {
  return IsEmail(ACCOUNT_EMAIL_RULE, options);
}
