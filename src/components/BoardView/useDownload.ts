/**
 * "Ladda ner Word / PDF": the document shown, rendered in the browser by the lazily loaded renderers and
 * handed to the browser as a file. A failure (a renderer that does not load, fonts that are not served)
 * is kept to be shown, never swallowed.
 */
import * as React from 'react';
import { Renderers, safeName } from '../../board/publish';
import { MEDIA_TYPES } from '../../documents/render';
import { ReportDocument } from '../../documents/model';
import { failureText } from '../i18n/failureText';

export type DownloadKind = 'docx' | 'pdf';

export interface Download {
  busy: DownloadKind | null;
  error: string | null;
  start: (kind: DownloadKind, doc: ReportDocument, fileName: string) => void;
}

/** Gives bytes to the browser as a download named `fileName` (without extension). */
export function saveFile(bytes: Uint8Array, kind: DownloadKind, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: MEDIA_TYPES[kind] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${safeName(fileName) || 'handling'}.${kind}`;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns: let it live a little.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useDownload(renderers: Renderers): Download {
  const [busy, setBusy] = React.useState<DownloadKind | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const start = (kind: DownloadKind, doc: ReportDocument, fileName: string): void => {
    if (busy) return;
    setBusy(kind);
    setError(null);
    renderers[kind](doc).then((bytes) => saveFile(bytes, kind, fileName)).then(() => setBusy(null), (failure: unknown) => {
      setBusy(null);
      setError(failureText(failure));
    });
  };
  return { busy, error, start };
}
