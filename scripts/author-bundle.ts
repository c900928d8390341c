/**
 * The review page as one browser script, React included, built in memory
 * when `npm run author` starts. The bundle is made with esbuild, which tsx
 * (a dev dependency) brings along, so authoring needs nothing the project
 * does not install already; it is never part of the Next build.
 */
import path from 'node:path';
import { build } from 'esbuild';

/** Bundles components/author/client.tsx for the browser (production React, minified). */
export async function bundleClient(): Promise<string> {
  const root = path.join(__dirname, '..');
  const result = await build({
    entryPoints: [path.join(root, 'components', 'author', 'client.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    tsconfig: path.join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const js = result.outputFiles[0];
  if (!js) throw new Error('esbuild produced no bundle for the review page');
  return js.text;
}

