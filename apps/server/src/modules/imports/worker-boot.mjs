// Starts a worker thread on a TypeScript module: registers tsx's loader in the worker (a worker
// does not inherit the loader of the process, under `tsx` or under the tests), then imports it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
