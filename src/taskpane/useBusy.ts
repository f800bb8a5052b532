/**
 * The pane's "one thing at a time" state: what is running (for the progress bar), the last error and the last notice.
 * `guard(label, fn)` shows `label` while `fn` runs, clears the previous message, and turns a failure into a readable
 * message instead of an unhandled rejection.
 */
import { useCallback, useState } from 'react';

export function useBusy(errorPrefix: string) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const guard = useCallback(
    async (label: string, fn: () => Promise<void>) => {
      setBusy(label);
      setError(null);
      setNotice(null);
      try {
        await fn();
      } catch (e) {
        setError(errorPrefix + (e instanceof Error ? e.message : String(e)));
      } finally {
        setBusy(null);
      }
    },
    [errorPrefix],
  );
  return { busy, setBusy, error, setError, notice, setNotice, guard };
}
