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
