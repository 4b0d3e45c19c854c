import { join } from 'node:path';
import { build, type Rolldown } from 'vite';

const PAGES = join(import.meta.dirname, 'pages');

/**
 * The React page's app (`pages/react-app.js`) with React and React DOM, as
 * one ES module, built in memory: React ships CommonJS only, so a page cannot
 * import it as it is. A production build, as a site would serve.
 */
export async function bundleReactApp(): Promise<string> {
  const output = await build({
    configFile: false,
    envDir: false,
    publicDir: false,
    root: PAGES,
    mode: 'production',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        input: join(PAGES, 'react-app.js'),
        output: { format: 'es', entryFileNames: 'react-app.js' },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((result) => ('output' in result ? result.output : []))
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  const [app, ...more] = chunks;
  if (!app || more.length > 0) {
    throw new Error(`Expected the React app as one file, got ${chunks.length}`);
  }
  return app.code;
}
