// The cache service's entries on disk: `entries/<id>.json` (key, version, state), `blobs/<id>` (the
// archive once uploaded), `blocks/<id>/<n>` (staged blocks until the block list commits them).
// A key+version is reserved once and never again, finalized or not; the folder outlives the server,
// so a new server on the same folder serves the same cache (the next "run"). BlobFiles, the blob and
// block files alone, serves the artifact store too (artifact-store.ts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What the blob endpoints need of a stored object (blob.ts). */
export interface BlobEntry {
  id: number;
  /** The secret in this object's signed URLs (`sig=`). */
  sig: string;
  /** Set once the object is complete; a finalized blob is read-only and only then served. */
  finalizedAt?: number;
  /** Served as Content-Type (Azure keeps the x-ms-blob-content-type of the upload); default application/octet-stream. */
  contentType?: string;
}

/** `blobs/<id>` and `blocks/<id>/<block>` under `dir`. */
export class BlobFiles {
  constructor(readonly dir: string) {
    for (const sub of ['blobs', 'blocks']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  }

  blobPath(id: number): string {
    return path.join(this.dir, 'blobs', String(id));
  }

  blockPath(id: number, blockId: string): string {
    return path.join(this.dir, 'blocks', String(id), Buffer.from(blockId, 'base64').toString('hex'));
  }

  /** Put Block List: the blob becomes the named staged blocks in list order. False if one is missing. */
  async commitBlocks(id: number, blockIds: string[]): Promise<boolean> {
    const parts = blockIds.map((b) => this.blockPath(id, b));
    if (!parts.every((p) => fs.existsSync(p))) return false;
    const tmp = `${this.blobPath(id)}.committing`;
    const out = await fs.promises.open(tmp, 'w');
    try {
      for (const part of parts) for await (const chunk of fs.createReadStream(part)) await out.write(chunk as Buffer);
    } finally {
      await out.close();
    }
    fs.renameSync(tmp, this.blobPath(id));
    fs.rmSync(path.join(this.dir, 'blocks', String(id)), { recursive: true, force: true });
    return true;
  }
}

export interface Entry extends BlobEntry {
  key: string;
  version: string;
  reservedAt: number;
  /** Set by FinalizeCacheEntryUpload; only finalized entries are found by lookups. */
  finalizedAt?: number;
  sizeBytes?: number;
}

export class EntryStore extends BlobFiles {
  private readonly entries = new Map<number, Entry>();
  private nextId = 1;

  constructor(dir: string) {
    super(dir);
    fs.mkdirSync(path.join(dir, 'entries'), { recursive: true });
    for (const name of fs.readdirSync(path.join(dir, 'entries'))) {
      const entry = JSON.parse(fs.readFileSync(path.join(dir, 'entries', name), 'utf8')) as Entry;
      this.entries.set(entry.id, entry);
      this.nextId = Math.max(this.nextId, entry.id + 1);
    }
  }

  list(): Entry[] {
    return [...this.entries.values()].sort((a, b) => a.id - b.id);
  }

  get(id: number): Entry | undefined {
    return this.entries.get(id);
  }

  /** A new entry for key+version, or undefined when that pair was reserved before. */
  reserve(key: string, version: string): Entry | undefined {
    if (this.list().some((e) => e.key === key && e.version === version)) return undefined;
    const entry: Entry = { id: this.nextId++, key, version, sig: randomBytes(12).toString('hex'), reservedAt: Date.now() };
    this.save(entry);
    return entry;
  }

  /** The entry made visible, or why not: the size must match the uploaded blob. */
  finalize(key: string, version: string, sizeBytes: number): Entry | 'not reserved' | 'already finalized' | 'size mismatch' {
    const entry = this.list().find((e) => e.key === key && e.version === version);
    if (!entry) return 'not reserved';
    if (entry.finalizedAt !== undefined) return 'already finalized';
    const actual = fs.statSync(this.blobPath(entry.id), { throwIfNoEntry: false })?.size;
    if (actual !== sizeBytes) return 'size mismatch';
    entry.finalizedAt = Date.now();
    entry.sizeBytes = sizeBytes;
    this.save(entry);
    return entry;
  }

  /**
   * GitHub's documented order: the key exactly, then keys starting with it; then each restore key in
   * turn, exactly, then by prefix. Partial matches take the most recently created entry. Only
   * finalized entries of the same version count.
   */
  lookup(key: string, restoreKeys: string[], version: string): Entry | undefined {
    const candidates = this.list()
      .filter((e) => e.finalizedAt !== undefined && e.version === version)
      .sort((a, b) => b.finalizedAt! - a.finalizedAt! || b.id - a.id);
    for (const k of [key, ...restoreKeys]) {
      const hit = candidates.find((e) => e.key === k) ?? candidates.find((e) => e.key.startsWith(k));
      if (hit) return hit;
    }
    return undefined;
  }

  private save(entry: Entry) {
    this.entries.set(entry.id, entry);
    fs.writeFileSync(path.join(this.dir, 'entries', `${entry.id}.json`), JSON.stringify(entry, null, 2));
  }
}
