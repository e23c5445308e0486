// The brief's approval on screen, through the one full-screen runner like every screen command:
// the discreet screen, quick-hide, signals and the crash guard behave as everywhere else.
// Nothing is typed here, so there is nothing to keep: leaving writes nothing.
import type { Approval } from '../export/brief/approval.js';
import type { Brief } from '../export/brief/model.js';
import { BriefApproval } from '../ui/brief/BriefApproval.js';
import { runFullScreen } from './full-screen.js';

/** Resolves with the approval both gave, or null when they left without approving. */
export async function approveOnScreen(brief: Brief): Promise<Approval | null> {
  let result: Approval | null = null;
  await runFullScreen({
    keep: () => null,
    screens: () => <BriefApproval brief={brief} onDone={(approval) => (result = approval)} />,
  });
  return result;
}
