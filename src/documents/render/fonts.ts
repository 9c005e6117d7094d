/**
 * The fonts an archival PDF embeds: Noto Sans (SIL Open Font License 1.1, from the npm package
 * @expo-google-fonts/noto-sans) in regular, bold, italic and bold italic, which covers Swedish and the
 * typographic dashes and bullets. PDF/A forbids relying on a viewer's fonts, so the bytes always travel
 * with the renderer's caller:
 *  - in Node (tests, tools, server) `nodeFonts()` reads them from node_modules, reaching `fs` only through
 *    `process.getBuiltinModule` at run time, so no bundler sees a Node import in this module;
 *  - in a browser the caller passes `fetchFonts(location)`, which fetches the four files from wherever the
 *    app serves them: a folder (the workbench serves the package's folder), or one URL per face (the SPFx
 *    package's own assets, which its bundler names), or passes the bytes themselves.
 */

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

/** Font bytes, or a loader that gets them when the first PDF is rendered. */
export type PdfFontSource = PdfFonts | (() => Promise<PdfFonts>);

export const FONT_PACKAGE = '@expo-google-fonts/noto-sans';

/** The four files, relative to the package folder; serve them under the same names for `fetchFonts`. */
export const FONT_FILES: Record<keyof PdfFonts, string> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf'
};

const FACES = Object.keys(FONT_FILES) as Array<keyof PdfFonts>;

async function loadFaces(load: (face: keyof PdfFonts) => Promise<Uint8Array>): Promise<PdfFonts> {
  const bytes = await Promise.all(FACES.map(load));
  return { regular: bytes[0], bold: bytes[1], italic: bytes[2], boldItalic: bytes[3] };
}

/** Where each face is served: a folder holding FONT_FILES' paths, or each face's own URL (a bundler's assets). */
export type FontLocation = string | Record<keyof PdfFonts, string>;

function faceUrl(location: FontLocation, face: keyof PdfFonts): string {
  if (typeof location !== 'string') return location[face];
  return `${location.endsWith('/') ? location : `${location}/`}${FONT_FILES[face]}`;
}

/** A loader that fetches the fonts from `location` once and keeps them for later renderings. */
export function fetchFonts(location: FontLocation, fetcher: typeof fetch = (input, init) => fetch(input, init)): () => Promise<PdfFonts> {
  let loaded: Promise<PdfFonts> | null = null;
  return () => {
    if (!loaded) {
      loaded = loadFaces(async (face) => {
        const url = faceUrl(location, face);
        const response = await fetcher(url);
        if (!response.ok) throw new Error(`Could not load the PDF font ${url}: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      });
      loaded.catch(() => { loaded = null; });
    }
    return loaded;
  };
}

/** The Node built-ins this module needs, typed here since the SPFx build has no Node types of its own. */
interface NodeBuiltins {
  fs: { promises: { readFile(path: string): Promise<Uint8Array> } };
  module: { createRequire(from: string): { resolve(id: string): string } };
  path: { dirname(path: string): string; join(...parts: string[]): string };
}

interface NodeProcess {
  cwd(): string;
  versions?: { node?: string };
  getBuiltinModule?: <K extends keyof NodeBuiltins>(id: K) => NodeBuiltins[K];
}

function nodeProcess(): NodeProcess | undefined {
  const candidate = (globalThis as { process?: NodeProcess }).process;
  return candidate?.versions?.node && typeof candidate.getBuiltinModule === 'function' ? candidate : undefined;
}

export function isNode(): boolean {
  return nodeProcess() !== undefined;
}

let nodeLoaded: Promise<PdfFonts> | null = null;

/** Reads the fonts from the installed package, resolved from the working directory (Node 20.16+/22.3+). */
export function nodeFonts(): Promise<PdfFonts> {
  const proc = nodeProcess();
  if (!proc?.getBuiltinModule) return Promise.reject(new Error('nodeFonts() needs Node.js 20.16 or later'));
  if (!nodeLoaded) {
    const fs = proc.getBuiltinModule('fs');
    const path = proc.getBuiltinModule('path');
    const folder = path.dirname(proc.getBuiltinModule('module').createRequire(path.join(proc.cwd(), 'noop.js')).resolve(`${FONT_PACKAGE}/package.json`));
    nodeLoaded = loadFaces(async (face) => {
      const data = await fs.promises.readFile(path.join(folder, FONT_FILES[face]));
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    });
    nodeLoaded.catch(() => { nodeLoaded = null; });
  }
  return nodeLoaded;
}

/** The fonts to embed: the caller's, or in Node the installed package's. */
export async function resolveFonts(source: PdfFontSource | undefined): Promise<PdfFonts> {
  if (typeof source === 'function') return source();
  if (source) return source;
  if (isNode()) return nodeFonts();
  throw new Error('renderPdf needs fonts in a browser: pass { fonts: fetchFonts(urlOfTheFontFolder) } or the font bytes');
}
