import { v7 } from 'uuid';

/** Time-ordered ids (UUIDv7), so inserts stay append-friendly in B-tree indexes. */
export function newId(): string {
  return v7();
}
