// "Session saved", and the screen that says the notes are not saved yet (nothing is lost).

export const saved = {
  title: 'Session saved',
  thanksSolo: 'Thank you for taking this time for yourself.',
  thanks: 'Thank you both for showing up for this. It matters.',
  notesIn: 'Your notes are in:',
  private: 'Only your user account on this computer can open it.',
  bringIt: 'You can bring it to a therapist, or read it together before your next talk.',
  failed: {
    title: 'The notes are not saved yet',
    quit: (resumeCommand: string) => `Quit for now (${resumeCommand} brings it back)`,
    nothingLost: 'Nothing you typed is lost: it is all still here.',
    typeFolder: 'Type a folder to save in, then press Enter:',
    retry: 'Try again',
    otherFolder: 'Save in another folder',
  },
};
