// A build plugin for the script-tag build. zod 4 keeps its settings on
// `globalThis.__zod_globalConfig`: in destek.js that is a global added to
// every host page, and one shared with the page's own zod, whose
// `z.config()` would then change how the widget parses (and the reverse).
// Here the settings become a module-local object. The build fails when zod
// changes the code this rewrites, so the leak cannot come back unnoticed.

const ZOD_CORE = /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/;
const SHARED =
  '(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});\nexport const globalConfig = globalThis.__zod_globalConfig;';

/** Vite/Rolldown plugin: zod's global config becomes private to the bundle. */
export function keepZodConfigPrivate() {
  return {
    name: 'destek:keep-zod-config-private',
    transform(code, id) {
      if (!ZOD_CORE.test(id)) return null;
      const rewritten = code
        .replace(SHARED, 'export const globalConfig = {};')
        .replaceAll('globalThis.__zod_globalConfig?.', 'globalConfig.');
      if (rewritten.includes('__zod_globalConfig')) {
        throw new Error(
          `keepZodConfigPrivate: zod's core.js no longer matches (${id}); update the plugin so destek.js adds no global`,
        );
      }
      return { code: rewritten, map: null };
    },
  };
}
