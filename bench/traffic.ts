/**
 * Counts the HTTP requests this process sends while something runs: PnPjs and the Graph client both go
 * through the global fetch, so wrapping it sees every SharePoint and Graph call the product's Node code
 * makes, with the parts of each `$batch` (SharePoint's multipart or Graph's JSON).
 */
export interface Traffic {
  sharePoint: number;
  sharePointBatchParts: number;
  graph: number;
  graphBatchSteps: number;
  /** Method and path of each request, the parts of a batch as `  > GET …` lines after it. */
  lines: string[];
}

function bodyText(init: RequestInit | undefined): string {
  return typeof init?.body === 'string' ? init.body : '';
}

function record(seen: Traffic, url: string, init: RequestInit | undefined): void {
  const method = init?.method ?? 'GET';
  const body = bodyText(init);
  if (url.includes('/_api/')) {
    seen.sharePoint++;
    seen.lines.push(`${method} ${decodeURIComponent(url.replace(/^.*\/_api\//, ''))}`);
    if (url.includes('/_api/$batch')) {
      const parts = [...body.matchAll(/^(GET|POST|PATCH|PUT|DELETE|MERGE) (\S+) HTTP\/1\.1/gm)];
      seen.sharePointBatchParts += parts.length;
      for (const p of parts) seen.lines.push(`  > ${p[1]} ${decodeURIComponent(p[2].replace(/^.*\/_api\//, ''))}`);
    }
  } else if (url.includes('/graph/')) {
    seen.graph++;
    seen.lines.push(`GRAPH ${method} ${url.replace(/^.*\/graph\//, '')}`);
    if (/\/\$batch\b/.test(url)) {
      try {
        seen.graphBatchSteps += ((JSON.parse(body) as { requests?: unknown[] }).requests ?? []).length;
      } catch {
        // Not JSON: counted as one request without steps.
      }
    }
  }
}

/** Runs `fn` with the global fetch counted; the counts cover only what `fn` caused in this process. */
export async function countTraffic<T>(fn: () => Promise<T>): Promise<{ result: T; traffic: Traffic }> {
  const original = globalThis.fetch;
  const seen: Traffic = { sharePoint: 0, sharePointBatchParts: 0, graph: 0, graphBatchSteps: 0, lines: [] };
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    record(seen, url, input instanceof Request && !init ? { method: input.method } : init);
    return original(input, init);
  };
  try {
    return { result: await fn(), traffic: seen };
  } finally {
    globalThis.fetch = original;
  }
}
