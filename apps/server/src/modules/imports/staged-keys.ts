import { randomBytes } from 'node:crypto';
import { normalizePersonName } from '@vinhdanh/domain/text/fold';
import { compactName } from './person-match';

// What the staged import remembers while it reads a file: the distinct people and decisions
// it names, numbered as they first appear. The staging rows carry those numbers instead of
// the names, dates and texts, so the rows stay narrow and SQL joins on integers.

/**
 * Distinct values by a key of several parts, numbered from 0 in order of first appearance.
 * The parts index nested maps rather than one joined string: the parts (a name, a unit id)
 * recur as the same string objects, whose hashes V8 keeps, where a joined key would be built
 * and hashed afresh for every row.
 */
export class FirstSeen<T> {
  private readonly root = new Map<string, unknown>();
  readonly values: T[] = [];

  /** The number of the key; `make` gives its value the first time the key is seen. */
  idOf(parts: readonly string[], make: () => T): number {
    let map = this.root;
    const last = parts.length - 1;
    for (let i = 0; i < last; i += 1) {
      let next = map.get(parts[i]!) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map();
        map.set(parts[i]!, next);
      }
      map = next;
    }
    let id = map.get(parts[last]!) as number | undefined;
    if (id === undefined) {
      id = this.values.length;
      map.set(parts[last]!, id);
      this.values.push(make());
    }
    return id;
  }
}

/** A person as the file describes them: the match key, then the columns of `import_who`. */
export type StagedPerson = readonly [
  ident: string,
  fullName: string,
  compact: string,
  birthDate: string | null,
  citizenId: string | null,
  unitId: string,
];

/** A decision number with one signing date, as the file gives it, and the row that first did. */
export type StagedDecision = readonly [
  number: string,
  year: number,
  decisionDate: string,
  issuer: string | null,
  signer: string | null,
  firstRow: number,
];

/** Names repeat across rows; their normalised and compact forms are worth remembering. */
export class NameCache {
  private readonly map = new Map<string, [name: string, compact: string]>();
  get(raw: string): [string, string] {
    let hit = this.map.get(raw);
    if (!hit) {
      const name = normalizePersonName(raw);
      hit = [name, compactName(name)];
      if (this.map.size > 200_000) this.map.clear();
      this.map.set(raw, hit);
    }
    return hit;
  }
}

/**
 * Ids for the records of one import: UUIDv7 with a dedicated counter (RFC 9562, method 1): the
 * import's millisecond and random bits, then a 48-bit counter from a random start. Ordered like
 * the rows, like `newId()` elsewhere, and far cheaper per row than drawing randomness each time.
 */
export class IdSeries {
  private readonly prefix: string;
  private high: number;
  private low: number;
  private highText = '';

  constructor(now = Date.now()) {
    const ms = now.toString(16).padStart(12, '0');
    const r = randomBytes(4).toString('hex');
    const variant = (8 + (Number.parseInt(r[3]!, 16) & 3)).toString(16);
    this.prefix = `${ms.slice(0, 8)}-${ms.slice(8)}-7${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-`;
    // Room for 2^47 ids after the start, so the counter never overflows its 12 hex digits.
    const start = Number.parseInt(randomBytes(6).toString('hex'), 16) % 2 ** 47;
    this.high = Math.floor(start / LOW_SPAN);
    this.low = start % LOW_SPAN;
    this.setHigh();
  }

  take(): string {
    const id = this.highText + LOW_HEX[this.low]!;
    this.low += 1;
    if (this.low === LOW_SPAN) {
      this.low = 0;
      this.high += 1;
      this.setHigh();
    }
    return id;
  }

  private setHigh() {
    this.highText = this.prefix + this.high.toString(16).padStart(8, '0');
  }
}

// The counter's last four hex digits come from a table: one concatenation per id.
const LOW_SPAN = 0x10000;
const LOW_HEX = Array.from({ length: LOW_SPAN }, (_, i) => i.toString(16).padStart(4, '0'));
