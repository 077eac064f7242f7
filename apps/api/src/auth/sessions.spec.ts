import { SESSION_TTL_MS, Sessions } from './sessions';

describe('Sessions', () => {
  const account = { name: 'lan.nguyen', roles: ['officer' as const] };

  it('finds the account by its token until the session expires', () => {
    let now = 1_000;
    const sessions = new Sessions(() => now);
    const token = sessions.open(account);
    expect(sessions.find(token)).toEqual(account);
    now += SESSION_TTL_MS - 1;
    expect(sessions.find(token)).toEqual(account);
    now += 1;
    expect(sessions.find(token)).toBeNull();
  });

  it('forgets a closed session, and knows no made-up token', () => {
    const sessions = new Sessions();
    const token = sessions.open(account);
    const other = sessions.open(account);
    expect(token).not.toBe(other);
    sessions.close(token);
    expect([sessions.find(token), sessions.find(other), sessions.find('made-up')]).toEqual([null, account, null]);
  });
});
