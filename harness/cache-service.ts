// A local stand-in for GitHub's results service: the cache service as the real @actions/cache 6.3
// speaks it (cache service v2) and the artifact service as the real @actions/artifact 6.2 speaks it,
// both spoken to from child processes. One HTTP server on 127.0.0.1 (ephemeral port), one
// ACTIONS_RESULTS_URL for both:
//
// Auth: `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>` on every twirp call, a JWT this server signed
//   (token.ts; else 401) whose `scp` holds `Actions.Results:<run>:<job>`. Each job of a run gets its
//   own (env({run, job}), tokenFor()); the cache accepts any of them, the artifact service checks
//   the run and job in the request against it.
// Twirp JSON errors are `{code, msg}`. @actions/cache retries 500/502/503/504 (5 attempts, 3 s then
//   ×1.5) and fails at once on 429 and other 4xx — but a body that is not JSON is retried whatever the
//   status; a `msg` holding "insufficient usage" is its storage-quota error (shared/cacheTwirpClient.js,
//   shared/errors.js). @actions/artifact does the same but also retries 429 (artifact-twirp-client.js).
//
// Cache: POST /twirp/github.actions.results.api.v1.CacheService/<Method>
//   CreateCacheEntry {key, version} → {ok, signed_upload_url}; a key+version reserved before (even if
//     never finalized) → 409 already_exists, which the library reports as "another job may be
//     creating this cache" (info, saveCache returns -1).
//   FinalizeCacheEntryUpload {key, size_bytes, version} → {ok, entry_id}; the size must match the blob.
//   GetCacheEntryDownloadURL {key, restore_keys, version} → {ok, signed_download_url, matched_key};
//     ok:false is a miss. Order: key exact, key prefix, then each restore key exact, then prefix;
//     prefix matches take the newest entry; only entries of the same version (paths + compression).
// Artifacts: POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>, every request with
//   workflow_run_backend_id and workflow_job_run_backend_id from the token (cache-service/artifacts.ts):
//   CreateArtifact {name, version: 7, mime_type, expires_at?} → {ok, signed_upload_url}; a name held by
//     a live artifact of the run → 409 already_exists ("an artifact with this name already exists on
//     the workflow run"). Names refuse `" : < > | * ? \ /` and CR/LF.
//   FinalizeArtifact {name, size, hash: "sha256:…"} → {ok, artifact_id}; size and hash must match the blob.
//   ListArtifacts {name_filter?, id_filter?} → {artifacts: [{workflow_run_backend_id,
//     workflow_job_run_backend_id, database_id, name, size, created_at, digest}]}: the run's finalized
//     artifacts only; `latest` is the client's own filter (highest database_id per name).
//   GetSignedArtifactURL {name} → {signed_url}; DeleteArtifact {name} → {ok, artifact_id} (the name is free again).
// Blobs: signed URLs are http://127.0.0.1:PORT/localcache/<container>/<id>?sig=… (IP-style Azure URLs:
//   account, container, blob): container actions-cache for cache entries, actions-results for
//   artifacts. The cache uploads with @azure/storage-blob uploadFile: Put Blob (one PUT, x-ms-blob-type:
//   BlockBlob) up to 128 MiB, else Put Block (?comp=block&blockid=) per 64 MiB and Put Block List
//   (?comp=blocklist, XML). Artifacts always go up as Put Block per 8 MiB plus Put Block List
//   (uploadStream), whose x-ms-blob-content-type (application/zip) the download sends back as
//   Content-Type: that is what makes the client unzip. Download from a host not *.blob.core.windows.net
//   is one plain GET that must answer 200 (no Range; @actions/cache retries a 5xx once after 5 s and
//   compares the size with Content-Length, a cut connection fails as "aborted"; @actions/artifact
//   retries any failure 5 times, 5 s apart); Range is served anyway (downloadUtils.js, requestUtils.js,
//   download-artifact.js).
//
// Environment for the libraries (env()):
//   ACTIONS_CACHE_SERVICE_V2=true     picks v2 (only when GITHUB_SERVER_URL is not GHES, see below)
//   ACTIONS_RESULTS_URL=<server>/     the base URL of both services
//   ACTIONS_RUNTIME_TOKEN             the JWT of env()'s run and job (default run-1, job-1)
//   GITHUB_SERVER_URL=https://github.localhost
//                                     github.com, *.ghe.com and *.localhost are "not GHES" (config.js
//                                     isGhes); otherwise the cache falls back to v1, artifacts refuse
//   ACTIONS_CACHE_URL=<server>/       unused by v2; set so a v1 fallback can only reach this server
//                                     (its requests are logged as unknown routes and get 404)
//   ACTIONS_CACHE_MODE=write          reads and writes allowed (read, write-only, none limit them);
//                                     set so a value inherited from a real runner cannot leak in
//   RUNNER_TEMP, GITHUB_WORKSPACE     where archives are made; what paths are relative to
//
// Faults (fail/delay/truncate per operation, down/up) and a request log serve the tests.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArtifactStore, type Artifact } from './cache-service/artifact-store.js';
import { Faults, type Fault, type Operation } from './cache-service/faults.js';
import {
  ACCOUNT,
  ARTIFACT_CONTAINER,
  CACHE_CONTAINER,
  handleBlob,
  handleTwirp,
  isTwirpPath,
  type Container,
  type LoggedRequest,
  type RouteContext,
} from './cache-service/routes.js';
import { EntryStore, type Entry } from './cache-service/store.js';
import { TokenIssuer, type JobIdentity } from './cache-service/token.js';

export type { Artifact, Entry, Fault, JobIdentity, LoggedRequest, Operation };

export interface CacheServiceOptions {
  /** Folder for the cache entries and artifacts; kept after stop(), so another server can serve them. */
  dir: string;
}

/** The run and job env() and `token` are for unless told otherwise. */
export const DEFAULT_JOB: JobIdentity = { run: 'run-1', job: 'job-1' };

const BLOB_ROUTE = new RegExp(`^/${ACCOUNT}/(${CACHE_CONTAINER}|${ARTIFACT_CONTAINER})/(\\d+)$`);

export class CacheService {
  readonly store: EntryStore;
  readonly artifacts: ArtifactStore;
  readonly tokens = new TokenIssuer();
  readonly faults = new Faults();
  readonly log: LoggedRequest[] = [];
  /** The token of DEFAULT_JOB. */
  readonly token: string;
  private server: http.Server;
  private port = 0;

  private constructor(opts: CacheServiceOptions) {
    fs.mkdirSync(opts.dir, { recursive: true });
    this.store = new EntryStore(opts.dir);
    this.artifacts = new ArtifactStore(opts.dir);
    this.token = this.tokenFor(DEFAULT_JOB.run, DEFAULT_JOB.job);
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

  /** An ACTIONS_RUNTIME_TOKEN for `job` of workflow run `run` (ids without spaces or colons). */
  tokenFor(run: string, job: string): string {
    return this.tokens.issue({ run, job });
  }

  /**
   * The environment @actions/cache and @actions/artifact need to use this server as one job of one
   * run (see the top of this file): `run` and `job` default to DEFAULT_JOB; each job of a run passes
   * its own `job`, another run its own `run`.
   */
  env(where: { workspace: string; runnerTemp: string; run?: string; job?: string }): Record<string, string> {
    const token = where.run === undefined && where.job === undefined ? this.token : this.tokenFor(where.run ?? DEFAULT_JOB.run, where.job ?? DEFAULT_JOB.job);
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_CACHE_URL: `${this.url}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_CACHE_MODE: 'write',
      GITHUB_SERVER_URL: 'https://github.localhost',
      GITHUB_WORKSPACE: where.workspace,
      RUNNER_TEMP: where.runnerTemp,
    };
  }

  /** env() for a job of the local runner, which sets GITHUB_WORKSPACE and RUNNER_TEMP itself. */
  jobEnv(where: { run?: string; job?: string } = {}): Record<string, string> {
    const { GITHUB_WORKSPACE: _w, RUNNER_TEMP: _t, ...rest } = this.env({ workspace: '', runnerTemp: '', ...where });
    return rest;
  }

  /** Fails the next `times` (default 1) calls of `op` with `status` (a 5xx, 429, …). */
  fail(op: Operation, status: number, more: Omit<Fault, 'status'> = {}) {
    this.faults.arm(op, { ...more, status });
  }

  /** Delays the next `times` (default: every) call of `op` by `ms`. */
  delay(op: Operation, ms: number, times = Infinity) {
    this.faults.arm(op, { delayMs: ms, times });
  }

  /** Cuts the next download (a cache entry's or an artifact's) after `bytes` body bytes (default: half). */
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

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', this.url);
    if (req.method === 'POST' && isTwirpPath(url.pathname)) return handleTwirp(this.routes, url.pathname, req, res);
    const blob = BLOB_ROUTE.exec(url.pathname);
    if (blob) return handleBlob(this.routes, blob[1] as Container, Number(blob[2]), url, req, res);
    req.resume();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    this.log.push({ method: `${req.method} ${url.pathname}`, status: 404 });
  }

  private get routes(): RouteContext {
    return {
      store: this.store,
      artifacts: this.artifacts,
      tokens: this.tokens,
      log: this.log,
      applyFault: async (op) => {
        const fault = this.faults.take(op);
        if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        return fault;
      },
      // Azure SAS parameters; only `sig` is checked. An artifact's upload URL may write, its download URL only read.
      signedUrl: (container, entry, write) => {
        const perms = container === CACHE_CONTAINER ? 'rw' : write ? 'racw' : 'r';
        return `${this.url}/${ACCOUNT}/${container}/${entry.id}?sv=2026-02-06&sr=b&sp=${perms}&sig=${entry.sig}`;
      },
    };
  }
}
