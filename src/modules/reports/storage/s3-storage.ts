import { PassThrough, type Readable, Writable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { ReportStorage } from './report-storage';

export interface S3StorageOptions {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Key prefix inside the bucket. */
  prefix: string;
}

/**
 * Report files in an S3-compatible object store (AWS S3, MinIO, Ceph, ...). Writes are multipart uploads of 8 MiB
 * parts, one in flight, so memory stays bounded whatever the file's size; reads stream the object's body.
 */
export class S3ReportStorage extends ReportStorage {
  readonly backend = 's3';
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
    });
  }

  private objectKey(key: string) {
    return `${this.options.prefix}${key}`;
  }

  writer(key: string, contentType: string): Writable {
    const body = new PassThrough({ highWaterMark: 1024 * 1024 });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.options.bucket, Key: this.objectKey(key), Body: body, ContentType: contentType },
      queueSize: 1,
      partSize: 8 * 1024 * 1024,
      leavePartsOnError: false,
    });
    const done = upload.done();
    // A failed upload must fail the writer even when nothing is being written at that moment.
    let failure: Error | null = null;
    done.catch((err: Error) => {
      failure = err;
      body.destroy();
    });
    return new Writable({
      write(chunk: Buffer, _encoding, callback) {
        if (failure) return callback(failure);
        if (body.write(chunk)) callback();
        else body.once('drain', () => callback(failure ?? undefined));
      },
      final(callback) {
        body.end();
        done.then(
          () => callback(),
          (err: Error) => callback(err),
        );
      },
      destroy(err, callback) {
        if (err) void upload.abort().catch(() => undefined);
        callback(err);
      },
    });
  }

  async reader(key: string): Promise<Readable> {
    const res = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
    return res.Body as Readable;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
  }
}
