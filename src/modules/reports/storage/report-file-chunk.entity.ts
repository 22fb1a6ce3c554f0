import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The PostgreSQL report storage: a file as numbered chunks of at most 1 MiB, keyed like an object store. Not a
 * tenant table: it is reached only through `ReportStorage` with the key of a report that was loaded through the
 * caller's scope.
 */
@Entity('report_file_chunks')
export class ReportFileChunk {
  @PrimaryColumn({ type: 'varchar', length: 500 }) key: string;
  @PrimaryColumn({ type: 'integer' }) seq: number;
  @Column({ type: 'bytea' }) data: Buffer;
}
