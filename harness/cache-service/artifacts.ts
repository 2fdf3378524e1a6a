// The five twirp methods of github.actions.results.api.v1.ArtifactService, as JSON, the way
// @actions/artifact 6.2 calls them (generated/results/api/v1/artifact.js; requests in proto field
// names, camelCase accepted too). Proto JSON: int64 fields (size, database_id, artifact_id) travel as
// strings, Timestamps (expires_at, created_at) as RFC 3339 strings, wrappers (mime_type, hash,
// name_filter, id_filter, digest) as their bare value.
//
// Every request names the run and the job (workflow_run_backend_id, workflow_job_run_backend_id, which
// the client takes from its token); the run must be the token's run (else 403 permission_denied).
// Create and Finalize also need the token's job; GetSignedArtifactURL and DeleteArtifact send the job
// that made the artifact (ListArtifacts' answer), and it must be that job.
import type { Artifact, ArtifactStore } from './artifact-store.js';
import type { JobIdentity } from './token.js';
import { twirpError, type TwirpReply } from './twirp.js';

export const ARTIFACT_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
export const ARTIFACT_METHODS = ['CreateArtifact', 'FinalizeArtifact', 'ListArtifacts', 'GetSignedArtifactURL', 'DeleteArtifact'] as const;
export type ArtifactMethod = (typeof ARTIFACT_METHODS)[number];

/** The characters the client refuses in a name (path-and-artifact-name-validation.js); refused here too. */
const BAD_NAME = /["<>|*?\\/:\r\n]/;

const field = (req: Record<string, unknown>, proto: string, json: string): unknown => req[proto] ?? req[json];

/** A proto3 JSON int64: a decimal string or a number. */
function int64(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

/** How ListArtifacts shows one (ListArtifactsResponse.MonolithArtifact). */
function monolith(a: Artifact) {
  return {
    workflow_run_backend_id: a.run,
    workflow_job_run_backend_id: a.job,
    database_id: String(a.id),
    name: a.name,
    size: String(a.size ?? 0),
    created_at: new Date(a.createdAt).toISOString(),
    ...(a.digest ? { digest: a.digest } : {}),
  };
}

export function artifactCall(
  method: ArtifactMethod,
  req: Record<string, unknown>,
  caller: JobIdentity,
  store: ArtifactStore,
  signedUrl: (a: Artifact, write: boolean) => string,
): TwirpReply {
  const run = field(req, 'workflow_run_backend_id', 'workflowRunBackendId');
  const job = field(req, 'workflow_job_run_backend_id', 'workflowJobRunBackendId');
  if (typeof run !== 'string' || !run || typeof job !== 'string' || !job) {
    return twirpError(400, 'workflow_run_backend_id and workflow_job_run_backend_id are required');
  }
  if (run !== caller.run) return twirpError(403, `the token is not for workflow run ${run}`);
  const name = req.name;
  if (method !== 'ListArtifacts' && (typeof name !== 'string' || !name)) return twirpError(400, 'name is required');
  switch (method) {
    case 'CreateArtifact': {
      if (job !== caller.job) return twirpError(403, `the token is not for job ${job}`);
      if (BAD_NAME.test(name as string)) return twirpError(400, `the artifact name is not valid: ${JSON.stringify(name)}`);
      const expires = field(req, 'expires_at', 'expiresAt');
      const expiresAt = expires === undefined ? undefined : typeof expires === 'string' ? Date.parse(expires) : NaN;
      if (Number.isNaN(expiresAt)) return twirpError(400, 'expires_at must be an RFC 3339 timestamp');
      const mimeType = field(req, 'mime_type', 'mimeType');
      const version = req.version;
      const artifact = store.create(run, job, name as string, {
        ...(expiresAt !== undefined ? { expiresAt } : {}),
        ...(typeof mimeType === 'string' ? { mimeType } : {}),
        ...(typeof version === 'number' ? { version } : {}),
      });
      // GitHub's words for a name taken in this run (upload-artifact v4 shows them on a second upload).
      if (!artifact) return twirpError(409, 'an artifact with this name already exists on the workflow run');
      return { status: 200, body: { ok: true, signed_upload_url: signedUrl(artifact, true) } };
    }
    case 'FinalizeArtifact': {
      if (job !== caller.job) return twirpError(403, `the token is not for job ${job}`);
      const artifact = store.find(run, name as string);
      if (!artifact || artifact.job !== job) return twirpError(404, 'artifact not found');
      const size = int64(req.size ?? '0');
      const hash = req.hash;
      if (size === undefined || (hash !== undefined && typeof hash !== 'string')) return twirpError(400, 'size must be an int64 and hash a string');
      const result = store.finalize(artifact, size, hash as string | undefined);
      if (result === 'already finalized') return twirpError(409, 'the artifact is already finalized');
      if (typeof result === 'string') return twirpError(400, `cannot finalize the artifact: ${result}`);
      return { status: 200, body: { ok: true, artifact_id: String(result.id) } };
    }
    case 'ListArtifacts': {
      const nameFilter = field(req, 'name_filter', 'nameFilter');
      const idFilter = field(req, 'id_filter', 'idFilter');
      const id = idFilter === undefined ? undefined : int64(idFilter);
      if ((nameFilter !== undefined && typeof nameFilter !== 'string') || (idFilter !== undefined && id === undefined)) {
        return twirpError(400, 'name_filter must be a string and id_filter an int64');
      }
      const found = store.list(run, { ...(nameFilter !== undefined ? { name: nameFilter as string } : {}), ...(id !== undefined ? { id } : {}) });
      return { status: 200, body: { artifacts: found.map(monolith) } };
    }
    case 'GetSignedArtifactURL':
    case 'DeleteArtifact': {
      const artifact = store.find(run, name as string);
      if (!artifact || artifact.finalizedAt === undefined || artifact.job !== job) return twirpError(404, 'artifact not found');
      if (method === 'GetSignedArtifactURL') return { status: 200, body: { signed_url: signedUrl(artifact, false) } };
      store.delete(artifact);
      return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
    }
  }
}
