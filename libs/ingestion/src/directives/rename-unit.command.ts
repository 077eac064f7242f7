import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@plan-ledger/domain';
import type { UnitCommandResult } from './directive-commands';

export interface RenameUnitPayload {
  unitId: string;
  name: string;
}

/** Sets the name a unit is shown under; the spellings plans used stay as aliases. */
export class RenameUnit extends Command<UnitCommandResult> {
  constructor(
    readonly payload: RenameUnitPayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
