// A jest reporter: names each test file still running long after it started, every minute. No
// test file takes two minutes; one that does is stuck, and without this a stuck run in CI prints
// nothing at all until it is killed (jest lists running files only on an interactive terminal).
const path = require('node:path');
const { setInterval, clearInterval } = require('node:timers');

const reportAfterMs = 120_000;

class LongRunningFiles {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.started = new Map();
    this.timer = undefined;
  }

  onTestFileStart(test) {
    this.started.set(test.path, Date.now());
    this.timer ??= setInterval(() => this.report(), 60_000).unref();
  }

  onTestFileResult(test) {
    this.started.delete(test.path);
  }

  onRunComplete() {
    clearInterval(this.timer);
  }

  report() {
    const now = Date.now();
    for (const [file, since] of this.started) {
      if (now - since < reportAfterMs) continue;
      process.stderr.write(`still running after ${Math.round((now - since) / 1000)} s: ${path.relative(this.rootDir, file)}\n`);
    }
  }
}

module.exports = LongRunningFiles;
