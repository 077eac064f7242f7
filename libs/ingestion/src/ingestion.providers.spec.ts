import { loadSettings } from '@plan-ledger/config';
import { portProviders } from './ingestion.providers';

describe('portProviders', () => {
  it('binds every port, and the settings, once', () => {
    const tokens = portProviders(loadSettings({})).map((p) => (p as { provide: unknown }).provide);
    expect(tokens.map(String)).toEqual(['Symbol(SETTINGS)', 'Symbol(EVENT_STORE)', 'Symbol(FILE_STORE)', 'Symbol(JOB_QUEUE)']);
  });
});
