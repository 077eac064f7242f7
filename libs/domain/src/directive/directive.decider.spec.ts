import { PlanLedgerError } from '../errors';
import type { CommandContext } from '../metadata';
import { DeciderSpecification } from '../testing/decider-spec';
import type { DirectiveAssignedData, DirectiveEvent } from './directive.events';
import { decide, evolve, initialState } from './directive.decider';

const ctx: CommandContext = { now: '2022-09-01T03:00:00.000Z', actor: { user: 'lan', role: 'officer' }, correlationId: 'c-1' };
const spec = DeciderSpecification.for({ decide, evolve, initialState }, ctx);
const withCode = (code: string) => (e: PlanLedgerError) => e.code === code;

const directiveId = 'd-1';
const assignment: Omit<DirectiveAssignedData, 'keptCorrections'> = {
  directiveId,
  plan: { documentId: 'doc-1', issuer: 'Ủy ban nhân dân xã Xuân Sơn', issuedOn: '2022-01-04', year: 2022, number: '01/KH-UBND', title: 'Công tác thi đua, khen thưởng năm 2022' },
  extractorVersion: '1.0.0',
  place: 'table1/row5',
  section: 'PHỤ LỤC',
  span: null,
  extracted: {
    text: 'Tổng hợp gửi sáng kiến',
    units: { lead: ['Văn phòng – Thống kê'], support: [], direct: [] },
    unitIds: { lead: ['xa-xuan-son/van-phong-thong-ke'], support: [], direct: [] },
    deadline: { kind: 'date', start: null, due: '2022-08-01', raw: 'trước ngày 01/08/2022' },
    recurrence: null,
  },
};
const assigned: DirectiveEvent = { type: 'DirectiveAssigned', data: { ...assignment, keptCorrections: [] } };
const completed: DirectiveEvent = {
  type: 'DirectiveCompleted',
  data: { directiveId, occurrence: 'once', completedOn: '2022-07-20', evidence: { documentId: null, note: null } },
};
const cancelled: DirectiveEvent = { type: 'DirectiveCancelled', data: { directiveId, reason: 'không còn phù hợp', cancelledOn: '2022-05-01' } };
const monthly: DirectiveEvent = {
  type: 'DirectiveAssigned',
  data: { ...assignment, extracted: { ...assignment.extracted, deadline: null, recurrence: 'monthly' }, keptCorrections: [] },
};

describe('directive decider', () => {
  describe('absent', () => {
    it('assigns from an extraction', () => spec.given([]).when({ type: 'AssignDirective', data: assignment }).then([assigned]));

    it('refuses lifecycle commands on a directive that does not exist', () =>
      spec.given([]).when({ type: 'AcknowledgeDirective', data: { directiveId } }).thenThrows(PlanLedgerError, withCode('STREAM.NOT_FOUND')));
  });

  describe('assigned', () => {
    it('ignores the same extraction read again (a retried job)', () =>
      spec.given([assigned]).when({ type: 'AssignDirective', data: assignment }).thenNothingHappens());

    it('acknowledges on today in Vietnam, once', () => {
      spec.given([assigned]).when({ type: 'AcknowledgeDirective', data: { directiveId } }).then([
        { type: 'DirectiveAcknowledged', data: { directiveId, acknowledgedOn: '2022-09-01' } },
      ]);
      spec
        .given([assigned, { type: 'DirectiveAcknowledged', data: { directiveId, acknowledgedOn: '2022-02-01' } }])
        .when({ type: 'AcknowledgeDirective', data: { directiveId } })
        .thenNothingHappens();
    });

    it('records progress with its evidence', () =>
      spec
        .given([assigned])
        .when({ type: 'ReportProgress', data: { directiveId, percent: 40, note: 'đã thu 12 sáng kiến', evidenceDocumentId: 'doc-9', reportedOn: '2022-06-01' } })
        .then([
          {
            type: 'ProgressReported',
            data: { directiveId, occurrence: 'once', percent: 40, note: 'đã thu 12 sáng kiến', evidenceDocumentId: 'doc-9', reportedOn: '2022-06-01' },
          },
        ]));

    it('refuses a percent outside 0..100', () =>
      spec.given([assigned]).when({ type: 'ReportProgress', data: { directiveId, percent: 120 } }).thenThrows(PlanLedgerError, withCode('COMMAND.INVALID')));

    it('completes with evidence', () =>
      spec
        .given([assigned])
        .when({ type: 'CompleteDirective', data: { directiveId, completedOn: '2022-07-20' } })
        .then([completed]));

    it('refuses a completion dated before the plan was issued', () =>
      spec
        .given([assigned])
        .when({ type: 'CompleteDirective', data: { directiveId, completedOn: '2022-01-03' } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('compares a plan issued in a known month only by the month’s last day', () => {
      const monthOnly = { ...assignment, plan: { ...assignment.plan, issuedOn: '2021-12' } };
      spec
        .given([{ type: 'DirectiveAssigned', data: { ...monthOnly, keptCorrections: [] } }])
        .when({ type: 'CompleteDirective', data: { directiveId, completedOn: '2021-12-30' } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED'));
    });

    it('refuses a completion dated in the future', () =>
      spec
        .given([assigned])
        .when({ type: 'CompleteDirective', data: { directiveId, completedOn: '2022-09-02' } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('extends the deadline from the due in force, naming the document that allowed it', () =>
      spec
        .given([assigned])
        .when({ type: 'ExtendDeadline', data: { directiveId, newDue: '2022-08-31', reason: 'chờ hướng dẫn', authorisedBy: '12/TB-UBND', grantedOn: '2022-07-25' } })
        .then([
          {
            type: 'DeadlineExtended',
            data: { directiveId, occurrence: 'once', previousDue: '2022-08-01', newDue: '2022-08-31', reason: 'chờ hướng dẫn', authorisedBy: '12/TB-UBND', grantedOn: '2022-07-25' },
          },
        ]));

    it('refuses an "extension" that does not move the due later', () =>
      spec
        .given([assigned])
        .when({ type: 'ExtendDeadline', data: { directiveId, newDue: '2022-07-01', reason: 'x', authorisedBy: 'y' } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('cancels with a reason', () =>
      spec
        .given([assigned])
        .when({ type: 'CancelDirective', data: { directiveId, reason: 'không còn phù hợp', cancelledOn: '2022-05-01' } })
        .then([cancelled]));

    it('refuses to reopen work that is neither completed nor cancelled', () =>
      spec.given([assigned]).when({ type: 'ReopenDirective', data: { directiveId, reason: 'x' } }).thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('records a correction with before, after and who', () =>
      spec
        .given([assigned])
        .when({
          type: 'CorrectDirective',
          data: { directiveId, after: { deadline: { kind: 'date', start: null, due: '2022-07-15', raw: 'trước ngày 15/7/2022' } }, reason: 'đọc sai ngày' },
        })
        .then([
          {
            type: 'DirectiveCorrected',
            data: {
              directiveId,
              before: { deadline: assignment.extracted.deadline },
              after: { deadline: { kind: 'date', start: null, due: '2022-07-15', raw: 'trước ngày 15/7/2022' } },
              reason: 'đọc sai ngày',
              correctedBy: 'lan',
            },
          },
        ]));

    it('corrects units only with their canonical ids', () =>
      spec
        .given([assigned])
        .when({ type: 'CorrectDirective', data: { directiveId, after: { units: { lead: ['Văn phòng'], support: [], direct: [] } } } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.INVALID')));

    it('ignores a correction that changes nothing', () =>
      spec.given([assigned]).when({ type: 'CorrectDirective', data: { directiveId, after: { text: assignment.extracted.text } } }).thenNothingHappens());
  });

  describe('corrected, then re-extracted by a newer engine', () => {
    const corrected: DirectiveEvent = {
      type: 'DirectiveCorrected',
      data: {
        directiveId,
        before: { deadline: assignment.extracted.deadline },
        after: { deadline: { kind: 'date', start: null, due: '2022-07-15', raw: 'trước ngày 15/7/2022' } },
        reason: null,
        correctedBy: 'lan',
      },
    };
    const reExtracted = {
      ...assignment,
      extractorVersion: '2.0.0',
      extracted: { ...assignment.extracted, text: 'Tổng hợp, gửi sáng kiến về thị xã', deadline: { kind: 'date' as const, start: null, due: '2022-08-02', raw: 'trước ngày 02/08/2022' } },
    };

    it('records the new reading and names the correction it leaves in force', () =>
      spec.given([assigned, corrected]).when({ type: 'AssignDirective', data: reExtracted }).then([
        { type: 'DirectiveAssigned', data: { ...reExtracted, keptCorrections: ['deadline'] } },
      ]));

    it('keeps the corrected deadline and takes the new text', () => {
      const state = [assigned, corrected, { type: 'DirectiveAssigned', data: { ...reExtracted, keptCorrections: ['deadline'] } } as DirectiveEvent].reduce(
        evolve,
        initialState,
      );
      expect(state.content?.deadline?.due).toBe('2022-07-15');
      expect(state.content?.text).toBe('Tổng hợp, gửi sáng kiến về thị xã');
      expect(state.extracted?.deadline?.due).toBe('2022-08-02');
    });

    it('extends from the corrected due, not the extracted one', () =>
      spec
        .given([assigned, corrected])
        .when({ type: 'ExtendDeadline', data: { directiveId, newDue: '2022-07-30', reason: 'x', authorisedBy: '5/QĐ-UBND', grantedOn: '2022-07-10' } })
        .then([
          {
            type: 'DeadlineExtended',
            data: { directiveId, occurrence: 'once', previousDue: '2022-07-15', newDue: '2022-07-30', reason: 'x', authorisedBy: '5/QĐ-UBND', grantedOn: '2022-07-10' },
          },
        ]));

    it('ignores an older engine’s reading replayed after the newer one', () =>
      spec
        .given([assigned, { type: 'DirectiveAssigned', data: { ...reExtracted, keptCorrections: [] } }])
        .when({ type: 'AssignDirective', data: assignment })
        .thenNothingHappens());

    it('refuses a re-extraction claiming the directive for another document', () =>
      spec
        .given([assigned])
        .when({ type: 'AssignDirective', data: { ...assignment, plan: { ...assignment.plan, documentId: 'doc-2' } } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.INVALID')));
  });

  describe('completed', () => {
    it.each([
      ['acknowledge', { type: 'AcknowledgeDirective', data: { directiveId } }],
      ['report progress', { type: 'ReportProgress', data: { directiveId, percent: 100 } }],
      ['complete again', { type: 'CompleteDirective', data: { directiveId } }],
      ['extend', { type: 'ExtendDeadline', data: { directiveId, newDue: '2022-12-01', reason: 'x', authorisedBy: 'y' } }],
      ['cancel', { type: 'CancelDirective', data: { directiveId, reason: 'x' } }],
      ['correct', { type: 'CorrectDirective', data: { directiveId, after: { text: 'khác' } } }],
    ] as const)('refuses to %s', (_, command) =>
      spec.given([assigned, completed]).when(command).thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('reopens with a reason', () =>
      spec.given([assigned, completed]).when({ type: 'ReopenDirective', data: { directiveId, reason: 'hồ sơ thiếu', reopenedOn: '2022-08-05' } }).then([
        { type: 'DirectiveReopened', data: { directiveId, occurrence: 'once', reason: 'hồ sơ thiếu', reopenedOn: '2022-08-05' } },
      ]));

    it('refuses a reopen dated before the completion', () =>
      spec
        .given([assigned, completed])
        .when({ type: 'ReopenDirective', data: { directiveId, reason: 'x', reopenedOn: '2022-07-01' } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('refuses a new completion dated before the reopen', () =>
      spec
        .given([assigned, completed, { type: 'DirectiveReopened', data: { directiveId, occurrence: 'once', reason: 'x', reopenedOn: '2022-08-05' } }])
        .when({ type: 'CompleteDirective', data: { directiveId, completedOn: '2022-08-01' } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('accepts a new completion once reopened', () =>
      spec
        .given([assigned, completed, { type: 'DirectiveReopened', data: { directiveId, occurrence: 'once', reason: 'x', reopenedOn: '2022-08-05' } }])
        .when({ type: 'CompleteDirective', data: { directiveId, completedOn: '2022-08-20' } })
        .then([{ type: 'DirectiveCompleted', data: { directiveId, occurrence: 'once', completedOn: '2022-08-20', evidence: { documentId: null, note: null } } }]));
  });

  describe('cancelled', () => {
    it.each([
      ['complete', { type: 'CompleteDirective', data: { directiveId } }],
      ['extend', { type: 'ExtendDeadline', data: { directiveId, newDue: '2022-12-01', reason: 'x', authorisedBy: 'y' } }],
      ['correct', { type: 'CorrectDirective', data: { directiveId, after: { text: 'khác' } } }],
      ['cancel again', { type: 'CancelDirective', data: { directiveId, reason: 'x' } }],
    ] as const)('refuses to %s', (_, command) =>
      spec.given([assigned, cancelled]).when(command).thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('reopens as a whole', () =>
      spec.given([assigned, cancelled]).when({ type: 'ReopenDirective', data: { directiveId, reason: 'làm lại', reopenedOn: '2022-06-01' } }).then([
        { type: 'DirectiveReopened', data: { directiveId, occurrence: null, reason: 'làm lại', reopenedOn: '2022-06-01' } },
      ]));
  });

  describe('withdrawn when a newer reading of its plan no longer finds it', () => {
    const withdraw = (extractorVersion: string) => ({ type: 'WithdrawDirective' as const, data: { directiveId, extractorVersion } });
    const withdrawn: DirectiveEvent = {
      type: 'DirectiveCancelled',
      data: { directiveId, reason: 'Bộ trích xuất 2.0.0 không còn đọc thấy nhiệm vụ này trong kế hoạch', cancelledOn: '2022-09-01', withdrawnBy: '2.0.0' },
    };
    const reopenedByPeople: DirectiveEvent = { type: 'DirectiveReopened', data: { directiveId, occurrence: null, reason: 'vẫn phải làm', reopenedOn: '2022-09-02' } };
    const newerReading = { ...assignment, extractorVersion: '3.0.0' };

    it('cancels it today, naming the engine', () => spec.given([assigned]).when(withdraw('2.0.0')).then([withdrawn]));

    it.each<[string, DirectiveEvent[], string]>([
      ['an unknown directive', [], '2.0.0'],
      ['a reading by the engine that assigned it (a retry)', [assigned], '1.0.0'],
      ['an older reading replayed after a newer one', [assigned, { type: 'DirectiveAssigned', data: { ...newerReading, keptCorrections: [] } }], '2.0.0'],
      ['a directive people completed', [assigned, completed], '2.0.0'],
      ['a directive people cancelled', [assigned, cancelled], '2.0.0'],
      ['the same withdrawal replayed after people reopened it', [assigned, withdrawn, reopenedByPeople], '2.0.0'],
    ])('does nothing to %s', (_, given, version) => spec.given(given).when(withdraw(version)).thenNothingHappens());

    it('is reopened by a newer reading that finds it again', () =>
      spec.given([assigned, withdrawn]).when({ type: 'AssignDirective', data: newerReading }).then([
        { type: 'DirectiveAssigned', data: { ...newerReading, keptCorrections: [] } },
        { type: 'DirectiveReopened', data: { directiveId, occurrence: null, reason: 'Bộ trích xuất 3.0.0 đọc thấy lại nhiệm vụ trong kế hoạch', reopenedOn: '2022-09-01' } },
      ]));

    it('stays cancelled when people cancelled it, whatever a newer reading finds', () =>
      spec.given([assigned, withdrawn, reopenedByPeople, cancelled]).when({ type: 'AssignDirective', data: newerReading }).then([
        { type: 'DirectiveAssigned', data: { ...newerReading, keptCorrections: [] } },
      ]));
  });

  describe('recurring (monthly)', () => {
    it('needs the occurrence', () =>
      spec.given([monthly]).when({ type: 'CompleteDirective', data: { directiveId } }).thenThrows(PlanLedgerError, withCode('COMMAND.INVALID')));

    it('refuses an occurrence outside the plan year', () =>
      spec
        .given([monthly])
        .when({ type: 'CompleteDirective', data: { directiveId, occurrence: '2023-01' } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.INVALID')));

    it('completes one month without touching the others', () => {
      const march: DirectiveEvent = {
        type: 'DirectiveCompleted',
        data: { directiveId, occurrence: '2022-03', completedOn: '2022-03-28', evidence: { documentId: null, note: null } },
      };
      spec.given([monthly]).when({ type: 'CompleteDirective', data: { directiveId, occurrence: '2022-03', completedOn: '2022-03-28' } }).then([march]);
      spec
        .given([monthly, march])
        .when({ type: 'CompleteDirective', data: { directiveId, occurrence: '2022-04', completedOn: '2022-04-29' } })
        .then([{ type: 'DirectiveCompleted', data: { directiveId, occurrence: '2022-04', completedOn: '2022-04-29', evidence: { documentId: null, note: null } } }]);
      spec
        .given([monthly, march])
        .when({ type: 'CompleteDirective', data: { directiveId, occurrence: '2022-03' } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED'));
    });
  });
});
