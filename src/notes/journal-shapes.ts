// The shapes a journal's records must have to be believed: a session's config and each engine
// event with the fields its type needs. Anything else in a line is dropped by the reader.
import {
  QUESTION_MARKS,
  type QuestionMark,
  type SessionConfig,
  type SessionEvent,
} from '../session/types.js';

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

export function isConfig(value: unknown): value is SessionConfig {
  if (!isObject(value)) return false;
  const { partners, deck, prompts, options } = value;
  return (
    Array.isArray(partners) &&
    (partners.length === 1 || partners.length === 2) &&
    partners.every(isString) &&
    isObject(deck) &&
    isString(deck.id) &&
    isString(deck.title) &&
    typeof deck.solo === 'boolean' &&
    Array.isArray(prompts) &&
    prompts.every((p) => isObject(p) && isString(p.title)) &&
    isObject(options) &&
    isNumber(value.turnMs) &&
    isNumber(value.maxMs) &&
    isNumber(value.breakMs) &&
    isString(value.startedAtIso)
  );
}

const isPartner = (value: unknown) => value === 0 || value === 1;
export const isOptional = (value: unknown, check: (v: unknown) => boolean) =>
  value === undefined || check(value);

/**
 * The fields each engine event must carry to be replayed. A record for the engine's full list
 * of event types: adding a type to the engine without adding it here fails to compile.
 */
const EVENT_FIELDS: Record<SessionEvent['type'], (event: Json) => boolean> = {
  agree: (e) => isPartner(e.partner),
  'review-agreement': (e) =>
    e.status === null ||
    e.status === 'helping' ||
    e.status === 'needs-change' ||
    e.status === 'retired',
  'end-turn': () => true,
  'off-the-record': () => true,
  'on-the-record': () => true,
  'back-to-floor': () => true,
  'back-to-reflection': () => true,
  'submit-reflection': (e) => isString(e.text),
  answer: (e) =>
    (e.answer === 'yes' || e.answer === 'partly' || e.answer === 'not-quite') &&
    isOptional(e.missing, isString),
  'submit-validation': (e) => isString(e.text),
  'submit-empathy': (e) => isString(e.text),
  'submit-writing': (e) => isString(e.text) && isOptional(e.bring, isBoolean),
  pause: (e) => isOptional(e.by, isPartner),
  'pause-called-by': (e) => isPartner(e.partner),
  ready: (e) => isPartner(e.partner),
  'set-break': (e) => isNumber(e.ms),
  'skip-prompt': () => true,
  'go-to-closing': () => true,
  'submit-closing': (e) => isString(e.text),
  'mark-question': (e) => QUESTION_MARKS.includes(e.mark as QuestionMark),
  // Journals from before drafts were kept at an early stop have none.
  finish: (e) =>
    isOptional(
      e.unsent,
      (list) =>
        Array.isArray(list) &&
        list.every((draft) => isObject(draft) && isString(draft.key) && isString(draft.text)),
    ),
};

export function isEvent(value: unknown): value is SessionEvent {
  if (!isObject(value) || !isString(value.type) || !isNumber(value.at)) return false;
  const check = Object.hasOwn(EVENT_FIELDS, value.type)
    ? EVENT_FIELDS[value.type as SessionEvent['type']]
    : undefined;
  return check !== undefined && check(value);
}

/** A whole number from 0 up: a position, a length, a record's number in its chain. */
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
