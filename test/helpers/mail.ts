import fs from 'node:fs';
import path from 'node:path';
import { parseMail } from '../../src/modules/mail/mail-files';

export interface ReceivedMail {
  file: string;
  to: string;
  subject: string;
  raw: string;
  /** The decoded text body, as `npm run cli -- mail:show` prints it. */
  text: string;
}

/** Read as the CLI reads the embedded default's mails (`parseMail`: MIME parts, quoted-printable, UTF-8). */
function parse(file: string): ReceivedMail {
  const raw = fs.readFileSync(file, 'utf8');
  const { to, subject, text } = parseMail(path.basename(file, '.eml'), raw);
  return { file, to, subject, raw, text };
}

/** Waits until a message to `to` (and matching `subject`) lands in the mail directory; the mail job runs async. */
export async function waitForMail(
  mailDir: string,
  to: string,
  subject?: RegExp,
  timeoutMs = 15_000,
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = fs.existsSync(mailDir)
      ? fs
          .readdirSync(mailDir)
          .filter((f) => f.endsWith('.eml'))
          .sort()
      : [];
    const found = files
      .map((f) => parse(path.join(mailDir, f)))
      .find((m) => m.to.toLowerCase().includes(to.toLowerCase()) && (!subject || subject.test(m.subject)));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`No mail to ${to}${subject ? ` matching ${subject}` : ''} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
