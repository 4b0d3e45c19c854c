import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without declarations
import { inlineRuntimeChunk } from '../../inlineRuntimeChunk.mjs';

interface Chunk {
  type: 'chunk';
  name: string;
  fileName: string;
  code: string;
  imports: string[];
}

const RUNTIME = 'destek-rolldown-runtime-X1.js';

/** A bundle as Rolldown hands it to `generateBundle`, shaped like the widget's. */
function bundleOf(panelCode: string): Record<string, Chunk> {
  const chunk = (name: string, code: string, imports: string[] = []): Chunk => ({
    type: 'chunk',
    name,
    fileName: `destek-${name}-X1.js`,
    code,
    imports,
  });
  const files = [
    chunk(
      'rolldown-runtime',
      'var e=Object.defineProperty,t=(t)=>{let r={};for(var i in t)e(r,i,{get:t[i],enumerable:!0});return r};export{t};',
    ),
    chunk('panel', panelCode, [RUNTIME]),
    chunk('en', 'export default {hello:`Hello`};'),
  ];
  return Object.fromEntries(files.map((f) => [f.fileName, f]));
}

function inline(bundle: Record<string, Chunk>): void {
  inlineRuntimeChunk().generateBundle({}, bundle);
}

/** Runs an ES module's text in Node and returns its exports. */
const run = (code: string) =>
  import(`data:text/javascript,${encodeURIComponent(code)}`) as Promise<Record<string, unknown>>;

describe('inlineRuntimeChunk', () => {
  it('gives each importing chunk its own copy of the helpers and drops the runtime chunk', async () => {
    const bundle = bundleOf(
      `import{t as e}from"./${RUNTIME}";var e2=7;const n=e({mountPanel:()=>e2});export{n as ns};`,
    );
    inline(bundle);
    expect(Object.keys(bundle).sort()).toEqual(['destek-en-X1.js', 'destek-panel-X1.js']);
    const panel = bundle['destek-panel-X1.js'] as Chunk;
    expect(panel.imports).toEqual([]);
    expect(panel.code).not.toContain('rolldown-runtime');
    // The rewritten chunk still runs, and the helper still builds a namespace object.
    const { ns } = await run(panel.code);
    expect((ns as { mountPanel: number }).mountPanel).toBe(7);
  });

  it('leaves the imports of other chunks alone', () => {
    const code = 'import{a as b}from"./destek-en-X1.js";export{b};';
    const bundle = bundleOf(code);
    (bundle['destek-panel-X1.js'] as Chunk).imports = ['destek-en-X1.js'];
    inline(bundle);
    expect((bundle['destek-panel-X1.js'] as Chunk).code).toBe(code);
  });

  it('refuses a chunk that imports a helper the runtime does not export', () => {
    const bundle = bundleOf(`import{q as e}from"./${RUNTIME}";export{e};`);
    expect(() => inline(bundle)).toThrow(/imports q, not exported/);
  });
});
