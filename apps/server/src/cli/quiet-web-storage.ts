// Node 25 and later warn "localStorage is not available because --localstorage-file was not
// provided" when a library merely probes globalThis.localStorage. The server has no use for Web
// Storage, and the warning would turn a one-line start-up error into three lines. Imported first
// by main.ts, so it runs before any library is evaluated; every other warning still prints.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (text.includes('--localstorage-file')) return;
  return (emitWarning as (w: string | Error, ...r: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
