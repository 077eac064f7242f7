import type { DirectiveView } from '../api/responses';
import { correctionBody, draftOf } from './correction-body';

const directive: DirectiveView = {
  id: 'd1',
  documentId: 'doc',
  ordinal: 3,
  text: 'Tổng kết công tác thi đua năm 2022.',
  section: 'II',
  units: { lead: ['Văn phòng'], support: ['Phòng Nội vụ', 'Công an xã'], direct: [] },
  deadline: { kind: 'month', start: null, due: '2022-12-31', raw: 'tháng 12/2022' },
  span: { start: 0, end: 10 },
  status: 'open',
  completedOn: null,
};

describe('correctionBody', () => {
  it('given the form as loaded, then there is nothing to record', () => {
    expect(correctionBody(directive, draftOf(directive))).toBeNull();
  });

  it.each([
    ['a new due date', { due: '2023-01-15' }, { deadline: { kind: 'date', due: '2023-01-15' } }],
    ['new text (NFC, trimmed)', { text: '  Tổng kết năm.  '.normalize('NFD') }, { text: 'Tổng kết năm.' }],
    ['units, one per line, blanks dropped', { lead: 'Văn phòng\n\n UBND xã ' }, { units: { lead: ['Văn phòng', 'UBND xã'], support: ['Phòng Nội vụ', 'Công an xã'], direct: [] } }],
    ['a reason with a change', { due: '2023-01-15', reason: ' đọc nhầm ' }, { deadline: { kind: 'date', due: '2023-01-15' }, reason: 'đọc nhầm' }],
  ])('when the person changes %s, then only that is sent', (_label, change, expected) => {
    expect(correctionBody(directive, { ...draftOf(directive), ...change })).toEqual(expected);
  });

  it('a reason alone changes nothing', () => {
    expect(correctionBody(directive, { ...draftOf(directive), reason: 'xem lại' })).toBeNull();
  });
});
