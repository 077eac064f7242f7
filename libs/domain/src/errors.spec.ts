import { PlanLedgerError, REJECTION_CODES, isPlanLedgerError, storageFailure } from './errors';

describe('PlanLedgerError', () => {
  it('carries a stable code and is recognised', () => {
    const e = new PlanLedgerError('DOCUMENT.ENCRYPTED', 'password-protected');
    expect(isPlanLedgerError(e)).toBe(true);
    expect(e.code).toBe('DOCUMENT.ENCRYPTED');
    expect(REJECTION_CODES.has(e.code)).toBe(true);
    expect(REJECTION_CODES.has('STREAM.REVISION_CONFLICT')).toBe(false);
  });
});

describe('storageFailure', () => {
  const raised = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
  it.each([
    ['ENOSPC', 'STORAGE.FULL'],
    ['EDQUOT', 'STORAGE.FULL'],
    ['SQLITE_FULL', 'STORAGE.FULL'],
    ['EROFS', 'STORAGE.READ_ONLY'],
    ['EACCES', 'STORAGE.READ_ONLY'],
    ['SQLITE_READONLY', 'STORAGE.READ_ONLY'],
    ['SQLITE_READONLY_DBMOVED', 'STORAGE.READ_ONLY'],
  ])('reads %s as %s', (code, expected) => {
    expect(storageFailure(raised(code))).toMatchObject({ code: expected, details: { cause: code } });
  });

  it.each([['ENOENT'], ['SQLITE_CONSTRAINT_UNIQUE']])('leaves %s alone', (code) => expect(storageFailure(raised(code))).toBeNull());
  it('leaves errors without a code alone', () => expect(storageFailure(new Error('boom'))).toBeNull());
});
