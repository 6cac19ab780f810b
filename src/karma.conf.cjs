// Karma for `ng test`: headless system Chromium (Debian's package), which runs as root in CI,
// so the sandbox is off and nothing may reach the (closed) network.
process.env.CHROME_BIN ||= '/usr/bin/chromium';

// Specs run in a random order; the seed is printed so that an order-dependent failure can be rerun
// in the same order: JASMINE_SEED=<seed> npm run test:unit.
const seed = process.env.JASMINE_SEED || String(Math.floor(Math.random() * 100000));
console.log(`Jasmine seed ${seed}`);

module.exports = function (config) {
  config.set({
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-coverage'),
    ],
    client: { jasmine: { random: true, seed }, clearContext: false },
    reporters: ['progress'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    },
    browsers: ['ChromeHeadlessCI'],
    browserNoActivityTimeout: 120000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
