import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The moment the page opened and the person's time zone, for "open now" and local times. */
export interface Clock {
  now: Date;
  timeZone: string;
}

export const ClockContext = createContext<Clock | null>(null);

/** The page's clock, for any component below the app (like the translator). */
export function useClock(): Clock {
  const clock = useContext(ClockContext);
  if (!clock) throw new Error('useClock needs a ClockContext.Provider above it');
  return clock;
}
