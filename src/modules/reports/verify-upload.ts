import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import Busboy from 'busboy';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Content types `POST /v2/reports/{id}/verify` takes the file as (besides multipart/form-data). */
export const RAW_REPORT_TYPES = [
  'application/pdf',
  'text/csv',
  'application/json',
  'application/sarif+json',
  'application/octet-stream',
];
const UPLOAD_TYPE = 'application/x-cg-report-upload';
const VERIFY_ROUTE = '/v2/reports/:id/verify';
/** A JSON body this small may be `{"sha256": "..."}` rather than a report file. */
const SMALL_JSON = 4096;

/** What the verify route receives as its body: the uploaded bytes' digest, never the bytes. */
export interface ReportUpload {
  upload: true;
  sha256: string | null;
  size: number;
  tooLarge: boolean;
  /** multipart/form-data without a file part. */
  missingFile: boolean;
  /** A small JSON body of the form {"sha256": "..."}: the hash to check instead of a file. */
  hash: string | null;
}

export const isReportUpload = (body: unknown): body is ReportUpload =>
  typeof body === 'object' && body !== null && (body as ReportUpload).upload === true;

/** Hashes a stream as it arrives (constant memory), up to `limit` bytes; keeps the first bytes of a small body. */
function digest(stream: Readable, limit: number, keep: number) {
  return new Promise<{ sha256: string | null; size: number; tooLarge: boolean; head: Buffer }>((resolve, reject) => {
    const hash = createHash('sha256');
    let size = 0;
    const head: Buffer[] = [];
    let kept = 0;
    let tooLarge = false;
    stream.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        return;
      }
      hash.update(chunk);
      if (kept < keep) {
        head.push(chunk.subarray(0, keep - kept));
        kept += Math.min(chunk.length, keep - kept);
      }
    });
    stream.once('error', reject);
    stream.once('end', () =>
      resolve({ sha256: tooLarge ? null : hash.digest('hex'), size, tooLarge, head: Buffer.concat(head) }),
    );
  });
}

/**
 * Lets the verify route take the report file itself, streamed through SHA-256 and never buffered: raw bodies of
 * the report types, or the first file of a multipart/form-data upload. The route's request is given a private
 * content type in `onRequest`, so that the app-wide parsers of those types (JSON, the CSV import) stay as they are.
 */
export function registerVerifyUpload(fastify: FastifyInstance, limit: number) {
  if (fastify.hasContentTypeParser(UPLOAD_TYPE)) return;
  fastify.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.method !== 'POST' || request.routeOptions?.url !== VERIFY_ROUTE) return;
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (!RAW_REPORT_TYPES.includes(type) && type !== 'multipart/form-data') return;
    (request as FastifyRequest & { reportUploadType?: string }).reportUploadType = String(
      request.headers['content-type'],
    );
    request.headers['content-type'] = UPLOAD_TYPE;
  });
  fastify.addContentTypeParser(UPLOAD_TYPE, (request, payload, done) => {
    const original = (request as FastifyRequest & { reportUploadType?: string }).reportUploadType ?? '';
    const declared = Number(request.headers['content-length']);
    if (declared > limit + (original.startsWith('multipart/') ? 64 * 1024 : 0)) {
      payload.resume();
      return done(null, {
        upload: true,
        sha256: null,
        size: declared,
        tooLarge: true,
        missingFile: false,
        hash: null,
      } satisfies ReportUpload);
    }
    if (original.toLowerCase().startsWith('multipart/form-data')) {
      let busboy: Busboy.Busboy;
      try {
        busboy = Busboy({
          headers: { ...request.headers, 'content-type': original },
          limits: { files: 1, fields: 10, fileSize: limit + 1 },
        });
      } catch {
        return done(Object.assign(new Error('Malformed multipart body'), { statusCode: 422 }));
      }
      let result: Promise<ReportUpload> | null = null;
      busboy.on('file', (_name, file) => {
        if (result) return void file.resume();
        result = digest(file, limit, 0).then((d) => ({
          upload: true,
          sha256: d.sha256,
          size: d.size,
          tooLarge: d.tooLarge,
          missingFile: false,
          hash: null,
        }));
      });
      busboy.once('error', (err) => done(Object.assign(err as Error, { statusCode: 422 })));
      busboy.once('close', () => {
        if (!result)
          return done(null, {
            upload: true,
            sha256: null,
            size: 0,
            tooLarge: false,
            missingFile: true,
            hash: null,
          } satisfies ReportUpload);
        result.then(
          (r) => done(null, r),
          (err: Error) => done(err),
        );
      });
      payload.pipe(busboy);
      return;
    }
    const json = original.toLowerCase().startsWith('application/json');
    digest(payload, limit, json ? SMALL_JSON + 1 : 0).then(
      (d) => {
        let hash: string | null = null;
        if (json && d.size <= SMALL_JSON) {
          try {
            const parsed = JSON.parse(d.head.toString('utf8'));
            if (
              parsed &&
              typeof parsed === 'object' &&
              !Array.isArray(parsed) &&
              Object.keys(parsed).length === 1 &&
              'sha256' in parsed
            )
              hash = String(parsed.sha256);
          } catch {
            /* not JSON: a file that happens to be declared as JSON */
          }
        }
        done(null, {
          upload: true,
          sha256: d.sha256,
          size: d.size,
          tooLarge: d.tooLarge,
          missingFile: false,
          hash,
        } satisfies ReportUpload);
      },
      (err: Error) => done(err),
    );
  });
}
