import { START, type RecordedEvent } from '@eventstore/db-client';
import { uuidV7 } from '../../uuid-v7';
import { isApplicationEvent, readFrom, toEventData, toStoredEvent } from './esdb-events';

const recorded = (fields: Partial<RecordedEvent>): RecordedEvent =>
  ({
    streamId: 'document-1',
    id: uuidV7(),
    isJson: true,
    revision: 2n,
    type: 'TextExtracted',
    created: new Date(0),
    data: { documentId: '1' },
    metadata: { schemaVersion: 1 },
    position: { commit: 1234n, prepare: 1234n },
    ...fields,
  }) as RecordedEvent;

describe('ESDB event conversions', () => {
  it.each([
    ['document-1', 'DocumentReceived', true],
    ['directive-9', 'DirectiveCompleted', true],
    ['$stats-127.0.0.1:2113', '$statsCollected', false],
    ['$settings', 'update-default-acl', false],
    ['document-1', '$metadata', false],
  ])('%s / %s is an application event: %p', (streamId, type, expected) => {
    expect(isApplicationEvent({ streamId, type })).toBe(expected);
  });

  it('keeps id, type, data and metadata on the way in', () => {
    const event = { id: uuidV7(), type: 'PlanParsed', data: { text: 'Sở Nội vụ' }, metadata: { schemaVersion: 1 } };
    expect(toEventData(event)).toMatchObject({ ...event, contentType: 'application/json' });
  });

  it('reads the commit position as the global position, the revision as a number and no metadata as null', () => {
    const event = recorded({ metadata: undefined });
    expect(toStoredEvent(event)).toEqual({
      id: event.id,
      streamId: 'document-1',
      revision: 2,
      position: 1234n,
      type: 'TextExtracted',
      data: { documentId: '1' },
      metadata: null,
    });
  });

  it('refuses an event without a position (a server too old for this adapter)', () => {
    expect(() => toStoredEvent(recorded({ position: undefined }))).toThrow(/without a position/);
  });

  it('reads $all from the start for checkpoint 0 and from the checkpoint itself otherwise', () => {
    expect(readFrom(0n)).toBe(START);
    expect(readFrom(77n)).toEqual({ commit: 77n, prepare: 77n });
  });
});
