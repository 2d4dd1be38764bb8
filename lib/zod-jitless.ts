/** Tells zod, before or after it loads, not to compile parsers with `Function` (see instrumentation-client.ts). */
export function makeZodJitless(): void {
  const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  holder.__zod_globalConfig ??= {};
  holder.__zod_globalConfig.jitless = true;
}
