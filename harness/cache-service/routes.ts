// The server's two kinds of request (see the top of ../cache-service.ts): twirp calls of either
// service and the blob endpoints behind the signed URLs. Each is logged; an armed fault answers first.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Artifact, ArtifactStore } from './artifact-store.js';
import { ARTIFACT_METHODS, ARTIFACT_PREFIX, artifactCall, type ArtifactMethod } from './artifacts.js';
import { blobError, blobOperation, download, putBlob, putBlock, putBlockList } from './blob.js';
import type { Fault, Operation } from './faults.js';
import type { Entry, EntryStore } from './store.js';
import type { TokenIssuer } from './token.js';
import { TWIRP_METHODS, TWIRP_PREFIX, twirpCall, twirpError, type TwirpMethod, type TwirpReply } from './twirp.js';

export interface LoggedRequest {
  /** A twirp method, a blob operation, or `<HTTP method> <path>` for an unknown route. */
  method: string;
  /** The cache key, or the artifact's name (ListArtifacts: its name filter). */
  key?: string;
  /** Artifact calls: the workflow run they were for. */
  run?: string;
  status: number;
  /** True when an armed fault answered (or delayed or cut) this call. */
  injected?: boolean;
}

export const ACCOUNT = 'localcache';
export const CACHE_CONTAINER = 'actions-cache';
export const ARTIFACT_CONTAINER = 'actions-results';
export type Container = typeof CACHE_CONTAINER | typeof ARTIFACT_CONTAINER;

/** What the handlers need of the service. */
export interface RouteContext {
  readonly store: EntryStore;
  readonly artifacts: ArtifactStore;
  readonly tokens: TokenIssuer;
  readonly log: LoggedRequest[];
  /** Takes the fault armed for this call of `op`, waiting out its delay first. */
  applyFault(op: Operation): Promise<Fault | undefined>;
  signedUrl(container: Container, entry: { id: number; sig: string }, write: boolean): string;
}

const MAX_TWIRP_BODY = 1 << 20;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const entryOf = (v: Record<string, unknown>) => ({ ...(v.key !== undefined ? { key: v.key as string } : {}), ...(v.run ? { run: v.run as string } : {}) });

export function isTwirpPath(pathname: string): boolean {
  return pathname.startsWith(TWIRP_PREFIX) || pathname.startsWith(ARTIFACT_PREFIX);
}

export async function handleTwirp(ctx: RouteContext, pathname: string, req: IncomingMessage, res: ServerResponse) {
  const send = (reply: TwirpReply, extra: Record<string, string> = {}) => {
    res.writeHead(reply.status, { 'content-type': 'application/json', ...extra }).end(JSON.stringify(reply.body));
    return reply.status;
  };
  let body = '';
  for await (const chunk of req) if ((body += chunk).length > MAX_TWIRP_BODY) break;
  let parsed: Record<string, unknown> | undefined;
  try {
    const value: unknown = JSON.parse(body);
    parsed = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    parsed = undefined;
  }
  const cache = pathname.startsWith(TWIRP_PREFIX);
  const method = pathname.slice((cache ? TWIRP_PREFIX : ARTIFACT_PREFIX).length);
  const key = cache ? str(parsed?.key) : (str(parsed?.name) ?? str(parsed?.name_filter));
  const run = cache ? undefined : str(parsed?.workflow_run_backend_id);
  const log = (op: string, status: number, injected?: boolean) =>
    ctx.log.push({ method: op, ...entryOf({ key, run }), status, ...(injected ? { injected } : {}) });
  if (!(cache ? (TWIRP_METHODS as readonly string[]) : (ARTIFACT_METHODS as readonly string[])).includes(method)) {
    return log(`twirp ${method}`, send(twirpError(404, `no such method: ${method}`, 'bad_route')));
  }
  const op = method as TwirpMethod | ArtifactMethod;
  const caller = ctx.tokens.verify(req.headers.authorization);
  if (!caller) return log(op, send(twirpError(401, 'invalid or missing bearer token')));
  const fault = await ctx.applyFault(op);
  if (fault?.status) {
    const extra: Record<string, string> = fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {};
    if (fault.body !== undefined) res.writeHead(fault.status, { 'content-type': 'text/html', ...extra }).end(fault.body);
    else send(twirpError(fault.status, fault.msg ?? `injected fault: ${fault.status}`), extra);
    return log(op, fault.status, true);
  }
  const reply = !parsed
    ? twirpError(400, 'body is not a JSON object')
    : cache
      ? twirpCall(op as TwirpMethod, parsed, ctx.store, (e) => ctx.signedUrl(CACHE_CONTAINER, e, true))
      : artifactCall(op as ArtifactMethod, parsed, caller, ctx.artifacts, (a, write) => ctx.signedUrl(ARTIFACT_CONTAINER, a, write));
  log(op, send(reply), fault !== undefined);
}

export async function handleBlob(ctx: RouteContext, container: Container, id: number, url: URL, req: IncomingMessage, res: ServerResponse) {
  const entry: Entry | Artifact | undefined = container === CACHE_CONTAINER ? ctx.store.get(id) : ctx.artifacts.get(id);
  const files = container === CACHE_CONTAINER ? ctx.store : ctx.artifacts;
  const comp = url.searchParams.get('comp');
  const op = blobOperation(req.method, comp);
  const log = (status: number, injected?: boolean) =>
    ctx.log.push({
      method: op ?? `${req.method} blob`,
      ...entryOf(entry ? ('key' in entry ? { key: entry.key } : { key: entry.name, run: entry.run }) : {}),
      status,
      ...(injected ? { injected } : {}),
    });
  if (!op) return log(blobError(res, 400, 'UnsupportedHttpVerb', `${req.method} ${comp ?? ''} is not supported here`));
  if (!entry || url.searchParams.get('sig') !== entry.sig) {
    req.resume();
    return log(blobError(res, 403, 'AuthenticationFailed', 'Signature did not match.'));
  }
  const fault = await ctx.applyFault(op);
  if (fault?.status) {
    req.resume();
    const code = fault.status === 503 ? 'ServerBusy' : 'InternalError';
    return log(
      blobError(res, fault.status, code, fault.msg ?? `injected fault: ${fault.status}`, fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {}),
      true,
    );
  }
  if (op !== 'Download' && entry.finalizedAt !== undefined) {
    req.resume();
    return log(blobError(res, 409, 'BlobImmutable', 'This blob is finalized; it is written once.'));
  }
  // Block ids are base64; a '+' that arrived unencoded reads as a space.
  const blockId = url.searchParams.get('blockid')?.replace(/ /g, '+') ?? null;
  const status =
    op === 'PutBlob'
      ? await putBlob(req, res, files, entry)
      : op === 'PutBlock'
        ? await putBlock(req, res, files, entry, blockId)
        : op === 'PutBlockList'
          ? await putBlockList(req, res, files, entry)
          : download(req, res, files, entry, fault?.truncateAt);
  // Azure keeps the blob's content type from the upload and serves it on every read.
  const contentType = req.headers['x-ms-blob-content-type'];
  if (status === 201 && op !== 'PutBlock' && container === ARTIFACT_CONTAINER && typeof contentType === 'string') {
    ctx.artifacts.setContentType(entry as Artifact, contentType);
  }
  log(status, fault ? true : undefined);
}
