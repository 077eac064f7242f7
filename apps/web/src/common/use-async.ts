import { useCallback, useEffect, useState, type DependencyList } from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; value: T };

/** Runs `load` whenever `deps` change, dropping answers that arrive after a newer request; `reload` runs it again. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => controller.signal.aborted || setState({ status: 'ready', value }),
      (error: Error) => controller.signal.aborted || setState({ status: 'error', error }),
    );
    return () => controller.abort();
    // `load` is a new closure every render: the caller's `deps` say when it must run again.
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}
