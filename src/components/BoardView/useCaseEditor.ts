/**
 * The tjänsteskrivelse editor's logic: the draft read (or a new one prefilled from the data), the form
 * as typed, the board secretary's checks before anything is written, saving by ETag, and publishing
 * (save first, then the resumable publishCase; a Dnr published before asks for a new version). A failure
 * never throws the typed text away: a concurrent save offers to load the saved draft or save over it.
 */
import * as React from 'react';
import { BoardData } from '../../board/boardData';
import { caseKey, CaseErrors, cleanLines, equalityText, hasCaseErrors, newCase, validateCase } from '../../board/caseDocument';
import { PublishDeps, PublishRequest, PublishResult, Renderers } from '../../board/publish';
import { ConcurrencyError, DuplicateKeyError } from '../../data/errors';
import { isoInstant } from '../../model/calendar';
import { BoardSnapshotRecord, CaseDocument } from '../../model/types';
import { ValidationError } from '../../plans/ValidationError';
import { useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';
import { ADD_PROPOSAL_ID, CaseField, fieldId, firstErrorId, LineField } from './caseErrors';
import { failureText } from '../i18n/failureText';

/** publishCase's signature: the board page takes it as a prop so a test can watch the calls. */
export type PublishFn = (deps: PublishDeps, request: PublishRequest) => Promise<PublishResult>;

export const SHOW_PUBLISHED_ID = 'ik-case-show-published';

export interface CaseEditorOptions {
  /** The masked board data of the plan and period the case reports. */
  data: BoardData;
  organisation: string;
  renderers: Renderers;
  publish: PublishFn;
  /** Told once the papers are published, so the page can list the new publication. */
  onPublished?: (record: BoardSnapshotRecord) => void;
}

export type CaseFailure = { kind: 'conflict' } | { kind: 'save' | 'publish'; message: string } | { kind: 'noLibrary' };
type Attempt = 'save' | 'publish';

/** What the form writes to the draft: never the publication's bookkeeping (state, reserved key), which is publishCase's. */
type Content = Omit<CaseDocument, 'key' | 'id' | 'etag' | 'created' | 'planKey' | 'periodKey' | 'state' | 'publishingKey' | 'lastSnapshotKey'>;

function contentOf(doc: CaseDocument): Content {
  return {
    board: doc.board, meetingDate: doc.meetingDate || null, diaryNumber: doc.diaryNumber, documentDate: doc.documentDate || null,
    title: doc.title, department: doc.department, manager: doc.manager, officer: doc.officer, proposals: doc.proposals,
    summary: doc.summary, caseText: doc.caseText, equality: doc.equality, otherConsequences: doc.otherConsequences, economy: doc.economy,
    attachments: cleanLines(doc.attachments), distribution: cleanLines(doc.distribution), signatories: cleanLines(doc.signatories)
  };
}

function messageOf(error: unknown): string {
  return failureText(error);
}

export interface CaseEditor {
  /** Undefined while the draft is read. */
  doc: CaseDocument | undefined;
  load: AsyncState<CaseDocument | null>;
  stored: CaseDocument | null;
  errors: CaseErrors;
  attempt: Attempt | null;
  busy: Attempt | null;
  savedAt: string | null;
  failure: CaseFailure | null;
  /** The earlier versions of the Dnr, while the person is asked whether to publish a new one. */
  existing: BoardSnapshotRecord[] | null;
  published: BoardSnapshotRecord | null;
  /** The equality text before the figures were fetched again, until it is edited. */
  undoEquality: string | null;
  set: <K extends Exclude<CaseField, 'proposals' | LineField>>(field: K, value: CaseDocument[K]) => void;
  setLines: (field: LineField, text: string) => void;
  setProposal: (index: number, text: string) => void;
  addProposal: () => void;
  removeProposal: (index: number) => void;
  refreshEquality: () => void;
  undoRefresh: () => void;
  saveDraft: () => void;
  publish: () => void;
  confirmNewVersion: () => void;
  cancelNewVersion: () => void;
  reloadSaved: () => void;
  keepMine: () => void;
}

export function useCaseEditor(options: CaseEditorOptions): CaseEditor {
  const { store, env } = useApp();
  const { data } = options;
  const key = caseKey(data.plan.key, data.period?.key ?? null);
  const load = useAsync(() => store.cases.byKey(key), [store, key]);
  const [doc, setDoc] = React.useState<CaseDocument | undefined>(undefined);
  const [stored, setStored] = React.useState<CaseDocument | null>(null);
  const [attempt, setAttempt] = React.useState<Attempt | null>(null);
  const [busy, setBusy] = React.useState<Attempt | null>(null);
  const [savedAt, setSavedAt] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<CaseFailure | null>(null);
  const [existing, setExisting] = React.useState<BoardSnapshotRecord[] | null>(null);
  const [published, setPublished] = React.useState<BoardSnapshotRecord | null>(null);
  const [undoEquality, setUndoEquality] = React.useState<string | null>(null);
  const [focus, setFocus] = React.useState<{ id: string } | null>(null);

  React.useEffect(() => {
    if (load.data === undefined || doc !== undefined) return;
    setStored(load.data);
    setDoc(load.data ?? newCase(data, env.today, env.locale));
  }, [load.data]);
  // A new object each time, so the same field is focused again after a second refusal.
  React.useEffect(() => { if (focus) document.getElementById(focus.id)?.focus(); }, [focus]);

  const errors = doc && attempt ? validateCase({ ...doc, ...contentOf(doc) }, attempt === 'publish') : {};
  const edit = (change: (d: CaseDocument) => CaseDocument): void => setDoc((d) => (d ? change(d) : d));

  /** Checks before writing; on a refusal the first field in error gets the focus. */
  const refused = (current: CaseDocument, what: Attempt): boolean => {
    setAttempt(what);
    const found = validateCase({ ...current, ...contentOf(current) }, what === 'publish');
    if (!hasCaseErrors(found)) return false;
    setFocus({ id: firstErrorId(found, current) ?? fieldId('board') });
    return true;
  };

  const write = async (current: CaseDocument, from: CaseDocument | null): Promise<CaseDocument | null> => {
    try {
      const saved = from ? await store.cases.update(from, contentOf(current)) : await store.cases.add({ ...current, ...contentOf(current) });
      setStored(saved);
      setSavedAt(new Date().toLocaleTimeString(env.locale, { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }));
      return saved;
    } catch (error) {
      // Someone else saved (a newer ETag) or created the draft first: keep the typed text and ask.
      if (error instanceof ConcurrencyError || error instanceof DuplicateKeyError) setFailure({ kind: 'conflict' });
      else setFailure({ kind: 'save', message: messageOf(error) });
      return null;
    }
  };

  const start = (): void => {
    setFailure(null);
    setSavedAt(null);
    setPublished(null);
  };

  const saveDraft = (): void => {
    if (!doc || busy) return;
    start();
    if (refused(doc, 'save')) return;
    setBusy('save');
    write(doc, stored).then((saved) => {
      setBusy(null);
      if (saved) setAttempt(null);
    }, () => setBusy(null));
  };

  /** publishCase wrote on the draft (its reservation, its state): read it again for the new ETag. */
  const reread = async (): Promise<void> => {
    const fresh = await store.cases.byKey(key);
    if (fresh) setStored(fresh);
  };

  const runPublish = async (current: CaseDocument, newVersion: boolean): Promise<void> => {
    const files = store.boardFiles;
    if (!files) {
      setFailure({ kind: 'noLibrary' });
      return;
    }
    // Confirming a new version follows a save a moment ago (the dialog is modal, nothing was typed since).
    const saved = newVersion ? stored : await write(current, stored);
    if (!saved) return;
    try {
      const result = await options.publish({ store, files, renderers: options.renderers, now: () => isoInstant(new Date()) }, {
        caseKey: saved.key, publisher: { objectId: '', upn: env.user.upn, displayName: env.user.displayName },
        locale: env.locale, organisation: options.organisation, ...(newVersion ? { newVersion: true } : {})
      });
      if (result.status === 'needsNewVersion') {
        setExisting(result.existing);
        return;
      }
      setAttempt(null);
      setPublished(result.record);
      setFocus({ id: SHOW_PUBLISHED_ID });
      options.onPublished?.(result.record);
    } catch (error) {
      const invalid = error instanceof ValidationError && hasCaseErrors(validateCase({ ...current, ...contentOf(current) }, true));
      if (invalid) setAttempt('publish');
      else setFailure({ kind: 'publish', message: messageOf(error) });
    }
    await reread();
  };

  const publish = (current: CaseDocument | undefined, newVersion: boolean): void => {
    if (!current || busy) return;
    start();
    if (!newVersion && refused(current, 'publish')) return;
    setBusy('publish');
    runPublish(current, newVersion)
      .catch((error: unknown) => setFailure({ kind: 'publish', message: messageOf(error) }))
      .then(() => setBusy(null), () => setBusy(null));
  };

  const fromStore = (then: (fresh: CaseDocument | null) => void): void => {
    setBusy('save');
    store.cases.byKey(key).then((fresh) => { setBusy(null); then(fresh); },
      (error: unknown) => { setBusy(null); setFailure({ kind: 'save', message: messageOf(error) }); });
  };

  return {
    doc, load, stored, errors, attempt, busy, savedAt, failure, existing, published, undoEquality,
    set: (field, value) => {
      if (field === 'equality') setUndoEquality(null);
      edit((d) => ({ ...d, [field]: value }));
    },
    setLines: (field, text) => edit((d) => ({ ...d, [field]: text.split('\n') })),
    setProposal: (index, text) => edit((d) => ({ ...d, proposals: d.proposals.map((p, i) => (i === index ? text : p)) })),
    addProposal: () => {
      setFocus({ id: fieldId('proposals', doc?.proposals.length ?? 0) });
      edit((d) => ({ ...d, proposals: [...d.proposals, ''] }));
    },
    removeProposal: (index) => {
      setFocus({ id: index > 0 ? fieldId('proposals', index - 1) : (doc && doc.proposals.length > 1 ? fieldId('proposals', 0) : ADD_PROPOSAL_ID) });
      edit((d) => ({ ...d, proposals: d.proposals.filter((_, i) => i !== index) }));
    },
    refreshEquality: () => {
      if (!doc) return;
      setUndoEquality(doc.equality);
      edit((d) => ({ ...d, equality: equalityText(data, env.locale) }));
    },
    undoRefresh: () => {
      if (undoEquality === null) return;
      edit((d) => ({ ...d, equality: undoEquality }));
      setUndoEquality(null);
    },
    saveDraft,
    publish: () => publish(doc, false),
    confirmNewVersion: () => {
      setExisting(null);
      publish(doc, true);
    },
    cancelNewVersion: () => setExisting(null),
    reloadSaved: () => fromStore((fresh) => {
      setFailure(null);
      setStored(fresh);
      if (fresh) setDoc(fresh);
    }),
    keepMine: () => fromStore((fresh) => {
      if (!doc) return;
      setFailure(null);
      setBusy('save');
      write(doc, fresh).then(() => setBusy(null), () => setBusy(null));
    })
  };
}
