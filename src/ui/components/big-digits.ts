// A three-row face for the countdown, readable from across a sofa.
const GLYPHS: Record<string, [string, string, string]> = {
  '0': ['╭─╮', '│ │', '╰─╯'],
  '1': ['  ╷', '  │', '  ╵'],
  '2': ['╶─╮', '╭─╯', '╰─╴'],
  '3': ['╶─╮', ' ─┤', '╶─╯'],
  '4': ['╷ ╷', '╰─┤', '  ╵'],
  '5': ['╭─╴', '╰─╮', '╶─╯'],
  '6': ['╭─╴', '├─╮', '╰─╯'],
  '7': ['╶─╮', '  │', '  ╵'],
  '8': ['╭─╮', '├─┤', '╰─╯'],
  '9': ['╭─╮', '╰─┤', '╶─╯'],
  ':': [' ', '·', '·'],
  '+': ['   ', '╶┼╴', '   '],
};

/** "2:05" as three lines of box-drawing digits. */
export function bigDigits(text: string): [string, string, string] {
  const rows: [string, string, string] = ['', '', ''];
  for (const char of text) {
    const glyph = GLYPHS[char] ?? [char, ' ', ' '];
    for (let row = 0; row < 3; row++) rows[row] += `${glyph[row]} `;
  }
  return [rows[0].trimEnd(), rows[1].trimEnd(), rows[2].trimEnd()];
}
