/**
 * The board page's tests over the demo region in an in-memory Store, with an in-memory Nämndhandlingar
 * library and renderers that write the document's title instead of a real .docx or PDF (the renderers have
 * their own tests). jsdom has no Web Crypto or TextEncoder: Node's are lent to it, as the browser has them.
 */
import * as React from 'react';
import { webcrypto } from 'crypto';
import { TextDecoder, TextEncoder } from 'util';
import { render, RenderResult } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { demoDirectory } from '../../../../server/directory/demoDirectory';
import { buildDemoRegion } from '../../../../server/demo/demoRegion';
import { Renderers } from '../../../board/publish';
import type { FileStore, ListedFile, StoredFile } from '../../../data/files';
import { Locale } from '../../../model/statusLegend';
import { Plan, PlanKind, Stored } from '../../../model/types';
import { createMemoryStore, MemoryStore } from '../../../plans/__tests__/memoryStore';
import { AppEnvironment, AppProvider } from '../../app/AppContext';
import { BoardTarget, BoardView, BoardViewProps } from '../BoardView';

Object.assign(globalThis, { TextEncoder, TextDecoder });
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
setIconOptions({ disableWarnings: true });

export const TODAY = '2026-12-01';
export const KINDS: PlanKind[] = ['internalControl', 'patientSafety', 'scorecard', 'securityReport'];
export const secretary = { upn: 'maria.lindqvist@regionnorrvik.se', displayName: 'Maria Lindqvist' };

/** The Nämndhandlingar library in memory: files with their columns, a missing file is a 404 as in SharePoint. */
export class MemoryFiles implements FileStore {
  public files = new Map<string, { bytes: Uint8Array; fields: Record<string, unknown> }>();

  public async libraryUrl(): Promise<string> {
    return '/sites/internkontroll/Namndhandlingar';
  }

  public async ensureFolder(): Promise<void> {
    // Folders are implied by the files' paths.
  }

  public async info(url: string): Promise<StoredFile | null> {
    const file = this.files.get(url);
    return file ? { serverRelativeUrl: url, length: file.bytes.byteLength } : null;
  }

  public async read(url: string): Promise<Uint8Array> {
    const file = this.files.get(url);
    if (!file) throw Object.assign(new Error(`File Not Found: ${url}`), { status: 404 });
    return new Uint8Array(file.bytes);
  }

  public async write(url: string, bytes: Uint8Array, fields: Partial<Stored> & Record<string, unknown>): Promise<StoredFile> {
    this.files.set(url, { bytes: new Uint8Array(bytes), fields: { ...fields } });
    return { serverRelativeUrl: url, length: bytes.byteLength };
  }

  public async list<T extends Stored>(folderUrl: string): Promise<Array<ListedFile<T>>> {
    return [...this.files.entries()].filter(([url]) => url.slice(0, url.lastIndexOf('/')) === folderUrl)
      .map(([url, f]) => ({ serverRelativeUrl: url, length: f.bytes.byteLength, fields: f.fields as Partial<T> }));
  }

  public async fields<T extends Stored>(url: string): Promise<Partial<T> | null> {
    return (this.files.get(url)?.fields as Partial<T> | undefined) ?? null;
  }
}

export type BoardStore = MemoryStore & { boardFiles: MemoryFiles };

/** The demo region as of TODAY, every list seeded, with an empty Nämndhandlingar library. */
export function demoStore(): BoardStore {
  const region = buildDemoRegion(TODAY, demoDirectory);
  const store = { ...createMemoryStore(), boardFiles: new MemoryFiles() };
  const m = store.memory;
  m.orgUnits.seed(...region.orgUnits);
  m.categories.seed(...region.categories);
  m.roles.seed(...region.roles);
  m.plans.seed(...region.plans);
  m.items.seed(...region.items);
  m.measures.seed(...region.measures);
  m.periods.seed(...region.periods);
  m.statusReports.seed(...region.statusReports);
  m.securityAreas.seed(...region.securityAreas);
  m.chapters.seed(...region.chapters);
  m.links.seed(...region.links);
  m.settings.seed(...region.settings);
  return store;
}

/** The kind's plan under follow-up (as the demo board data helper picks it). */
export function planOf(store: BoardStore, kind: PlanKind): Plan {
  const plans = store.memory.plans.rows.filter((p) => p.kind === kind);
  return plans.find((p) => p.state === 'followUp') ?? plans[0];
}

/** Writes the document's kind and title: enough to tell which document was rendered. */
export function textRenderers(calls: string[] = []): Renderers {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
  return {
    docx: async (doc) => { calls.push(`docx:${doc.meta.title}`); return bytes(`docx ${doc.meta.title}`); },
    pdf: async (doc) => { calls.push(`pdf:${doc.meta.title}`); return bytes(`pdf ${doc.meta.title}`); },
    xlsx: async (data) => { calls.push(`xlsx:${data.plan.title}`); return bytes(`xlsx ${data.plan.title}`); }
  };
}

export function envOf(locale: Locale = 'sv-SE'): AppEnvironment {
  return { locale, host: 'board', today: TODAY, user: secretary };
}

/** The page as a host mounts it: the target in state, so navigating shows the new target; every navigation recorded. */
function Harness(props: { initial: BoardTarget; navigations: BoardTarget[]; view: Omit<BoardViewProps, keyof BoardTarget | 'onNavigate'> }): React.ReactElement {
  const [target, setTarget] = React.useState<BoardTarget>(props.initial);
  return <BoardView {...props.view} {...target} onNavigate={(next) => { props.navigations.push(next); setTarget(next); }} />;
}

export interface RenderedBoard extends RenderResult {
  navigations: BoardTarget[];
}

export function renderBoard(store: BoardStore, initial: BoardTarget,
  view: Omit<BoardViewProps, keyof BoardTarget | 'onNavigate'> = {}, locale: Locale = 'sv-SE'): RenderedBoard {
  const navigations: BoardTarget[] = [];
  const result = render(
    <AppProvider store={store} env={envOf(locale)}>
      <Harness initial={initial} navigations={navigations} view={{ renderers: textRenderers(), ...view }} />
    </AppProvider>
  );
  return { ...result, navigations };
}

/**
 * jsdom's CSS parser knows no @page margin boxes and says so on console.error for the paper's page style
 * (DocumentView.test.tsx explains); that message is dropped, every other one still reaches the console.
 */
export function ignorePageStyleParsing(): void {
  let spy: jest.SpyInstance | undefined;
  beforeEach(() => {
    const original = console.error.bind(console);
    spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      const message = args.map((a) => `${String(a)} ${String((a as { detail?: unknown })?.detail ?? '')}`).join(' ');
      if (!(message.includes('Could not parse CSS stylesheet') && message.includes('@bottom-right'))) original(...args);
    });
  });
  afterEach(() => spy?.mockRestore());
}
