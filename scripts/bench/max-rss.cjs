// Preloaded into a command the bench times: writes its peak resident memory (KiB) on exit.
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  fs.writeFileSync(process.env.TALKTURN_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
