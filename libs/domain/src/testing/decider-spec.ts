/**
 * Given/when/then for deciders (in the manner of Emmett's DeciderSpecification): fold the given events from the
 * initial state, decide the command, and compare the events decided or the error thrown.
 */
export interface Decider<State, Command, Event, Context> {
  decide(command: Command, state: State, ctx: Context): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}

type ErrorClass<E extends Error> = new (...args: never[]) => E;

export const DeciderSpecification = {
  for<State, Command, Event, Context>(decider: Decider<State, Command, Event, Context>, ctx: Context) {
    return {
      given: (events: Event[]) => ({
        when: (command: Command) => {
          const run = () => decider.decide(command, events.reduce(decider.evolve, decider.initialState), ctx);
          return {
            then: (expected: Event[]) => expect(run()).toEqual(expected),
            thenNothingHappens: () => expect(run()).toEqual([]),
            thenThrows<E extends Error>(errorClass: ErrorClass<E>, predicate?: (error: E) => boolean) {
              let thrown: unknown = undefined;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorClass);
              if (predicate) expect(predicate(thrown as E)).toBe(true);
            },
          };
        },
      }),
    };
  },
};
