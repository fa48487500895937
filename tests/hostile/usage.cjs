// Preloaded into a CLI child by tests/hostile/measure.ts: at exit, writes the process's CPU time
// (user + system, every thread) and peak memory to the file named by CJM_USAGE_FILE.
const { writeFileSync } = require('node:fs');
const file = process.env.CJM_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMb: u.maxRSS / 1024 }));
  });
}
