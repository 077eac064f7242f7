import { SYSTEM_ACTOR, documentStream, upcast, vietnamDate, type CommandContext, type EventMetadata, type PlanParsedData } from '@plan-ledger/domain';
import type { EventStore, StoredEvent, Subscription } from '@plan-ledger/event-store';
import { runDirectiveCommand, runUnitCommand } from './directive-commands';
import { assignmentsOf, withdrawnDirectiveIds } from './plan-assignments';

/**
 * Turns each `PlanParsed` into `UnitRecognised` (new units and spellings), `DirectiveAssigned` (new directives,
 * or a newer engine's reading of known ones) and, for directives the document's previous reading had and this one
 * no longer finds, a withdrawal (`DirectiveCancelled` by the system, dated the day of this reading). Every decision
 * is idempotent (the same reading, or an older engine's, appends nothing), so replaying the whole log on start-up
 * is safe; a stored checkpoint would only make it faster.
 */
export class PlanParsedProcessManager {
  constructor(
    private readonly store: EventStore,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  async handle(event: StoredEvent): Promise<void> {
    if (event.type !== 'PlanParsed') return;
    const metadata = event.metadata as EventMetadata;
    const reading = upcast({ type: event.type, data: event.data, metadata }).data as PlanParsedData;
    const ctx: CommandContext = { now: this.clock(), actor: SYSTEM_ACTOR, correlationId: metadata.correlationId, causationId: event.id };
    const { units, directives } = assignmentsOf(reading);
    for (const unit of units) await runUnitCommand(this.store, unit.data.unitId, unit, ctx);
    for (const directive of directives) await runDirectiveCommand(this.store, directive.data.directiveId, directive, ctx);
    const withdrawnOn = vietnamDate(metadata.recordedAt);
    for (const directiveId of withdrawnDirectiveIds(await this.readingBefore(event, reading.documentId), reading)) {
      await runDirectiveCommand(this.store, directiveId, { type: 'WithdrawDirective', data: { directiveId, extractorVersion: reading.extractorVersion, withdrawnOn } }, ctx);
    }
  }

  /** The document's `PlanParsed` just before this one, if any. */
  private async readingBefore(event: StoredEvent, documentId: string): Promise<PlanParsedData | null> {
    const earlier = (await this.store.readStream(documentStream(documentId), { maxCount: event.revision })).filter((e) => e.type === 'PlanParsed');
    if (earlier.length === 0) return null;
    const last = earlier[earlier.length - 1];
    return upcast({ type: last.type, data: last.data, metadata: last.metadata as EventMetadata }).data as PlanParsedData;
  }

  /** Handles every PlanParsed in the log once, from the beginning: for commands that must see every directive assigned. */
  async catchUp(batchSize = 1000): Promise<void> {
    let after = 0n;
    for (;;) {
      const batch = await this.store.readAll({ after, maxCount: batchSize });
      for (const event of batch) await this.handle(event);
      if (batch.length < batchSize) return;
      after = batch[batch.length - 1].position;
    }
  }

  /** Follows the log from `after` (the beginning by default). */
  start(options: { after?: bigint; onError?: (error: unknown) => void } = {}): Subscription {
    return this.store.subscribeToAll({ after: options.after, onEvent: (event) => this.handle(event), onError: options.onError });
  }
}
