import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { waitFor } from './api-server';
import type { Client } from './auth';

export interface Receipt {
  id: string;
  fileName: string;
  status: string;
  duplicate: boolean;
}

/** POST /api/v1/documents with the given files (read from disk), each under `name` or its own base name. */
export function upload(http: Client, files: { file: string; name?: string }[]) {
  return files.reduce(
    (req, { file, name }) => req.attach('files', file, { filename: name ?? path.basename(file) }),
    http.post('/api/v1/documents'),
  );
}

/**
 * One file under exactly `name`, multipart written by hand: form-data (under supertest) keeps only the base name,
 * and a client sending a path as the name is the case under test. The name goes out as UTF-8, `"` as %22 (WHATWG).
 */
export function uploadBytes(http: Client, bytes: Buffer, name: string) {
  const boundary = `----plan-ledger-e2e-${Date.now()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name.replace(/"/g, '%22')}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')]);
  return http.post('/api/v1/documents').set('Content-Type', `multipart/form-data; boundary=${boundary}`).send(body);
}

const FINAL = new Set(['parsed', 'rejected', 'failed']);

/** Waits until the document's read-model row reaches a final status, and returns it (with its directives). */
export function settled(http: Client, id: string, timeoutMs = 90_000) {
  return waitFor(
    async () => {
      const res = await http.get(`/api/v1/documents/${id}`);
      return res.status === 200 && FINAL.has(res.body.status) ? res.body : undefined;
    },
    `document ${id} to settle`,
    timeoutMs,
  );
}

export const listDir = async (dir: string): Promise<string[]> =>
  (await fs.readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
