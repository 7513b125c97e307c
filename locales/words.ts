// The shape of a language's words about each service (locales/<code>/popup.ts and guide.ts).

/**
 * Words about one service that the popup shows (the guide shows them too). A service's
 * words in popup.ts may use only these fields, so a sentence the popup needs cannot be
 * put where the popup never loads it.
 */
export interface PopupServiceWords {
  about?: string;
  confidential?: string;
  linkLabel?: string;
  languages?: string;
  passesOnShort?: string;
  /**
   * A crisis line's sentence in "If you need help now": {name}, {number}, {otherNumber} (its
   * second number to call, where it has one), {text}, {link}.
   */
  helpNow?: string;
  /**
   * A young people's line, as the popup lists it: {name}, {number}. Each line has its own,
   * because each serves its own ages at its own times ("Under 19? … any time" is Childline's).
   */
  young?: string;
}

/** Words about one service that only the guide shows (guide.ts). */
export interface GuideServiceWords {
  about?: string;
  whenYouCall?: string;
  confidentiality?: string;
  passesOnFull?: string;
  /** A young people's line, as the guide says it: {name}, {number}. */
  youngFull?: string;
}

export type ServiceWords = PopupServiceWords & GuideServiceWords;
