import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { loadUnit, runUnitCommand, type UnitCommandResult } from './directive-commands';
import { MergeUnits } from './merge-units.command';

@CommandHandler(MergeUnits)
export class MergeUnitsHandler implements ICommandHandler<MergeUnits> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: MergeUnits): Promise<UnitCommandResult> {
    const { state: target } = await loadUnit(this.store, payload.into);
    const into = { unitId: payload.into, issuer: target.issuer, status: target.status };
    return runUnitCommand(
      this.store,
      payload.unitId,
      { type: 'MergeUnits', data: { unitId: payload.unitId, into, reason: payload.reason ?? null, acrossIssuers: payload.acrossIssuers ?? false } },
      context,
    );
  }
}
