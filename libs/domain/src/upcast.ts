/**
 * Reading old events (DESIGN: type names never change; the schema version lives in metadata). An upcaster lifts
 * one event type's data from one schema version to the next; `upcast` applies them in turn until none is left.
 * No event has changed shape yet, so the registry is empty and upcasting is the identity.
 */
export interface VersionedEvent {
  type: string;
  data: unknown;
  metadata: { schemaVersion: number };
}

/** Data at schema version N (the key) -> data at version N + 1. */
export type UpcasterRegistry = Readonly<Record<string, Readonly<Record<number, (data: never) => unknown>>>>;

export const UPCASTERS: UpcasterRegistry = {};

export function createUpcast(registry: UpcasterRegistry) {
  return <E extends VersionedEvent>(event: E): E => {
    const steps = registry[event.type];
    let { schemaVersion } = event.metadata;
    let data = event.data;
    while (steps?.[schemaVersion]) {
      data = steps[schemaVersion](data as never);
      schemaVersion += 1;
    }
    if (schemaVersion === event.metadata.schemaVersion) return event;
    return { ...event, data, metadata: { ...event.metadata, schemaVersion } };
  };
}

export const upcast = createUpcast(UPCASTERS);
