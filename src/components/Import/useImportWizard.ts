/**
 * The import wizard's logic: the source (a file, or a list of the site), reading it (a file again whenever
 * the plan's title or year is edited, so plan-level errors clear once fixed; a list in memory on every
 * edit or field choice), and applying the result to the Store on confirmation.
 */
import * as React from 'react';
import { applyImport, ApplyResult } from '../../import/applyImport';
import { parseWorkbook } from '../../import/parseWorkbook';
import { createSiteListSource } from '../../import/pnpSiteLists';
import { SiteListSource } from '../../import/siteLists';
import { ImportPlan, ImportResult } from '../../import/types';
import { defaultRiskMatrix, RiskMatrixConfig } from '../../model/riskMatrix';
import { useApp } from '../app/AppContext';
import { WizardKind } from './importStrings';
import { ListImportModel, listResult, useListImport } from './useListImport';
import { failureText } from '../i18n/failureText';

export type WizardStep = 'choose' | 'preview' | 'done';
export type ImportKind = WizardKind;
export type ImportSourceKind = 'file' | 'list';

export interface PlanEdits {
  title: string;
  year: string;
  kind: ImportKind;
}

export interface ImportWizardModel {
  source: ImportSourceKind;
  setSource: (source: ImportSourceKind) => void;
  step: WizardStep;
  fileName: string;
  reading: boolean;
  result: ImportResult | null;
  edits: PlanEdits;
  /** The plan as it will be written: the file's or list's, with the user's edits. */
  plan: ImportPlan | null;
  importing: boolean;
  failure: string | null;
  applied: ApplyResult | null;
  list: ListImportModel;
  chooseFile: (file: File) => void;
  readList: () => void;
  edit: (changes: Partial<PlanEdits>) => void;
  confirm: () => void;
  reset: () => void;
}

const NO_EDITS: PlanEdits = { title: '', year: '', kind: 'internalControl' };

function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

function message(error: unknown): string {
  return failureText(error);
}

function editsOf(parsed: ImportResult, fallbackYear: string): PlanEdits {
  const kind = parsed.plan?.kind;
  return {
    title: parsed.plan?.title ?? '',
    year: parsed.plan?.year !== null && parsed.plan?.year !== undefined ? String(parsed.plan.year) : fallbackYear,
    kind: kind === 'patientSafety' || kind === 'scorecard' ? kind : 'internalControl'
  };
}

/** `listSource`: how to read the site's lists; by default from the Store's own PnPjs instance. */
export function useImportWizard(listSource?: SiteListSource | null): ImportWizardModel {
  const { store, env } = useApp();
  const [source, setSource] = React.useState<ImportSourceKind>('file');
  const [step, setStep] = React.useState<WizardStep>('choose');
  const [file, setFile] = React.useState<{ name: string; bytes: ArrayBuffer } | null>(null);
  const [reading, setReading] = React.useState(false);
  const [fileResult, setFileResult] = React.useState<ImportResult | null>(null);
  const [edits, setEdits] = React.useState<PlanEdits>(NO_EDITS);
  const [importing, setImporting] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [applied, setApplied] = React.useState<ApplyResult | null>(null);
  const [riskMatrix, setRiskMatrix] = React.useState<RiskMatrixConfig>(defaultRiskMatrix);
  const sites = React.useMemo(() => (listSource !== undefined ? listSource : store.sp ? createSiteListSource(store.sp) : null), [listSource, store]);
  const list = useListImport(sites, source === 'list', setFailure);
  const thisYear = env.today.slice(0, 4);

  // Scores are checked against the region's own matrix when it has one.
  React.useEffect(() => {
    let current = true;
    store.riskMatrix().then((matrix) => { if (current) setRiskMatrix(matrix); }, () => undefined);
    return () => { current = false; };
  }, [store]);

  const chooseFile = React.useCallback((chosen: File): void => {
    setReading(true);
    setFailure(null);
    readBytes(chosen)
      .then(async (bytes) => {
        const parsed = await parseWorkbook(bytes, chosen.name, { locale: env.locale, riskMatrix });
        setFile({ name: chosen.name, bytes });
        setFileResult(parsed);
        setEdits(editsOf(parsed, ''));
        setStep('preview');
      })
      .catch((error: unknown) => setFailure(message(error)))
      .then(() => setReading(false), () => setReading(false));
  }, [env.locale, riskMatrix]);

  // Re-read the file with the edited title and year (debounced), so that "no title" and "no year" clear once given.
  React.useEffect(() => {
    if (!file || step !== 'preview' || source !== 'file') return undefined;
    let current = true;
    const timer = setTimeout(() => {
      const year = Number(edits.year);
      parseWorkbook(file.bytes, file.name, { locale: env.locale, riskMatrix, planTitle: edits.title.trim() || undefined, year: year > 0 ? year : undefined })
        .then((parsed) => { if (current) setFileResult(parsed); })
        .catch((error: unknown) => { if (current) setFailure(message(error)); });
    }, 300);
    return () => { current = false; clearTimeout(timer); };
  }, [file, edits.title, edits.year, env.locale, step, riskMatrix, source]);

  const listParsed = React.useMemo<ImportResult | null>(() => {
    if (!list.data) return null;
    const year = Number(edits.year);
    return listResult(list.data, list.overrides, { locale: env.locale, riskMatrix, planTitle: edits.title.trim() || undefined,
      year: year > 0 ? year : Number(thisYear) });
  }, [list.data, list.overrides, edits.title, edits.year, env.locale, riskMatrix, thisYear]);

  const readList = React.useCallback((): void => {
    setFailure(null);
    list.read().then((ok) => { if (ok) setStep('preview'); }, (error: unknown) => setFailure(message(error)));
  }, [list]);

  // A freshly read list starts with its own title and this year.
  React.useEffect(() => {
    if (list.data) setEdits(editsOf(listResult(list.data, {}, { locale: env.locale, year: Number(thisYear) }), thisYear));
  }, [list.data, thisYear, env.locale]);

  const result = source === 'file' ? fileResult : listParsed;

  const plan = React.useMemo<ImportPlan | null>(() => {
    if (!result?.plan) return null;
    const year = Number(edits.year);
    const kind = result.format === 'actionPlan' ? 'patientSafety' : result.format === 'scorecard' ? 'scorecard' : edits.kind;
    return { title: edits.title.trim() || result.plan.title, year: year >= 2000 && year <= 2099 ? year : result.plan.year, kind };
  }, [result, edits]);

  const confirm = React.useCallback((): void => {
    if (!result || !plan || result.errors.length > 0) return;
    setImporting(true);
    setFailure(null);
    applyImport(store, { ...result, plan }, { today: env.today, reporter: null, importer: env.user.upn })
      .then((done) => { setApplied(done); setStep('done'); })
      .catch((error: unknown) => setFailure(message(error)))
      .then(() => setImporting(false), () => setImporting(false));
  }, [store, env.today, result, plan]);

  const reset = React.useCallback((): void => {
    setStep('choose');
    setFile(null);
    setFileResult(null);
    list.clear();
    setEdits(NO_EDITS);
    setFailure(null);
    setApplied(null);
  }, [list]);

  const edit = React.useCallback((changes: Partial<PlanEdits>): void => setEdits((e) => ({ ...e, ...changes })), []);
  const chooseSource = React.useCallback((next: ImportSourceKind): void => { setSource(next); setFailure(null); }, []);

  return {
    source, setSource: chooseSource, step, fileName: file?.name ?? '', reading: reading || list.reading, result, edits, plan, importing, failure, applied,
    list, chooseFile, readList, edit, confirm, reset
  };
}
