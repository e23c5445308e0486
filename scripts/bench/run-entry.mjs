// Runs a bundled entry in its own Node process and reads the JSON line it prints.
import { execFile } from 'node:child_process';

export function runEntry(file, args, { nodeFlags = [], timeoutMs = 60_000 } = {}) {
  const env = { ...process.env, FORCE_COLOR: '3' };
  // is-in-ci reads CI once at start: with it set Ink would draw only the last frame.
  delete env.CI;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...nodeFlags, file, ...args.map(String)],
      { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
          return;
        }
        try {
          resolve(JSON.parse(stdout.trim().split('\n').pop()));
        } catch {
          reject(new Error(`${file} printed no result: ${stdout.slice(-300)}${stderr}`));
        }
      },
    );
  });
}
