/**
 * The import wizard's logic: read the chosen file, parse it (again whenever the plan's title or year is
 * edited, so plan-level errors clear once fixed), and apply it to the Store on confirmation.
 */
import * as React from 'react';
import { applyImport, ApplyResult } from '../../import/applyImport';
import { parseWorkbook } from '../../import/parseWorkbook';
import { ImportPlan, ImportResult } from '../../import/types';
import { defaultRiskMatrix, RiskMatrixConfig } from '../../model/riskMatrix';
import { useApp } from '../app/AppContext';

export type WizardStep = 'choose' | 'preview' | 'done';
export type ImportKind = 'internalControl' | 'patientSafety';

export interface PlanEdits {
  title: string;
  year: string;
  kind: ImportKind;
}

export interface ImportWizardModel {
  step: WizardStep;
  fileName: string;
  reading: boolean;
  result: ImportResult | null;
  edits: PlanEdits;
  /** The plan as it will be written: the file's, with the user's edits. */
  plan: ImportPlan | null;
  importing: boolean;
  failure: string | null;
  applied: ApplyResult | null;
  chooseFile: (file: File) => void;
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
  return error instanceof Error ? error.message : String(error);
}

export function useImportWizard(): ImportWizardModel {
  const { store, env } = useApp();
  const [step, setStep] = React.useState<WizardStep>('choose');
  const [file, setFile] = React.useState<{ name: string; bytes: ArrayBuffer } | null>(null);
  const [reading, setReading] = React.useState(false);
  const [result, setResult] = React.useState<ImportResult | null>(null);
  const [edits, setEdits] = React.useState<PlanEdits>(NO_EDITS);
  const [importing, setImporting] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [applied, setApplied] = React.useState<ApplyResult | null>(null);
  const [riskMatrix, setRiskMatrix] = React.useState<RiskMatrixConfig>(defaultRiskMatrix);

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
        setResult(parsed);
        setEdits({
          title: parsed.plan?.title ?? '',
          year: parsed.plan?.year !== null && parsed.plan?.year !== undefined ? String(parsed.plan.year) : '',
          kind: parsed.plan?.kind === 'patientSafety' ? 'patientSafety' : 'internalControl'
        });
        setStep('preview');
      })
      .catch((error: unknown) => setFailure(message(error)))
      .then(() => setReading(false), () => setReading(false));
  }, [env.locale, riskMatrix]);

  // Re-read with the edited title and year (debounced), so that "no title" and "no year" clear once given.
  React.useEffect(() => {
    if (!file || step !== 'preview') return undefined;
    let current = true;
    const timer = setTimeout(() => {
      const year = Number(edits.year);
      parseWorkbook(file.bytes, file.name, { locale: env.locale, riskMatrix, planTitle: edits.title.trim() || undefined, year: year > 0 ? year : undefined })
        .then((parsed) => { if (current) setResult(parsed); })
        .catch((error: unknown) => { if (current) setFailure(message(error)); });
    }, 300);
    return () => { current = false; clearTimeout(timer); };
  }, [file, edits.title, edits.year, env.locale, step, riskMatrix]);

  const plan = React.useMemo<ImportPlan | null>(() => {
    if (!result?.plan) return null;
    const year = Number(edits.year);
    return { title: edits.title.trim() || result.plan.title, year: year >= 2000 && year <= 2099 ? year : result.plan.year, kind: edits.kind };
  }, [result, edits]);

  const confirm = React.useCallback((): void => {
    if (!result || !plan || result.errors.length > 0) return;
    setImporting(true);
    setFailure(null);
    applyImport(store, { ...result, plan }, { today: env.today, reporter: null })
      .then((done) => { setApplied(done); setStep('done'); })
      .catch((error: unknown) => setFailure(message(error)))
      .then(() => setImporting(false), () => setImporting(false));
  }, [store, env.today, result, plan]);

  const reset = React.useCallback((): void => {
    setStep('choose');
    setFile(null);
    setResult(null);
    setEdits(NO_EDITS);
    setFailure(null);
    setApplied(null);
  }, []);

  const edit = React.useCallback((changes: Partial<PlanEdits>): void => setEdits((e) => ({ ...e, ...changes })), []);

  return { step, fileName: file?.name ?? '', reading, result, edits, plan, importing, failure, applied, chooseFile, edit, confirm, reset };
}
