import type { Writable } from 'node:stream';

/** Writes text to a stream, waiting when it asks to (backpressure), so that nothing piles up in memory. */
export class TextOut {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly out: Writable) {}

  /** Queues text; every ~64 KiB it is handed to the stream (and awaited when the stream is full). */
  async write(text: string): Promise<void> {
    if (this.add(text)) await this.flush();
  }

  /** Queues text without a promise (hot loops); true when the caller should `await flush()`. */
  add(text: string): boolean {
    this.pending.push(text);
    this.size += text.length;
    return this.size >= 65_536;
  }

  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.size = 0;
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
  }
}

/** Counts findings as a renderer walks them and reports progress in 0..1. */
export type Progress = (done: number) => void;
