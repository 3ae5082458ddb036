// Parse an Argdown document and build argdown-core's model N times in one Node process.
//
//   node benchmarks/argdown_core_warm.js FILE REPEAT WARMUP
//
// The same work, in the same order, as the Argdown command line's "parse-input" and
// "build-model" steps (the plugins it registers for them), and nothing after them: no map,
// no colours, no export, no file written. The document is read once, before the clock starts.
// Prints one JSON line: every timed run in seconds, and what the last run found.
"use strict";

const fs = require("fs");
const path = require("path");

function loadCore() {
  const roots = [
    process.env.ARGDOWN_CORE,
    path.join(__dirname, "..", ".cache", "node", "node_modules", "@argdown", "core"),
    "@argdown/core",
  ].filter(Boolean);
  for (const root of roots) {
    try {
      return require(root);
    } catch (error) {
      // try the next place
    }
  }
  throw new Error("@argdown/core not found: run scripts/setup --test (it installs .cache/node)");
}

function main() {
  const [file, repeatArg, warmupArg] = process.argv.slice(2);
  const repeat = Number(repeatArg || 5);
  const warmup = Number(warmupArg || 1);
  const core = loadCore();
  const app = new core.ArgdownApplication();
  app.addPlugin(new core.ParserPlugin(), "parse-input");
  app.addPlugin(new core.DataPlugin(), "build-model");
  app.addPlugin(new core.ModelPlugin(), "build-model");
  app.addPlugin(new core.ExplodeArgumentsPlugin(), "build-model");
  app.addPlugin(new core.RegroupPlugin(), "build-model");
  const input = fs.readFileSync(file, "utf8");
  const once = () =>
    app.run({ input, process: ["parse-input", "build-model"], logLevel: "error", throwExceptions: true });
  for (let k = 0; k < warmup; k++) once();
  const times = [];
  let response = null;
  for (let k = 0; k < repeat; k++) {
    const start = process.hrtime.bigint();
    response = once();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const errors = (response && response.parserErrors) || [];
  console.log(
    JSON.stringify({
      times,
      statements: response ? Object.keys(response.statements || {}).length : 0,
      arguments: response ? Object.keys(response.arguments || {}).length : 0,
      relations: response ? (response.relations || []).length : 0,
      errors: errors.length,
    })
  );
}

main();
