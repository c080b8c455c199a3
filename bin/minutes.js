#!/usr/bin/env node
// The command: a few lines over the bundled build (dist/minutes.mjs), so start-up loads one file.
import { main } from "../dist/minutes.mjs";

process.exitCode = await main(process.argv.slice(2));
