import { PlanLedgerError } from '../errors';
import type { CommandContext } from '../metadata';
import { DeciderSpecification } from '../testing/decider-spec';
import type { UnitEvent } from './unit.events';
import { decide, evolve, initialState } from './unit.decider';

const ctx: CommandContext = { now: '2024-03-01T03:00:00.000Z', actor: { user: 'minh', role: 'admin' }, correlationId: 'c-1' };
const spec = DeciderSpecification.for({ decide, evolve, initialState }, ctx);
const withCode = (code: string) => (e: PlanLedgerError) => e.code === code;

const issuer = 'Sở Ngoại vụ tỉnh Lạng Sơn';
const recognised: UnitEvent = { type: 'UnitRecognised', data: { unitId: 'u-hd', issuer, name: 'Hội đồng TĐKT Sở', documentId: 'doc-2' } };
const merged: UnitEvent = { type: 'UnitsMerged', data: { unitId: 'u-hd', into: 'u-hdtd', reason: null } };

describe('unit decider', () => {
  describe('absent', () => {
    it('recognises a unit from an extraction, in NFC', () =>
      spec
        .given([])
        .when({ type: 'RecogniseUnit', data: { unitId: 'u-hd', issuer, name: ' Hội đồng TĐKT Sở'.normalize('NFD'), documentId: 'doc-2' } })
        .then([recognised]));

    it('cannot be renamed', () =>
      spec.given([]).when({ type: 'RenameUnit', data: { unitId: 'u-hd', name: 'x' } }).thenThrows(PlanLedgerError, withCode('STREAM.NOT_FOUND')));
  });

  describe('active', () => {
    it('records a spelling only once', () =>
      spec.given([recognised]).when({ type: 'RecogniseUnit', data: { unitId: 'u-hd', issuer, name: 'Hội đồng TĐKT Sở', documentId: 'doc-9' } }).thenNothingHappens());

    it('records a new spelling as an alias', () =>
      spec
        .given([recognised])
        .when({ type: 'RecogniseUnit', data: { unitId: 'u-hd', issuer, name: 'Hội đồng thi đua, khen thưởng Sở', documentId: 'doc-2' } })
        .then([{ type: 'UnitRecognised', data: { unitId: 'u-hd', issuer, name: 'Hội đồng thi đua, khen thưởng Sở', documentId: 'doc-2' } }]));

    it('renames, keeping the previous name on record', () =>
      spec.given([recognised]).when({ type: 'RenameUnit', data: { unitId: 'u-hd', name: 'Hội đồng Thi đua - Khen thưởng Sở' } }).then([
        { type: 'UnitRenamed', data: { unitId: 'u-hd', previous: 'Hội đồng TĐKT Sở', name: 'Hội đồng Thi đua - Khen thưởng Sở' } },
      ]));

    it('merges into another unit of the same issuer', () =>
      spec.given([recognised]).when({ type: 'MergeUnits', data: { unitId: 'u-hd', into: { unitId: 'u-hdtd', issuer, status: 'active' } } }).then([merged]));

    it('refuses to merge units of different issuers unless told to', () => {
      const other = { unitId: 'u-x', issuer: 'Ủy ban nhân dân xã Xuân Sơn', status: 'active' as const };
      spec.given([recognised]).when({ type: 'MergeUnits', data: { unitId: 'u-hd', into: other } }).thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED'));
      spec
        .given([recognised])
        .when({ type: 'MergeUnits', data: { unitId: 'u-hd', into: other, acrossIssuers: true, reason: 'cùng một cơ quan' } })
        .then([{ type: 'UnitsMerged', data: { unitId: 'u-hd', into: 'u-x', reason: 'cùng một cơ quan' } }]);
    });

    it('refuses to merge into itself or into a merged unit', () => {
      spec.given([recognised]).when({ type: 'MergeUnits', data: { unitId: 'u-hd', into: { unitId: 'u-hd', issuer, status: 'active' } } }).thenThrows(PlanLedgerError, withCode('COMMAND.INVALID'));
      spec.given([recognised]).when({ type: 'MergeUnits', data: { unitId: 'u-hd', into: { unitId: 'u-y', issuer, status: 'merged' } } }).thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED'));
    });
  });

  describe('merged', () => {
    it('cannot be renamed or merged again', () => {
      spec.given([recognised, merged]).when({ type: 'RenameUnit', data: { unitId: 'u-hd', name: 'x' } }).thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED'));
      spec
        .given([recognised, merged])
        .when({ type: 'MergeUnits', data: { unitId: 'u-hd', into: { unitId: 'u-z', issuer, status: 'active' } } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED'));
    });

    it('still records spellings found later (they resolve to the unit it was merged into)', () =>
      spec
        .given([recognised, merged])
        .when({ type: 'RecogniseUnit', data: { unitId: 'u-hd', issuer, name: 'HĐTĐKT Sở', documentId: 'doc-3' } })
        .then([{ type: 'UnitRecognised', data: { unitId: 'u-hd', issuer, name: 'HĐTĐKT Sở', documentId: 'doc-3' } }]));
  });
});
