import type { EnqueuedTaskPromise } from 'meilisearch';
import { PlanLedgerError } from '@plan-ledger/domain';

const TASK_TIMEOUT_MS = 60_000;

/**
 * Waits for a Meilisearch task, which the server runs after answering the request, and fails unless it succeeded:
 * a write is only done once its task is. `tolerated` names error codes that still count as done.
 */
export async function taskDone(task: EnqueuedTaskPromise, what: string, tolerated: readonly string[] = []): Promise<void> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
  if (done.status === 'succeeded') return;
  if (done.error && tolerated.includes(done.error.code)) return;
  throw new PlanLedgerError('STORAGE.FAILED', `Meilisearch ${what} ${done.status}: ${done.error?.message ?? 'no reason given'}`, {
    cause: done.error?.code ?? done.status,
  });
}
