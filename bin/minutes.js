#!/usr/bin/env node
// The command: a few lines over the bundled build (dist/minutes.mjs), so start-up loads one file.
import { endOnClosedOutput, main } from "../dist/minutes.mjs";

endOnClosedOutput();
process.exitCode = await main(process.argv.slice(2));
