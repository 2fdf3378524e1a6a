// The three twirp methods of github.actions.results.api.v1.CacheService, as JSON. Requests arrive in
// proto field names (the client sends `useProtoFieldName: true`); camelCase is accepted too, as twirp
// servers do. Answers use proto names with every field present, as GitHub's Go twirp server sends
// them (the client's fromJson reads both spellings; its URL masking looks at `signed_*_url` only).
import type { Entry, EntryStore } from './store.js';
import { twirpCode } from './faults.js';

export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
export const TWIRP_METHODS = ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'] as const;
export type TwirpMethod = (typeof TWIRP_METHODS)[number];

export interface TwirpReply {
  status: number;
  body: Record<string, unknown>;
}

/** A twirp error: JSON `{code, msg}` with the HTTP status twirp pairs with the code. */
export function twirpError(status: number, msg: string, code = twirpCode(status)): TwirpReply {
  return { status, body: { code, msg } };
}

const field = (req: Record<string, unknown>, proto: string, json: string): unknown => req[proto] ?? req[json];

export function twirpCall(method: TwirpMethod, req: Record<string, unknown>, store: EntryStore, signedUrl: (e: Entry) => string): TwirpReply {
  const key = req.key;
  const version = req.version;
  if (typeof key !== 'string' || !key || typeof version !== 'string' || !version) return twirpError(400, 'key and version are required');
  switch (method) {
    case 'CreateCacheEntry': {
      const entry = store.reserve(key, version);
      // GitHub's answer for a taken key+version (finalized or still being uploaded).
      if (!entry) return twirpError(409, 'cache entry with the same key, version, and scope already exists');
      return { status: 200, body: { ok: true, signed_upload_url: signedUrl(entry), message: '' } };
    }
    case 'FinalizeCacheEntryUpload': {
      const size = Number(field(req, 'size_bytes', 'sizeBytes') ?? 0);
      const result = store.finalize(key, version, size);
      if (result === 'not reserved') return twirpError(404, 'cache entry not found');
      if (typeof result === 'string') return { status: 200, body: { ok: false, entry_id: '0', message: `cannot finalize: ${result}` } };
      return { status: 200, body: { ok: true, entry_id: String(result.id), message: '' } };
    }
    case 'GetCacheEntryDownloadURL': {
      const restoreKeys = field(req, 'restore_keys', 'restoreKeys') ?? [];
      if (!Array.isArray(restoreKeys) || !restoreKeys.every((k) => typeof k === 'string')) return twirpError(400, 'restore_keys must be strings');
      const entry = store.lookup(key, restoreKeys, version);
      if (!entry) return { status: 200, body: { ok: false, signed_download_url: '', matched_key: '' } };
      return { status: 200, body: { ok: true, signed_download_url: signedUrl(entry), matched_key: entry.key } };
    }
  }
}
