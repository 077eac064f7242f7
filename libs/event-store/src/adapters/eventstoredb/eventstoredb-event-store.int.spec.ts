import { loadSettings } from '@plan-ledger/config';
import { describeEventStoreContract } from '../../testing/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

// Runs against a real server only: `docker compose up -d eventstore`, then EVENTSTORE_URL=esdb://localhost:2113?tls=false.
const { eventStore } = loadSettings(process.env);

describeEventStoreContract(
  'EventStoreDB',
  eventStore.mode === 'scaled'
    ? async () => {
        const store = new EventStoreDbEventStore(eventStore.url);
        return { store, cleanup: () => store.close() };
      }
    : null,
  { skipReason: 'EVENTSTORE_URL is not set, no EventStoreDB server here' },
);
