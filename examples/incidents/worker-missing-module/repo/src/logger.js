const pino = require("pino");

// Pretty output for humans tailing the worker; JSON is still what the collector parses.
const pretty = require("pino-pretty");

module.exports = pino(pretty({ colorize: false, translateTime: "SYS:standard" }));
