/**
 * A canonical unit of one issuing body (STYLE 1). Recognition is automatic (from extractions, one event per new
 * spelling); merging and renaming are a person's decisions. Units of different issuers never merge unless the
 * person says so explicitly: "Văn phòng" of a commune and "Văn phòng" of a department are different offices.
 */
import { PlanLedgerError } from '../errors';
import type { CommandContext } from '../metadata';
import type { UnitEvent } from './unit.events';

export interface UnitState {
  status: 'absent' | 'active' | 'merged';
  unitId: string | null;
  issuer: string | null;
  name: string | null;
  aliases: string[];
  mergedInto: string | null;
}

export const initialState: UnitState = { status: 'absent', unitId: null, issuer: null, name: null, aliases: [], mergedInto: null };

/** What a merge needs to know of the unit it merges into, read by the handler from that unit's stream. */
export interface MergeTarget {
  unitId: string;
  issuer: string | null;
  status: UnitState['status'];
}

export type UnitCommand =
  | { type: 'RecogniseUnit'; data: { unitId: string; issuer: string | null; name: string; documentId: string } }
  | { type: 'MergeUnits'; data: { unitId: string; into: MergeTarget; reason?: string | null; acrossIssuers?: boolean } }
  | { type: 'RenameUnit'; data: { unitId: string; name: string } };

export function decide(command: UnitCommand, state: UnitState, _ctx: CommandContext): UnitEvent[] {
  switch (command.type) {
    case 'RecogniseUnit': {
      const name = command.data.name.normalize('NFC').trim();
      if (!name) throw invalid('a unit name is required');
      if (state.aliases.includes(name)) return [];
      return [{ type: 'UnitRecognised', data: { ...command.data, name } }];
    }
    case 'MergeUnits': {
      const { unitId, into } = command.data;
      requireActive(state, unitId);
      if (into.unitId === unitId) throw invalid('a unit cannot be merged into itself');
      if (into.status !== 'active') throw rejected(`unit ${into.unitId} is ${into.status === 'merged' ? 'merged already' : 'unknown'}`);
      if (into.issuer !== state.issuer && !command.data.acrossIssuers) {
        throw rejected(`units of different issuers (${state.issuer} / ${into.issuer}) are merged only with acrossIssuers`);
      }
      return [{ type: 'UnitsMerged', data: { unitId, into: into.unitId, reason: command.data.reason ?? null } }];
    }
    case 'RenameUnit': {
      requireActive(state, command.data.unitId);
      const name = command.data.name.normalize('NFC').trim();
      if (!name) throw invalid('a unit name is required');
      if (name === state.name) return [];
      return [{ type: 'UnitRenamed', data: { unitId: command.data.unitId, previous: state.name!, name } }];
    }
    default: {
      const unknown: never = command;
      throw invalid(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

export function evolve(state: UnitState, event: UnitEvent): UnitState {
  switch (event.type) {
    case 'UnitRecognised':
      return {
        ...state,
        status: state.status === 'absent' ? 'active' : state.status,
        unitId: event.data.unitId,
        issuer: event.data.issuer,
        name: state.name ?? event.data.name,
        aliases: [...state.aliases, event.data.name],
      };
    case 'UnitsMerged':
      return { ...state, status: 'merged', mergedInto: event.data.into };
    case 'UnitRenamed':
      return { ...state, name: event.data.name };
    default: {
      const unknown: never = event;
      throw new Error(`unknown unit event ${JSON.stringify(unknown)}`);
    }
  }
}

function requireActive(state: UnitState, unitId: string): void {
  if (state.status === 'absent') throw new PlanLedgerError('STREAM.NOT_FOUND', `unit ${unitId} does not exist`);
  if (state.status === 'merged') throw rejected(`unit ${unitId} was merged into ${state.mergedInto}`);
}

const invalid = (message: string) => new PlanLedgerError('COMMAND.INVALID', message);
const rejected = (message: string) => new PlanLedgerError('COMMAND.REJECTED', message);

/** The three together, for handlers and specifications; the index exports this rather than bare `decide`. */
export const unitDecider = { decide, evolve, initialState };
