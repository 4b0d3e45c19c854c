/**
 * The size of every artifact named in size-budgets.json, measured the way
 * scripts/size.mjs measures it (that script exports nothing, so its few
 * lines of logic are repeated here): an `entry` artifact is bundled for
 * browsers as one minified ES module with every dependency (only the
 * `treeShake` names, when given); a `files` artifact sums the built files
 * matching its globs, each compressed on its own as a browser fetches them.
 */
import { globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { compressedSize, type Size, sumSizes } from './compressedSize.ts';

interface Artifact {
  name: string;
  entry?: string;
  treeShake?: string[];
  files?: string[];
  budget: Partial<Size>;
}

export interface MeasuredArtifact {
  name: string;
  size: Size | null;
  budget: Partial<Size>;
  /** The kinds over budget, or why it could not be measured. */
  verdict: string;
}

/** `entry` (or only `names` from it) as one minified ES module, as scripts/size.mjs builds it. */
async function bundle(root: string, entry: string, names: string[] | undefined): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'destek-peers-size-'));
  try {
    let input = resolve(root, entry);
    if (names) {
      input = join(dir, 'consumer.js');
      writeFileSync(
        input,
        `export { ${names.join(', ')} } from ${JSON.stringify(resolve(root, entry))};\n`,
      );
    }
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry: input, formats: ['es'], fileName: 'bundle' },
        rolldownOptions: { output: { minify: true } },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
      'output' in r ? r.output : [],
    );
    const code = outputs
      .filter((o) => o.type === 'chunk')
      .map((o) => ('code' in o ? o.code : ''))
      .join('\n');
    return Buffer.from(code);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Measures every budgeted artifact. Paths under `packages/widget/dist/script/`
 * are read from `widgetScriptDir` instead, the copy the browser runs load, so
 * sizes and timings are of the same bytes.
 */
export async function budgetedSizes(
  root: string,
  widgetScriptDir: string,
): Promise<MeasuredArtifact[]> {
  const { artifacts } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8')) as {
    artifacts: Artifact[];
  };
  const scriptPrefix = 'packages/widget/dist/script/';
  const measured: MeasuredArtifact[] = [];
  for (const artifact of artifacts) {
    let size: Size | null = null;
    if (artifact.files) {
      const paths = artifact.files.flatMap((pattern) =>
        pattern.startsWith(scriptPrefix)
          ? globSync(pattern.slice(scriptPrefix.length), { cwd: widgetScriptDir }).map((p) =>
              join(widgetScriptDir, p),
            )
          : globSync(pattern, { cwd: root }).map((p) => resolve(root, p)),
      );
      if (paths.length > 0) size = sumSizes(paths.map((p) => compressedSize(readFileSync(p))));
    } else if (artifact.entry) {
      size = compressedSize(await bundle(root, artifact.entry, artifact.treeShake));
    }
    const over = size
      ? Object.entries(artifact.budget).filter(([kind, limit]) => size[kind as keyof Size] > limit)
      : [];
    measured.push({
      name: artifact.name,
      size,
      budget: artifact.budget,
      verdict:
        size === null
          ? `not built (no file matches ${artifact.files?.join(', ')})`
          : over.length > 0
            ? `over (${over.map(([k]) => k).join(', ')})`
            : 'within budget',
    });
  }
  return measured;
}
