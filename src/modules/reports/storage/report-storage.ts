import type { Readable, Writable } from 'node:stream';

/**
 * Where report files live: a small object store. Writers and readers are streams, so a file is never held whole in
 * memory; `write` replaces whatever the key held (a retried job starts over).
 */
export abstract class ReportStorage {
  /** `postgres` or `s3`: stored on the report so that a file is read back from where it was written. */
  abstract readonly backend: string;
  /** A writable stream for the key; it finishes once the file is durably stored. */
  abstract writer(key: string, contentType: string): Writable;
  abstract reader(key: string): Promise<Readable>;
  abstract delete(key: string): Promise<void>;
}
