import { useEffect, useState } from 'react';
import type { Deck } from '../../decks/index.js';
import { formatDuration, type Partner } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { pagedFit, PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { bodyRowsFor, Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { NameStep } from './NameStep.js';
import { SafetyNotice } from './SafetyNotice.js';
import { LanguageStep } from './LanguageStep.js';
import { language, region, setLanguage, type Language } from '../../words/index.js';
import { promptsFor, YOUR_QUESTIONS_ID, type TalkItem } from '../../questions/talk.js';
import { ChooseQuestions } from '../questions/ChooseQuestions.js';
import { words } from '../../words/index.js';

export interface SetupResult {
  names: string[];
  deck: Deck;
  turnMs: number;
  repairing?: Partner;
}

export interface SetupProps {
  width: number;
  showSafety: boolean;
  helpLine?: string;
  /** Given on the command line; asked for when missing. */
  names?: string[];
  rememberedNames: string[];
  deck?: Deck;
  decks: Deck[];
  turnMs?: number;
  /** Ask for the turn length (guided start) rather than taking the deck's. */
  askTurn: boolean;
  /** For a talk from the questions: what may be brought, and how many (the rounds). */
  talk?: { items: TalkItem[]; limit: number };
  onDone: (result: SetupResult) => void;
  /**
   * Asked once, when neither --lang nor the setting chose: the decks in each language, and
   * where the choice is kept.
   */
  languages?: { decks: Partial<Record<Language, Deck[]>>; onChoose: (language: Language) => void };
}

const DEFAULT_TURN_MS = 3 * 60_000;

/** The set-up before a session: only the questions the command line did not answer. */
export function Setup(props: SetupProps) {
  // The notice is read again in a language chosen after it: where to turn must be understood.
  const [safetySeenIn, setSafetySeenIn] = useState<Language | null>(
    props.showSafety ? null : language(),
  );
  const [languageAsked, setLanguageAsked] = useState(props.languages === undefined);
  const safetySeen = safetySeenIn === language() || (safetySeenIn !== null && !props.showSafety);
  const decks = props.languages?.decks[language()] ?? props.decks;
  const [deck, setDeck] = useState(props.deck);
  const [names, setNames] = useState<string[]>(props.names ?? []);
  const [roleAsked, setRoleAsked] = useState(false);
  const [repairing, setRepairing] = useState<Partner | undefined>();
  const [turnMs, setTurnMs] = useState(props.turnMs ?? (props.askTurn ? undefined : null));
  const [chosen, setChosen] = useState<TalkItem[] | null>(null);
  const { width, onDone } = props;
  const choosing = deck?.id === YOUR_QUESTIONS_ID && chosen === null;
  const layout = useLayout();
  const needed = deck?.solo ? 1 : 2;
  const hasRolePrompts = deck?.prompts.some((p) => p.floor && p.floor !== 'both') ?? false;
  const askRole = deck !== undefined && !deck.solo && hasRolePrompts && !roleAsked;
  const ready =
    safetySeen &&
    languageAsked &&
    deck !== undefined &&
    names.length >= needed &&
    !askRole &&
    !choosing &&
    turnMs !== undefined;

  // Esc goes back one question, as far as the first one the command line did not answer.
  const screen = !safetySeen
    ? 'safety'
    : !deck
      ? 'deck'
      : names.length < needed
        ? 'names'
        : askRole
          ? 'role'
          : 'turn';
  const backToNames = () => {
    if (names.length > (props.names?.length ?? 0)) setNames(names.slice(0, -1));
    else if (!props.deck) setDeck(undefined);
  };
  const backFromTurn = () => {
    if (chosen) setChosen(null);
    else if (hasRolePrompts && !deck?.solo) setRoleAsked(false);
    else backToNames();
  };
  // The list screens drawn here; the safety notice, the names and the questions have their own.
  const commands = useCommands([
    { command: 'choose' },
    { command: 'back', when: screen === 'role' && !choosing, run: backToNames },
    { command: 'back', when: screen === 'turn' && !choosing, run: backFromTurn },
  ]);

  useEffect(() => {
    if (!ready || !deck) return;
    const talkDeck = chosen ? { ...deck, prompts: promptsFor(chosen, names, repairing) } : deck;
    onDone({ names, deck: talkDeck, turnMs: turnMs ?? deck.turnMs ?? DEFAULT_TURN_MS, repairing });
  }, [ready, deck, names, turnMs, repairing, onDone, chosen]);

  if (!safetySeen) {
    return (
      <SafetyNotice
        width={width}
        helpLine={props.helpLine}
        onContinue={() => setSafetySeenIn(language())}
      />
    );
  }
  if (!languageAsked) {
    return (
      <LanguageStep
        width={width}
        onChoose={(chosen) => {
          setLanguage(chosen, region());
          props.languages?.onChoose(chosen);
          setLanguageAsked(true);
        }}
      />
    );
  }
  if (!deck) {
    return (
      <Screen title={words().setup.deckTitle} commands={commands} width={width}>
        <ChoiceList
          choices={decks.map((d) => ({ label: d.title, detail: d.summary, value: d }))}
          rows={bodyRowsFor(layout, commands, { choices: decks.length })}
          onSelect={setDeck}
        />
      </Screen>
    );
  }
  if (names.length < needed) {
    const index = names.length;
    const ask = deck.solo
      ? words().setup.yourName
      : index === 0
        ? words().setup.firstName
        : words().setup.secondName;
    return (
      <NameStep
        key={index}
        ask={ask}
        initial={props.rememberedNames[index] ?? ''}
        taken={names[0]}
        onBack={names.length > (props.names?.length ?? 0) || !props.deck ? backToNames : undefined}
        width={width}
        onDone={(name) => setNames([...names, name])}
      />
    );
  }
  if (askRole) {
    const said = words().setup.role;
    const roleChoices = [
      { label: said.repairing(names[0] ?? ''), value: 0 as Partner | undefined },
      { label: said.repairing(names[1] ?? ''), value: 1 as Partner | undefined },
      { label: words().common.ratherNotSay, value: undefined },
    ];
    // Every choice shows; on a small terminal the why is a page at a time (M).
    const why = `${said.why} ${said.note}`;
    const fit = layout.compact
      ? pagedFit(layout, commands, why, roleChoices.length)
      : { commands, rows: 0 };
    return (
      <Screen title={said.title} commands={fit.commands} width={width}>
        {layout.compact ? (
          <PagedText text={why} width={layout.width} rows={fit.rows} />
        ) : (
          <>
            <Paragraph text={said.why} />
            <Paragraph text={said.note} color={theme.muted} />
          </>
        )}
        {/* Naming who broke trust is never done by Enter alone: the highlight starts on "rather
            not say". */}
        <ChoiceList
          initialIndex={2}
          choices={roleChoices}
          onSelect={(value) => {
            setRepairing(value);
            setRoleAsked(true);
          }}
        />
      </Screen>
    );
  }
  if (choosing) {
    return (
      <ChooseQuestions
        items={props.talk?.items ?? []}
        limit={props.talk?.limit ?? 3}
        onDone={setChosen}
        onBack={backToNames}
      />
    );
  }
  if (turnMs === undefined) {
    const deckTurn = deck.turnMs ?? DEFAULT_TURN_MS;
    const lengths = [...new Set([deckTurn, 2 * 60_000, 3 * 60_000, 5 * 60_000])].sort(
      (a, b) => a - b,
    );
    return (
      <Screen title={words().setup.turn.title} commands={commands} width={width}>
        <Paragraph text={words().setup.turn.note} />
        <ChoiceList
          initialIndex={lengths.indexOf(deckTurn)}
          choices={lengths.map((ms) => ({
            label: words().setup.turn.length(formatDuration(ms), ms === deckTurn),
            value: ms,
          }))}
          onSelect={setTurnMs}
        />
      </Screen>
    );
  }
  return null;
}
