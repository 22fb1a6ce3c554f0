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

  /**
   * Collects the bytes into 1 MiB rows. One INSERT is in flight while the renderer fills the next row (the two overlap
   * on separate cores); a second full row waits for it (backpressure), so at most two rows are held.
   */
  writer(key: string): Writable {
    const ds = this.dataSource;
    let parts: Buffer[] = [];
    let buffered = 0;
    let seq = 0;
    // The previous write to the database (the DELETE of a previous attempt's rows first); rejected on failure.
    let inFlight: Promise<void> = ds
      .query('DELETE FROM report_file_chunks WHERE key = $1', [key])
      .then(() => undefined);
    inFlight.catch(() => undefined);
    const take = () => {
      const whole = parts.length === 1 ? parts[0] : Buffer.concat(parts, buffered);
      parts = [];
      buffered = 0;
      return whole;
    };
    const insert = async (whole: Buffer) => {
      for (let at = 0; at < whole.length; at += CHUNK_BYTES)
        await ds.query('INSERT INTO report_file_chunks (key, seq, data) VALUES ($1, $2, $3)', [
          key,
          seq++,
          whole.subarray(at, at + CHUNK_BYTES),
        ]);
    };
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        parts.push(chunk);
        buffered += chunk.length;
        if (buffered < CHUNK_BYTES) return done();
        // Whole rows go now; the remainder (copied: it must not pin the big buffer) starts the next row.
        const whole = take();
        const cut = whole.length - (whole.length % CHUNK_BYTES);
        if (cut < whole.length) {
          parts = [Buffer.from(whole.subarray(cut))];
          buffered = parts[0].length;
        }
        inFlight.then(() => {
          inFlight = insert(whole.subarray(0, cut));
          inFlight.catch(() => undefined);
          done();
        }, done);
      },
      final(done) {
        inFlight
          .then(() => (buffered ? insert(take()) : undefined))
          .then(
            () => done(),
            (err: Error) => done(err),
          );
      },
      // A failed report deletes its rows: an INSERT still running must land before that.
      destroy(err, done) {
        inFlight.then(
          () => done(err),
          () => done(err),
        );
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
