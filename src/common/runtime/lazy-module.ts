/**
 * A module loaded on its first use instead of at start. Libraries that only some requests need (PDF rendering with
 * its fonts and Vega, the S3 and OpenAI clients, WebAuthn, SMTP) would otherwise sit in every process's V8 heap from
 * the first second: together about 19 MB of code and metadata, measured by `bench/memory.mjs`. `load` calls
 * `require` with a literal path, so the build and Jest resolve it as they resolve an import; the value is kept.
 * `test/foundation/lazy-modules.e2e-spec.ts` checks that starting the application loads none of them.
 */
export function lazyModule<T>(load: () => T): () => T {
  let loaded: { module: T } | undefined;
  return () => (loaded ??= { module: load() }).module;
}
