// The guided set-up asks once which language to speak, in both languages so whoever reads it
// can answer. The highlight starts on the language talkturn found (a language says nothing
// about a person, so Enter may take it).
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { LANGUAGES, language, words, type Language } from '../../words/index.js';

export function LanguageStep({
  width,
  onChoose,
}: {
  width: number;
  onChoose: (language: Language) => void;
}) {
  const commands = useCommands([{ command: 'choose' }]);
  const { chooseTitle, chooseAsk, names } = words().languages;
  return (
    <Screen title={chooseTitle} commands={commands} width={width}>
      <Paragraph text={chooseAsk} />
      <ChoiceList
        initialIndex={LANGUAGES.indexOf(language())}
        choices={LANGUAGES.map((lang) => ({ label: names[lang], value: lang }))}
        onSelect={onChoose}
      />
    </Screen>
  );
}
