import { PlanLedgerError, REJECTION_CODES, isPlanLedgerError } from './errors';

describe('PlanLedgerError', () => {
  it('carries a stable code and is recognised', () => {
    const e = new PlanLedgerError('DOCUMENT.ENCRYPTED', 'password-protected');
    expect(isPlanLedgerError(e)).toBe(true);
    expect(e.code).toBe('DOCUMENT.ENCRYPTED');
    expect(REJECTION_CODES.has(e.code)).toBe(true);
    expect(REJECTION_CODES.has('STREAM.REVISION_CONFLICT')).toBe(false);
  });
});
