// ACTIONS_RUNTIME_TOKEN as the runner hands it out: a JWT whose `scp` claim holds
// `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>` among other scopes. The artifact
// library only decodes it (jwt-decode) to take the two ids for its requests; this server also checks
// it: HS256 under a key that lives as long as the server object, so every token a test did not get
// from this service (or got from another one) is refused.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Whose token: the workflow run and the job in it (the backend ids of the scope). */
export interface JobIdentity {
  run: string;
  job: string;
}

const LIFETIME_S = 6 * 3600;
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export class TokenIssuer {
  private readonly key = randomBytes(32);

  /** A signed token for `job` of `run` (ids without spaces or colons, as the scope is split on both). */
  issue({ run, job }: JobIdentity): string {
    for (const id of [run, job]) if (!/^[^\s:]+$/.test(id)) throw new Error(`a run or job id may not be empty or hold spaces or colons: '${id}'`);
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${run}:${job}`,
      iss: 'local-results-service',
      aud: 'vso:local',
      nbf: now - 60,
      iat: now,
      exp: now + LIFETIME_S,
    };
    const unsigned = `${b64({ typ: 'JWT', alg: 'HS256' })}.${b64(claims)}`;
    return `${unsigned}.${this.sign(unsigned)}`;
  }

  /** The run and job of a valid `Authorization: Bearer <token>`; undefined for anything else. */
  verify(authorization: string | undefined): JobIdentity | undefined {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    const parts = token?.split('.');
    if (!parts || parts.length !== 3) return undefined;
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let claims: { scp?: unknown; exp?: unknown };
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return undefined;
    }
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now() || typeof claims.scp !== 'string') return undefined;
    const scope = claims.scp.split(' ').find((s) => s.startsWith('Actions.Results:'));
    const [, run, job] = scope?.split(':') ?? [];
    return run && job ? { run, job } : undefined;
  }

  private sign(unsigned: string): string {
    return createHmac('sha256', this.key).update(unsigned).digest('base64url');
  }
}
