// `talkturn questions`: the list, writing a question, marking one, and a moment that hurt.
// Every change goes to the ledger file at once; Ctrl+C keeps what is being typed.
import { Box, useApp, useInput } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import { theme } from '../theme.js';
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { LedgerFile } from '../../questions/ledger-file.js';
import { newLedgerId, nowIso, type WallNow } from '../../questions/wall-clock.js';
import { isQuitKey } from '../keys.js';
import { MomentFlow } from './MomentFlow.js';
import { QuestionDetail } from './QuestionDetail.js';
import { QuestionList } from './QuestionList.js';
import { clearDraft } from './LedgerText.js';
import { QUESTION_FIELD, WriteQuestion } from './WriteQuestion.js';
import { WhoStep } from './WhoStep.js';
import { words } from '../../words/index.js';

type View =
  | { kind: 'list' }
  | { kind: 'write' }
  | { kind: 'who'; text: string }
  | { kind: 'question'; id: string }
  | { kind: 'moment' };

export interface QuestionsAppProps {
  file: LedgerFile;
  now: WallNow;
  /** The partners' names, remembered or given: offered when someone writes. */
  names: readonly string[];
  /** Start on "a moment that hurt" (`talkturn moment`). */
  startWith?: 'moment';
  onNameGiven?: (name: string) => void;
  onLeave: (message: string) => void;
}

export function QuestionsApp({
  file,
  now,
  names,
  startWith,
  onNameGiven,
  onLeave,
}: QuestionsAppProps) {
  const { exit } = useApp();
  const ledger = useSyncExternalStore(
    (listener) => file.subscribe(listener),
    () => file.ledger(),
  );
  // A question half typed when the program was stopped comes back on its screen.
  const [view, setView] = useState<View>(
    startWith === 'moment'
      ? { kind: 'moment' }
      : ledger.drafts.has(QUESTION_FIELD)
        ? { kind: 'write' }
        : { kind: 'list' },
  );
  const leave = useCallback(
    (message: string) => {
      file.flush();
      onLeave(message);
      exit();
    },
    [exit, file, onLeave],
  );
  useInput((input, key) => {
    if (isQuitKey(input, key)) leave(words().questions.keptAll);
  });
  const list = () => setView({ kind: 'list' });
  // A write that failed is said on every screen until the next one succeeds; nothing is lost.
  const problem = file.problem();
  return (
    <Box flexDirection="column">
      {problem ? <Paragraph text={problem} color={theme.problem} /> : null}
      {screen()}
    </Box>
  );

  function screen() {
    switch (view.kind) {
      case 'list':
        return (
          <QuestionList
            questions={ledger.questions}
            onChoose={(choice) => setView(choice)}
            onLeave={() => leave(words().questions.keptForTalk)}
          />
        );
      case 'write':
        return (
          <WriteQuestion
            file={file}
            now={now}
            onBack={list}
            onDone={(text) => setView({ kind: 'who', text })}
          />
        );
      case 'who':
        return (
          <WhoStep
            title={words().questions.newQuestion}
            ask={words().questions.whoIsAsking}
            names={names}
            onBack={() => setView({ kind: 'write' })}
            onChoose={(by) => {
              if (!names.includes(by)) onNameGiven?.(by);
              file.append({ t: 'ask', id: newLedgerId('q'), text: view.text, by, at: nowIso(now) });
              clearDraft(file, now, QUESTION_FIELD);
              list();
            }}
          />
        );
      case 'question': {
        const question = ledger.questions.find((q) => q.id === view.id);
        if (!question) return null;
        return (
          <QuestionDetail
            question={question}
            onBack={list}
            onMark={(status) => {
              file.append({ t: 'status', id: question.id, status, at: nowIso(now) });
              list();
            }}
          />
        );
      }
      case 'moment':
        return (
          <MomentFlow
            file={file}
            now={now}
            names={names}
            onDone={() => (startWith === 'moment' ? leave(words().questions.keptForYou) : list())}
          />
        );
    }
  }
}
