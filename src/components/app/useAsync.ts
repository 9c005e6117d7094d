/**
 * Loads data for a view and tracks loading, error and a reload trigger; ignores results that arrive
 * after the view has moved on (unmounted or asked again).
 */
import * as React from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList): AsyncState<T> {
  const [state, setState] = React.useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => { if (current) setState({ data, loading: false }); },
      (error: unknown) => { if (current) setState({ error: error instanceof Error ? error : new Error(String(error)), loading: false }); }
    );
    return () => { current = false; };
  }, [...deps, generation]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
