// "Time to write": a solo deck's free-write, and whether its writer brings it.

export const write = {
  title: 'Time to write',
  keep: 'Keep it for me: it stays in my notes only',
  bring: 'Bring it: history and exports may show it',
  ask: 'This writing is for you first. Would you like to bring it?',
  kept: "Kept for you, it is in this session's notes and nowhere else: not in talkturn history, not in any export.",
  stem: 'What is true for me is…',
};
