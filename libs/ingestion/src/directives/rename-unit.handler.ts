import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runUnitCommand, type UnitCommandResult } from './directive-commands';
import { RenameUnit } from './rename-unit.command';

@CommandHandler(RenameUnit)
export class RenameUnitHandler implements ICommandHandler<RenameUnit> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context }: RenameUnit): Promise<UnitCommandResult> {
    return runUnitCommand(this.store, payload.unitId, { type: 'RenameUnit', data: payload }, context);
  }
}
