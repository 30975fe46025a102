// Preloaded into the CLI by the benchmark: reports the process's peak memory on exit.
process.on('exit', () => process.stderr.write(`maxrss-kb ${process.resourceUsage().maxRSS}\n`));
