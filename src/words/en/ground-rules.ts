// "Ground rules": what both agree to before the talk, each by name.

export const groundRules = {
  title: 'Ground rules',
  rules: [
    'One of you speaks. The other only listens.',
    'Listen to understand. Say back what you heard before you respond.',
    'No fixing yet, and no defending. There will be time for that.',
    'Either of you can pause at any moment with Ctrl+P (or P when nobody is typing). A pause is care, not failure.',
    'Any prompt can be skipped.',
    'If someone walks in, Ctrl+L blanks the screen at once; press it again to come back.',
  ],
  soloRules: [
    'This time is for you. Write what is true for you, not what sounds right.',
    'There is no wrong answer, and any prompt can be skipped.',
    'You can pause at any moment with Ctrl+P (or P when you are not typing).',
  ],
  /** The same agreements, for a small terminal. */
  short: 'One speaks, one listens. Reflect first; no fixing, no defending. P pauses.',
  soloShort: 'Write what is true for you. Skip anything. P pauses.',
  readySolo: (name: string) => `I'm ready, ${name}`,
  agrees: (name: string) => `${name} agrees`,
  whenReadySolo: 'When you are ready:',
  whenReady: 'Each of you, agree by name when you are ready:',
};
