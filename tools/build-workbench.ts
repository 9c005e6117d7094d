/**
 * Bundles the local workbench (React views + PnPjs) for the browser with esbuild, into workbench/dist.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';

export const workbenchDist = join(__dirname, '..', 'workbench', 'dist');

export async function buildWorkbench(): Promise<void> {
  mkdirSync(workbenchDist, { recursive: true });
  await build({
    entryPoints: [join(__dirname, '..', 'workbench', 'src', 'main.tsx')],
    bundle: true,
    outfile: join(workbenchDist, 'workbench.js'),
    format: 'iife',
    target: 'es2020',
    jsx: 'transform',
    sourcemap: true,
    minify: true,
    // pdfkit's browser build reads import.meta.url, which an IIFE bundle leaves empty.
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': 'location.href' },
    logLevel: 'warning'
  });
  copyFileSync(join(__dirname, '..', 'workbench', 'index.html'), join(workbenchDist, 'index.html'));
  copyFileSync(join(__dirname, '..', 'workbench', 'workbench.css'), join(workbenchDist, 'workbench.css'));
}

if (require.main === module) {
  buildWorkbench().catch((error: unknown) => { console.error(error); process.exit(1); });
}
