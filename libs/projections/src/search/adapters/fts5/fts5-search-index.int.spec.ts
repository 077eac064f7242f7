import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadModelStore } from '../../../store/read-model-store';
import { describeSearchIndexContract } from '../../testing/search-index.contract';
import { Fts5SearchIndex } from './fts5-search-index';

describeSearchIndexContract('FTS5', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-ledger-fts5-'));
  const store = new ReadModelStore(join(dir, 'read-models.sqlite'));
  return {
    index: new Fts5SearchIndex(store.db),
    async close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
