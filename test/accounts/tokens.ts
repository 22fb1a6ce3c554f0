import { waitForMail, type ReceivedMail } from '../helpers/mail';

/** The value of `param` in the (first) link of a mail. */
export function tokenFrom(mail: ReceivedMail, param: string): string {
  const match = new RegExp(`[?&]${param}=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`No ${param} in mail "${mail.subject}": ${mail.text}`);
  return match[1];
}

export async function mailedToken(mailDir: string, to: string, subject: RegExp, param: string) {
  const mail = await waitForMail(mailDir, to, subject);
  return { mail, token: tokenFrom(mail, param) };
}
