/** Every event carries who, why and when (DESIGN). Time and ids come in here, never from deciders. */
export interface Actor {
  user: string;
  role: 'system' | 'archivist' | 'officer' | 'analyst' | 'admin';
}

export interface EventMetadata {
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  /** ISO instant the event was recorded. */
  recordedAt: string;
  schemaVersion: number;
}

/** What a handler passes to a decider: the clock and the actor, so deciders stay pure. */
export interface CommandContext {
  now: string;
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { user: 'system', role: 'system' };

/** The metadata every event of one decision carries: who and when from the command's context. */
export const eventMetadata = (ctx: CommandContext, schemaVersion: number): EventMetadata => ({
  actor: ctx.actor,
  correlationId: ctx.correlationId,
  causationId: ctx.causationId ?? null,
  recordedAt: ctx.now,
  schemaVersion,
});
