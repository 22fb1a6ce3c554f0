import fs from 'node:fs';
import path from 'node:path';

/**
 * The messages the development mail transport keeps in DATA_DIR/mail (one .eml file each, SMTP_URL unset), read back
 * for `npm run cli -- mail:list` / `mail:show`: headers unfolded, encoded words and transfer encodings decoded, the
 * text part shown and its links listed.
 */
export interface StoredMail {
  /** The file name without `.eml` (starts with the time it was written, so ids sort by time). */
  id: string;
  date: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BQbq])\?([^?]*)\?=\s*/g, (_, _charset: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const input = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(input.slice(i + 1, i + 3))) {
      bytes.push(parseInt(input.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(input[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const cut = raw.search(/\r?\n\r?\n/);
  const head = cut < 0 ? raw : raw.slice(0, cut);
  const body = cut < 0 ? '' : raw.slice(cut).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return part.body;
}

/** The text/plain part (or the HTML one with its tags removed when there is no text part). */
function textOf(part: Part): string | undefined {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = part.body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .map((p) => splitPart(p.replace(/^\r?\n/, '')));
    const texts = parts.map((p) => ({ type: p.headers.get('content-type') ?? '', text: textOf(p) }));
    return (
      texts.find((t) => /^text\/plain/i.test(t.type))?.text ??
      texts.find((t) => t.text !== undefined && !/^text\/html/i.test(t.type))?.text ??
      texts.find((t) => t.text !== undefined)?.text
    );
  }
  if (/^text\/html/i.test(type))
    return decodeBody(part)
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&');
  if (/^text\//i.test(type)) return decodeBody(part);
  return undefined;
}

export function parseMail(id: string, raw: string): StoredMail {
  const top = splitPart(raw);
  const header = (name: string) => decodeWords(top.headers.get(name) ?? '');
  const text = (textOf(top) ?? '').replace(/\r\n/g, '\n').trim();
  return {
    id,
    date: header('date'),
    from: header('from'),
    to: header('to'),
    subject: header('subject'),
    text,
    links: [...new Set(text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [])],
  };
}

/** Every stored message, oldest first. */
export function listStoredMails(mailDir: string): StoredMail[] {
  if (!fs.existsSync(mailDir)) return [];
  return fs
    .readdirSync(mailDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => parseMail(f.slice(0, -4), fs.readFileSync(path.join(mailDir, f), 'utf8')));
}

/** A message by id, by a unique prefix of it, or `latest`. */
export function findStoredMail(mailDir: string, id: string): StoredMail | undefined {
  const all = listStoredMails(mailDir);
  if (id === 'latest') return all[all.length - 1];
  const exact = all.find((m) => m.id === id);
  if (exact) return exact;
  const matches = all.filter((m) => m.id.startsWith(id));
  return matches.length === 1 ? matches[0] : undefined;
}
