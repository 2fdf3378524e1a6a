// The artifact service's records on disk, under `<dir>/artifacts/`: `records/<id>.json` (run, job,
// name, state), `blobs/<id>` (the zip once its block list is committed), `blocks/<id>/<n>`. Artifacts
// belong to a workflow run; within it a name is taken by the live artifact that holds it (created,
// finalized or not, until deleted or expired). Ids grow across runs, so the newest of a name has the
// highest id, which is how the client's `latest` picks. The folder outlives the server.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BlobFiles, type BlobEntry } from './store.js';

export interface Artifact extends BlobEntry {
  run: string;
  /** The job that created it; only that job finalizes it, and its id is part of the artifact's address. */
  job: string;
  name: string;
  createdAt: number;
  /** From the request's expires_at (the retention); expired artifacts are gone. */
  expiresAt?: number;
  /** CreateArtifact's mime_type and version, kept as sent. */
  mimeType?: string;
  version?: number;
  /** Set by FinalizeArtifact: the uploaded size and the `sha256:<hex>` digest. */
  finalizedAt?: number;
  size?: number;
  digest?: string;
  deletedAt?: number;
}

function sha256File(file: string): string {
  const hash = createHash('sha256');
  const buf = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n; (n = fs.readSync(fd, buf)) > 0;) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export type FinalizeProblem = 'already finalized' | 'not uploaded' | 'size mismatch' | 'hash mismatch';

export class ArtifactStore extends BlobFiles {
  private readonly records = new Map<number, Artifact>();
  private nextId = 1;

  constructor(serviceDir: string) {
    super(path.join(serviceDir, 'artifacts'));
    fs.mkdirSync(path.join(this.dir, 'records'), { recursive: true });
    for (const file of fs.readdirSync(path.join(this.dir, 'records'))) {
      const record = JSON.parse(fs.readFileSync(path.join(this.dir, 'records', file), 'utf8')) as Artifact;
      this.records.set(record.id, record);
      this.nextId = Math.max(this.nextId, record.id + 1);
    }
  }

  /** Every record, deleted and expired ones included, in id order. */
  all(): Artifact[] {
    return [...this.records.values()].sort((a, b) => a.id - b.id);
  }

  /** A live (not deleted, not expired) artifact by id, for the blob endpoints. */
  get(id: number): Artifact | undefined {
    const a = this.records.get(id);
    return a && this.live(a) ? a : undefined;
  }

  /** The live artifact holding `name` in `run`, finalized or not. */
  find(run: string, name: string): Artifact | undefined {
    return this.all().find((a) => a.run === run && a.name === name && this.live(a));
  }

  /** A new artifact, or undefined when the name is taken in this run. */
  create(run: string, job: string, name: string, more: Pick<Artifact, 'expiresAt' | 'mimeType' | 'version'>): Artifact | undefined {
    if (this.find(run, name)) return undefined;
    const artifact: Artifact = { id: this.nextId++, run, job, name, sig: randomBytes(12).toString('hex'), createdAt: Date.now(), ...more };
    this.save(artifact);
    return artifact;
  }

  /** Made visible, or why not: the blob must be there with the size and (when sent) the sha256 given. */
  finalize(artifact: Artifact, size: number, hash: string | undefined): Artifact | FinalizeProblem {
    if (artifact.finalizedAt !== undefined) return 'already finalized';
    const file = this.blobPath(artifact.id);
    const actual = fs.statSync(file, { throwIfNoEntry: false })?.size;
    if (actual === undefined) return 'not uploaded';
    if (actual !== size) return 'size mismatch';
    const digest = `sha256:${sha256File(file)}`;
    if (hash !== undefined && hash !== digest) return 'hash mismatch';
    Object.assign(artifact, { finalizedAt: Date.now(), size, digest });
    this.save(artifact);
    return artifact;
  }

  /** The run's finalized live artifacts, optionally of one name or id, in id order. */
  list(run: string, filter: { name?: string; id?: number } = {}): Artifact[] {
    return this.all().filter(
      (a) =>
        a.run === run &&
        a.finalizedAt !== undefined &&
        this.live(a) &&
        (filter.name === undefined || a.name === filter.name) &&
        (filter.id === undefined || a.id === filter.id),
    );
  }

  /** Recorded as Put Block List sent it (x-ms-blob-content-type), served on download. */
  setContentType(artifact: Artifact, contentType: string) {
    artifact.contentType = contentType;
    this.save(artifact);
  }

  /** Gone: its name is free again and its blob removed. */
  delete(artifact: Artifact) {
    artifact.deletedAt = Date.now();
    fs.rmSync(this.blobPath(artifact.id), { force: true });
    fs.rmSync(path.join(this.dir, 'blocks', String(artifact.id)), { recursive: true, force: true });
    this.save(artifact);
  }

  private live(a: Artifact): boolean {
    return a.deletedAt === undefined && (a.expiresAt === undefined || a.expiresAt > Date.now());
  }

  private save(artifact: Artifact) {
    this.records.set(artifact.id, artifact);
    fs.writeFileSync(path.join(this.dir, 'records', `${artifact.id}.json`), JSON.stringify(artifact, null, 2));
  }
}
