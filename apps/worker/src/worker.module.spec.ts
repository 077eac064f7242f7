import { loadSettings } from '@plan-ledger/config';
import { WorkerModule } from './worker.module';

describe('WorkerModule', () => {
  it('refuses to start without REDIS_URL, naming the variable', () => {
    expect(() => WorkerModule.forRoot(loadSettings({}, '/srv'))).toThrow(
      expect.objectContaining({ code: 'CONFIG.INVALID', details: { variable: 'REDIS_URL' }, message: expect.stringContaining('REDIS_URL') }),
    );
  });
});
