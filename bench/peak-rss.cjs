// Preloaded (NODE_OPTIONS=--require) into a benchmarked Node process where /usr/bin/time is missing: writes the
// process's peak resident memory (KB) to KEMITRAAN_PEAK_FILE when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.KEMITRAAN_PEAK_FILE) writeFileSync(process.env.KEMITRAAN_PEAK_FILE, `${process.resourceUsage().maxRSS}\n`);
});
