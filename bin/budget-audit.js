#!/usr/bin/env node
'use strict';
// The command-line entry: runs the compiled CLI (built by `npm run build:cli`, which `npm ci` runs through `prepare`).
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('budget-audit 尚未构建：请先运行 npm ci 或 npm run build:cli / not built yet: run npm ci or npm run build:cli\n');
  process.exit(2);
}
// Exit only once stdout and stderr are flushed: on a pipe (budget-audit DIR --format json | jq) writes are
// asynchronous, and process.exit() at once would cut a large report at 64 KB.
const exitFlushed = (code) => process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
require(main).run(process.argv.slice(2)).then(
  (code) => exitFlushed(code),
  (e) => {
    process.stderr.write(`budget-audit 内部错误 / internal error: ${e && e.message ? e.message : e}\n`);
    exitFlushed(2);
  },
);
