import { Readable, Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { ReportStorage } from './report-storage';

/** Bytes per row of `report_file_chunks`. */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * Report files in the database (the default: every API instance and worker sees them, on PostgreSQL and PGlite
 * alike): numbered bytea rows of at most 1 MiB, written as they fill and read back one at a time.
 */
export class PostgresReportStorage extends ReportStorage {
  readonly backend = 'postgres';

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  writer(key: string): Writable {
    const ds = this.dataSource;
    let parts: Buffer[] = [];
    let buffered = 0;
    let seq = 0;
    let started = false;
    const flush = async (all: boolean) => {
      if (!started) {
        await ds.query('DELETE FROM report_file_chunks WHERE key = $1', [key]);
        started = true;
      }
      if (buffered < CHUNK_BYTES && !(all && buffered > 0)) return;
      let whole = Buffer.concat(parts, buffered);
      while (whole.length >= CHUNK_BYTES || (all && whole.length > 0)) {
        const chunk = whole.subarray(0, CHUNK_BYTES);
        await ds.query('INSERT INTO report_file_chunks (key, seq, data) VALUES ($1, $2, $3)', [key, seq++, chunk]);
        whole = whole.subarray(chunk.length);
      }
      parts = whole.length ? [Buffer.from(whole)] : [];
      buffered = whole.length;
    };
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        parts.push(chunk);
        buffered += chunk.length;
        if (buffered < CHUNK_BYTES) return done();
        flush(false).then(() => done(), done);
      },
      final(done) {
        flush(true).then(() => done(), done);
      },
    });
  }

  async reader(key: string): Promise<Readable> {
    const ds = this.dataSource;
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM report_file_chunks WHERE key = $1', [key]);
    let seq = 0;
    return new Readable({
      read() {
        if (seq >= n) return void this.push(null);
        ds.query('SELECT data FROM report_file_chunks WHERE key = $1 AND seq = $2', [key, seq++]).then(
          (rows: { data: Buffer }[]) => {
            if (!rows.length) this.destroy(new Error(`Report file ${key} is incomplete`));
            else this.push(rows[0].data);
          },
          (err: Error) => this.destroy(err),
        );
      },
    });
  }

  async delete(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM report_file_chunks WHERE key = $1', [key]);
  }
}
