// @ts-check
// proxy.ts, the pages, instrumentation.ts and server/next-cache-handler.mjs are bundled or loaded
// separately, so each has its own copy of every module; they run in one process, though, and
// must share one index, one render pool and one tag clock. This is where they meet, and the
// only module that touches globalThis.

/**
 * The process's one instance called `name`, made by `make` on first use.
 * @template T
 * @param {string} name
 * @param {() => T} make
 * @returns {T}
 */
export function processWide(name, make) {
  const holder = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));
  const key = Symbol.for(`finews.${name}`);
  if (!(key in holder)) holder[key] = make();
  return /** @type {T} */ (holder[key]);
}
