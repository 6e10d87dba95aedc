// Run by pglite-template.ts in a child process: PGlite's initdb, in memory, dumped to a gzipped tar
// at argv[2]. The child exits afterwards, so initdb's ~800 MiB (a second PGlite instance plus
// initdb.wasm, whose WebAssembly memory never shrinks) is never held by the server.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

const out = process.argv[2];
if (!out) throw new Error('usage: node pglite-initdb.mjs <out.tar.gz>');
const pg = await PGlite.create('memory://');
const dump = await pg.dumpDataDir('gzip');
await pg.close();
// Written beside and renamed, so a concurrent start never reads half a template.
const partial = `${out}.${process.pid}.partial`;
fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
fs.renameSync(partial, out);
