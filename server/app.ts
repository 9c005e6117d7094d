/**
 * The local product on one port: the SharePoint emulator at /sites/internkontroll, the Graph emulator
 * at /graph, and the workbench at /. Used by `npm start` and by the integration and browser tests.
 */
import Fastify, { FastifyInstance, FastifyRequest } from 'fastify';
import { createReadStream, existsSync, readFileSync } from 'fs';
import { extname, join, normalize } from 'path';
import { demoDirectory, personas, findPerson, reminderServiceAccount } from './directory/demoDirectory';
import { DirectoryPerson } from './directory/types';
import { graphEmulator } from './graph';
import { sharePointEmulator } from './sharepoint';
import { FORM_DIGEST_TIMEOUT_SECONDS, newFormDigest } from './sharepoint/handlers/web';
import { FONT_FILES } from '../src/documents/render/fonts';
import type { PreloadManifest } from '../tools/build-workbench';
import { moduleOfView, readState } from '../workbench/src/workbenchState';

const escapeAttribute = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const SITE_PATH = '/sites/internkontroll';

export interface AppOptions {
  /** Folder for the emulators' data; null keeps everything in memory. */
  dataDir: string | null;
  /** Folder with the built workbench (index.html, workbench.js, workbench.css); null serves no workbench. */
  workbenchDir: string | null;
  /** The workbench's idea of today (ISO date); the demo data is built relative to it. */
  today: string;
  directory?: DirectoryPerson[];
  /**
   * The people the workbench can sign in as by UPN (`?user=`), sent with every page's config; default: the
   * directory. The bench's 30,000-person directory keeps this to the demo's people, as a page in a tenant gets no directory.
   */
  workbenchPeople?: DirectoryPerson[];
  spFaults?: string;
  graphFaults?: string;
  logger?: boolean;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.map': 'application/json', '.woff': 'font/woff', '.woff2': 'font/woff2'
};

function persona(upn: string): { upn: string; displayName: string; jobTitle: string } {
  const person = findPerson(upn);
  return { upn, displayName: person?.displayName ?? upn, jobTitle: person?.jobTitle ?? '' };
}

function serveFile(dir: string, relative: string): { path: string; type: string } | null {
  const path = normalize(join(dir, relative));
  if (!path.startsWith(normalize(dir)) || !existsSync(path)) return null;
  return { path, type: contentTypes[extname(path)] ?? 'application/octet-stream' };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 50 * 1024 * 1024 });
  const directory = options.directory ?? demoDirectory;
  // Node clients without a header act as SP_EMULATOR_USER; the default is the coordinator.
  const defaultUser = process.env.SP_EMULATOR_USER ?? personas.coordinator;
  const spDir = options.dataDir ? join(options.dataDir, 'sharepoint') : null;
  const graphDir = options.dataDir ? join(options.dataDir, 'graph') : null;
  await app.register(sharePointEmulator, { sitePath: SITE_PATH, dataDir: spDir, directory, defaultUser: defaultUser, faults: options.spFaults });
  await app.register(graphEmulator, { prefix: '/graph', directory: options.directory ?? [...demoDirectory, reminderServiceAccount], dataDir: graphDir, defaultUser: defaultUser, faults: options.graphFaults });

  /**
   * What a workbench page starts from. It is written into the page (below), as SharePoint writes its page
   * context into every page, form digest included (SPFx hands the digest to PnPjs): no round trip before the
   * view's first reads. The route serves the same for a page without it.
   */
  const workbenchConfig = (request: FastifyRequest): Record<string, unknown> => ({
    siteUrl: `${request.protocol}://${request.headers.host}${SITE_PATH}`,
    formDigest: { value: newFormDigest(), timeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS },
    today: options.today,
    personas: Object.fromEntries(Object.entries(personas).map(([role, upn]) => [role, persona(upn)])),
    people: (options.workbenchPeople ?? directory).map((p) => ({ upn: p.userPrincipalName, displayName: p.displayName, jobTitle: p.jobTitle }))
  });
  app.get('/_workbench/config', async (request) => workbenchConfig(request));

  // The workbench's "run the reminders now": the same code as `npm run reminders`, against this server.
  /** The reminder service's configuration pointed at this server, as the request reached it. */
  const serviceEnv = (request: FastifyRequest): Record<string, string | undefined> => {
    const origin = `${request.protocol}://${request.headers.host}`;
    return { ...process.env, SP_SITE_URL: `${origin}${SITE_PATH}`, GRAPH_BASE_URL: `${origin}/graph/` };
  };

  app.post('/_workbench/reminders/run', async (request) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as { dryRun?: boolean };
    const { runFromConfig } = await import('../src/reminders/runFromConfig');
    return runFromConfig({ now: new Date(`${options.today}T08:00:00+01:00`), dryRun: Boolean(body.dryRun) }, serviceEnv(request));
  });

  // Stands in for the reminder service's ten-minute publication timer: the workbench calls it right after
  // publishing, so the board secretary's message is there at once. The same code as the timer.
  app.post('/_workbench/publications/announce', async (request) => {
    const { runFromConfig } = await import('../src/reminders/runFromConfig');
    return (await runFromConfig({ now: new Date(), dryRun: false, only: 'publications' }, serviceEnv(request))).publications;
  });

  const fontsDir = join(__dirname, '..', 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
  app.get('/fonts/:file', async (request, reply) => {
    const found = serveFile(fontsDir, (request.params as { file: string }).file);
    if (!found) return reply.code(404).send();
    return reply.type(found.type).header('Cache-Control', 'max-age=86400').send(createReadStream(found.path));
  });

  // The board papers' PDF fonts (Noto Sans, SIL OFL 1.1, with its licence), for rendering PDFs in the browser.
  const notoDir = join(__dirname, '..', 'node_modules', '@expo-google-fonts', 'noto-sans');
  const notoFiles = new Set([...Object.values(FONT_FILES), 'LICENSE_FONT']);
  app.get('/fonts/noto-sans/*', async (request, reply) => {
    const relative = (request.params as { '*': string })['*'];
    const found = notoFiles.has(relative) ? serveFile(notoDir, relative) : null;
    if (!found) return reply.code(404).send();
    return reply.type(relative.endsWith('.ttf') ? 'font/ttf' : 'text/plain; charset=utf-8').header('Cache-Control', 'max-age=86400').send(createReadStream(found.path));
  });

  const workbenchDir = options.workbenchDir;
  if (workbenchDir) {
    const sendFile = (relative: string) => async (_request: unknown, reply: import('fastify').FastifyReply) => {
      const found = serveFile(workbenchDir, relative);
      if (!found) return reply.code(404).send();
      return reply.type(found.type).header('Cache-Control', 'no-cache').send(createReadStream(found.path));
    };
    // The page names every script the chosen view needs (the build's preload.json), as SharePoint's page names
    // its web parts' bundles: the browser fetches them together instead of one level of imports after another.
    // The head preloads the entry's scripts only; the frame's and the view's (most of the code: Fluent UI, React)
    // are named in the config, and the entry preloads them once it has sent the view's first reads (main.tsx):
    // preloaded here, the browser would compile them before the entry runs, and the reads would leave later.
    app.get('/', async (request, reply) => {
      const page = serveFile(workbenchDir, 'index.html');
      if (!page) return reply.code(404).send();
      const html = readFileSync(page.path, 'utf8');
      const manifest = serveFile(workbenchDir, 'preload.json');
      const preload: PreloadManifest = manifest ? JSON.parse(readFileSync(manifest.path, 'utf8')) as PreloadManifest : { main: [], frame: [], views: {} };
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const first = new Set(preload.main);
      const later = [...new Set([...preload.frame, ...(preload.views[moduleOfView[readState(search).view]] ?? [])])].filter((url) => !first.has(url));
      const links = preload.main.map((url) => `  <link rel="modulepreload" href="${escapeAttribute(url)}">`).join('\n');
      // JSON in a script element: `<` escaped, so no value can close the element.
      const config = `  <script id="ik-workbench-config" type="application/json">${JSON.stringify({ ...workbenchConfig(request), modules: later }).replace(/</g, '\\u003c')}</script>`;
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(html.replace('</head>', `${links}\n${config}\n</head>`));
    });
    app.get('/workbench.js', sendFile('workbench.js'));
    app.get('/workbench.js.map', sendFile('workbench.js.map'));
    app.get('/workbench.css', sendFile('workbench.css'));
    // The views' chunks are named by their content (tools/build-workbench.ts): a returning browser keeps them.
    app.get('/chunks/*', async (request, reply) => {
      const name = (request.params as { '*': string })['*'];
      const found = /^[\w.-]+\.js(\.map)?$/.test(name) ? serveFile(join(workbenchDir, 'chunks'), name) : null;
      if (!found) return reply.code(404).send();
      return reply.type(found.type).header('Cache-Control', 'public, max-age=31536000, immutable').send(createReadStream(found.path));
    });
  }
  return app;
}
