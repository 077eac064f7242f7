import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DirectiveCommand, DirectiveContent, DirectiveState } from '@plan-ledger/domain';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { ROLES } from '@plan-ledger/projections';
import { CorrectDirective } from './correct-directive.command';
import { runDirectiveCommand, runUnitCommand, type DirectiveCommandResult } from './directive-commands';
import { canonicalUnitIds } from './plan-assignments';

/** Corrects a directive; unit names a person gives are named canonically under the plan's issuer and enter the directory. */
@CommandHandler(CorrectDirective)
export class CorrectDirectiveHandler implements ICommandHandler<CorrectDirective> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: CorrectDirective): Promise<DirectiveCommandResult> {
    const units = payload.after.units;
    let plan: DirectiveState['plan'] = null;
    const command = (state: DirectiveState): DirectiveCommand => {
      plan = state.plan;
      const after: Partial<DirectiveContent> = { ...payload.after };
      if (units) after.unitIds = canonicalUnitIds(units, state.plan?.issuer ?? null);
      return { type: 'CorrectDirective', data: { directiveId: payload.directiveId, after, reason: payload.reason ?? null } };
    };
    const result = await runDirectiveCommand(this.store, payload.directiveId, command, context);
    if (units && plan && result.appended.length > 0) {
      const { issuer, documentId } = plan;
      const ids = canonicalUnitIds(units, issuer);
      for (const role of ROLES) {
        for (const [i, name] of units[role].entries()) {
          await runUnitCommand(this.store, ids[role][i], { type: 'RecogniseUnit', data: { unitId: ids[role][i], issuer, name, documentId } }, context);
        }
      }
    }
    return result;
  }
}
