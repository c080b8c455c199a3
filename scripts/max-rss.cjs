// Preloaded by the benchmark (`node -r ./scripts/max-rss.cjs bin/minutes.js ...`): at exit, the
// process's peak resident memory (worker threads included) in KB, on a line of its own on stderr.
process.on("exit", () => process.stderr.write(`\nMAX_RSS_KB ${process.resourceUsage().maxRSS}\n`));
