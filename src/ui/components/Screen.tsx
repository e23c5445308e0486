import { Box, measureElement, Text, type DOMElement } from 'ink';
import {
  createContext,
  useContext,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import stringWidth from 'string-width';
import {
  FrameCommandsContext,
  useAfterAnyKey,
  usePartKeys,
  withMore,
  type Commands,
} from '../commands/index.js';
import { keyWords } from '../keys.js';
import { useLayout, type Layout } from '../layout.js';
import { theme } from '../theme.js';
import { Footer, footerRows, type FooterFacts } from './Footer.js';
import { wrappedRows } from './Clamped.js';
import { Rows } from './Rows.js';
import { words } from '../../words/index.js';

interface ScreenProps {
  title: ReactNode;
  /** Shown at the right of the title line when there is room, e.g. "Prompt 2 of 5". */
  aside?: string;
  /** What the screen declared with `useCommands`: its footer, and the keys its parts answer. */
  commands: Commands;
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

/** The rows a screen's body has, below the title and above the footer. */
export function bodyRowsFor(
  { width, rows, compact }: Layout,
  commands: Commands,
  facts: FooterFacts = {},
): number {
  const gap = compact ? 0 : 1;
  const footer = Math.max(1, footerRows(commands, compact, width, facts).length);
  return Math.max(1, rows - 1 - footer - 2 * gap);
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
  // A part may grow on its own, with no new render of the frame (a list saying how to choose
  // after Enter): each key draws the frame again, so it is measured with what the key changed.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useAfterAnyKey(redraw);
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
  const shownCommands = withMore(commands, !fits);
  const bodyRows = bodyRowsFor(layout, shownCommands, facts);
  const { typing } = commands;
  const moreKey = keyWords('more', { typing }).label;
  const said = words().common;
  // The last rows say there is more, and how to see it: wrapped at words, never cut, and as many
  // on every page (the longer of the two sayings), so the pages do not shift as they turn.
  const markers = [said.pageMore(moreKey), said.pageEnd(moreKey)].map((m) => wrappedRows(m, width));
  const markerRows = Math.max(...markers.map((rows) => rows.length));
  const pageRows = fits ? bodyRows : Math.max(1, bodyRows - markerRows);
  const lastOffset = Math.max(0, contentRows - pageRows);
  const top = fits ? 0 : Math.min(offset, lastOffset);
  usePartKeys(
    ['more'],
    (_command, _input, key) => {
      if (key.pageUp) setOffset(Math.max(0, top - Math.max(1, pageRows - 1)));
      else setOffset(top >= lastOffset ? 0 : Math.min(lastOffset, top + Math.max(1, pageRows - 1)));
    },
    !fits,
    shownCommands,
  );

  const titleText = typeof title === 'string' ? title : '';
  const showAside = aside && stringWidth(titleText) + stringWidth(aside) + 2 <= width;
  return (
    <ScreenFrameContext.Provider value={frame}>
      <FrameCommandsContext.Provider value={shownCommands}>
        <Box flexDirection="column" width={width}>
          <Box justifyContent="space-between" width={width}>
            <Text bold color={theme.title} wrap="truncate-end">
              {title}
            </Text>
            {showAside ? <Text color={theme.muted}>{aside}</Text> : null}
          </Box>
          <Box flexDirection="column" marginTop={gap} width={width}>
            <Box flexDirection="column" width={width} height={pageRows} overflow="hidden">
              <Box
                ref={content}
                flexDirection="column"
                flexShrink={0}
                width={width}
                marginTop={-top}
              >
                {children}
              </Box>
            </Box>
            {fits ? null : (
              <Rows rows={markers[top >= lastOffset ? 1 : 0] ?? []} color={theme.muted} />
            )}
          </Box>
          <Box marginTop={gap}>
            <Footer commands={shownCommands} facts={facts} />
          </Box>
        </Box>
      </FrameCommandsContext.Provider>
    </ScreenFrameContext.Provider>
  );
}
