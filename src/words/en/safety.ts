// "Before you start": what talkturn is not. Where to turn instead, by country, is in the
// languages area (`languages.crisis`), with the numbers and their sources in
// src/words/crisis-lines.ts.

export const safety = {
  title: 'Before you start',
  about:
    'talkturn holds the time and the turns while you two talk, and keeps notes of what you understood. It is not therapy, and it does not replace a counsellor.',
  private: 'Everything stays on this computer. Nothing is sent anywhere.',
};
