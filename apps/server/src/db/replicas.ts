import pg from 'pg';
import { isMultiHost, splitHosts, splitReadUrls, type Target } from './hosts';
import { releaseOnFailedBegin } from './release-failed-begin';

// The primary among several hosts, and the hot standbys that take the heavy reads
// (docs/operations.md, "Bản sao và chuyển đổi dự phòng"). node-postgres opens one host per
// client, so each pool gets a Client class that picks its host when it connects: the writable
// one for the primary pool (`pg_is_in_recovery()` is false there), a standby in turn for the
// read pool. A failover is seen as failed connections; the next connection looks again, so the
// app follows the new primary without a restart.

/** No server can take the query now (no writable host found, all down): a 503, never a 500. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'VD_DATABASE_UNAVAILABLE';
}

/** A probe waits this long for a host before counting it as down (a host gone off the network). */
const PROBE_TIMEOUT_MS = 3000;
/** After no host was writable, requests fail at once for this long instead of probing each time. */
const RETRY_AFTER_NO_PRIMARY_MS = 500;
/** A standby that answered is trusted this long before the next probe; one that failed is skipped as long. */
const STANDBY_RECHECK_MS = 5000;

/** Whether the host is a standby (true), the primary (false); throws when it cannot be reached. */
async function inRecovery(target: Target): Promise<boolean> {
  const client = new pg.Client({
    connectionString: target.url,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    application_name: 'vinhdanh-probe',
  });
  client.on('error', () => {});
  // Not ended after a failed connect: pg's end() then waits for a socket already gone, forever.
  await client.connect();
  try {
    const { rows } = await client.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
    return rows[0]?.r === true;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Finds the writable host among several and remembers it until a connection to it fails. */
export class PrimaryLocator {
  private current: Target | undefined;
  private finding: Promise<Target> | undefined;
  private failedAt = 0;

  constructor(readonly targets: Target[]) {}

  primary(): Promise<Target> {
    if (this.current) return Promise.resolve(this.current);
    if (Date.now() - this.failedAt < RETRY_AFTER_NO_PRIMARY_MS) return Promise.reject(this.noPrimary());
    this.finding ??= this.find().finally(() => {
      this.finding = undefined;
    });
    return this.finding;
  }

  /** A connection to the primary failed, or it turned out read-only: look again next time. */
  lost(target?: Target) {
    if (!target || this.current === target) this.current = undefined;
  }

  private async find(): Promise<Target> {
    // All at once: a host that is off the network would otherwise hold up the others for the timeout.
    const roles = await Promise.all(this.targets.map((t) => inRecovery(t).catch(() => undefined)));
    // In the order written when two say they are writable; fencing the old one is the failover manager's job.
    const found = this.targets.find((_, i) => roles[i] === false);
    if (!found) {
      this.failedAt = Date.now();
      throw this.noPrimary();
    }
    this.current = found;
    return found;
  }

  private noPrimary() {
    return new DatabaseUnavailableError(
      `no writable PostgreSQL server among ${this.targets.map((t) => `${t.host}:${t.port}`).join(', ')}`,
    );
  }
}

/** Hands out the standbys in turn, skipping one that does not answer; none answering: the primary. */
export class StandbyPicker {
  private turn = 0;
  private readonly checkedAt = new Map<Target, number>();
  private readonly downAt = new Map<Target, number>();

  constructor(
    readonly targets: Target[],
    private readonly primary: () => Promise<Target>,
  ) {}

  async pick(): Promise<Target> {
    for (let i = 0; i < this.targets.length; i++) {
      const target = this.targets[this.turn++ % this.targets.length] as Target;
      const now = Date.now();
      if (now - (this.downAt.get(target) ?? 0) < STANDBY_RECHECK_MS) continue;
      if (now - (this.checkedAt.get(target) ?? 0) < STANDBY_RECHECK_MS) return target;
      const up = await inRecovery(target).then(
        () => true,
        () => false,
      );
      if (up) {
        this.checkedAt.set(target, now);
        return target;
      }
      this.lost(target);
    }
    // Reads still work with every standby down, from the primary.
    return this.primary();
  }

  lost(target: Target) {
    this.downAt.set(target, Date.now());
    this.checkedAt.delete(target);
  }
}

type Routing = {
  pick(): Promise<Target>;
  lost(target: Target): void;
  /** The primary pool refuses a host that turns out to be a standby (an old primary come back as one). */
  mustBeWritable: boolean;
};

type ClientInternals = { host: string; port: number; connectionParameters: { host: string; port: number } };

/** A pg.Client that connects to the host the routing picks at that moment. */
function routedClient(routing: Routing) {
  class RoutedClient extends pg.Client {
    async open(): Promise<this> {
      const target = await routing.pick();
      const self = this as unknown as ClientInternals;
      self.host = self.connectionParameters.host = target.host;
      self.port = self.connectionParameters.port = target.port;
      try {
        await super.connect();
      } catch (error) {
        routing.lost(target);
        throw error;
      }
      if (routing.mustBeWritable) {
        const { rows } = await this.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
        if (rows[0]?.r) {
          routing.lost(target);
          await this.end().catch(() => {});
          throw new DatabaseUnavailableError(`${target.host}:${target.port} is a standby now`);
        }
      }
      return this;
    }
  }
  // pg-pool connects with a callback; the promise form is kept for anyone else.
  Object.defineProperty(RoutedClient.prototype, 'connect', {
    value(this: RoutedClient, callback?: (error: Error | null, client?: RoutedClient) => void) {
      const opened = this.open();
      if (!callback) return opened;
      opened.then(
        (client) => callback(null, client),
        (error: Error) => callback(error),
      );
    },
  });
  return RoutedClient;
}

export type Pools = {
  primary: pg.Pool;
  /** Only with DATABASE_READ_URL. */
  read: pg.Pool | undefined;
  /** A single-host URL of the primary now (migrations run on one connection of their own). */
  primaryUrl(): Promise<string>;
  end(): Promise<void>;
};

const SESSION_OPTIONS = {
  max: 10,
  // Dates stay ISO strings ('YYYY-MM-DD'), never shifted by the server's time zone.
  options: '-c TimeZone=UTC',
};

/**
 * The pools for DATABASE_URL (one host, or several to find the primary among) and
 * DATABASE_READ_URL. One host and no read URL: a plain pool, as before replicas.
 */
export function openPools(databaseUrl: string, readUrl?: string): Pools {
  const primaryTargets = isMultiHost(databaseUrl) ? splitHosts(databaseUrl) : undefined;
  const locator = primaryTargets && new PrimaryLocator(primaryTargets);
  const primary = releaseOnFailedBegin(
    locator
      ? new pg.Pool({
          ...SESSION_OPTIONS,
          connectionString: locator.targets[0]?.url,
          application_name: 'vinhdanh',
          Client: routedClient({
            pick: () => locator.primary(),
            lost: (t) => locator.lost(t),
            mustBeWritable: true,
          }) as unknown as new () => pg.ClientBase,
        })
      : new pg.Pool({ ...SESSION_OPTIONS, connectionString: databaseUrl }),
  );
  // An idle connection the server closed (a restart, a failover) is dropped by the pool; this
  // listener keeps that from ending the process, and sends the next connection looking again.
  primary.on('error', () => locator?.lost());
  // A connection lost while checked out (mid-transaction) is reported on the client too: its
  // query fails (a 503) and the pool drops it on release, so the client's event needs no more.
  primary.on('connect', (client) => client.on('error', () => locator?.lost()));

  const standbys = readUrl ? splitReadUrls(readUrl) : [];
  const primaryTarget = (): Promise<Target> =>
    locator ? locator.primary() : Promise.resolve(single(databaseUrl));
  let read: pg.Pool | undefined;
  if (standbys.length > 0) {
    const picker = new StandbyPicker(standbys, primaryTarget);
    read = releaseOnFailedBegin(
      new pg.Pool({
        ...SESSION_OPTIONS,
        connectionString: standbys[0]?.url,
        application_name: 'vinhdanh-read',
        // Connections are renewed now and then, so reads come back to a standby after they had to
        // go to the primary, and spread again over standbys added back.
        maxLifetimeSeconds: 60,
        Client: routedClient({
          pick: () => picker.pick(),
          lost: (t) => picker.lost(t),
          mustBeWritable: false,
        }) as unknown as new () => pg.ClientBase,
      }),
    );
    read.on('error', () => {});
    read.on('connect', (client) => client.on('error', () => {}));
  }
  return {
    primary,
    read,
    primaryUrl: async () => (locator ? (await locator.primary()).url : databaseUrl),
    async end() {
      await Promise.all([primary.end(), read?.end()]);
    },
  };
}

function single(url: string): Target {
  return splitHosts(url)[0] as Target;
}
