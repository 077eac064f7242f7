import { describeEventStoreContract } from '../../testing/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { InMemoryEsdbClient } from './testing/in-memory-esdb-client';

// The adapter's own logic (retry detection, paging past system events, catch-up) against an in-memory stand-in for
// the gRPC client. The same contract against a real server is eventstoredb-event-store.int.spec.ts (EVENTSTORE_URL).
describeEventStoreContract('EventStoreDB adapter over an in-memory client', async () => {
  const store = new EventStoreDbEventStore(new InMemoryEsdbClient().asClient());
  return { store, cleanup: () => store.close() };
});
