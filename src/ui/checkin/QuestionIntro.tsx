// A check-in question and its guidance: whole on a usual terminal, paged in `rows` on a small one.
import { PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';

export function QuestionIntro({ ask, help, rows }: { ask: string; help: string; rows: number }) {
  const { compact, width } = useLayout();
  if (compact) {
    // Keyed by its words, so new guidance starts at its first page.
    return (
      <PagedText
        key={help}
        heading={ask}
        text={help}
        width={width}
        rows={rows}
        color={theme.muted}
      />
    );
  }
  return (
    <>
      <Paragraph text={ask} bold />
      <Paragraph text={help} color={theme.muted} />
    </>
  );
}
