/** Time is injected so that expiries and lifecycles are tested to the second without sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
