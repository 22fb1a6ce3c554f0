import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DateTime } from 'luxon';
import { EXTENSIONS, type ReportFormat, type ReportKind } from './report-kinds';

/** Passes bytes through while computing their SHA-256 and counting them. */
export class Digester extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;
  private hex?: string;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }

  /** The digest, once all bytes went through. */
  get sha256(): string {
    this.hex ??= this.hash.digest('hex');
    return this.hex;
  }
}

/** `acme-web-executive-20261202-1405.pdf`: ASCII only, so that every client can save it as named. */
export function reportFileName(
  name: string,
  kind: ReportKind,
  format: ReportFormat,
  at: Date,
  timeZone: string,
): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7E]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'report';
  const stamp = DateTime.fromJSDate(at).setZone(timeZone).toFormat('yyyyLLdd-HHmm');
  const kindSlug = kind.replace('_', '-');
  return `${slug.endsWith(kindSlug) ? slug : `${slug}-${kindSlug}`}-${stamp}.${EXTENSIONS[format]}`;
}

/** `Content-Disposition` with the plain name and its RFC 5987 form. */
export const contentDisposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
