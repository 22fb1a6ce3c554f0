import fs from 'node:fs';
import path from 'node:path';

export interface ReceivedMail {
  file: string;
  to: string;
  subject: string;
  raw: string;
  /** Decoded text body (quoted-printable soft breaks removed). */
  text: string;
}

function parse(file: string): ReceivedMail {
  const raw = fs.readFileSync(file, 'utf8');
  const [head, ...rest] = raw.split(/\n\n/);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1] ?? '';
  let text = rest.join('\n\n');
  if (/quoted-printable/i.test(head)) {
    text = text.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  }
  return { file, to: header('To'), subject: header('Subject'), raw, text };
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
