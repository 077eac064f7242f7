import type { Request } from 'express';
import { bearerToken, sessionToken } from './credentials';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as Request;

describe('bearerToken', () => {
  it.each([
    ['Bearer pl_abc', 'pl_abc'],
    ['bearer pl_abc ', 'pl_abc'],
    ['Basic dXNlcjpwYXNz', null],
    ['Bearer', null],
    ['Bearer a b', null],
  ])('reads %j as %j', (authorization, expected) => expect(bearerToken(req({ authorization }))).toBe(expected));

  it('is null without the header', () => expect(bearerToken(req({}))).toBeNull());
});

describe('sessionToken', () => {
  it.each([
    ['plan_ledger_session=abc', 'abc'],
    ['theme=dark; plan_ledger_session=abc=def; x=1', 'abc=def'],
    ['plan_ledger_session=', null],
    ['other_plan_ledger_session=abc', null],
    ['', null],
  ])('reads %j as %j', (cookie, expected) => expect(sessionToken(req({ cookie }))).toBe(expected));
});
