// A local stand-in for GitHub's cache service, spoken to by the real @actions/cache 6.3 (cache
// service v2, the "results" service) in a child process. One HTTP server on 127.0.0.1 (ephemeral port):
//
// Twirp JSON: POST /twirp/github.actions.results.api.v1.CacheService/<Method>, `Authorization:
//   Bearer <ACTIONS_RUNTIME_TOKEN>` (else 401). Errors are JSON `{code, msg}`; the client retries
//   500/502/503/504 (5 attempts, 3 s then ×1.5) and fails at once on 429 and other 4xx — but a body
//   that is not JSON is retried whatever the status; a `msg` holding "insufficient usage" is its
//   storage-quota error (shared/cacheTwirpClient.js, shared/errors.js).
//   CreateCacheEntry {key, version} → {ok, signed_upload_url}; a key+version reserved before (even if
//     never finalized) → 409 already_exists, which the library reports as "another job may be
//     creating this cache" (info, saveCache returns -1).
//   FinalizeCacheEntryUpload {key, size_bytes, version} → {ok, entry_id}; the size must match the blob.
//   GetCacheEntryDownloadURL {key, restore_keys, version} → {ok, signed_download_url, matched_key};
//     ok:false is a miss. Order: key exact, key prefix, then each restore key exact, then prefix;
//     prefix matches take the newest entry; only entries of the same version (paths + compression).
// Blobs: signed URLs are http://127.0.0.1:PORT/localcache/actions-cache/<id>?sig=… (IP-style Azure
//   URLs: account, container, blob). Upload is @azure/storage-blob uploadFile: Put Blob (one PUT,
//   x-ms-blob-type: BlockBlob) up to 128 MiB, else Put Block (?comp=block&blockid=) per 64 MiB and
//   Put Block List (?comp=blocklist, XML). Download from a host not *.blob.core.windows.net is one
//   plain GET (no Range; a 5xx is retried once after 5 s; a connection cut short fails as "aborted"
//   and the file's size is compared with Content-Length); Range is served anyway (downloadUtils.js,
//   requestUtils.js).
//
// Environment for the library (env()):
//   ACTIONS_CACHE_SERVICE_V2=true     picks v2 (only when GITHUB_SERVER_URL is not GHES, see below)
//   ACTIONS_RESULTS_URL=<server>/     v2's base URL
//   ACTIONS_RUNTIME_TOKEN             any string; sent as the bearer token and checked here
//   GITHUB_SERVER_URL=https://github.localhost
//                                     github.com, *.ghe.com and *.localhost are "not GHES" (config.js
//                                     isGhes); anything else falls back to v1
//   ACTIONS_CACHE_URL=<server>/       unused by v2; set so a v1 fallback can only reach this server
//                                     (its requests are logged as unknown routes and get 404)
//   ACTIONS_CACHE_MODE=write          reads and writes allowed (read, write-only, none limit them);
//                                     set so a value inherited from a real runner cannot leak in
//   RUNNER_TEMP, GITHUB_WORKSPACE     where archives are made; what paths are relative to
//
// Faults (fail/delay/truncate per operation, down/up) and a request log serve the tests.
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blobError, download, putBlob, putBlock, putBlockList } from './cache-service/blob.js';
import { Faults, type Fault, type Operation } from './cache-service/faults.js';
import { EntryStore, type Entry } from './cache-service/store.js';
import { TWIRP_METHODS, TWIRP_PREFIX, twirpCall, twirpError, type TwirpMethod, type TwirpReply } from './cache-service/twirp.js';

export type { Entry, Fault, Operation };

export interface LoggedRequest {
  /** A twirp method, a blob operation, or `<HTTP method> <path>` for an unknown route. */
  method: string;
  key?: string;
  status: number;
  /** True when an armed fault answered (or delayed or cut) this call. */
  injected?: boolean;
}

export interface CacheServiceOptions {
  /** Folder for the entries; kept after stop(), so another server can serve the same cache. */
  dir: string;
  token?: string;
}

const ACCOUNT = 'localcache';
const CONTAINER = 'actions-cache';
const MAX_TWIRP_BODY = 1 << 20;

export class CacheService {
  readonly store: EntryStore;
  readonly faults = new Faults();
  readonly log: LoggedRequest[] = [];
  readonly token: string;
  private server: http.Server;
  private port = 0;

  private constructor(opts: CacheServiceOptions) {
    fs.mkdirSync(opts.dir, { recursive: true });
    this.store = new EntryStore(opts.dir);
    this.token = opts.token ?? 'local-cache-service-token';
    this.server = this.newServer();
  }

  static async start(opts: CacheServiceOptions): Promise<CacheService> {
    const service = new CacheService(opts);
    await service.listen();
    return service;
  }

  /** http://127.0.0.1:PORT (no trailing slash). */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The environment @actions/cache needs to use this server (see the top of this file). */
  env(where: { workspace: string; runnerTemp: string }): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_CACHE_URL: `${this.url}/`,
      ACTIONS_RUNTIME_TOKEN: this.token,
      ACTIONS_CACHE_MODE: 'write',
      GITHUB_SERVER_URL: 'https://github.localhost',
      GITHUB_WORKSPACE: where.workspace,
      RUNNER_TEMP: where.runnerTemp,
    };
  }

  /** Fails the next `times` (default 1) calls of `op` with `status` (a 5xx, 429, …). */
  fail(op: Operation, status: number, more: Omit<Fault, 'status'> = {}) {
    this.faults.arm(op, { ...more, status });
  }

  /** Delays the next `times` (default: every) call of `op` by `ms`. */
  delay(op: Operation, ms: number, times = Infinity) {
    this.faults.arm(op, { delayMs: ms, times });
  }

  /** Cuts the next download after `bytes` body bytes (default: half the archive). */
  truncateNextDownload(bytes?: number) {
    this.faults.arm('Download', { truncateAt: bytes ?? -1 });
  }

  /** The whole service down: the listener closed and open connections cut (connection refused). */
  async down() {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Listening again, on the same port. */
  async up() {
    if (this.server.listening) return;
    this.server = this.newServer();
    await this.listen();
  }

  async stop() {
    if (this.server.listening) await this.down();
  }

  /** Log entries of one method (or all), in order. */
  calls(method?: string): LoggedRequest[] {
    return method ? this.log.filter((r) => r.method === method) : [...this.log];
  }

  private newServer(): http.Server {
    return http.createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'internal', msg: String(err) }));
        else res.destroy();
      });
    });
  }

  private async listen() {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.url);
    if (req.method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) return this.handleTwirp(url.pathname.slice(TWIRP_PREFIX.length), req, res);
    const blob = new RegExp(`^/${ACCOUNT}/${CONTAINER}/(\\d+)$`).exec(url.pathname);
    if (blob) return this.handleBlob(Number(blob[1]), url, req, res);
    req.resume();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    this.log.push({ method: `${req.method} ${url.pathname}`, status: 404 });
  }

  private async handleTwirp(method: string, req: IncomingMessage, res: ServerResponse) {
    const send = (reply: TwirpReply, extra: Record<string, string> = {}) => {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...extra }).end(JSON.stringify(reply.body));
      return reply.status;
    };
    let body = '';
    for await (const chunk of req) if ((body += chunk).length > MAX_TWIRP_BODY) break;
    let parsed: Record<string, unknown> | undefined;
    try {
      parsed = JSON.parse(body) as Record<string, unknown>;
    } catch {
      parsed = undefined;
    }
    const key = typeof parsed?.key === 'string' ? parsed.key : undefined;
    if (!(TWIRP_METHODS as readonly string[]).includes(method)) {
      this.log.push({ method: `twirp ${method}`, key, status: send(twirpError(404, `no such method: ${method}`, 'bad_route')) });
      return;
    }
    const op = method as TwirpMethod;
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      this.log.push({ method: op, key, status: send(twirpError(401, 'invalid or missing bearer token')) });
      return;
    }
    const fault = await this.applyFault(op);
    if (fault?.status) {
      const extra: Record<string, string> = fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {};
      if (fault.body !== undefined) res.writeHead(fault.status, { 'content-type': 'text/html', ...extra }).end(fault.body);
      else send(twirpError(fault.status, fault.msg ?? `injected fault: ${fault.status}`), extra);
      this.log.push({ method: op, key, status: fault.status, injected: true });
      return;
    }
    const reply = parsed ? twirpCall(op, parsed, this.store, (e) => this.signedUrl(e)) : twirpError(400, 'body is not JSON');
    this.log.push({ method: op, key, status: send(reply), ...(fault ? { injected: true } : {}) });
  }

  private async handleBlob(id: number, url: URL, req: IncomingMessage, res: ServerResponse) {
    const entry = this.store.get(id);
    const comp = url.searchParams.get('comp');
    const op: Operation | undefined =
      req.method === 'GET' || req.method === 'HEAD'
        ? 'Download'
        : req.method !== 'PUT'
          ? undefined
          : comp === 'block'
            ? 'PutBlock'
            : comp === 'blocklist'
              ? 'PutBlockList'
              : comp === null
                ? 'PutBlob'
                : undefined;
    const log = (status: number, injected?: boolean) =>
      this.log.push({ method: op ?? `${req.method} blob`, key: entry?.key, status, ...(injected ? { injected } : {}) });
    if (!op) return log(blobError(res, 400, 'UnsupportedHttpVerb', `${req.method} ${comp ?? ''} is not supported here`));
    if (!entry || url.searchParams.get('sig') !== entry.sig) {
      req.resume();
      return log(blobError(res, 403, 'AuthenticationFailed', 'Signature did not match.'));
    }
    const fault = await this.applyFault(op);
    if (fault?.status) {
      req.resume();
      return log(
        blobError(
          res,
          fault.status,
          fault.status === 503 ? 'ServerBusy' : 'InternalError',
          fault.msg ?? `injected fault: ${fault.status}`,
          fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {},
        ),
        true,
      );
    }
    if (op !== 'Download' && entry.finalizedAt !== undefined) {
      req.resume();
      return log(blobError(res, 409, 'BlobImmutable', 'This cache entry is finalized; a key is written once.'));
    }
    // Block ids are base64; a '+' that arrived unencoded reads as a space.
    const blockId = url.searchParams.get('blockid')?.replace(/ /g, '+') ?? null;
    const truncateAt = fault?.truncateAt !== undefined && fault.truncateAt < 0 ? Math.floor((entry.sizeBytes ?? 0) / 2) : fault?.truncateAt;
    const status =
      op === 'PutBlob'
        ? await putBlob(req, res, this.store, entry)
        : op === 'PutBlock'
          ? await putBlock(req, res, this.store, entry, blockId)
          : op === 'PutBlockList'
            ? await putBlockList(req, res, this.store, entry)
            : download(req, res, this.store, entry, truncateAt);
    log(status, fault ? true : undefined);
  }

  private signedUrl(entry: Entry): string {
    return `${this.url}/${ACCOUNT}/${CONTAINER}/${entry.id}?sv=2026-02-06&sr=b&sp=rw&sig=${entry.sig}`;
  }

  /** Takes the fault armed for this call of `op`, waiting out its delay first. */
  private async applyFault(op: Operation): Promise<Fault | undefined> {
    const fault = this.faults.take(op);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    return fault;
  }
}
