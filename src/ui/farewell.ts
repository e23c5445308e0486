// What a full-screen program says once the screen is left: the screens choose it, the runner
// (start/full-screen.tsx) prints it.

/** What is printed once the screen is left, and the exit code. */
export interface Farewell {
  code: number;
  message: string;
}
