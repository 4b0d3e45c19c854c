// A build plugin: Rolldown keeps its runtime helpers (here only the maker of
// the namespace object an `import()` of a grouped chunk resolves to) in a chunk
// of their own, a few hundred bytes that the panel chunk imports statically.
// On a cold open that is one more round trip after the panel chunk arrives,
// before anything can run. Each chunk that imports the helpers gets its own
// copy instead, scoped in a function so no name clashes with the chunk's own;
// the helpers keep no state, so copies behave as the shared one did.

const RUNTIME_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']\.\/([^"']+)["'];?/g;

/** `a as b, c` → [['a', 'b'], ['c', 'c']]: what is imported or exported, under which name. */
function specifiers(list) {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [from, to = from] = s.split(/\s+as\s+/);
      return [from, to];
    });
}

/** Vite/Rolldown plugin copying the runtime chunk into each chunk that imports it. */
export function inlineRuntimeChunk() {
  return {
    name: 'destek:inline-runtime-chunk',
    generateBundle(_options, bundle) {
      const runtime = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.name === 'rolldown-runtime',
      );
      if (!runtime) return;
      const source = runtime.code.trim();
      const exported = /export\s*\{([^}]*)\};?$/.exec(source);
      if (!exported || /\bimport\b/.test(source)) {
        throw new Error(`inlineRuntimeChunk: unexpected runtime chunk ${runtime.fileName}`);
      }
      // `export{t as n}`: the local `t` is exported as `n`.
      const exports = new Map(specifiers(exported[1]).map(([local, name]) => [name, local]));
      const body = source.slice(0, exported.index);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.imports.includes(runtime.fileName)) continue;
        chunk.code = chunk.code.replace(RUNTIME_IMPORT, (statement, list, file) => {
          if (file !== runtime.fileName) return statement;
          const taken = specifiers(list).map(([name, local]) => {
            const inner = exports.get(name);
            if (inner === undefined) {
              throw new Error(
                `inlineRuntimeChunk: ${chunk.fileName} imports ${name}, not exported`,
              );
            }
            return { local, inner };
          });
          const picks = taken.map(({ local, inner }) => `${inner}:${local}`).join(',');
          const all = [...new Set(taken.map(({ inner }) => inner))].join(',');
          return `const{${picks}}=(()=>{${body}return{${all}}})();`;
        });
        chunk.imports = chunk.imports.filter((name) => name !== runtime.fileName);
      }
      delete bundle[runtime.fileName];
    },
  };
}
