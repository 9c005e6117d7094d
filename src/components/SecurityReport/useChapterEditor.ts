/**
 * The chapter editor's logic: the form as typed (numbers as text until they are checked), validation
 * before anything is written, the save and submit use cases, and what to do when someone else saved
 * first (keep my version on top of theirs, or show theirs). The typed text is never thrown away by a failure.
 */
import * as React from 'react';
import { ConcurrencyError } from '../../data/errors';
import { ChapterAction, ChapterContent, ChapterErrors, hasChapterErrors, normaliseChapter, validateChapter } from '../../model/chapter';
import { Chapter, IncidentEntry } from '../../model/types';
import {
  ChapterPermissionError, ChapterTransitionError, ChapterValidationError, saveChapterDraft, submitChapter
} from '../../plans/chapterActions';
import { useApp } from '../app/AppContext';
import { failureText } from '../i18n/failureText';

export const CHAPTER_TEXT_FIELDS = ['goalFulfilment', 'followUp', 'improvements', 'currentState', 'improvementOpportunities'] as const;
export type ChapterTextField = (typeof CHAPTER_TEXT_FIELDS)[number];

export interface RiskRow { id: number; title: string; date: string }
export interface IncidentRow { id: number; kind: string; count: string; women: string; men: string }

export interface ChapterForm {
  texts: Record<ChapterTextField, string>;
  risks: RiskRow[];
  incidents: IncidentRow[];
}

export type EditorFailure =
  | { kind: 'conflict'; fresh: Chapter; action: Extract<ChapterAction, 'save' | 'submit'> }
  | { kind: 'permission' | 'transition' | 'invalid' }
  | { kind: 'generic'; message: string };

let nextRowId = 1;
const rowId = (): number => nextRowId++;

export function formOf(chapter: Chapter): ChapterForm {
  const text = (n: number | null): string => (n === null ? '' : String(n));
  return {
    texts: Object.fromEntries(CHAPTER_TEXT_FIELDS.map((f) => [f, chapter[f]])) as Record<ChapterTextField, string>,
    risks: chapter.riskAnalyses.map((r) => ({ id: rowId(), title: r.title, date: r.date ?? '' })),
    incidents: chapter.incidents.map((i) => ({ id: rowId(), kind: i.kind, count: String(i.count), women: text(i.women), men: text(i.men) }))
  };
}

/** A typed figure: empty is "not given" (null), anything else must read as a number (else NaN, which validation names). */
function figure(text: string): number | null {
  const t = text.trim();
  return t === '' ? null : Number(t);
}

export function contentOf(form: ChapterForm): ChapterContent {
  return {
    ...form.texts,
    riskAnalyses: form.risks.map((r) => ({ title: r.title.trim(), date: r.date.trim() || null })),
    incidents: form.incidents.map((i): IncidentEntry => ({
      kind: i.kind.trim(), count: figure(i.count) ?? Number.NaN, women: figure(i.women), men: figure(i.men)
    }))
  };
}

export interface ChapterEditorState {
  form: ChapterForm;
  /** Errors to show: empty until the person first tries to save or submit. */
  errors: ChapterErrors;
  showErrors: boolean;
  busy: boolean;
  savedAt: string | null;
  failure: EditorFailure | null;
  setText: (field: ChapterTextField, value: string) => void;
  setRisk: (id: number, changes: Partial<RiskRow>) => void;
  addRisk: () => void;
  removeRisk: (id: number) => void;
  setIncident: (id: number, changes: Partial<IncidentRow>) => void;
  addIncident: () => void;
  removeIncident: (id: number) => void;
  saveDraft: () => void;
  submit: () => void;
  keepMine: () => void;
  useTheirs: () => void;
}

const NO_ERRORS: ChapterErrors = { fields: {}, riskAnalyses: [], incidents: [] };

export function useChapterEditor(chapter: Chapter, onSaved: (c: Chapter) => void): ChapterEditorState {
  const { store, env } = useApp();
  const [base, setBase] = React.useState<Chapter>(() => normaliseChapter(chapter));
  const [form, setForm] = React.useState<ChapterForm>(() => formOf(normaliseChapter(chapter)));
  const [tried, setTried] = React.useState<Extract<ChapterAction, 'save' | 'submit'> | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [savedAt, setSavedAt] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<EditorFailure | null>(null);
  const errors = tried ? validateChapter({ ...base, ...contentOf(form) }, tried) : NO_ERRORS;

  const run = (action: Extract<ChapterAction, 'save' | 'submit'>, from: Chapter): void => {
    setTried(action);
    setFailure(null);
    setSavedAt(null);
    const content = contentOf(form);
    // Checked here first so that nothing is sent, and every field in error is shown at once.
    if (hasChapterErrors(validateChapter({ ...from, ...content }, action))) return;
    setBusy(true);
    const person = { upn: env.user.upn, displayName: env.user.displayName };
    const write = action === 'save' ? saveChapterDraft : submitChapter;
    write(store, from, content, person, new Date()).then((saved) => {
      setBusy(false);
      setBase(saved);
      setTried(null);
      if (action === 'save') setSavedAt(new Date().toLocaleTimeString(env.locale, { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }));
      onSaved(saved);
    }, async (error: unknown) => {
      setBusy(false);
      if (error instanceof ConcurrencyError) {
        const fresh = await store.chapters.byKey(from.key).catch(() => null);
        setFailure(fresh ? { kind: 'conflict', fresh: normaliseChapter(fresh), action } : { kind: 'generic', message: failureText(error, env.locale) });
      } else if (error instanceof ChapterPermissionError) setFailure({ kind: 'permission' });
      else if (error instanceof ChapterTransitionError) setFailure({ kind: 'transition' });
      else if (error instanceof ChapterValidationError) setFailure({ kind: 'invalid' });
      else setFailure({ kind: 'generic', message: failureText(error, env.locale) });
    });
  };

  const rows = <K extends 'risks' | 'incidents'>(key: K, update: (list: ChapterForm[K]) => ChapterForm[K]): void =>
    setForm((f) => ({ ...f, [key]: update(f[key]) }));

  return {
    form, errors, showErrors: tried !== null && hasChapterErrors(errors), busy, savedAt, failure,
    setText: (field, value) => setForm((f) => ({ ...f, texts: { ...f.texts, [field]: value } })),
    setRisk: (id, changes) => rows('risks', (list) => list.map((r) => (r.id === id ? { ...r, ...changes } : r))),
    addRisk: () => rows('risks', (list) => [...list, { id: rowId(), title: '', date: '' }]),
    removeRisk: (id) => rows('risks', (list) => list.filter((r) => r.id !== id)),
    setIncident: (id, changes) => rows('incidents', (list) => list.map((r) => (r.id === id ? { ...r, ...changes } : r))),
    addIncident: () => rows('incidents', (list) => [...list, { id: rowId(), kind: '', count: '', women: '', men: '' }]),
    removeIncident: (id) => rows('incidents', (list) => list.filter((r) => r.id !== id)),
    saveDraft: () => run('save', base),
    submit: () => run('submit', base),
    keepMine: () => {
      if (failure?.kind !== 'conflict') return;
      setBase(failure.fresh);
      run(failure.action, failure.fresh);
    },
    useTheirs: () => {
      if (failure?.kind !== 'conflict') return;
      setBase(failure.fresh);
      setForm(formOf(failure.fresh));
      setFailure(null);
      setTried(null);
    }
  };
}
