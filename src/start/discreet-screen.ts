// The conversation is drawn on the terminal's alternate screen, so the scrollback keeps none of it
// once talkturn ends, however it ends. The window title, while it runs, says only "talkturn".
import { writeSync } from 'node:fs';

const ENTER = '\u001B[22;0t\u001B]0;talkturn\u0007\u001B[?1049h\u001B[H';
// Leave the alternate screen, show the cursor, and put back the title the terminal had.
const LEAVE = '\u001B[?1049l\u001B[?25h\u001B[23;0t';

export interface DiscreetScreen {
  leave(): void;
}

export function enterDiscreetScreen(stdout: NodeJS.WriteStream = process.stdout): DiscreetScreen {
  let inside = true;
  const leave = () => {
    if (!inside) return;
    inside = false;
    process.off('exit', leave);
    try {
      // Synchronous: this also runs on the way out of a process that is exiting.
      writeSync((stdout as NodeJS.WriteStream & { fd: number }).fd, LEAVE);
    } catch {
      // The terminal is gone (closed window): there is no screen left to restore.
    }
  };
  stdout.write(ENTER);
  process.on('exit', leave);
  return { leave };
}
