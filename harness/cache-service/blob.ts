// The blob endpoints behind the signed URLs, as much of Azure Blob Storage as @azure/storage-blob's
// BlockBlobClient.uploadFile and a plain HTTP GET use: Put Blob, Put Block, Put Block List, Get Blob
// (with Range), for cache entries and artifacts alike. Writes answer 201 with the headers Azure sends (etag, last-modified, x-ms-request-id,
// x-ms-version, Content-MD5 of the body for Put Blob/Block); a Content-MD5 the client sends is checked.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BlobEntry, BlobFiles } from './store.js';

/** What we answered, for the request log. */
export type Answer = number;

const MAX_BLOCK_LIST_BYTES = 1 << 20;

export function blobError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): Answer {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code, 'x-ms-request-id': randomUUID(), ...extra });
  res.end(body);
  return status;
}

function created(req: IncomingMessage, res: ServerResponse, extra: Record<string, string> = {}): Answer {
  res.writeHead(201, {
    etag: `"0x${randomUUID().replace(/-/g, '').slice(0, 15).toUpperCase()}"`,
    'last-modified': new Date().toUTCString(),
    'x-ms-request-id': randomUUID(),
    'x-ms-version': String(req.headers['x-ms-version'] ?? '2026-02-06'),
    'x-ms-request-server-encrypted': 'true',
    'content-length': '0',
    ...extra,
  });
  res.end();
  return 201;
}

/** Streams the request body to `file` (via a temp file); checks Content-Length and Content-MD5. */
async function receive(req: IncomingMessage, res: ServerResponse, file: string): Promise<{ md5: string } | Answer> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const hash = createHash('md5');
  let size = 0;
  const tmp = `${file}.${randomUUID()}.part`;
  try {
    await pipeline(
      req,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      fs.createWriteStream(tmp),
    );
  } catch {
    fs.rmSync(tmp, { force: true });
    return 0; // the client went away: nothing to answer
  }
  const md5 = hash.digest('base64');
  const expected = req.headers['content-length'];
  const sentMd5 = req.headers['content-md5'];
  let problem: Answer | undefined;
  if (expected !== undefined && Number(expected) !== size) problem = blobError(res, 400, 'InvalidInput', `Content-Length ${expected}, body ${size}`);
  else if (sentMd5 && sentMd5 !== md5)
    problem = blobError(res, 400, 'Md5Mismatch', 'The MD5 value specified in the request did not match the MD5 value calculated by the server.');
  if (problem) {
    fs.rmSync(tmp, { force: true });
    return problem;
  }
  fs.renameSync(tmp, file);
  return { md5 };
}

/** Put Blob: the whole archive in one request. */
export async function putBlob(req: IncomingMessage, res: ServerResponse, store: BlobFiles, entry: BlobEntry): Promise<Answer> {
  if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return blobError(res, 400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob');
  const got = await receive(req, res, store.blobPath(entry.id));
  return typeof got === 'number' ? got : created(req, res, { 'content-md5': got.md5 });
}

/** Put Block: one staged block, named by its base64 block id. */
export async function putBlock(req: IncomingMessage, res: ServerResponse, store: BlobFiles, entry: BlobEntry, blockId: string | null): Promise<Answer> {
  if (!blockId) return blobError(res, 400, 'MissingRequiredQueryParameter', 'blockid is required');
  const got = await receive(req, res, store.blockPath(entry.id, blockId));
  return typeof got === 'number' ? got : created(req, res, { 'content-md5': got.md5 });
}

/** Put Block List: `<BlockList><Latest>id</Latest>…</BlockList>`; the blob is those blocks in order. */
export async function putBlockList(req: IncomingMessage, res: ServerResponse, store: BlobFiles, entry: BlobEntry): Promise<Answer> {
  let xml = '';
  for await (const chunk of req) {
    xml += chunk;
    if (xml.length > MAX_BLOCK_LIST_BYTES) return blobError(res, 413, 'RequestBodyTooLarge', 'block list too large');
  }
  const ids = [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2]);
  if (!/<BlockList>/.test(xml) || ids.length === 0) return blobError(res, 400, 'InvalidXmlDocument', 'expected a BlockList with blocks');
  if (!(await store.commitBlocks(entry.id, ids))) return blobError(res, 400, 'InvalidBlockList', 'a listed block was never staged');
  return created(req, res);
}

/** The blob operation a request is, by HTTP method and `comp=`; undefined for one not served here. */
export function blobOperation(method: string | undefined, comp: string | null): 'PutBlob' | 'PutBlock' | 'PutBlockList' | 'Download' | undefined {
  if (method === 'GET' || method === 'HEAD') return 'Download';
  if (method !== 'PUT') return undefined;
  return comp === 'block' ? 'PutBlock' : comp === 'blocklist' ? 'PutBlockList' : comp === null ? 'PutBlob' : undefined;
}

/**
 * Get Blob: 200 with the whole archive, or 206 for a `Range`/`x-ms-range` of `bytes=a-b`, `a-` or
 * `-n`. `truncateAt` cuts the connection after that many body bytes (negative: half of them;
 * Content-Length stays honest).
 */
export function download(req: IncomingMessage, res: ServerResponse, store: BlobFiles, entry: BlobEntry, truncateAt?: number): Answer {
  const file = store.blobPath(entry.id);
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
  if (size === undefined || entry.finalizedAt === undefined) return blobError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
  let start = 0;
  let end = size - 1;
  const range = req.headers['x-ms-range'] ?? req.headers.range;
  const headers: Record<string, string> = {
    'content-type': entry.contentType ?? 'application/octet-stream',
    'accept-ranges': 'bytes',
    'x-ms-blob-type': 'BlockBlob',
    'last-modified': new Date(entry.finalizedAt).toUTCString(),
    etag: `"0x${entry.id.toString(16).toUpperCase()}${entry.sig.slice(0, 8).toUpperCase()}"`,
    'x-ms-request-id': randomUUID(),
  };
  if (typeof range === 'string') {
    const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    if (m && m[1] !== '') [start, end] = [Number(m[1]), m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)];
    else if (m && m[2] !== '') start = Math.max(0, size - Number(m[2]));
    if (!m || (m[1] === '' && m[2] === '') || start > end || start >= size)
      return blobError(res, 416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.', {
        'content-range': `bytes */${size}`,
      });
    headers['content-range'] = `bytes ${start}-${end}/${size}`;
  }
  const length = end - start + 1;
  res.writeHead(headers['content-range'] ? 206 : 200, { ...headers, 'content-length': String(length) });
  if (req.method === 'HEAD' || length === 0) {
    res.end();
    return res.statusCode;
  }
  const cut = truncateAt === undefined ? length : truncateAt < 0 ? Math.floor(length / 2) : Math.min(truncateAt, length);
  if (cut === 0) {
    res.destroy();
    return res.statusCode;
  }
  const stream = fs.createReadStream(file, { start, end: start + cut - 1 });
  if (cut === length) stream.pipe(res);
  else {
    stream.pipe(res, { end: false });
    stream.on('end', () => res.write('', () => res.destroy()));
  }
  return res.statusCode;
}
