/**
 * Bundles the local workbench (React views + PnPjs) for the browser with esbuild, into workbench/dist.
 */
import { build, Metafile } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { basename, extname, join, relative } from 'path';
import { VIEW_MODULES, ViewModule } from '../workbench/src/workbenchState';

export const workbenchDist = join(__dirname, '..', 'workbench', 'dist');

export async function buildWorkbench(): Promise<void> {
  // Chunks are named by their content: old ones would only pile up.
  rmSync(join(workbenchDist, 'chunks'), { recursive: true, force: true });
  mkdirSync(workbenchDist, { recursive: true });
  const result = await build({
    metafile: true,
    entryPoints: { workbench: join(__dirname, '..', 'workbench', 'src', 'main.tsx') },
    bundle: true,
    outdir: workbenchDist,
    // One chunk per view (workbench/src/Workbench.tsx imports each when shown) and shared code in common chunks,
    // named by content so the browser may keep them (server/app.ts serves them as immutable).
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: 'es2020',
    jsx: 'transform',
    sourcemap: true,
    minify: true,
    // pdfkit's browser build reads import.meta.url for its data files; they are found relative to the page.
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': 'location.href' },
    logLevel: 'warning'
  });
  writeFileSync(join(workbenchDist, 'preload.json'), `${JSON.stringify(preloadManifest(result.metafile), null, 2)}\n`);
  copyFileSync(join(__dirname, '..', 'workbench', 'index.html'), join(workbenchDist, 'index.html'));
  copyFileSync(join(__dirname, '..', 'workbench', 'workbench.css'), join(workbenchDist, 'workbench.css'));
}

/**
 * What the page needs, as URL paths: first the entry's static imports (`main`), then, once the entry has sent the
 * view's first reads, the frame's (Workbench.tsx, `frame`) and the view's (`views`) beyond those.
 */
export interface PreloadManifest {
  main: string[];
  frame: string[];
  views: Partial<Record<ViewModule, string[]>>;
}

/**
 * From esbuild's metafile: each chunk's whole static import closure, so that the server can name every file a
 * page will need in the page itself (`<link rel="modulepreload">`) and the browser fetches them at once, not one
 * level of imports after another.
 */
export function preloadManifest(meta: Metafile): PreloadManifest {
  const url = (output: string): string => `/${relative(workbenchDist, join(process.cwd(), output)).split('\\').join('/')}`;
  const closure = (start: string): string[] => {
    const seen = new Set<string>();
    const visit = (output: string): void => {
      if (seen.has(output)) return;
      seen.add(output);
      for (const imported of meta.outputs[output]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(start);
    return [...seen].map(url);
  };
  const outputs = Object.entries(meta.outputs).filter(([name]) => name.endsWith('.js'));
  const main = outputs.find(([name]) => basename(name) === 'workbench.js')?.[0];
  const views: PreloadManifest['views'] = {};
  for (const [name, output] of outputs) {
    const module = output.entryPoint ? basename(output.entryPoint, extname(output.entryPoint)) : '';
    if ((VIEW_MODULES as readonly string[]).includes(module) && name.includes('/chunks/')) views[module as ViewModule] = closure(name);
  }
  const frame = outputs.find(([name, output]) => name.includes('/chunks/') && output.entryPoint && basename(output.entryPoint, extname(output.entryPoint)) === 'Workbench')?.[0];
  return { main: main ? closure(main) : [], frame: frame ? closure(frame) : [], views };
}

if (require.main === module) {
  buildWorkbench().catch((error: unknown) => { console.error(error); process.exit(1); });
}
