import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type request from 'supertest';
import { eventually } from '../helpers/eventually';
import type { TestApp } from '../helpers/test-app';

/** A small SVG logo (what a partner uploads as its branding). */
export const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40">' +
  '<rect width="40" height="40" rx="8" fill="#0A7C66"/><path d="M10 20 l7 7 l13 -15" stroke="#fff" stroke-width="5" fill="none"/>' +
  '<text x="48" y="27" font-family="sans-serif" font-size="18" font-weight="bold" fill="#0A7C66">Northwind</text></svg>';

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Collects a binary response body (supertest buffers only known text types). */
export function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** Queues a report; answers its id. */
export async function generate(
  t: TestApp,
  headers: Record<string, string>,
  report: Record<string, unknown>,
): Promise<string> {
  const res = await t.http.post('/v2/reports/generate').set(headers).send({ report });
  if (res.status !== 202) throw new Error(`generate: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.id;
}

/** Polls the report until it is completed (or failed); answers its attributes and every progress value seen. */
export async function waitForReport(t: TestApp, headers: Record<string, string>, id: string, timeoutMs = 60_000) {
  const progress: number[] = [];
  const statuses: string[] = [];
  const attributes = await eventually(
    async () => {
      const res = await t.http.get(`/v2/reports/${id}`).set(headers).expect(200);
      const a = res.body.data.attributes;
      progress.push(a.progress);
      statuses.push(a.status);
      if (a.status !== 'completed' && a.status !== 'failed') throw new Error(`report is ${a.status} (${a.progress}%)`);
      return a;
    },
    timeoutMs,
    100,
  );
  return { attributes, progress, statuses };
}

export async function download(t: TestApp, headers: Record<string, string>, id: string) {
  const res = await t.http.get(`/v2/reports/${id}/download`).set(headers).buffer(true).parse(binary);
  return { res, body: res.body as Buffer };
}

const installed = (command: string, args: string[]) => {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
/** pdftotext (poppler-utils) and openssl, for what a reader and an auditor would run; checks skip without them. */
export const hasPdftotext = installed('pdftotext', ['-v']);
export const hasOpenssl = installed('openssl', ['version']);

/** The text of a PDF as pdftotext lays it out. */
export function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
