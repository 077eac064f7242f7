import { loadSettings } from '@plan-ledger/config';
import { uuidV7 } from '@plan-ledger/event-store';
import { describeSearchIndexContract } from '../../testing/search-index.contract';
import { MeilisearchSearchIndex } from './meilisearch-search-index';

// Runs against a real server only: `docker compose up -d meilisearch`, then MEILI_URL=http://localhost:7700 (+ MEILI_MASTER_KEY).
const { search } = loadSettings(process.env);

describeSearchIndexContract(
  'Meilisearch',
  search.mode === 'scaled'
    ? async () => {
        // An index of its own per test, so runs never see each other's directives on a shared server.
        const index = new MeilisearchSearchIndex({ url: search.url, masterKey: search.masterKey, indexPrefix: `test-${uuidV7()}-` });
        return { index, close: () => index.dropIndex() };
      }
    : null,
  { skipReason: 'MEILI_URL is not set, no Meilisearch server here' },
);
