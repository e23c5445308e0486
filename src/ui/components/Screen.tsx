import { Box, measureElement, Text, type DOMElement } from 'ink';
import { createContext, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import stringWidth from 'string-width';
import { useKeys } from '../hooks/use-keys.js';
import { isMoreKey, type Command } from '../keys.js';
import { useLayout, type Layout } from '../layout.js';
import { theme } from '../theme.js';
import { Footer, footerLines, type FooterFacts } from './Footer.js';
import { words } from '../../words/index.js';

interface ScreenProps {
  title: ReactNode;
  /** Shown at the right of the title line when there is room, e.g. "Prompt 2 of 5". */
  aside?: string;
  commands: Command[];
  /** Kept for screens that size their own parts; the frame itself follows the layout. */
  width?: number;
  children: ReactNode;
}

/** What a screen's parts tell its frame (the length of its list), and what it tells them. */
interface ScreenFrame {
  reportChoices: (count: number | null) => void;
  /** The whole body is paged by the frame: then M is the frame's, not a part's. */
  overflowing: boolean;
}

const ScreenFrameContext = createContext<ScreenFrame | null>(null);

/** True while the screen's frame pages its whole body (its parts then leave M to it). */
export function useFrameOverflowing(): boolean {
  return useContext(ScreenFrameContext)?.overflowing ?? false;
}

/** A choice list says how many choices it has, so the footer can say "↑↓ or 1-12". */
export function useReportChoices(count: number): void {
  const frame = useContext(ScreenFrameContext);
  useLayoutEffect(() => {
    frame?.reportChoices(count);
    return () => frame?.reportChoices(null);
  }, [frame, count]);
}

/** Screens where text is typed: there a letter is a letter, so only Page Down shows more. */
function isTyping(commands: Command[]): boolean {
  return commands.includes('submit') || commands.includes('newline');
}

/** The commands the footer shows: the screen's, and the key for more when the body overflows. */
export function frameCommands(commands: Command[], overflowing: boolean): Command[] {
  if (!overflowing || commands.includes('more') || commands.includes('moreTyping')) return commands;
  const more: Command = isTyping(commands) ? 'moreTyping' : 'more';
  const quit = commands.indexOf('quit');
  return quit < 0
    ? [...commands, more]
    : [...commands.slice(0, quit), more, ...commands.slice(quit)];
}

/** The rows a screen's body has, below the title and above the footer. */
export function bodyRowsFor(
  { width, rows, compact }: Layout,
  commands: Command[],
  facts: FooterFacts = {},
): number {
  const gap = compact ? 0 : 1;
  const footerRows = Math.max(1, footerLines(commands, compact, width, facts).length);
  return Math.max(1, rows - 1 - footerRows - 2 * gap);
}

/**
 * Every screen's frame: a title everyone can read, the body, and the keys that work now. The frame
 * never grows as tall as the terminal: a body too tall for it shows a page at a time, says so on
 * its last row, and the footer names the key for the next page.
 */
export function Screen({ title, aside, commands, children }: ScreenProps) {
  const layout = useLayout();
  const { width, compact } = layout;
  const gap = compact ? 0 : 1;
  const [choices, setChoices] = useState<number | null>(null);
  const [contentRows, setContentRows] = useState(0);
  const [offset, setOffset] = useState(0);
  const content = useRef<DOMElement>(null);
  // Measured after every render, since any part of the body may have grown or shrunk.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    if (!content.current) return;
    const { height } = measureElement(content.current);
    if (height !== contentRows) setContentRows(height);
  });

  const facts = { choices };
  const fits = contentRows <= bodyRowsFor(layout, commands, facts);
  const frame = useMemo<ScreenFrame>(
    () => ({ reportChoices: setChoices, overflowing: !fits }),
    [fits],
  );
  const shownCommands = frameCommands(commands, !fits);
  const bodyRows = bodyRowsFor(layout, shownCommands, facts);
  // One row says there is more, and how to see it.
  const pageRows = fits ? bodyRows : Math.max(1, bodyRows - 1);
  const lastOffset = Math.max(0, contentRows - pageRows);
  const top = fits ? 0 : Math.min(offset, lastOffset);
  const typing = isTyping(commands);
  useKeys(
    (input, key) => {
      if (isMoreKey(input, key, typing)) {
        setOffset(top >= lastOffset ? 0 : Math.min(lastOffset, top + Math.max(1, pageRows - 1)));
      } else if (key.pageUp) setOffset(Math.max(0, top - Math.max(1, pageRows - 1)));
    },
    { isActive: !fits },
  );

  const titleText = typeof title === 'string' ? title : '';
  const showAside = aside && stringWidth(titleText) + stringWidth(aside) + 2 <= width;
  const moreKey = typing ? 'PgDn' : 'M';
  return (
    <ScreenFrameContext.Provider value={frame}>
      <Box flexDirection="column" width={width}>
        <Box justifyContent="space-between" width={width}>
          <Text bold color={theme.title} wrap="truncate-end">
            {title}
          </Text>
          {showAside ? <Text color={theme.muted}>{aside}</Text> : null}
        </Box>
        <Box flexDirection="column" marginTop={gap} width={width}>
          <Box flexDirection="column" width={width} height={pageRows} overflow="hidden">
            <Box ref={content} flexDirection="column" flexShrink={0} width={width} marginTop={-top}>
              {children}
            </Box>
          </Box>
          {fits ? null : (
            <Text color={theme.muted} wrap="truncate-end">
              {top >= lastOffset
                ? words().common.pageEnd(moreKey)
                : words().common.pageMore(moreKey)}
            </Text>
          )}
        </Box>
        <Box marginTop={gap}>
          <Footer commands={shownCommands} facts={facts} />
        </Box>
      </Box>
    </ScreenFrameContext.Provider>
  );
}
