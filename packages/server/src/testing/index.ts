// `@destek/server/testing`: the reference server as a process, for the tests
// and benchmarks of every package (never imported by the server itself).
export { type ServerProcess, type SpawnServerOptions, spawnServer } from './spawnServer.ts';
