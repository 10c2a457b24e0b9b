import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  RunSchema,
  legacyOutcome,
  stateMatches
} from "./chunk-OYZ23Y5I.js";
import {
  ROLE_TOOLS,
  findTool,
  haltReason,
  readAuditEntries
} from "./chunk-BQI2XCIV.js";
import {
  ToolNameSchema
} from "./chunk-KK5R7FLN.js";
import {
  ALERT_SOURCES,
  incidentIdFor,
  safeEqual
} from "./chunk-23ZSANFV.js";
import {
  IncidentSchema,
  SeveritySchema
} from "./chunk-PHUYCHNG.js";
import {
  verifyAuditChain
} from "./chunk-IWMPT2AX.js";
import {
  external_exports
} from "./chunk-Z34A77QH.js";
import {
  createRecordAssembler,
  createTemplateMiner,
  levelRank
} from "./chunk-CZG2DZF2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-3EZXIJC4.js";

// node_modules/prom-client/lib/util.js
var require_util = __commonJS({
  "node_modules/prom-client/lib/util.js"(exports) {
    "use strict";
    exports.getValueAsString = function getValueString(value) {
      if (Number.isNaN(value)) {
        return "Nan";
      } else if (!Number.isFinite(value)) {
        if (value < 0) {
          return "-Inf";
        } else {
          return "+Inf";
        }
      } else {
        return `${value}`;
      }
    };
    exports.removeLabels = function removeLabels(hashMap, labels, sortedLabelNames) {
      const hash = hashObject(labels, sortedLabelNames);
      delete hashMap[hash];
    };
    exports.setValue = function setValue(hashMap, value, labels) {
      const hash = hashObject(labels);
      hashMap[hash] = {
        value: typeof value === "number" ? value : 0,
        labels: labels || {}
      };
      return hashMap;
    };
    exports.setValueDelta = function setValueDelta(hashMap, deltaValue, labels, hash = "") {
      const value = typeof deltaValue === "number" ? deltaValue : 0;
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    };
    exports.getLabels = function(labelNames, args) {
      if (typeof args[0] === "object") {
        return args[0];
      }
      if (labelNames.length !== args.length) {
        throw new Error(
          `Invalid number of arguments (${args.length}): "${args.join(
            ", "
          )}" for label names (${labelNames.length}): "${labelNames.join(", ")}".`
        );
      }
      const acc = {};
      for (let i = 0; i < labelNames.length; i++) {
        acc[labelNames[i]] = args[i];
      }
      return acc;
    };
    function fastHashObject(keys, labels) {
      if (keys.length === 0) {
        return "";
      }
      let hash = "";
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const value = labels[key];
        if (value === void 0) continue;
        hash += `${key}:${value},`;
      }
      return hash;
    }
    function hashObject(labels, labelNames) {
      if (labelNames) {
        return fastHashObject(labelNames, labels);
      }
      const keys = Object.keys(labels);
      if (keys.length > 1) {
        keys.sort();
      }
      return fastHashObject(keys, labels);
    }
    exports.hashObject = hashObject;
    exports.isObject = function isObject(obj) {
      return obj !== null && typeof obj === "object";
    };
    exports.nowTimestamp = function nowTimestamp() {
      return Date.now() / 1e3;
    };
    var Grouper = class extends Map {
      /**
       * Adds the `value` to the `key`'s array of values.
       * @param {*} key Key to set.
       * @param {*} value Value to add to `key`'s array.
       * @returns {undefined} undefined.
       */
      add(key, value) {
        if (this.has(key)) {
          this.get(key).push(value);
        } else {
          this.set(key, [value]);
        }
      }
    };
    exports.Grouper = Grouper;
  }
});

// node_modules/prom-client/lib/registry.js
var require_registry = __commonJS({
  "node_modules/prom-client/lib/registry.js"(exports, module) {
    "use strict";
    var { getValueAsString } = require_util();
    var Registry2 = class _Registry {
      static get PROMETHEUS_CONTENT_TYPE() {
        return "text/plain; version=0.0.4; charset=utf-8";
      }
      static get OPENMETRICS_CONTENT_TYPE() {
        return "application/openmetrics-text; version=1.0.0; charset=utf-8";
      }
      constructor(regContentType = _Registry.PROMETHEUS_CONTENT_TYPE) {
        this._metrics = {};
        this._collectors = [];
        this._defaultLabels = {};
        if (regContentType !== _Registry.PROMETHEUS_CONTENT_TYPE && regContentType !== _Registry.OPENMETRICS_CONTENT_TYPE) {
          throw new TypeError(`Content type ${regContentType} is unsupported`);
        }
        this._contentType = regContentType;
      }
      getMetricsAsArray() {
        return Object.values(this._metrics);
      }
      async getMetricsAsString(metrics) {
        const metric = typeof metrics.getForPromString === "function" ? await metrics.getForPromString() : await metrics.get();
        const name = escapeString(metric.name);
        const help = `# HELP ${name} ${escapeString(metric.help)}`;
        const type = `# TYPE ${name} ${metric.type}`;
        const values = [help, type];
        const defaultLabels = Object.keys(this._defaultLabels).length > 0 ? this._defaultLabels : null;
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        for (const val of metric.values || []) {
          let { metricName = name, labels = {} } = val;
          const { sharedLabels = {} } = val;
          if (isOpenMetrics && metric.type === "counter") {
            metricName = `${metricName}_total`;
          }
          if (defaultLabels) {
            labels = { ...labels, ...defaultLabels, ...labels };
          }
          const formattedLabels = formatLabels(labels, sharedLabels);
          const flattenedShared = flattenSharedLabels(sharedLabels);
          const labelParts = [...formattedLabels, flattenedShared].filter(Boolean);
          const labelsString = labelParts.length ? `{${labelParts.join(",")}}` : "";
          let fullMetricLine = `${metricName}${labelsString} ${getValueAsString(
            val.value
          )}`;
          const { exemplar } = val;
          if (exemplar && isOpenMetrics) {
            const formattedExemplars = formatLabels(exemplar.labelSet);
            fullMetricLine += ` # {${formattedExemplars.join(
              ","
            )}} ${getValueAsString(exemplar.value)} ${exemplar.timestamp}`;
          }
          values.push(fullMetricLine);
        }
        return values.join("\n");
      }
      async metrics() {
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        const promises = this.getMetricsAsArray().map((metric) => {
          if (isOpenMetrics && metric.type === "counter") {
            metric.name = standardizeCounterName(metric.name);
          }
          return this.getMetricsAsString(metric);
        });
        const resolves = await Promise.all(promises);
        return isOpenMetrics ? `${resolves.join("\n")}
# EOF
` : `${resolves.join("\n\n")}
`;
      }
      registerMetric(metric) {
        if (this._metrics[metric.name] && this._metrics[metric.name] !== metric) {
          throw new Error(
            `A metric with the name ${metric.name} has already been registered.`
          );
        }
        this._metrics[metric.name] = metric;
      }
      clear() {
        this._metrics = {};
        this._defaultLabels = {};
      }
      async getMetricsAsJSON() {
        const metrics = [];
        const defaultLabelNames = Object.keys(this._defaultLabels);
        const promises = [];
        for (const metric of this.getMetricsAsArray()) {
          promises.push(metric.get());
        }
        const resolves = await Promise.all(promises);
        for (const item of resolves) {
          if (item.values && defaultLabelNames.length > 0) {
            for (const val of item.values) {
              val.labels = Object.assign({}, val.labels);
              for (const labelName of defaultLabelNames) {
                val.labels[labelName] = val.labels[labelName] || this._defaultLabels[labelName];
              }
            }
          }
          metrics.push(item);
        }
        return metrics;
      }
      removeSingleMetric(name) {
        delete this._metrics[name];
      }
      getSingleMetricAsString(name) {
        return this.getMetricsAsString(this._metrics[name]);
      }
      getSingleMetric(name) {
        return this._metrics[name];
      }
      setDefaultLabels(labels) {
        this._defaultLabels = labels;
      }
      resetMetrics() {
        for (const metric in this._metrics) {
          this._metrics[metric].reset();
        }
      }
      get contentType() {
        return this._contentType;
      }
      setContentType(metricsContentType) {
        if (metricsContentType === _Registry.OPENMETRICS_CONTENT_TYPE || metricsContentType === _Registry.PROMETHEUS_CONTENT_TYPE) {
          this._contentType = metricsContentType;
        } else {
          throw new Error(`Content type ${metricsContentType} is unsupported`);
        }
      }
      static merge(registers) {
        const regType = registers[0].contentType;
        for (const reg of registers) {
          if (reg.contentType !== regType) {
            throw new Error(
              "Registers can only be merged if they have the same content type"
            );
          }
        }
        const mergedRegistry = new _Registry(regType);
        const metricsToMerge = registers.reduce(
          (acc, reg) => acc.concat(reg.getMetricsAsArray()),
          []
        );
        metricsToMerge.forEach(mergedRegistry.registerMetric, mergedRegistry);
        return mergedRegistry;
      }
    };
    function formatLabels(labels, exclude) {
      const { hasOwnProperty } = Object.prototype;
      const formatted = [];
      for (const [name, value] of Object.entries(labels)) {
        if (!exclude || !hasOwnProperty.call(exclude, name)) {
          formatted.push(`${name}="${escapeLabelValue(value)}"`);
        }
      }
      return formatted;
    }
    var sharedLabelCache = /* @__PURE__ */ new WeakMap();
    function flattenSharedLabels(labels) {
      const cached = sharedLabelCache.get(labels);
      if (cached) {
        return cached;
      }
      const formattedLabels = formatLabels(labels);
      const flattened = formattedLabels.join(",");
      sharedLabelCache.set(labels, flattened);
      return flattened;
    }
    function escapeLabelValue(str) {
      if (typeof str !== "string") {
        return str;
      }
      return escapeString(str).replace(/"/g, '\\"');
    }
    function escapeString(str) {
      return str.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
    }
    function standardizeCounterName(name) {
      return name.replace(/_total$/, "");
    }
    module.exports = Registry2;
    module.exports.globalRegistry = new Registry2();
  }
});

// node_modules/prom-client/lib/validation.js
var require_validation = __commonJS({
  "node_modules/prom-client/lib/validation.js"(exports) {
    "use strict";
    var util = __require("util");
    var metricRegexp = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
    var labelRegexp = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
    exports.validateMetricName = function(name) {
      return metricRegexp.test(name);
    };
    exports.validateLabelName = function(names = []) {
      return names.every((name) => labelRegexp.test(name));
    };
    exports.validateLabel = function validateLabel(savedLabels, labels) {
      for (const label in labels) {
        if (!savedLabels.includes(label)) {
          throw new Error(
            `Added label "${label}" is not included in initial labelset: ${util.inspect(
              savedLabels
            )}`
          );
        }
      }
    };
  }
});

// node_modules/prom-client/lib/metric.js
var require_metric = __commonJS({
  "node_modules/prom-client/lib/metric.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { isObject } = require_util();
    var { validateMetricName, validateLabelName } = require_validation();
    var Metric = class {
      constructor(config, defaults = {}) {
        if (!isObject(config)) {
          throw new TypeError("constructor expected a config object");
        }
        Object.assign(
          this,
          {
            labelNames: [],
            registers: [Registry2.globalRegistry],
            aggregator: "sum",
            enableExemplars: false
          },
          defaults,
          config
        );
        if (!this.registers) {
          this.registers = [Registry2.globalRegistry];
        }
        if (!this.help) {
          throw new Error("Missing mandatory help parameter");
        }
        if (!this.name) {
          throw new Error("Missing mandatory name parameter");
        }
        if (!validateMetricName(this.name)) {
          throw new Error("Invalid metric name");
        }
        if (!validateLabelName(this.labelNames)) {
          throw new Error("Invalid label name");
        }
        if (this.collect && typeof this.collect !== "function") {
          throw new Error('Optional "collect" parameter must be a function');
        }
        if (this.labelNames) {
          this.sortedLabelNames = [...this.labelNames].sort();
        } else {
          this.sortedLabelNames = [];
        }
        this.reset();
        for (const register of this.registers) {
          if (this.enableExemplars && register.contentType === Registry2.PROMETHEUS_CONTENT_TYPE) {
            throw new TypeError(
              "Exemplars are supported only on OpenMetrics registries"
            );
          }
          register.registerMetric(this);
        }
      }
      reset() {
      }
    };
    module.exports = { Metric };
  }
});

// node_modules/prom-client/lib/exemplar.js
var require_exemplar = __commonJS({
  "node_modules/prom-client/lib/exemplar.js"(exports, module) {
    "use strict";
    var Exemplar = class {
      constructor(labelSet = {}, value = null) {
        this.labelSet = labelSet;
        this.value = value;
      }
      /**
       * Validation for the label set format.
       * https://github.com/OpenObservability/OpenMetrics/blob/d99b705f611b75fec8f450b05e344e02eea6921d/specification/OpenMetrics.md#exemplars
       *
       * @param {object} labelSet - Exemplar labels.
       * @throws {RangeError}
       * @return {void}
       */
      validateExemplarLabelSet(labelSet) {
        let res = "";
        for (const [labelName, labelValue] of Object.entries(labelSet)) {
          res += `${labelName}${labelValue}`;
        }
        if (res.length > 128) {
          throw new RangeError(
            "Label set size must be smaller than 128 UTF-8 chars"
          );
        }
      }
    };
    module.exports = Exemplar;
  }
});

// node_modules/prom-client/lib/counter.js
var require_counter = __commonJS({
  "node_modules/prom-client/lib/counter.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      hashObject,
      isObject,
      getLabels,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Counter2 = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "counter";
        this.defaultLabels = {};
        this.defaultValue = 1;
        this.defaultExemplarLabelSet = {};
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.inc = this.incWithExemplar;
        } else {
          this.inc = this.incWithoutExemplar;
        }
      }
      /**
       * Increment counter
       * @param {object} labels - What label you want to be incremented
       * @param {Number} value - Value to increment, if omitted increment with 1
       * @returns {object} results - object with information about the inc operation
       * @returns {string} results.labelHash - hash representation of the labels
       */
      incWithoutExemplar(labels, value) {
        let hash = "";
        if (isObject(labels)) {
          hash = hashObject(labels, this.sortedLabelNames);
          validateLabel(this.labelNames, labels);
        } else {
          value = labels;
          labels = {};
        }
        if (value && !Number.isFinite(value)) {
          throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
        }
        if (value < 0) {
          throw new Error("It is not possible to decrease a counter");
        }
        if (value === null || value === void 0) value = 1;
        setValue(this.hashMap, value, labels, hash);
        return { labelHash: hash };
      }
      /**
       * Increment counter with exemplar, same as inc but accepts labels for an
       * exemplar.
       * If no label is provided the current exemplar labels are kept unchanged
       * (defaults to empty set).
       *
       * @param {object} incOpts - Object with options about what metric to increase
       * @param {object} incOpts.labels - What label you want to be incremented,
       *                                  defaults to null (metric with no labels)
       * @param {Number} incOpts.value - Value to increment, defaults to 1
       * @param {object} incOpts.exemplarLabels - Key-value  labels for the
       *                                          exemplar, defaults to empty set {}
       * @returns {void}
       */
      incWithExemplar({
        labels = this.defaultLabels,
        value = this.defaultValue,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        const res = this.incWithoutExemplar(labels, value);
        this.updateExemplar(exemplarLabels, value, res.labelHash);
      }
      updateExemplar(exemplarLabels, value, hash) {
        if (exemplarLabels === this.defaultExemplarLabelSet) return;
        if (!isObject(this.hashMap[hash].exemplar)) {
          this.hashMap[hash].exemplar = new Exemplar();
        }
        this.hashMap[hash].exemplar.validateExemplarLabelSet(exemplarLabels);
        this.hashMap[hash].exemplar.labelSet = exemplarLabels;
        this.hashMap[hash].exemplar.value = value ? value : 1;
        this.hashMap[hash].exemplar.timestamp = nowTimestamp();
      }
      /**
       * Reset counter
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0);
        }
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        return {
          inc: this.inc.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        validateLabel(this.labelNames, labels);
        return removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function setValue(hashMap, value, labels = {}, hash = "") {
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    }
    module.exports = Counter2;
  }
});

// node_modules/prom-client/lib/gauge.js
var require_gauge = __commonJS({
  "node_modules/prom-client/lib/gauge.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      setValue,
      setValueDelta,
      getLabels,
      hashObject,
      isObject,
      removeLabels
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Gauge2 = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "gauge";
      }
      /**
       * Set a gauge to a value
       * @param {object} labels - Object with labels and their values
       * @param {Number} value - Value to set the gauge to, must be positive
       * @returns {void}
       */
      set(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        set(this, labels, value);
      }
      /**
       * Reset gauge
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0, {});
        }
      }
      /**
       * Increment a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to increment - if omitted, increment with 1
       * @returns {void}
       */
      inc(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, value);
      }
      /**
       * Decrement a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to decrement - if omitted, decrement with 1
       * @returns {void}
       */
      dec(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, -value);
      }
      /**
       * Set the gauge to current unix epoch
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      setToCurrentTime(labels) {
        const now = Date.now() / 1e3;
        if (labels === void 0) {
          this.set(now);
        } else {
          this.set(labels, now);
        }
      }
      /**
       * Start a timer
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Invoke this function to set the duration in seconds since you started the timer.
       * @example
       * var done = gauge.startTimer();
       * makeXHRRequest(function(err, response) {
       *	done(); //Duration of the request will be saved
       * });
       */
      startTimer(labels) {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.set(Object.assign({}, labels, endLabels), value);
          return value;
        };
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      _getValue(labels) {
        const hash = hashObject(labels || {}, this.sortedLabelNames);
        return this.hashMap[hash] ? this.hashMap[hash].value : 0;
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          inc: this.inc.bind(this, labels),
          dec: this.dec.bind(this, labels),
          set: this.set.bind(this, labels),
          setToCurrentTime: this.setToCurrentTime.bind(this, labels),
          startTimer: this.startTimer.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function set(gauge, labels, value) {
      if (typeof value !== "number") {
        throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
      }
      validateLabel(gauge.labelNames, labels);
      setValue(gauge.hashMap, value, labels);
    }
    function setDelta(gauge, labels, delta) {
      if (typeof delta !== "number") {
        throw new TypeError(`Delta is not a valid number: ${util.format(delta)}`);
      }
      validateLabel(gauge.labelNames, labels);
      const hash = hashObject(labels, gauge.sortedLabelNames);
      setValueDelta(gauge.hashMap, delta, labels, hash);
    }
    function getLabelArg(labels) {
      return isObject(labels) ? labels : {};
    }
    function getValueArg(labels, value) {
      return isObject(labels) ? value : labels;
    }
    module.exports = Gauge2;
  }
});

// node_modules/prom-client/lib/histogram.js
var require_histogram = __commonJS({
  "node_modules/prom-client/lib/histogram.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      getLabels,
      hashObject,
      isObject,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Histogram2 = class extends Metric {
      constructor(config) {
        super(config, {
          buckets: [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
        });
        this.type = "histogram";
        this.defaultLabels = {};
        this.defaultExemplarLabelSet = {};
        this.enableExemplars = false;
        for (const label of this.labelNames) {
          if (label === "le") {
            throw new Error("le is a reserved label keyword");
          }
        }
        this.upperBounds = this.buckets;
        this.bucketValues = this.upperBounds.reduce((acc, upperBound) => {
          acc[upperBound] = 0;
          return acc;
        }, {});
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.bucketExemplars = this.upperBounds.reduce((acc, upperBound) => {
            acc[upperBound] = null;
            return acc;
          }, {});
          Object.freeze(this.bucketExemplars);
          this.observe = this.observeWithExemplar;
        } else {
          this.observe = this.observeWithoutExemplar;
        }
        Object.freeze(this.bucketValues);
        Object.freeze(this.upperBounds);
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: createBaseValues(
              {},
              this.bucketValues,
              this.bucketExemplars
            )
          };
        }
      }
      /**
       * Observe a value in histogram
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe in the histogram
       * @returns {void}
       */
      observeWithoutExemplar(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      observeWithExemplar({
        labels = this.defaultLabels,
        value,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
        this.updateExemplar(labels, value, exemplarLabels);
      }
      updateExemplar(labels, value, exemplarLabels) {
        if (Object.keys(exemplarLabels).length === 0) return;
        const hash = hashObject(labels, this.sortedLabelNames);
        const bound = findBound(this.upperBounds, value);
        const { bucketExemplars } = this.hashMap[hash];
        let exemplar = bucketExemplars[bound];
        if (!isObject(exemplar)) {
          exemplar = new Exemplar();
          bucketExemplars[bound] = exemplar;
        }
        exemplar.validateExemplarLabelSet(exemplarLabels);
        exemplar.labelSet = exemplarLabels;
        exemplar.value = value;
        exemplar.timestamp = nowTimestamp();
      }
      async get() {
        const data = await this.getForPromString();
        data.values = data.values.map(splayLabels);
        return data;
      }
      async getForPromString() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        const data = Object.values(this.hashMap);
        const values = data.map(extractBucketValuesForExport(this)).reduce(addSumAndCountForExport(this), []);
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        this.hashMap = {};
      }
      /**
       * Initialize the metrics for the given combination of labels to zero
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      zero(labels) {
        const hash = hashObject(labels, this.sortedLabelNames);
        this.hashMap[hash] = createBaseValues(
          labels,
          this.bucketValues,
          this.bucketExemplars
        );
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {object} exemplarLabels - Object with labels for exemplar where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = histogram.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       * 	const duration = end(); //Observe the duration of expensiveXHRRequest and returns duration in seconds
       * 	console.log('Duration', duration);
       * });
       */
      startTimer(labels, exemplarLabels) {
        return this.enableExemplars ? startTimerWithExemplar.call(this, labels, exemplarLabels)() : startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function startTimerWithExemplar(startLabels, startExemplarLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels, endExemplarLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe({
            labels: Object.assign({}, startLabels, endLabels),
            value,
            exemplarLabels: Object.assign(
              {},
              startExemplarLabels,
              endExemplarLabels
            )
          });
          return value;
        };
      };
    }
    function setValuePair(labels, value, metricName, exemplar, sharedLabels = {}) {
      return {
        labels,
        sharedLabels,
        value,
        metricName,
        exemplar
      };
    }
    function findBound(upperBounds, value) {
      for (let i = 0; i < upperBounds.length; i++) {
        const bound = upperBounds[i];
        if (value <= bound) {
          return bound;
        }
      }
      return -1;
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labelValuePair.labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let valueFromMap = this.hashMap[hash];
        if (!valueFromMap) {
          valueFromMap = createBaseValues(
            labelValuePair.labels,
            this.bucketValues,
            this.bucketExemplars
          );
        }
        const b = findBound(this.upperBounds, labelValuePair.value);
        valueFromMap.sum += labelValuePair.value;
        valueFromMap.count += 1;
        if (Object.prototype.hasOwnProperty.call(valueFromMap.bucketValues, b)) {
          valueFromMap.bucketValues[b] += 1;
        }
        this.hashMap[hash] = valueFromMap;
      };
    }
    function createBaseValues(labels, bucketValues, bucketExemplars) {
      const result = {
        labels,
        bucketValues: { ...bucketValues },
        sum: 0,
        count: 0
      };
      if (bucketExemplars) {
        result.bucketExemplars = { ...bucketExemplars };
      }
      return result;
    }
    function convertLabelsAndValues(labels, value) {
      return isObject(labels) ? {
        labels,
        value
      } : {
        value: labels,
        labels: {}
      };
    }
    function extractBucketValuesForExport(histogram) {
      const name = `${histogram.name}_bucket`;
      return (bucketData) => {
        let acc = 0;
        const buckets = histogram.upperBounds.map((upperBound) => {
          acc += bucketData.bucketValues[upperBound];
          return setValuePair(
            { le: upperBound },
            acc,
            name,
            bucketData.bucketExemplars ? bucketData.bucketExemplars[upperBound] : null,
            bucketData.labels
          );
        });
        return { buckets, data: bucketData };
      };
    }
    function addSumAndCountForExport(histogram) {
      return (acc, d) => {
        acc.push(...d.buckets);
        const infLabel = { le: "+Inf" };
        acc.push(
          setValuePair(
            infLabel,
            d.data.count,
            `${histogram.name}_bucket`,
            d.data.bucketExemplars ? d.data.bucketExemplars["-1"] : null,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.sum,
            `${histogram.name}_sum`,
            void 0,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.count,
            `${histogram.name}_count`,
            void 0,
            d.data.labels
          )
        );
        return acc;
      };
    }
    function splayLabels(bucket) {
      const { sharedLabels, labels, ...newBucket } = bucket;
      for (const label of Object.keys(sharedLabels)) {
        labels[label] = sharedLabels[label];
      }
      newBucket.labels = labels;
      return newBucket;
    }
    module.exports = Histogram2;
  }
});

// node_modules/bintrees/lib/treebase.js
var require_treebase = __commonJS({
  "node_modules/bintrees/lib/treebase.js"(exports, module) {
    function TreeBase() {
    }
    TreeBase.prototype.clear = function() {
      this._root = null;
      this.size = 0;
    };
    TreeBase.prototype.find = function(data) {
      var res = this._root;
      while (res !== null) {
        var c = this._comparator(data, res.data);
        if (c === 0) {
          return res.data;
        } else {
          res = res.get_child(c > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.findIter = function(data) {
      var res = this._root;
      var iter = this.iterator();
      while (res !== null) {
        var c = this._comparator(data, res.data);
        if (c === 0) {
          iter._cursor = res;
          return iter;
        } else {
          iter._ancestors.push(res);
          res = res.get_child(c > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.lowerBound = function(item) {
      var cur = this._root;
      var iter = this.iterator();
      var cmp = this._comparator;
      while (cur !== null) {
        var c = cmp(item, cur.data);
        if (c === 0) {
          iter._cursor = cur;
          return iter;
        }
        iter._ancestors.push(cur);
        cur = cur.get_child(c > 0);
      }
      for (var i = iter._ancestors.length - 1; i >= 0; --i) {
        cur = iter._ancestors[i];
        if (cmp(item, cur.data) < 0) {
          iter._cursor = cur;
          iter._ancestors.length = i;
          return iter;
        }
      }
      iter._ancestors.length = 0;
      return iter;
    };
    TreeBase.prototype.upperBound = function(item) {
      var iter = this.lowerBound(item);
      var cmp = this._comparator;
      while (iter.data() !== null && cmp(iter.data(), item) === 0) {
        iter.next();
      }
      return iter;
    };
    TreeBase.prototype.min = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.left !== null) {
        res = res.left;
      }
      return res.data;
    };
    TreeBase.prototype.max = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.right !== null) {
        res = res.right;
      }
      return res.data;
    };
    TreeBase.prototype.iterator = function() {
      return new Iterator(this);
    };
    TreeBase.prototype.each = function(cb) {
      var it = this.iterator(), data;
      while ((data = it.next()) !== null) {
        if (cb(data) === false) {
          return;
        }
      }
    };
    TreeBase.prototype.reach = function(cb) {
      var it = this.iterator(), data;
      while ((data = it.prev()) !== null) {
        if (cb(data) === false) {
          return;
        }
      }
    };
    function Iterator(tree) {
      this._tree = tree;
      this._ancestors = [];
      this._cursor = null;
    }
    Iterator.prototype.data = function() {
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.next = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        if (root !== null) {
          this._minNode(root);
        }
      } else {
        if (this._cursor.right === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.right === save);
        } else {
          this._ancestors.push(this._cursor);
          this._minNode(this._cursor.right);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.prev = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        if (root !== null) {
          this._maxNode(root);
        }
      } else {
        if (this._cursor.left === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.left === save);
        } else {
          this._ancestors.push(this._cursor);
          this._maxNode(this._cursor.left);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype._minNode = function(start) {
      while (start.left !== null) {
        this._ancestors.push(start);
        start = start.left;
      }
      this._cursor = start;
    };
    Iterator.prototype._maxNode = function(start) {
      while (start.right !== null) {
        this._ancestors.push(start);
        start = start.right;
      }
      this._cursor = start;
    };
    module.exports = TreeBase;
  }
});

// node_modules/bintrees/lib/rbtree.js
var require_rbtree = __commonJS({
  "node_modules/bintrees/lib/rbtree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
      this.red = true;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function RBTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    RBTree.prototype = new TreeBase();
    RBTree.prototype.insert = function(data) {
      var ret2 = false;
      if (this._root === null) {
        this._root = new Node(data);
        ret2 = true;
        this.size++;
      } else {
        var head = new Node(void 0);
        var dir = 0;
        var last = 0;
        var gp = null;
        var ggp = head;
        var p = null;
        var node = this._root;
        ggp.right = this._root;
        while (true) {
          if (node === null) {
            node = new Node(data);
            p.set_child(dir, node);
            ret2 = true;
            this.size++;
          } else if (is_red(node.left) && is_red(node.right)) {
            node.red = true;
            node.left.red = false;
            node.right.red = false;
          }
          if (is_red(node) && is_red(p)) {
            var dir2 = ggp.right === gp;
            if (node === p.get_child(last)) {
              ggp.set_child(dir2, single_rotate(gp, !last));
            } else {
              ggp.set_child(dir2, double_rotate(gp, !last));
            }
          }
          var cmp = this._comparator(node.data, data);
          if (cmp === 0) {
            break;
          }
          last = dir;
          dir = cmp < 0;
          if (gp !== null) {
            ggp = gp;
          }
          gp = p;
          p = node;
          node = node.get_child(dir);
        }
        this._root = head.right;
      }
      this._root.red = false;
      return ret2;
    };
    RBTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p = null;
      var gp = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        var last = dir;
        gp = p;
        p = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
        if (!is_red(node) && !is_red(node.get_child(dir))) {
          if (is_red(node.get_child(!dir))) {
            var sr = single_rotate(node, dir);
            p.set_child(last, sr);
            p = sr;
          } else if (!is_red(node.get_child(!dir))) {
            var sibling = p.get_child(!last);
            if (sibling !== null) {
              if (!is_red(sibling.get_child(!last)) && !is_red(sibling.get_child(last))) {
                p.red = false;
                sibling.red = true;
                node.red = true;
              } else {
                var dir2 = gp.right === p;
                if (is_red(sibling.get_child(last))) {
                  gp.set_child(dir2, double_rotate(p, last));
                } else if (is_red(sibling.get_child(!last))) {
                  gp.set_child(dir2, single_rotate(p, last));
                }
                var gpc = gp.get_child(dir2);
                gpc.red = true;
                node.red = true;
                gpc.left.red = false;
                gpc.right.red = false;
              }
            }
          }
        }
      }
      if (found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));
        this.size--;
      }
      this._root = head.right;
      if (this._root !== null) {
        this._root.red = false;
      }
      return found !== null;
    };
    function is_red(node) {
      return node !== null && node.red;
    }
    function single_rotate(root, dir) {
      var save = root.get_child(!dir);
      root.set_child(!dir, save.get_child(dir));
      save.set_child(dir, root);
      root.red = true;
      save.red = false;
      return save;
    }
    function double_rotate(root, dir) {
      root.set_child(!dir, single_rotate(root.get_child(!dir), !dir));
      return single_rotate(root, dir);
    }
    module.exports = RBTree;
  }
});

// node_modules/bintrees/lib/bintree.js
var require_bintree = __commonJS({
  "node_modules/bintrees/lib/bintree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function BinTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    BinTree.prototype = new TreeBase();
    BinTree.prototype.insert = function(data) {
      if (this._root === null) {
        this._root = new Node(data);
        this.size++;
        return true;
      }
      var dir = 0;
      var p = null;
      var node = this._root;
      while (true) {
        if (node === null) {
          node = new Node(data);
          p.set_child(dir, node);
          ret = true;
          this.size++;
          return true;
        }
        if (this._comparator(node.data, data) === 0) {
          return false;
        }
        dir = this._comparator(node.data, data) < 0;
        p = node;
        node = node.get_child(dir);
      }
    };
    BinTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        p = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
      }
      if (found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));
        this._root = head.right;
        this.size--;
        return true;
      } else {
        return false;
      }
    };
    module.exports = BinTree;
  }
});

// node_modules/bintrees/index.js
var require_bintrees = __commonJS({
  "node_modules/bintrees/index.js"(exports, module) {
    module.exports = {
      RBTree: require_rbtree(),
      BinTree: require_bintree()
    };
  }
});

// node_modules/tdigest/tdigest.js
var require_tdigest = __commonJS({
  "node_modules/tdigest/tdigest.js"(exports, module) {
    var RBTree = require_bintrees().RBTree;
    function TDigest(delta, K, CX) {
      this.discrete = delta === false;
      this.delta = delta || 0.01;
      this.K = K === void 0 ? 25 : K;
      this.CX = CX === void 0 ? 1.1 : CX;
      this.centroids = new RBTree(compare_centroid_means);
      this.nreset = 0;
      this.reset();
    }
    TDigest.prototype.reset = function() {
      this.centroids.clear();
      this.n = 0;
      this.nreset += 1;
      this.last_cumulate = 0;
    };
    TDigest.prototype.size = function() {
      return this.centroids.size;
    };
    TDigest.prototype.toArray = function(everything) {
      var result = [];
      if (everything) {
        this._cumulate(true);
        this.centroids.each(function(c) {
          result.push(c);
        });
      } else {
        this.centroids.each(function(c) {
          result.push({ mean: c.mean, n: c.n });
        });
      }
      return result;
    };
    TDigest.prototype.summary = function() {
      var approx = this.discrete ? "exact " : "approximating ";
      var s = [
        approx + this.n + " samples using " + this.size() + " centroids",
        "min = " + this.percentile(0),
        "Q1  = " + this.percentile(0.25),
        "Q2  = " + this.percentile(0.5),
        "Q3  = " + this.percentile(0.75),
        "max = " + this.percentile(1)
      ];
      return s.join("\n");
    };
    function compare_centroid_means(a, b) {
      return a.mean > b.mean ? 1 : a.mean < b.mean ? -1 : 0;
    }
    function compare_centroid_mean_cumns(a, b) {
      return a.mean_cumn - b.mean_cumn;
    }
    TDigest.prototype.push = function(x, n) {
      n = n || 1;
      x = Array.isArray(x) ? x : [x];
      for (var i = 0; i < x.length; i++) {
        this._digest(x[i], n);
      }
    };
    TDigest.prototype.push_centroid = function(c) {
      c = Array.isArray(c) ? c : [c];
      for (var i = 0; i < c.length; i++) {
        this._digest(c[i].mean, c[i].n);
      }
    };
    TDigest.prototype._cumulate = function(exact) {
      if (this.n === this.last_cumulate || !exact && this.CX && this.CX > this.n / this.last_cumulate) {
        return;
      }
      var cumn = 0;
      this.centroids.each(function(c) {
        c.mean_cumn = cumn + c.n / 2;
        cumn = c.cumn = cumn + c.n;
      });
      this.n = this.last_cumulate = cumn;
    };
    TDigest.prototype.find_nearest = function(x) {
      if (this.size() === 0) {
        return null;
      }
      var iter = this.centroids.lowerBound({ mean: x });
      var c = iter.data() === null ? iter.prev() : iter.data();
      if (c.mean === x || this.discrete) {
        return c;
      }
      var prev = iter.prev();
      if (prev && Math.abs(prev.mean - x) < Math.abs(c.mean - x)) {
        return prev;
      } else {
        return c;
      }
    };
    TDigest.prototype._new_centroid = function(x, n, cumn) {
      var c = { mean: x, n, cumn };
      this.centroids.insert(c);
      this.n += n;
      return c;
    };
    TDigest.prototype._addweight = function(nearest, x, n) {
      if (x !== nearest.mean) {
        nearest.mean += n * (x - nearest.mean) / (nearest.n + n);
      }
      nearest.cumn += n;
      nearest.mean_cumn += n / 2;
      nearest.n += n;
      this.n += n;
    };
    TDigest.prototype._digest = function(x, n) {
      var min = this.centroids.min();
      var max = this.centroids.max();
      var nearest = this.find_nearest(x);
      if (nearest && nearest.mean === x) {
        this._addweight(nearest, x, n);
      } else if (nearest === min) {
        this._new_centroid(x, n, 0);
      } else if (nearest === max) {
        this._new_centroid(x, n, this.n);
      } else if (this.discrete) {
        this._new_centroid(x, n, nearest.cumn);
      } else {
        var p = nearest.mean_cumn / this.n;
        var max_n = Math.floor(4 * this.n * this.delta * p * (1 - p));
        if (max_n - nearest.n >= n) {
          this._addweight(nearest, x, n);
        } else {
          this._new_centroid(x, n, nearest.cumn);
        }
      }
      this._cumulate(false);
      if (!this.discrete && this.K && this.size() > this.K / this.delta) {
        this.compress();
      }
    };
    TDigest.prototype.bound_mean = function(x) {
      var iter = this.centroids.upperBound({ mean: x });
      var lower = iter.prev();
      var upper = lower.mean === x ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.p_rank = function(x_or_xlist) {
      var xs = Array.isArray(x_or_xlist) ? x_or_xlist : [x_or_xlist];
      var ps = xs.map(this._p_rank, this);
      return Array.isArray(x_or_xlist) ? ps : ps[0];
    };
    TDigest.prototype._p_rank = function(x) {
      if (this.size() === 0) {
        return void 0;
      } else if (x < this.centroids.min().mean) {
        return 0;
      } else if (x > this.centroids.max().mean) {
        return 1;
      }
      this._cumulate(true);
      var bound = this.bound_mean(x);
      var lower = bound[0], upper = bound[1];
      if (this.discrete) {
        return lower.cumn / this.n;
      } else {
        var cumn = lower.mean_cumn;
        if (lower !== upper) {
          cumn += (x - lower.mean) * (upper.mean_cumn - lower.mean_cumn) / (upper.mean - lower.mean);
        }
        return cumn / this.n;
      }
    };
    TDigest.prototype.bound_mean_cumn = function(cumn) {
      this.centroids._comparator = compare_centroid_mean_cumns;
      var iter = this.centroids.upperBound({ mean_cumn: cumn });
      this.centroids._comparator = compare_centroid_means;
      var lower = iter.prev();
      var upper = lower && lower.mean_cumn === cumn ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.percentile = function(p_or_plist) {
      var ps = Array.isArray(p_or_plist) ? p_or_plist : [p_or_plist];
      var qs = ps.map(this._percentile, this);
      return Array.isArray(p_or_plist) ? qs : qs[0];
    };
    TDigest.prototype._percentile = function(p) {
      if (this.size() === 0) {
        return void 0;
      }
      this._cumulate(true);
      var h = this.n * p;
      var bound = this.bound_mean_cumn(h);
      var lower = bound[0], upper = bound[1];
      if (upper === lower || lower === null || upper === null) {
        return (lower || upper).mean;
      } else if (!this.discrete) {
        return lower.mean + (h - lower.mean_cumn) * (upper.mean - lower.mean) / (upper.mean_cumn - lower.mean_cumn);
      } else if (h <= lower.cumn) {
        return lower.mean;
      } else {
        return upper.mean;
      }
    };
    function pop_random(choices) {
      var idx = Math.floor(Math.random() * choices.length);
      return choices.splice(idx, 1)[0];
    }
    TDigest.prototype.compress = function() {
      if (this.compressing) {
        return;
      }
      var points = this.toArray();
      this.reset();
      this.compressing = true;
      while (points.length > 0) {
        this.push_centroid(pop_random(points));
      }
      this._cumulate(true);
      this.compressing = false;
    };
    function Digest(config) {
      this.config = config || {};
      this.mode = this.config.mode || "auto";
      TDigest.call(this, this.mode === "cont" ? config.delta : false);
      this.digest_ratio = this.config.ratio || 0.9;
      this.digest_thresh = this.config.thresh || 1e3;
      this.n_unique = 0;
    }
    Digest.prototype = Object.create(TDigest.prototype);
    Digest.prototype.constructor = Digest;
    Digest.prototype.push = function(x_or_xlist) {
      TDigest.prototype.push.call(this, x_or_xlist);
      this.check_continuous();
    };
    Digest.prototype._new_centroid = function(x, n, cumn) {
      this.n_unique += 1;
      TDigest.prototype._new_centroid.call(this, x, n, cumn);
    };
    Digest.prototype._addweight = function(nearest, x, n) {
      if (nearest.n === 1) {
        this.n_unique -= 1;
      }
      TDigest.prototype._addweight.call(this, nearest, x, n);
    };
    Digest.prototype.check_continuous = function() {
      if (this.mode !== "auto" || this.size() < this.digest_thresh) {
        return false;
      }
      if (this.n_unique / this.size() > this.digest_ratio) {
        this.mode = "cont";
        this.discrete = false;
        this.delta = this.config.delta || 0.01;
        this.compress();
        return true;
      }
      return false;
    };
    module.exports = {
      "TDigest": TDigest,
      "Digest": Digest
    };
  }
});

// node_modules/prom-client/lib/timeWindowQuantiles.js
var require_timeWindowQuantiles = __commonJS({
  "node_modules/prom-client/lib/timeWindowQuantiles.js"(exports, module) {
    "use strict";
    var { TDigest } = require_tdigest();
    var TimeWindowQuantiles = class {
      constructor(maxAgeSeconds, ageBuckets) {
        this.maxAgeSeconds = maxAgeSeconds || 0;
        this.ageBuckets = ageBuckets || 0;
        this.shouldRotate = maxAgeSeconds && ageBuckets;
        this.ringBuffer = Array(ageBuckets).fill(new TDigest());
        this.currentBuffer = 0;
        this.lastRotateTimestampMillis = Date.now();
        this.durationBetweenRotatesMillis = maxAgeSeconds * 1e3 / ageBuckets || Infinity;
      }
      size() {
        const bucket = rotate.call(this);
        return bucket.size();
      }
      percentile(quantile) {
        const bucket = rotate.call(this);
        return bucket.percentile(quantile);
      }
      push(value) {
        rotate.call(this);
        this.ringBuffer.forEach((bucket) => {
          bucket.push(value);
        });
      }
      reset() {
        this.ringBuffer.forEach((bucket) => {
          bucket.reset();
        });
      }
      compress() {
        this.ringBuffer.forEach((bucket) => {
          bucket.compress();
        });
      }
    };
    function rotate() {
      let timeSinceLastRotateMillis = Date.now() - this.lastRotateTimestampMillis;
      while (timeSinceLastRotateMillis > this.durationBetweenRotatesMillis && this.shouldRotate) {
        this.ringBuffer[this.currentBuffer] = new TDigest();
        if (++this.currentBuffer >= this.ringBuffer.length) {
          this.currentBuffer = 0;
        }
        timeSinceLastRotateMillis -= this.durationBetweenRotatesMillis;
        this.lastRotateTimestampMillis += this.durationBetweenRotatesMillis;
      }
      return this.ringBuffer[this.currentBuffer];
    }
    module.exports = TimeWindowQuantiles;
  }
});

// node_modules/prom-client/lib/summary.js
var require_summary = __commonJS({
  "node_modules/prom-client/lib/summary.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var { getLabels, hashObject, removeLabels } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var timeWindowQuantiles = require_timeWindowQuantiles();
    var DEFAULT_COMPRESS_COUNT = 1e3;
    var Summary = class extends Metric {
      constructor(config) {
        super(config, {
          percentiles: [0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999],
          compressCount: DEFAULT_COMPRESS_COUNT,
          hashMap: {}
        });
        this.type = "summary";
        for (const label of this.labelNames) {
          if (label === "quantile")
            throw new Error("quantile is a reserved label keyword");
        }
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: {
              labels: {},
              td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
              count: 0,
              sum: 0
            }
          };
        }
      }
      /**
       * Observe a value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe
       * @returns {void}
       */
      observe(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        const hashKeys = Object.keys(this.hashMap);
        const values = [];
        hashKeys.forEach((hashKey) => {
          const s = this.hashMap[hashKey];
          if (s) {
            if (this.pruneAgedBuckets && s.td.size() === 0) {
              delete this.hashMap[hashKey];
            } else {
              extractSummariesForExport(s, this.percentiles).forEach((v) => {
                values.push(v);
              });
              values.push(getSumForExport(s, this));
              values.push(getCountForExport(s, this));
            }
          }
        });
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        const data = Object.values(this.hashMap);
        data.forEach((s) => {
          s.td.reset();
          s.count = 0;
          s.sum = 0;
        });
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = summary.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       *	end(); //Observe the duration of expensiveXHRRequest
       * });
       */
      startTimer(labels) {
        return startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function extractSummariesForExport(summaryOfLabels, percentiles) {
      summaryOfLabels.td.compress();
      return percentiles.map((percentile) => {
        const percentileValue = summaryOfLabels.td.percentile(percentile);
        return {
          labels: Object.assign({ quantile: percentile }, summaryOfLabels.labels),
          value: percentileValue ? percentileValue : 0
        };
      });
    }
    function getCountForExport(value, summary) {
      return {
        metricName: `${summary.name}_count`,
        labels: value.labels,
        value: value.count
      };
    }
    function getSumForExport(value, summary) {
      return {
        metricName: `${summary.name}_sum`,
        labels: value.labels,
        value: value.sum
      };
    }
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let summaryOfLabel = this.hashMap[hash];
        if (!summaryOfLabel) {
          summaryOfLabel = {
            labels: labelValuePair.labels,
            td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
            count: 0,
            sum: 0
          };
        }
        summaryOfLabel.td.push(labelValuePair.value);
        summaryOfLabel.count++;
        if (summaryOfLabel.count % this.compressCount === 0) {
          summaryOfLabel.td.compress();
        }
        summaryOfLabel.sum += labelValuePair.value;
        this.hashMap[hash] = summaryOfLabel;
      };
    }
    function convertLabelsAndValues(labels, value) {
      if (value === void 0) {
        return {
          value: labels,
          labels: {}
        };
      }
      return {
        labels,
        value
      };
    }
    module.exports = Summary;
  }
});

// node_modules/prom-client/lib/pushgateway.js
var require_pushgateway = __commonJS({
  "node_modules/prom-client/lib/pushgateway.js"(exports, module) {
    "use strict";
    var url = __require("url");
    var http = __require("http");
    var https = __require("https");
    var { gzipSync } = __require("zlib");
    var { globalRegistry } = require_registry();
    var Pushgateway = class {
      constructor(gatewayUrl, options, registry) {
        if (!registry) {
          registry = globalRegistry;
        }
        this.registry = registry;
        this.gatewayUrl = gatewayUrl;
        const { requireJobName, ...requestOptions } = {
          requireJobName: true,
          ...options
        };
        this.requireJobName = requireJobName;
        this.requestOptions = requestOptions;
      }
      pushAdd(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "POST", params.jobName, params.groupings);
      }
      push(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "PUT", params.jobName, params.groupings);
      }
      delete(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "DELETE", params.jobName, params.groupings);
      }
    };
    async function useGateway(method, job, groupings) {
      const gatewayUrlParsed = url.parse(this.gatewayUrl);
      const gatewayUrlPath = gatewayUrlParsed.pathname && gatewayUrlParsed.pathname !== "/" ? gatewayUrlParsed.pathname : "";
      const jobPath = job ? `/job/${encodeURIComponent(job)}${generateGroupings(groupings)}` : "";
      const path = `${gatewayUrlPath}/metrics${jobPath}`;
      const target = url.resolve(this.gatewayUrl, path);
      const requestParams = url.parse(target);
      const httpModule = isHttps(requestParams.href) ? https : http;
      const options = Object.assign(requestParams, this.requestOptions, {
        method
      });
      return new Promise((resolve, reject) => {
        if (method === "DELETE" && options.headers) {
          delete options.headers["Content-Encoding"];
        }
        const req = httpModule.request(options, (resp) => {
          let body = "";
          resp.setEncoding("utf8");
          resp.on("data", (chunk) => {
            body += chunk;
          });
          resp.on("end", () => {
            if (resp.statusCode >= 400) {
              reject(
                new Error(`push failed with status ${resp.statusCode}, ${body}`)
              );
            } else {
              resolve({ resp, body });
            }
          });
        });
        req.on("error", (err) => {
          reject(err);
        });
        req.on("timeout", () => {
          req.destroy(new Error("Pushgateway request timed out"));
        });
        if (method !== "DELETE") {
          this.registry.metrics().then((metrics) => {
            if (options.headers && options.headers["Content-Encoding"] === "gzip") {
              metrics = gzipSync(metrics);
            }
            req.write(metrics);
            req.end();
          }).catch((err) => {
            reject(err);
          });
        } else {
          req.end();
        }
      });
    }
    function generateGroupings(groupings) {
      if (!groupings) {
        return "";
      }
      return Object.keys(groupings).map(
        (key) => `/${encodeURIComponent(key)}/${encodeURIComponent(groupings[key])}`
      ).join("");
    }
    function isHttps(href) {
      return href.search(/^https/) !== -1;
    }
    module.exports = Pushgateway;
  }
});

// node_modules/prom-client/lib/bucketGenerators.js
var require_bucketGenerators = __commonJS({
  "node_modules/prom-client/lib/bucketGenerators.js"(exports) {
    "use strict";
    exports.linearBuckets = (start, width, count) => {
      if (count < 1) {
        throw new Error("Linear buckets needs a positive count");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start + i * width;
      }
      return buckets;
    };
    exports.exponentialBuckets = (start, factor, count) => {
      if (start <= 0) {
        throw new Error("Exponential buckets needs a positive start");
      }
      if (count < 1) {
        throw new Error("Exponential buckets needs a positive count");
      }
      if (factor <= 1) {
        throw new Error("Exponential buckets needs a factor greater than 1");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start;
        start *= factor;
      }
      return buckets;
    };
  }
});

// node_modules/@opentelemetry/api/dist/diag/types.cjs
var require_types = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/types.cjs"(exports) {
    var DiagLogLevel = /* @__PURE__ */ (function(DiagLogLevel2) {
      DiagLogLevel2[DiagLogLevel2["NONE"] = 0] = "NONE";
      DiagLogLevel2[DiagLogLevel2["ERROR"] = 30] = "ERROR";
      DiagLogLevel2[DiagLogLevel2["WARN"] = 50] = "WARN";
      DiagLogLevel2[DiagLogLevel2["INFO"] = 60] = "INFO";
      DiagLogLevel2[DiagLogLevel2["DEBUG"] = 70] = "DEBUG";
      DiagLogLevel2[DiagLogLevel2["VERBOSE"] = 80] = "VERBOSE";
      DiagLogLevel2[DiagLogLevel2["ALL"] = 9999] = "ALL";
      return DiagLogLevel2;
    })({});
    exports.DiagLogLevel = DiagLogLevel;
  }
});

// node_modules/@opentelemetry/api/dist/version.cjs
var require_version = __commonJS({
  "node_modules/@opentelemetry/api/dist/version.cjs"(exports) {
    var VERSION = "1.10.0";
    exports.VERSION = VERSION;
  }
});

// node_modules/@opentelemetry/api/dist/internal/semver.cjs
var require_semver = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/semver.cjs"(exports) {
    var require_version3 = require_version();
    var re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
    function _makeCompatibilityCheck(ownVersion) {
      const acceptedVersions = /* @__PURE__ */ new Set([ownVersion]);
      const rejectedVersions = /* @__PURE__ */ new Set();
      const myVersionMatch = ownVersion.match(re);
      if (!myVersionMatch) return () => false;
      const ownVersionParsed = {
        major: +myVersionMatch[1],
        minor: +myVersionMatch[2],
        patch: +myVersionMatch[3],
        prerelease: myVersionMatch[4]
      };
      if (ownVersionParsed.prerelease != null) return function isExactmatch(globalVersion) {
        return globalVersion === ownVersion;
      };
      function _reject(v) {
        rejectedVersions.add(v);
        return false;
      }
      function _accept(v) {
        acceptedVersions.add(v);
        return true;
      }
      return function isCompatible2(globalVersion) {
        if (acceptedVersions.has(globalVersion)) return true;
        if (rejectedVersions.has(globalVersion)) return false;
        const globalVersionMatch = globalVersion.match(re);
        if (!globalVersionMatch) return _reject(globalVersion);
        const globalVersionParsed = {
          major: +globalVersionMatch[1],
          minor: +globalVersionMatch[2],
          patch: +globalVersionMatch[3],
          prerelease: globalVersionMatch[4]
        };
        if (globalVersionParsed.prerelease != null) return _reject(globalVersion);
        if (ownVersionParsed.major !== globalVersionParsed.major) return _reject(globalVersion);
        if (ownVersionParsed.major === 0) {
          if (ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch) return _accept(globalVersion);
          return _reject(globalVersion);
        }
        if (ownVersionParsed.minor <= globalVersionParsed.minor) return _accept(globalVersion);
        return _reject(globalVersion);
      };
    }
    var isCompatible = _makeCompatibilityCheck(require_version3.VERSION);
    exports._makeCompatibilityCheck = _makeCompatibilityCheck;
    exports.isCompatible = isCompatible;
  }
});

// node_modules/@opentelemetry/api/dist/internal/global-utils.cjs
var require_global_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/global-utils.cjs"(exports) {
    var require_version3 = require_version();
    var require_semver2 = require_semver();
    var major = require_version3.VERSION.split(".")[0];
    var GLOBAL_OPENTELEMETRY_API_KEY = /* @__PURE__ */ Symbol.for(`opentelemetry.js.api.${major}`);
    var _global = typeof globalThis === "object" ? globalThis : typeof self === "object" ? self : typeof window === "object" ? window : typeof global === "object" ? global : {};
    function _makeGlobalApi() {
      return Object.defineProperty({}, "version", {
        value: require_version3.VERSION,
        enumerable: true,
        writable: false,
        configurable: false
      });
    }
    function registerGlobal(type, instance, diag, allowOverride = false) {
      var _global$GLOBAL_OPENTE;
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
      if (!allowOverride && api[type]) {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
        diag.error(err.stack || err.message);
        return false;
      }
      if (api.version !== "1.10.0") {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${require_version3.VERSION}`);
        diag.error(err.stack || err.message);
        return false;
      }
      api[type] = instance;
      diag.debug(`@opentelemetry/api: Registered a global for ${type} v${require_version3.VERSION}.`);
      return true;
    }
    var _compatibleGlobalApi;
    function getGlobal(type) {
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api == null) return;
      if (api !== _compatibleGlobalApi) {
        if (!api.version || !require_semver2.isCompatible(api.version)) return;
        _compatibleGlobalApi = api;
      }
      return api[type];
    }
    function unregisterGlobal(type, diag) {
      diag.debug(`@opentelemetry/api: Unregistering a global for ${type} v${require_version3.VERSION}.`);
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api) delete api[type];
    }
    exports.getGlobal = getGlobal;
    exports.registerGlobal = registerGlobal;
    exports.unregisterGlobal = unregisterGlobal;
  }
});

// node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs
var require_ComponentLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var DiagComponentLogger = class {
      constructor(props) {
        this._namespace = props.namespace || "DiagComponentLogger";
      }
      debug(...args) {
        return logProxy("debug", this._namespace, args);
      }
      error(...args) {
        return logProxy("error", this._namespace, args);
      }
      info(...args) {
        return logProxy("info", this._namespace, args);
      }
      warn(...args) {
        return logProxy("warn", this._namespace, args);
      }
      verbose(...args) {
        return logProxy("verbose", this._namespace, args);
      }
    };
    function logProxy(funcName, namespace, args) {
      const logger = require_global_utils2.getGlobal("diag");
      if (!logger) return;
      return logger[funcName](namespace, ...args);
    }
    exports.DiagComponentLogger = DiagComponentLogger;
  }
});

// node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs
var require_logLevelLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs"(exports) {
    require_types();
    function createLogLevelDiagLogger(maxLevel, logger) {
      if (maxLevel < 0) maxLevel = 0;
      else if (maxLevel > 9999) maxLevel = 9999;
      logger = logger || {};
      function _filterFunc(funcName, theLevel) {
        const theFunc = logger[funcName];
        if (typeof theFunc === "function" && maxLevel >= theLevel) return theFunc.bind(logger);
        return function() {
        };
      }
      return {
        error: _filterFunc("error", 30),
        warn: _filterFunc("warn", 50),
        info: _filterFunc("info", 60),
        debug: _filterFunc("debug", 70),
        verbose: _filterFunc("verbose", 80)
      };
    }
    exports.createLogLevelDiagLogger = createLogLevelDiagLogger;
  }
});

// node_modules/@opentelemetry/api/dist/api/diag.cjs
var require_diag = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/diag.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_ComponentLogger2 = require_ComponentLogger();
    require_types();
    var require_logLevelLogger2 = require_logLevelLogger();
    var API_NAME = "diag";
    var DiagAPI = class DiagAPI2 {
      /** Get the singleton instance of the DiagAPI API */
      static instance() {
        if (!this._instance) this._instance = new DiagAPI2();
        return this._instance;
      }
      /**
      * Private internal constructor
      * @private
      */
      constructor() {
        function _logProxy(funcName) {
          return function(...args) {
            const logger = require_global_utils2.getGlobal("diag");
            if (!logger) return;
            return logger[funcName](...args);
          };
        }
        const self2 = this;
        const setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
          var _optionsOrLogLevel$lo;
          if (logger === self2) {
            var _err$stack;
            const err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
            self2.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message);
            return false;
          }
          if (typeof optionsOrLogLevel === "number") optionsOrLogLevel = { logLevel: optionsOrLogLevel };
          const oldLogger = require_global_utils2.getGlobal("diag");
          const newLogger = require_logLevelLogger2.createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
          if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
            var _Error$stack;
            const stack = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
            oldLogger.warn(`Current logger will be overwritten from ${stack}`);
            newLogger.warn(`Current logger will overwrite one already registered from ${stack}`);
          }
          return require_global_utils2.registerGlobal("diag", newLogger, self2, true);
        };
        self2.setLogger = setLogger;
        self2.disable = () => {
          require_global_utils2.unregisterGlobal(API_NAME, self2);
        };
        self2.createComponentLogger = (options) => {
          return new require_ComponentLogger2.DiagComponentLogger(options);
        };
        self2.verbose = _logProxy("verbose");
        self2.debug = _logProxy("debug");
        self2.info = _logProxy("info");
        self2.warn = _logProxy("warn");
        self2.error = _logProxy("error");
      }
    };
    exports.DiagAPI = DiagAPI;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs
var require_baggage_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs"(exports) {
    var BaggageImpl = class BaggageImpl2 {
      constructor(entries) {
        this._entries = entries ? new Map(entries) : /* @__PURE__ */ new Map();
      }
      getEntry(key) {
        const entry = this._entries.get(key);
        if (!entry) return;
        return Object.assign({}, entry);
      }
      getAllEntries() {
        return Array.from(this._entries.entries());
      }
      setEntry(key, entry) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.set(key, entry);
        return newBaggage;
      }
      removeEntry(key) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.delete(key);
        return newBaggage;
      }
      removeEntries(...keys) {
        const newBaggage = new BaggageImpl2(this._entries);
        for (const key of keys) newBaggage._entries.delete(key);
        return newBaggage;
      }
      clear() {
        return new BaggageImpl2();
      }
    };
    exports.BaggageImpl = BaggageImpl;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs
var require_symbol = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs"(exports) {
    var baggageEntryMetadataSymbol = /* @__PURE__ */ Symbol("BaggageEntryMetadata");
    exports.baggageEntryMetadataSymbol = baggageEntryMetadataSymbol;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/utils.cjs
var require_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/utils.cjs"(exports) {
    var require_diag2 = require_diag();
    var require_baggage_impl2 = require_baggage_impl();
    var require_symbol2 = require_symbol();
    var diag = require_diag2.DiagAPI.instance();
    function createBaggage(entries = {}) {
      return new require_baggage_impl2.BaggageImpl(new Map(Object.entries(entries)));
    }
    function baggageEntryMetadataFromString(str) {
      if (typeof str !== "string") {
        diag.error(`Cannot create baggage metadata from unknown type: ${typeof str}`);
        str = "";
      }
      return {
        __TYPE__: require_symbol2.baggageEntryMetadataSymbol,
        toString() {
          return str;
        }
      };
    }
    exports.baggageEntryMetadataFromString = baggageEntryMetadataFromString;
    exports.createBaggage = createBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/context/context.cjs
var require_context = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/context.cjs"(exports) {
    function createContextKey(description) {
      return Symbol.for(description);
    }
    var ROOT_CONTEXT = new class BaseContext {
      /**
      * Construct a new context which inherits values from an optional parent context.
      *
      * @param parentContext a context from which to inherit values
      */
      constructor(parentContext) {
        const self2 = this;
        self2._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map();
        self2.getValue = (key) => self2._currentContext.get(key);
        self2.setValue = (key, value) => {
          const context = new BaseContext(self2._currentContext);
          context._currentContext.set(key, value);
          return context;
        };
        self2.deleteValue = (key) => {
          const context = new BaseContext(self2._currentContext);
          context._currentContext.delete(key);
          return context;
        };
      }
    }();
    exports.ROOT_CONTEXT = ROOT_CONTEXT;
    exports.createContextKey = createContextKey;
  }
});

// node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs
var require_consoleLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs"(exports) {
    var consoleMap = [
      {
        n: "error",
        c: "error"
      },
      {
        n: "warn",
        c: "warn"
      },
      {
        n: "info",
        c: "info"
      },
      {
        n: "debug",
        c: "debug"
      },
      {
        n: "verbose",
        c: "trace"
      }
    ];
    var _originalConsoleMethods = {};
    if (typeof console !== "undefined") {
      for (const key of [
        "error",
        "warn",
        "info",
        "debug",
        "trace",
        "log"
      ]) if (typeof console[key] === "function") _originalConsoleMethods[key] = console[key];
    }
    var DiagConsoleLogger = class {
      constructor() {
        function _consoleFunc(funcName) {
          return function(...args) {
            let theFunc = _originalConsoleMethods[funcName];
            if (typeof theFunc !== "function") theFunc = _originalConsoleMethods["log"];
            if (typeof theFunc !== "function" && console) {
              theFunc = console[funcName];
              if (typeof theFunc !== "function") theFunc = console.log;
            }
            if (typeof theFunc === "function") return theFunc.apply(console, args);
          };
        }
        for (let i = 0; i < consoleMap.length; i++) this[consoleMap[i].n] = _consoleFunc(consoleMap[i].c);
      }
    };
    exports.DiagConsoleLogger = DiagConsoleLogger;
    exports._originalConsoleMethods = _originalConsoleMethods;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs
var require_NoopMeter = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs"(exports) {
    var NoopMeter = class {
      constructor() {
      }
      /**
      * @see {@link Meter.createGauge}
      */
      createGauge(_name, _options) {
        return NOOP_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createHistogram}
      */
      createHistogram(_name, _options) {
        return NOOP_HISTOGRAM_METRIC;
      }
      /**
      * @see {@link Meter.createCounter}
      */
      createCounter(_name, _options) {
        return NOOP_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createUpDownCounter}
      */
      createUpDownCounter(_name, _options) {
        return NOOP_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableGauge}
      */
      createObservableGauge(_name, _options) {
        return NOOP_OBSERVABLE_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createObservableCounter}
      */
      createObservableCounter(_name, _options) {
        return NOOP_OBSERVABLE_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableUpDownCounter}
      */
      createObservableUpDownCounter(_name, _options) {
        return NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.addBatchObservableCallback}
      */
      addBatchObservableCallback(_callback, _observables) {
      }
      /**
      * @see {@link Meter.removeBatchObservableCallback}
      */
      removeBatchObservableCallback(_callback) {
      }
    };
    var NoopMetric = class {
    };
    var NoopCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopUpDownCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopGaugeMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopHistogramMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopObservableMetric = class {
      addCallback(_callback) {
      }
      removeCallback(_callback) {
      }
    };
    var NoopObservableCounterMetric = class extends NoopObservableMetric {
    };
    var NoopObservableGaugeMetric = class extends NoopObservableMetric {
    };
    var NoopObservableUpDownCounterMetric = class extends NoopObservableMetric {
    };
    var NOOP_METER = new NoopMeter();
    var NOOP_COUNTER_METRIC = new NoopCounterMetric();
    var NOOP_GAUGE_METRIC = new NoopGaugeMetric();
    var NOOP_HISTOGRAM_METRIC = new NoopHistogramMetric();
    var NOOP_UP_DOWN_COUNTER_METRIC = new NoopUpDownCounterMetric();
    var NOOP_OBSERVABLE_COUNTER_METRIC = new NoopObservableCounterMetric();
    var NOOP_OBSERVABLE_GAUGE_METRIC = new NoopObservableGaugeMetric();
    var NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new NoopObservableUpDownCounterMetric();
    function createNoopMeter() {
      return NOOP_METER;
    }
    exports.NOOP_COUNTER_METRIC = NOOP_COUNTER_METRIC;
    exports.NOOP_GAUGE_METRIC = NOOP_GAUGE_METRIC;
    exports.NOOP_HISTOGRAM_METRIC = NOOP_HISTOGRAM_METRIC;
    exports.NOOP_METER = NOOP_METER;
    exports.NOOP_OBSERVABLE_COUNTER_METRIC = NOOP_OBSERVABLE_COUNTER_METRIC;
    exports.NOOP_OBSERVABLE_GAUGE_METRIC = NOOP_OBSERVABLE_GAUGE_METRIC;
    exports.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
    exports.NOOP_UP_DOWN_COUNTER_METRIC = NOOP_UP_DOWN_COUNTER_METRIC;
    exports.NoopCounterMetric = NoopCounterMetric;
    exports.NoopGaugeMetric = NoopGaugeMetric;
    exports.NoopHistogramMetric = NoopHistogramMetric;
    exports.NoopMeter = NoopMeter;
    exports.NoopMetric = NoopMetric;
    exports.NoopObservableCounterMetric = NoopObservableCounterMetric;
    exports.NoopObservableGaugeMetric = NoopObservableGaugeMetric;
    exports.NoopObservableMetric = NoopObservableMetric;
    exports.NoopObservableUpDownCounterMetric = NoopObservableUpDownCounterMetric;
    exports.NoopUpDownCounterMetric = NoopUpDownCounterMetric;
    exports.createNoopMeter = createNoopMeter;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/Metric.cjs
var require_Metric = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/Metric.cjs"(exports) {
    var ValueType = /* @__PURE__ */ (function(ValueType2) {
      ValueType2[ValueType2["INT"] = 0] = "INT";
      ValueType2[ValueType2["DOUBLE"] = 1] = "DOUBLE";
      return ValueType2;
    })({});
    exports.ValueType = ValueType;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs
var require_NoopLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs"(exports) {
    var NoopLogger = class {
      emit(_logRecord) {
      }
      enabled() {
        return false;
      }
    };
    var NOOP_LOGGER = new NoopLogger();
    function createNoopLogger() {
      return NOOP_LOGGER;
    }
    exports.NOOP_LOGGER = NOOP_LOGGER;
    exports.NoopLogger = NoopLogger;
    exports.createNoopLogger = createNoopLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs
var require_LogRecord = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs"(exports) {
    var SeverityNumber = /* @__PURE__ */ (function(SeverityNumber2) {
      SeverityNumber2[SeverityNumber2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
      SeverityNumber2[SeverityNumber2["TRACE"] = 1] = "TRACE";
      SeverityNumber2[SeverityNumber2["TRACE2"] = 2] = "TRACE2";
      SeverityNumber2[SeverityNumber2["TRACE3"] = 3] = "TRACE3";
      SeverityNumber2[SeverityNumber2["TRACE4"] = 4] = "TRACE4";
      SeverityNumber2[SeverityNumber2["DEBUG"] = 5] = "DEBUG";
      SeverityNumber2[SeverityNumber2["DEBUG2"] = 6] = "DEBUG2";
      SeverityNumber2[SeverityNumber2["DEBUG3"] = 7] = "DEBUG3";
      SeverityNumber2[SeverityNumber2["DEBUG4"] = 8] = "DEBUG4";
      SeverityNumber2[SeverityNumber2["INFO"] = 9] = "INFO";
      SeverityNumber2[SeverityNumber2["INFO2"] = 10] = "INFO2";
      SeverityNumber2[SeverityNumber2["INFO3"] = 11] = "INFO3";
      SeverityNumber2[SeverityNumber2["INFO4"] = 12] = "INFO4";
      SeverityNumber2[SeverityNumber2["WARN"] = 13] = "WARN";
      SeverityNumber2[SeverityNumber2["WARN2"] = 14] = "WARN2";
      SeverityNumber2[SeverityNumber2["WARN3"] = 15] = "WARN3";
      SeverityNumber2[SeverityNumber2["WARN4"] = 16] = "WARN4";
      SeverityNumber2[SeverityNumber2["ERROR"] = 17] = "ERROR";
      SeverityNumber2[SeverityNumber2["ERROR2"] = 18] = "ERROR2";
      SeverityNumber2[SeverityNumber2["ERROR3"] = 19] = "ERROR3";
      SeverityNumber2[SeverityNumber2["ERROR4"] = 20] = "ERROR4";
      SeverityNumber2[SeverityNumber2["FATAL"] = 21] = "FATAL";
      SeverityNumber2[SeverityNumber2["FATAL2"] = 22] = "FATAL2";
      SeverityNumber2[SeverityNumber2["FATAL3"] = 23] = "FATAL3";
      SeverityNumber2[SeverityNumber2["FATAL4"] = 24] = "FATAL4";
      return SeverityNumber2;
    })({});
    exports.SeverityNumber = SeverityNumber;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs
var require_TextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs"(exports) {
    var defaultTextMapGetter = {
      get(carrier, key) {
        if (carrier == null) return;
        return carrier[key];
      },
      keys(carrier) {
        if (carrier == null) return [];
        return Object.keys(carrier);
      }
    };
    var defaultTextMapSetter = { set(carrier, key, value) {
      if (carrier == null) return;
      carrier[key] = value;
    } };
    exports.defaultTextMapGetter = defaultTextMapGetter;
    exports.defaultTextMapSetter = defaultTextMapSetter;
  }
});

// node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs
var require_trace_flags = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs"(exports) {
    var TraceFlags = /* @__PURE__ */ (function(TraceFlags2) {
      TraceFlags2[TraceFlags2["NONE"] = 0] = "NONE";
      TraceFlags2[TraceFlags2["SAMPLED"] = 1] = "SAMPLED";
      return TraceFlags2;
    })({});
    exports.TraceFlags = TraceFlags;
  }
});

// node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs
var require_invalid_span_constants = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs"(exports) {
    require_trace_flags();
    var INVALID_SPANID = "0000000000000000";
    var INVALID_TRACEID = "00000000000000000000000000000000";
    var INVALID_SPAN_CONTEXT = {
      traceId: INVALID_TRACEID,
      spanId: INVALID_SPANID,
      traceFlags: 0
    };
    exports.INVALID_SPANID = INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = INVALID_TRACEID;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs
var require_NonRecordingSpan = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs"(exports) {
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var NonRecordingSpan = class {
      constructor(spanContext = require_invalid_span_constants2.INVALID_SPAN_CONTEXT) {
        this._spanContext = spanContext;
      }
      spanContext() {
        return this._spanContext;
      }
      setAttribute(_key, _value) {
        return this;
      }
      setAttributes(_attributes) {
        return this;
      }
      addEvent(_name, _attributes) {
        return this;
      }
      addLink(_link) {
        return this;
      }
      addLinks(_links) {
        return this;
      }
      setStatus(_status) {
        return this;
      }
      updateName(_name) {
        return this;
      }
      end(_endTime) {
      }
      isRecording() {
        return false;
      }
      recordException(_exception, _time) {
      }
    };
    exports.NonRecordingSpan = NonRecordingSpan;
  }
});

// node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs
var require_spancontext_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs"(exports) {
    require_invalid_span_constants();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var isHex = new Uint8Array([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1
    ]);
    function isValidHex(id, length) {
      if (typeof id !== "string" || id.length !== length) return false;
      let r = 0;
      for (let i = 0; i < id.length; i += 4) r += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
      return r === length;
    }
    function isValidTraceId(traceId) {
      return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
    }
    function isValidSpanId(spanId) {
      return isValidHex(spanId, 16) && spanId !== "0000000000000000";
    }
    function isSpanContextValid(spanContext) {
      return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
    }
    function wrapSpanContext(spanContext) {
      return new require_NonRecordingSpan2.NonRecordingSpan(spanContext);
    }
    exports.isSpanContextValid = isSpanContextValid;
    exports.isValidSpanId = isValidSpanId;
    exports.isValidTraceId = isValidTraceId;
    exports.wrapSpanContext = wrapSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs
var require_NoopContextManager = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs"(exports) {
    var require_context3 = require_context();
    var NoopContextManager = class {
      active() {
        return require_context3.ROOT_CONTEXT;
      }
      with(_context, fn, thisArg, ...args) {
        return fn.call(thisArg, ...args);
      }
      bind(_context, target) {
        return target;
      }
      enable() {
        return this;
      }
      disable() {
        return this;
      }
      /** @experimental This API is experimental and may change in minor releases without prior notice. */
      attach(_context) {
        return { dispose() {
        } };
      }
    };
    exports.NoopContextManager = NoopContextManager;
  }
});

// node_modules/@opentelemetry/api/dist/api/context.cjs
var require_context2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/context.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopContextManager2 = require_NoopContextManager();
    var API_NAME = "context";
    var NOOP_CONTEXT_MANAGER = new require_NoopContextManager2.NoopContextManager();
    var NOOP_TOKEN = Object.freeze({ dispose: () => {
    } });
    var ContextAPI = class ContextAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._attachUnsupportedWarned = false;
      }
      /** Get the singleton instance of the Context API */
      static getInstance() {
        if (!this._instance) this._instance = new ContextAPI2();
        return this._instance;
      }
      /**
      * Set the current context manager.
      *
      * @returns true if the context manager was successfully registered, else false
      */
      setGlobalContextManager(contextManager) {
        return require_global_utils2.registerGlobal(API_NAME, contextManager, require_diag2.DiagAPI.instance());
      }
      /**
      * Get the currently active context
      */
      active() {
        return this._getContextManager().active();
      }
      /**
      * Execute a function with an active context
      *
      * @param context context to be active during function execution
      * @param fn function to execute in a context
      * @param thisArg optional receiver to be used for calling fn
      * @param args optional arguments forwarded to fn
      */
      with(context, fn, thisArg, ...args) {
        return this._getContextManager().with(context, fn, thisArg, ...args);
      }
      /**
      * Bind a context to a target function or event emitter
      *
      * @param context context to bind to the event emitter or function. Defaults to the currently active context
      * @param target function or event emitter to bind
      */
      bind(context, target) {
        return this._getContextManager().bind(context, target);
      }
      /**
      * Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
      * {@link ContextManagementToken.dispose} restores the previous context.
      *
      * This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
      * restore context automatically. Use `attach` only to bridge callback
      * boundaries that `with` cannot wrap. Call `token.dispose()` when the
      * operation is done.
      *
      * **Caveat for async functions:** If called inside an async function before
      * the first `await`, the context change may leak into the caller's context
      * and remain active there. Prefer {@link with} for async code.
      *
      * Support is best-effort and varies by the active ContextManager (see
      * {@link ContextManager.attach}); if it does not implement `attach`, this logs
      * a warning and returns a no-op token.
      *
      * @param context The Context to attach
      * @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
      * @since 1.10.0
      * @experimental This API is experimental and may change in minor releases without prior notice.
      */
      attach(context) {
        const contextManager = this._getContextManager();
        if (contextManager.attach) return contextManager.attach(context);
        if (!this._attachUnsupportedWarned) {
          this._attachUnsupportedWarned = true;
          require_diag2.DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.");
        }
        return NOOP_TOKEN;
      }
      _getContextManager() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_CONTEXT_MANAGER;
      }
      /** Disable and remove the global context manager */
      disable() {
        this._getContextManager().disable();
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.ContextAPI = ContextAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace/context-utils.cjs
var require_context_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/context-utils.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var SPAN_KEY = require_context3.createContextKey("OpenTelemetry Context Key SPAN");
    function getSpan(context) {
      return context.getValue(SPAN_KEY) || void 0;
    }
    function getActiveSpan() {
      return getSpan(require_context$1.ContextAPI.getInstance().active());
    }
    function setSpan(context, span) {
      return context.setValue(SPAN_KEY, span);
    }
    function deleteSpan(context) {
      return context.deleteValue(SPAN_KEY);
    }
    function setSpanContext(context, spanContext) {
      return setSpan(context, new require_NonRecordingSpan2.NonRecordingSpan(spanContext));
    }
    function getSpanContext(context) {
      var _getSpan;
      return (_getSpan = getSpan(context)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
    }
    exports.deleteSpan = deleteSpan;
    exports.getActiveSpan = getActiveSpan;
    exports.getSpan = getSpan;
    exports.getSpanContext = getSpanContext;
    exports.setSpan = setSpan;
    exports.setSpanContext = setSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs
var require_NoopTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs"(exports) {
    var require_context3 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var contextApi = require_context3.ContextAPI.getInstance();
    var NoopTracer = class {
      startSpan(name, options, context = contextApi.active()) {
        if (Boolean(options === null || options === void 0 ? void 0 : options.root)) return new require_NonRecordingSpan2.NonRecordingSpan();
        const parentFromContext = context && require_context_utils2.getSpanContext(context);
        if (isSpanContext(parentFromContext) && require_spancontext_utils2.isSpanContextValid(parentFromContext)) return new require_NonRecordingSpan2.NonRecordingSpan(parentFromContext);
        else return new require_NonRecordingSpan2.NonRecordingSpan();
      }
      startActiveSpan(name, arg2, arg3, arg4) {
        var _ctx;
        let opts;
        let ctx;
        let fn;
        if (arguments.length < 2) return;
        else if (arguments.length === 2) fn = arg2;
        else if (arguments.length === 3) {
          opts = arg2;
          fn = arg3;
        } else {
          opts = arg2;
          ctx = arg3;
          fn = arg4;
        }
        const parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active();
        const span = this.startSpan(name, opts, parentContext);
        const contextWithSpanSet = require_context_utils2.setSpan(parentContext, span);
        return contextApi.with(contextWithSpanSet, fn, void 0, span);
      }
    };
    function isSpanContext(spanContext) {
      return spanContext !== null && typeof spanContext === "object" && "spanId" in spanContext && typeof spanContext["spanId"] === "string" && "traceId" in spanContext && typeof spanContext["traceId"] === "string" && "traceFlags" in spanContext && typeof spanContext["traceFlags"] === "number";
    }
    exports.NoopTracer = NoopTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs
var require_ProxyTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs"(exports) {
    var NOOP_TRACER = new (require_NoopTracer()).NoopTracer();
    var ProxyTracer = class {
      constructor(provider, name, version, options) {
        this._provider = provider;
        this.name = name;
        this.version = version;
        this.options = options;
      }
      startSpan(name, options, context) {
        return this._getTracer().startSpan(name, options, context);
      }
      startActiveSpan(_name, _options, _context, _fn) {
        const tracer = this._getTracer();
        return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
      }
      /**
      * Try to get a tracer from the proxy tracer provider.
      * If the proxy tracer provider has no delegate, return a noop tracer.
      */
      _getTracer() {
        if (this._delegate) return this._delegate;
        const tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
        if (!tracer) return NOOP_TRACER;
        this._delegate = tracer;
        return this._delegate;
      }
    };
    exports.ProxyTracer = ProxyTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/span_kind.cjs
var require_span_kind = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/span_kind.cjs"(exports) {
    var SpanKind = /* @__PURE__ */ (function(SpanKind2) {
      SpanKind2[SpanKind2["INTERNAL"] = 0] = "INTERNAL";
      SpanKind2[SpanKind2["SERVER"] = 1] = "SERVER";
      SpanKind2[SpanKind2["CLIENT"] = 2] = "CLIENT";
      SpanKind2[SpanKind2["PRODUCER"] = 3] = "PRODUCER";
      SpanKind2[SpanKind2["CONSUMER"] = 4] = "CONSUMER";
      return SpanKind2;
    })({});
    exports.SpanKind = SpanKind;
  }
});

// node_modules/@opentelemetry/api/dist/trace/status.cjs
var require_status = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/status.cjs"(exports) {
    var SpanStatusCode = /* @__PURE__ */ (function(SpanStatusCode2) {
      SpanStatusCode2[SpanStatusCode2["UNSET"] = 0] = "UNSET";
      SpanStatusCode2[SpanStatusCode2["OK"] = 1] = "OK";
      SpanStatusCode2[SpanStatusCode2["ERROR"] = 2] = "ERROR";
      return SpanStatusCode2;
    })({});
    exports.SpanStatusCode = SpanStatusCode;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs
var require_tracestate_validators = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs"(exports) {
    var VALID_KEY_CHAR_RANGE = "[_0-9a-z-*/]";
    var VALID_KEY_REGEX = new RegExp(`^(?:${`[a-z]${VALID_KEY_CHAR_RANGE}{0,255}`}|${`[a-z0-9]${VALID_KEY_CHAR_RANGE}{0,240}@[a-z]${VALID_KEY_CHAR_RANGE}{0,13}`})$`);
    var VALID_VALUE_BASE_REGEX = /^[ -~]{0,255}[!-~]$/;
    var INVALID_VALUE_COMMA_EQUAL_REGEX = /,|=/;
    function validateKey(key) {
      return VALID_KEY_REGEX.test(key);
    }
    function validateValue(value) {
      return VALID_VALUE_BASE_REGEX.test(value) && !INVALID_VALUE_COMMA_EQUAL_REGEX.test(value);
    }
    exports.validateKey = validateKey;
    exports.validateValue = validateValue;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs
var require_tracestate_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs"(exports) {
    var require_tracestate_validators2 = require_tracestate_validators();
    var MAX_TRACE_STATE_ITEMS = 32;
    var MAX_TRACE_STATE_LEN = 512;
    var LIST_MEMBERS_SEPARATOR = ",";
    var LIST_MEMBER_KEY_VALUE_SPLITTER = "=";
    var TraceStateImpl = class TraceStateImpl2 {
      constructor(rawTraceState) {
        this._internalState = /* @__PURE__ */ new Map();
        if (rawTraceState) this._parse(rawTraceState);
      }
      set(key, value) {
        const currValue = this._internalState.get(key);
        let newLength = this.serialize().length;
        if (typeof currValue === "string") newLength += value.length - currValue.length;
        else {
          if (this._internalState.size >= MAX_TRACE_STATE_ITEMS) return this;
          newLength += key.length + value.length + (this._internalState.size > 0 ? 2 : 1);
        }
        if (newLength > MAX_TRACE_STATE_LEN) return this;
        const traceState = this._clone();
        if (traceState._internalState.has(key)) traceState._internalState.delete(key);
        traceState._internalState.set(key, value);
        return traceState;
      }
      unset(key) {
        const traceState = this._clone();
        traceState._internalState.delete(key);
        return traceState;
      }
      get(key) {
        return this._internalState.get(key);
      }
      serialize() {
        return Array.from(this._internalState.keys()).reduceRight((agg, key) => {
          agg.push(key + LIST_MEMBER_KEY_VALUE_SPLITTER + this.get(key));
          return agg;
        }, []).join(LIST_MEMBERS_SEPARATOR);
      }
      _parse(rawTraceState) {
        if (rawTraceState.length > MAX_TRACE_STATE_LEN) return;
        this._internalState = rawTraceState.split(LIST_MEMBERS_SEPARATOR).reduceRight((agg, part) => {
          const listMember = part.trim();
          const i = listMember.indexOf(LIST_MEMBER_KEY_VALUE_SPLITTER);
          if (i !== -1) {
            const key = listMember.slice(0, i);
            const value = listMember.slice(i + 1, part.length);
            if (require_tracestate_validators2.validateKey(key) && require_tracestate_validators2.validateValue(value)) agg.set(key, value);
          }
          return agg;
        }, /* @__PURE__ */ new Map());
        if (this._internalState.size > MAX_TRACE_STATE_ITEMS) this._internalState = new Map(Array.from(this._internalState.entries()).reverse().slice(0, MAX_TRACE_STATE_ITEMS));
      }
      _keys() {
        return Array.from(this._internalState.keys()).reverse();
      }
      _clone() {
        const traceState = new TraceStateImpl2();
        traceState._internalState = new Map(this._internalState);
        return traceState;
      }
    };
    exports.TraceStateImpl = TraceStateImpl;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs
var require_utils2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs"(exports) {
    var require_tracestate_impl2 = require_tracestate_impl();
    function createTraceState(rawTraceState) {
      return new require_tracestate_impl2.TraceStateImpl(rawTraceState);
    }
    exports.createTraceState = createTraceState;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs
var require_NoopTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs"(exports) {
    var require_NoopTracer2 = require_NoopTracer();
    var NoopTracerProvider = class {
      getTracer(_name, _version, _options) {
        return new require_NoopTracer2.NoopTracer();
      }
    };
    exports.NoopTracerProvider = NoopTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs
var require_ProxyTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs"(exports) {
    var require_ProxyTracer2 = require_ProxyTracer();
    var NOOP_TRACER_PROVIDER = new (require_NoopTracerProvider()).NoopTracerProvider();
    var ProxyTracerProvider = class {
      /**
      * Get a {@link ProxyTracer}
      */
      getTracer(name, version, options) {
        var _this$getDelegateTrac;
        return (_this$getDelegateTrac = this.getDelegateTracer(name, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new require_ProxyTracer2.ProxyTracer(this, name, version, options);
      }
      getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
      }
      /**
      * Set the delegate tracer provider
      */
      setDelegate(delegate) {
        this._delegate = delegate;
      }
      getDelegateTracer(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name, version, options);
      }
    };
    exports.ProxyTracerProvider = ProxyTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs
var require_SamplingResult = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs"(exports) {
    var SamplingDecision = /* @__PURE__ */ (function(SamplingDecision2) {
      SamplingDecision2[SamplingDecision2["NOT_RECORD"] = 0] = "NOT_RECORD";
      SamplingDecision2[SamplingDecision2["RECORD"] = 1] = "RECORD";
      SamplingDecision2[SamplingDecision2["RECORD_AND_SAMPLED"] = 2] = "RECORD_AND_SAMPLED";
      return SamplingDecision2;
    })({});
    exports.SamplingDecision = SamplingDecision;
  }
});

// node_modules/@opentelemetry/api/dist/context-api.cjs
var require_context_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/context-api.cjs"(exports) {
    var context = require_context2().ContextAPI.getInstance();
    exports.context = context;
  }
});

// node_modules/@opentelemetry/api/dist/diag-api.cjs
var require_diag_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag-api.cjs"(exports) {
    var diag = require_diag().DiagAPI.instance();
    exports.diag = diag;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs
var require_NoopLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var NoopLoggerProvider = class {
      getLogger(_name, _version, _options) {
        return new require_NoopLogger2.NoopLogger();
      }
    };
    var NOOP_LOGGER_PROVIDER = new NoopLoggerProvider();
    exports.NOOP_LOGGER_PROVIDER = NOOP_LOGGER_PROVIDER;
    exports.NoopLoggerProvider = NoopLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs
var require_ProxyLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var ProxyLogger = class {
      constructor(provider, name, version, options) {
        this._provider = provider;
        this.name = name;
        this.version = version;
        this.options = options;
      }
      /**
      * Emit a log record. This method should only be used by log appenders.
      *
      * @param logRecord
      */
      emit(logRecord) {
        this._getLogger().emit(logRecord);
      }
      enabled(options) {
        return this._getLogger().enabled(options);
      }
      /**
      * Try to get a logger from the proxy logger provider.
      * If the proxy logger provider has no delegate, return a noop logger.
      */
      _getLogger() {
        if (this._delegate) return this._delegate;
        const logger = this._provider._getDelegateLogger(this.name, this.version, this.options);
        if (!logger) return require_NoopLogger2.NOOP_LOGGER;
        this._delegate = logger;
        return this._delegate;
      }
    };
    exports.ProxyLogger = ProxyLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs
var require_ProxyLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs"(exports) {
    var require_NoopLoggerProvider2 = require_NoopLoggerProvider();
    var require_ProxyLogger2 = require_ProxyLogger();
    var ProxyLoggerProvider = class {
      getLogger(name, version, options) {
        var _this$_getDelegateLog;
        return (_this$_getDelegateLog = this._getDelegateLogger(name, version, options)) !== null && _this$_getDelegateLog !== void 0 ? _this$_getDelegateLog : new require_ProxyLogger2.ProxyLogger(this, name, version, options);
      }
      /**
      * Get the delegate logger provider.
      * Used by tests only.
      * @internal
      */
      _getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : require_NoopLoggerProvider2.NOOP_LOGGER_PROVIDER;
      }
      /**
      * Set the delegate logger provider
      * @internal
      */
      _setDelegate(delegate) {
        this._delegate = delegate;
      }
      /**
      * @internal
      */
      _getDelegateLogger(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getLogger(name, version, options);
      }
    };
    exports.ProxyLoggerProvider = ProxyLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/logs.cjs
var require_logs = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/logs.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_ProxyLoggerProvider2 = require_ProxyLoggerProvider();
    var API_NAME = "logs";
    var LogsAPI = class LogsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
      /** Get the singleton instance of the Logs API */
      static getInstance() {
        if (!this._instance) this._instance = new LogsAPI2();
        return this._instance;
      }
      setGlobalLoggerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
        if (success) this._proxyLoggerProvider._setDelegate(provider);
        return success;
      }
      /**
      * Returns the global logger provider.
      *
      * @returns LoggerProvider
      */
      getLoggerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyLoggerProvider;
      }
      /**
      * Returns a Logger, creating one if one with the given name, version,
      * schemaUrl, and attributes is not already created.
      *
      * Getting a Logger may be expensive, especially when `attributes` are
      * provided. Reuse Logger instances where possible instead of calling
      * `getLogger()` on hot paths.
      *
      * @param name The name of the logger or instrumentation library.
      * @param version The version of the logger or instrumentation library.
      * @param options The options of the logger or instrumentation library.
      * @returns {@link Logger}
      */
      getLogger(name, version, options) {
        return this.getLoggerProvider().getLogger(name, version, options);
      }
      /** Remove the global logger provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
    };
    exports.LogsAPI = LogsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/logs-api.cjs
var require_logs_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs-api.cjs"(exports) {
    var logs = require_logs().LogsAPI.getInstance();
    exports.logs = logs;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs
var require_NoopMeterProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs"(exports) {
    var require_NoopMeter2 = require_NoopMeter();
    var NoopMeterProvider = class {
      getMeter(_name, _version, _options) {
        return require_NoopMeter2.NOOP_METER;
      }
    };
    var NOOP_METER_PROVIDER = new NoopMeterProvider();
    exports.NOOP_METER_PROVIDER = NOOP_METER_PROVIDER;
    exports.NoopMeterProvider = NoopMeterProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/metrics.cjs
var require_metrics = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/metrics.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopMeterProvider2 = require_NoopMeterProvider();
    var API_NAME = "metrics";
    var MetricsAPI = class MetricsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
      }
      /** Get the singleton instance of the Metrics API */
      static getInstance() {
        if (!this._instance) this._instance = new MetricsAPI2();
        return this._instance;
      }
      /**
      * Set the current global meter provider.
      * Returns true if the meter provider was successfully registered, else false.
      */
      setGlobalMeterProvider(provider) {
        return require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
      }
      /**
      * Returns the global meter provider.
      */
      getMeterProvider() {
        return require_global_utils2.getGlobal(API_NAME) || require_NoopMeterProvider2.NOOP_METER_PROVIDER;
      }
      /**
      * Returns a meter from the global meter provider.
      */
      getMeter(name, version, options) {
        return this.getMeterProvider().getMeter(name, version, options);
      }
      /** Remove the global meter provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.MetricsAPI = MetricsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/metrics-api.cjs
var require_metrics_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics-api.cjs"(exports) {
    var metrics = require_metrics().MetricsAPI.getInstance();
    exports.metrics = metrics;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs
var require_NoopTextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs"(exports) {
    var NoopTextMapPropagator = class {
      /** Noop inject function does nothing */
      inject(_context, _carrier) {
      }
      /** Noop extract function does nothing and returns the input context */
      extract(context, _carrier) {
        return context;
      }
      fields() {
        return [];
      }
    };
    exports.NoopTextMapPropagator = NoopTextMapPropagator;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs
var require_context_helpers = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var BAGGAGE_KEY = require_context3.createContextKey("OpenTelemetry Baggage Key");
    function getBaggage(context) {
      return context.getValue(BAGGAGE_KEY) || void 0;
    }
    function getActiveBaggage() {
      return getBaggage(require_context$1.ContextAPI.getInstance().active());
    }
    function setBaggage(context, baggage) {
      return context.setValue(BAGGAGE_KEY, baggage);
    }
    function deleteBaggage(context) {
      return context.deleteValue(BAGGAGE_KEY);
    }
    exports.deleteBaggage = deleteBaggage;
    exports.getActiveBaggage = getActiveBaggage;
    exports.getBaggage = getBaggage;
    exports.setBaggage = setBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/api/propagation.cjs
var require_propagation = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/propagation.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_utils3 = require_utils();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_NoopTextMapPropagator2 = require_NoopTextMapPropagator();
    var require_context_helpers2 = require_context_helpers();
    var API_NAME = "propagation";
    var NOOP_TEXT_MAP_PROPAGATOR = new require_NoopTextMapPropagator2.NoopTextMapPropagator();
    var PropagationAPI = class PropagationAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this.createBaggage = require_utils3.createBaggage;
        this.getBaggage = require_context_helpers2.getBaggage;
        this.getActiveBaggage = require_context_helpers2.getActiveBaggage;
        this.setBaggage = require_context_helpers2.setBaggage;
        this.deleteBaggage = require_context_helpers2.deleteBaggage;
      }
      /** Get the singleton instance of the Propagator API */
      static getInstance() {
        if (!this._instance) this._instance = new PropagationAPI2();
        return this._instance;
      }
      /**
      * Set the current propagator.
      *
      * @returns true if the propagator was successfully registered, else false
      */
      setGlobalPropagator(propagator) {
        return require_global_utils2.registerGlobal(API_NAME, propagator, require_diag2.DiagAPI.instance());
      }
      /**
      * Inject context into a carrier to be propagated inter-process
      *
      * @param context Context carrying tracing data to inject
      * @param carrier carrier to inject context into
      * @param setter Function used to set values on the carrier
      */
      inject(context, carrier, setter = require_TextMapPropagator2.defaultTextMapSetter) {
        return this._getGlobalPropagator().inject(context, carrier, setter);
      }
      /**
      * Extract context from a carrier
      *
      * @param context Context which the newly created context will inherit from
      * @param carrier Carrier to extract context from
      * @param getter Function used to extract keys from a carrier
      */
      extract(context, carrier, getter = require_TextMapPropagator2.defaultTextMapGetter) {
        return this._getGlobalPropagator().extract(context, carrier, getter);
      }
      /**
      * Return a list of all fields which may be used by the propagator.
      */
      fields() {
        return this._getGlobalPropagator().fields();
      }
      /** Remove the global propagator */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
      _getGlobalPropagator() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_TEXT_MAP_PROPAGATOR;
      }
    };
    exports.PropagationAPI = PropagationAPI;
  }
});

// node_modules/@opentelemetry/api/dist/propagation-api.cjs
var require_propagation_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation-api.cjs"(exports) {
    var propagation = require_propagation().PropagationAPI.getInstance();
    exports.propagation = propagation;
  }
});

// node_modules/@opentelemetry/api/dist/api/trace.cjs
var require_trace = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/trace.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var API_NAME = "trace";
    var TraceAPI = class TraceAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
        this.wrapSpanContext = require_spancontext_utils2.wrapSpanContext;
        this.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
        this.deleteSpan = require_context_utils2.deleteSpan;
        this.getSpan = require_context_utils2.getSpan;
        this.getActiveSpan = require_context_utils2.getActiveSpan;
        this.getSpanContext = require_context_utils2.getSpanContext;
        this.setSpan = require_context_utils2.setSpan;
        this.setSpanContext = require_context_utils2.setSpanContext;
      }
      /** Get the singleton instance of the Trace API */
      static getInstance() {
        if (!this._instance) this._instance = new TraceAPI2();
        return this._instance;
      }
      /**
      * Set the current global tracer.
      *
      * @returns true if the tracer provider was successfully registered, else false
      */
      setGlobalTracerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, this._proxyTracerProvider, require_diag2.DiagAPI.instance());
        if (success) this._proxyTracerProvider.setDelegate(provider);
        return success;
      }
      /**
      * Returns the global tracer provider.
      */
      getTracerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyTracerProvider;
      }
      /**
      * Returns a tracer from the global tracer provider.
      */
      getTracer(name, version) {
        return this.getTracerProvider().getTracer(name, version);
      }
      /** Remove the global tracer provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
      }
    };
    exports.TraceAPI = TraceAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace-api.cjs
var require_trace_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace-api.cjs"(exports) {
    var trace = require_trace().TraceAPI.getInstance();
    exports.trace = trace;
  }
});

// node_modules/@opentelemetry/api/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/@opentelemetry/api/dist/index.cjs"(exports) {
    Object.defineProperties(exports, {
      __esModule: { value: true },
      [Symbol.toStringTag]: { value: "Module" }
    });
    var require_types2 = require_types();
    var require_utils3 = require_utils();
    var require_context3 = require_context();
    var require_consoleLogger2 = require_consoleLogger();
    var require_NoopMeter2 = require_NoopMeter();
    var require_Metric2 = require_Metric();
    var require_NoopLogger2 = require_NoopLogger();
    var require_LogRecord2 = require_LogRecord();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_trace_flags2 = require_trace_flags();
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracer2 = require_ProxyTracer();
    var require_span_kind2 = require_span_kind();
    var require_status2 = require_status();
    var require_utils$1 = require_utils2();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var require_SamplingResult2 = require_SamplingResult();
    var require_context_api2 = require_context_api();
    var require_diag_api2 = require_diag_api();
    var require_logs_api2 = require_logs_api();
    var require_metrics_api2 = require_metrics_api();
    var require_propagation_api2 = require_propagation_api();
    var require_trace_api2 = require_trace_api();
    var src_default = {
      context: require_context_api2.context,
      diag: require_diag_api2.diag,
      logs: require_logs_api2.logs,
      metrics: require_metrics_api2.metrics,
      propagation: require_propagation_api2.propagation,
      trace: require_trace_api2.trace
    };
    exports.DiagConsoleLogger = require_consoleLogger2.DiagConsoleLogger;
    exports.DiagLogLevel = require_types2.DiagLogLevel;
    exports.INVALID_SPANID = require_invalid_span_constants2.INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = require_invalid_span_constants2.INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = require_invalid_span_constants2.INVALID_TRACEID;
    exports.ProxyTracer = require_ProxyTracer2.ProxyTracer;
    exports.ProxyTracerProvider = require_ProxyTracerProvider2.ProxyTracerProvider;
    exports.ROOT_CONTEXT = require_context3.ROOT_CONTEXT;
    exports.SamplingDecision = require_SamplingResult2.SamplingDecision;
    exports.SeverityNumber = require_LogRecord2.SeverityNumber;
    exports.SpanKind = require_span_kind2.SpanKind;
    exports.SpanStatusCode = require_status2.SpanStatusCode;
    exports.TraceFlags = require_trace_flags2.TraceFlags;
    exports.ValueType = require_Metric2.ValueType;
    exports.baggageEntryMetadataFromString = require_utils3.baggageEntryMetadataFromString;
    exports.context = require_context_api2.context;
    exports.createContextKey = require_context3.createContextKey;
    exports.createNoopLogger = require_NoopLogger2.createNoopLogger;
    exports.createNoopMeter = require_NoopMeter2.createNoopMeter;
    exports.createTraceState = require_utils$1.createTraceState;
    exports.default = src_default;
    exports.defaultTextMapGetter = require_TextMapPropagator2.defaultTextMapGetter;
    exports.defaultTextMapSetter = require_TextMapPropagator2.defaultTextMapSetter;
    exports.diag = require_diag_api2.diag;
    exports.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
    exports.isValidSpanId = require_spancontext_utils2.isValidSpanId;
    exports.isValidTraceId = require_spancontext_utils2.isValidTraceId;
    exports.logs = require_logs_api2.logs;
    exports.metrics = require_metrics_api2.metrics;
    exports.propagation = require_propagation_api2.propagation;
    exports.trace = require_trace_api2.trace;
  }
});

// node_modules/prom-client/lib/metrics/processCpuTotal.js
var require_processCpuTotal = __commonJS({
  "node_modules/prom-client/lib/metrics/processCpuTotal.js"(exports, module) {
    "use strict";
    var OtelApi = require_dist();
    var Counter2 = require_counter();
    var PROCESS_CPU_USER_SECONDS = "process_cpu_user_seconds_total";
    var PROCESS_CPU_SYSTEM_SECONDS = "process_cpu_system_seconds_total";
    var PROCESS_CPU_SECONDS = "process_cpu_seconds_total";
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const exemplars = config.enableExemplars ? config.enableExemplars : false;
      const labelNames = Object.keys(labels);
      let lastCpuUsage = process.cpuUsage();
      const cpuUserUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_USER_SECONDS,
        help: "Total user CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          const cpuUsage = process.cpuUsage();
          const userUsageMicros = cpuUsage.user - lastCpuUsage.user;
          const systemUsageMicros = cpuUsage.system - lastCpuUsage.system;
          lastCpuUsage = cpuUsage;
          if (this.enableExemplars) {
            let exemplarLabels = {};
            const currentSpan = OtelApi.trace.getSpan(OtelApi.context.active());
            if (currentSpan) {
              exemplarLabels = {
                traceId: currentSpan.spanContext().traceId,
                spanId: currentSpan.spanContext().spanId
              };
            }
            cpuUserUsageCounter.inc({
              labels,
              value: userUsageMicros / 1e6,
              exemplarLabels
            });
            cpuSystemUsageCounter.inc({
              labels,
              value: systemUsageMicros / 1e6,
              exemplarLabels
            });
            cpuUsageCounter.inc({
              labels,
              value: (userUsageMicros + systemUsageMicros) / 1e6,
              exemplarLabels
            });
          } else {
            cpuUserUsageCounter.inc(labels, userUsageMicros / 1e6);
            cpuSystemUsageCounter.inc(labels, systemUsageMicros / 1e6);
            cpuUsageCounter.inc(
              labels,
              (userUsageMicros + systemUsageMicros) / 1e6
            );
          }
        }
      });
      const cpuSystemUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SYSTEM_SECONDS,
        help: "Total system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
      const cpuUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SECONDS,
        help: "Total user and system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_CPU_USER_SECONDS,
      PROCESS_CPU_SYSTEM_SECONDS,
      PROCESS_CPU_SECONDS
    ];
  }
});

// node_modules/prom-client/lib/metrics/processStartTime.js
var require_processStartTime = __commonJS({
  "node_modules/prom-client/lib/metrics/processStartTime.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var startInSeconds = Math.round(Date.now() / 1e3 - process.uptime());
    var PROCESS_START_TIME = "process_start_time_seconds";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_START_TIME,
        help: "Start time of the process since unix epoch in seconds.",
        registers: registry ? [registry] : void 0,
        labelNames,
        aggregator: "omit",
        collect() {
          this.set(labels, startInSeconds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_START_TIME];
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js
var require_osMemoryHeapLinux = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var fs = __require("fs");
    var values = ["VmSize", "VmRSS", "VmData"];
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    var PROCESS_VIRTUAL_MEMORY = "process_virtual_memory_bytes";
    var PROCESS_HEAP = "process_heap_bytes";
    function structureOutput(input) {
      return input.split("\n").reduce((acc, string) => {
        if (!values.some((value2) => string.startsWith(value2))) {
          return acc;
        }
        const split = string.split(":");
        let value = split[1].trim();
        value = value.substr(0, value.length - 3);
        value = Number(value) * 1024;
        acc[split[0]] = value;
        return acc;
      }, {});
    }
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const residentMemGauge = new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          try {
            const stat2 = fs.readFileSync("/proc/self/status", "utf8");
            const structuredOutput = structureOutput(stat2);
            residentMemGauge.set(labels, structuredOutput.VmRSS);
            virtualMemGauge.set(labels, structuredOutput.VmSize);
            heapSizeMemGauge.set(labels, structuredOutput.VmData);
          } catch {
          }
        }
      });
      const virtualMemGauge = new Gauge2({
        name: namePrefix + PROCESS_VIRTUAL_MEMORY,
        help: "Virtual memory size in bytes.",
        registers,
        labelNames
      });
      const heapSizeMemGauge = new Gauge2({
        name: namePrefix + PROCESS_HEAP,
        help: "Process heap size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_RESIDENT_MEMORY,
      PROCESS_VIRTUAL_MEMORY,
      PROCESS_HEAP
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js
var require_safeMemoryUsage = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js"(exports, module) {
    "use strict";
    function safeMemoryUsage() {
      try {
        return process.memoryUsage();
      } catch {
        return;
      }
    }
    module.exports = safeMemoryUsage;
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeap.js
var require_osMemoryHeap = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeap.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var linuxVariant = require_osMemoryHeapLinux();
    var safeMemoryUsage = require_safeMemoryUsage();
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    function notLinuxVariant(registry, config = {}) {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const memUsage = safeMemoryUsage();
          if (memUsage) {
            this.set(labels, memUsage.rss);
          }
        }
      });
    }
    module.exports = (registry, config) => process.platform === "linux" ? linuxVariant(registry, config) : notLinuxVariant(registry, config);
    module.exports.metricNames = process.platform === "linux" ? linuxVariant.metricNames : [PROCESS_RESIDENT_MEMORY];
  }
});

// node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js
var require_processOpenFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var fs = __require("fs");
    var process2 = __require("process");
    var PROCESS_OPEN_FDS = "process_open_fds";
    module.exports = (registry, config = {}) => {
      if (process2.platform !== "linux") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_OPEN_FDS,
        help: "Number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          try {
            const fds = fs.readdirSync("/proc/self/fd");
            this.set(labels, fds.length - 1);
          } catch {
          }
        }
      });
    };
    module.exports.metricNames = [PROCESS_OPEN_FDS];
  }
});

// node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js
var require_processMaxFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var fs = __require("fs");
    var PROCESS_MAX_FDS = "process_max_fds";
    var maxFds;
    module.exports = (registry, config = {}) => {
      if (maxFds === void 0) {
        try {
          const limits = fs.readFileSync("/proc/self/limits", "utf8");
          const lines = limits.split("\n");
          for (const line of lines) {
            if (line.startsWith("Max open files")) {
              const parts = line.split(/  +/);
              maxFds = Number(parts[1]);
              break;
            }
          }
        } catch {
          return;
        }
      }
      if (maxFds === void 0) return;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_MAX_FDS,
        help: "Maximum number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          if (maxFds !== void 0) this.set(labels, maxFds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_MAX_FDS];
  }
});

// node_modules/prom-client/lib/metrics/eventLoopLag.js
var require_eventLoopLag = __commonJS({
  "node_modules/prom-client/lib/metrics/eventLoopLag.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_EVENTLOOP_LAG = "nodejs_eventloop_lag_seconds";
    var NODEJS_EVENTLOOP_LAG_MIN = "nodejs_eventloop_lag_min_seconds";
    var NODEJS_EVENTLOOP_LAG_MAX = "nodejs_eventloop_lag_max_seconds";
    var NODEJS_EVENTLOOP_LAG_MEAN = "nodejs_eventloop_lag_mean_seconds";
    var NODEJS_EVENTLOOP_LAG_STDDEV = "nodejs_eventloop_lag_stddev_seconds";
    var NODEJS_EVENTLOOP_LAG_P50 = "nodejs_eventloop_lag_p50_seconds";
    var NODEJS_EVENTLOOP_LAG_P90 = "nodejs_eventloop_lag_p90_seconds";
    var NODEJS_EVENTLOOP_LAG_P99 = "nodejs_eventloop_lag_p99_seconds";
    function reportEventloopLag(start, gauge, labels) {
      const delta = process.hrtime(start);
      const nanosec = delta[0] * 1e9 + delta[1];
      const seconds = nanosec / 1e9;
      gauge.set(labels, seconds);
    }
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      let collect = () => {
        const start = process.hrtime();
        setImmediate(reportEventloopLag, start, lag, labels);
      };
      if (perf_hooks && perf_hooks.monitorEventLoopDelay) {
        try {
          const histogram = perf_hooks.monitorEventLoopDelay({
            resolution: config.eventLoopMonitoringPrecision
          });
          histogram.enable();
          collect = () => {
            const start = process.hrtime();
            setImmediate(reportEventloopLag, start, lag, labels);
            lagMin.set(labels, histogram.min / 1e9);
            lagMax.set(labels, histogram.max / 1e9);
            lagMean.set(labels, histogram.mean / 1e9);
            lagStddev.set(labels, histogram.stddev / 1e9);
            lagP50.set(labels, histogram.percentile(50) / 1e9);
            lagP90.set(labels, histogram.percentile(90) / 1e9);
            lagP99.set(labels, histogram.percentile(99) / 1e9);
            histogram.reset();
          };
        } catch (e) {
          if (e.code === "ERR_NOT_IMPLEMENTED") {
            return;
          }
          throw e;
        }
      }
      const lag = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG,
        help: "Lag of event loop in seconds.",
        registers,
        labelNames,
        aggregator: "average",
        // Use this one metric's `collect` to set all metrics' values.
        collect
      });
      const lagMin = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MIN,
        help: "The minimum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "min"
      });
      const lagMax = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MAX,
        help: "The maximum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "max"
      });
      const lagMean = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MEAN,
        help: "The mean of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagStddev = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_STDDEV,
        help: "The standard deviation of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP50 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P50,
        help: "The 50th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP90 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P90,
        help: "The 90th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP99 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P99,
        help: "The 99th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
    };
    module.exports.metricNames = [
      NODEJS_EVENTLOOP_LAG,
      NODEJS_EVENTLOOP_LAG_MIN,
      NODEJS_EVENTLOOP_LAG_MAX,
      NODEJS_EVENTLOOP_LAG_MEAN,
      NODEJS_EVENTLOOP_LAG_STDDEV,
      NODEJS_EVENTLOOP_LAG_P50,
      NODEJS_EVENTLOOP_LAG_P90,
      NODEJS_EVENTLOOP_LAG_P99
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js
var require_processMetricsHelpers = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js"(exports, module) {
    "use strict";
    function aggregateByObjectName(list) {
      const data = {};
      for (let i = 0; i < list.length; i++) {
        const listElement = list[i];
        if (!listElement || typeof listElement.constructor === "undefined") {
          continue;
        }
        if (Object.hasOwnProperty.call(data, listElement.constructor.name)) {
          data[listElement.constructor.name] += 1;
        } else {
          data[listElement.constructor.name] = 1;
        }
      }
      return data;
    }
    function updateMetrics(gauge, data, labels) {
      gauge.reset();
      for (const key in data) {
        gauge.set(Object.assign({ type: key }, labels || {}), data[key]);
      }
    }
    module.exports = {
      aggregateByObjectName,
      updateMetrics
    };
  }
});

// node_modules/prom-client/lib/metrics/processHandles.js
var require_processHandles = __commonJS({
  "node_modules/prom-client/lib/metrics/processHandles.js"(exports, module) {
    "use strict";
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var Gauge2 = require_gauge();
    var NODEJS_ACTIVE_HANDLES = "nodejs_active_handles";
    var NODEJS_ACTIVE_HANDLES_TOTAL = "nodejs_active_handles_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveHandles !== "function") {
        return;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES,
        help: "Number of active libuv handles grouped by handle type. Every handle type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers,
        collect() {
          const handles = process._getActiveHandles();
          updateMetrics(this, aggregateByObjectName(handles), labels);
        }
      });
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES_TOTAL,
        help: "Total number of active handles.",
        registers,
        labelNames,
        collect() {
          const handles = process._getActiveHandles();
          this.set(labels, handles.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_HANDLES,
      NODEJS_ACTIVE_HANDLES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processRequests.js
var require_processRequests = __commonJS({
  "node_modules/prom-client/lib/metrics/processRequests.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_REQUESTS = "nodejs_active_requests";
    var NODEJS_ACTIVE_REQUESTS_TOTAL = "nodejs_active_requests_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveRequests !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS,
        help: "Number of active libuv requests grouped by request type. Every request type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const requests = process._getActiveRequests();
          updateMetrics(this, aggregateByObjectName(requests), labels);
        }
      });
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS_TOTAL,
        help: "Total number of active requests.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const requests = process._getActiveRequests();
          this.set(labels, requests.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_REQUESTS,
      NODEJS_ACTIVE_REQUESTS_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processResources.js
var require_processResources = __commonJS({
  "node_modules/prom-client/lib/metrics/processResources.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_RESOURCES = "nodejs_active_resources";
    var NODEJS_ACTIVE_RESOURCES_TOTAL = "nodejs_active_resources_total";
    module.exports = (registry, config = {}) => {
      if (typeof process.getActiveResourcesInfo !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES,
        help: "Number of active resources that are currently keeping the event loop alive, grouped by async resource type.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const resources = process.getActiveResourcesInfo();
          const data = {};
          for (let i = 0; i < resources.length; i++) {
            const resource = resources[i];
            if (Object.hasOwn(data, resource)) {
              data[resource] += 1;
            } else {
              data[resource] = 1;
            }
          }
          updateMetrics(this, data, labels);
        }
      });
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES_TOTAL,
        help: "Total number of active resources.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const resources = process.getActiveResourcesInfo();
          this.set(labels, resources.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_RESOURCES,
      NODEJS_ACTIVE_RESOURCES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSizeAndUsed.js
var require_heapSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var safeMemoryUsage = require_safeMemoryUsage();
    var NODEJS_HEAP_SIZE_TOTAL = "nodejs_heap_size_total_bytes";
    var NODEJS_HEAP_SIZE_USED = "nodejs_heap_size_used_bytes";
    var NODEJS_EXTERNAL_MEMORY = "nodejs_external_memory_bytes";
    module.exports = (registry, config = {}) => {
      if (typeof process.memoryUsage !== "function") {
        return;
      }
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const collect = () => {
        const memUsage = safeMemoryUsage();
        if (memUsage) {
          heapSizeTotal.set(labels, memUsage.heapTotal);
          heapSizeUsed.set(labels, memUsage.heapUsed);
          if (memUsage.external !== void 0) {
            externalMemUsed.set(labels, memUsage.external);
          }
        }
      };
      const heapSizeTotal = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_TOTAL,
        help: "Process heap size from Node.js in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect
      });
      const heapSizeUsed = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_USED,
        help: "Process heap size used from Node.js in bytes.",
        registers,
        labelNames
      });
      const externalMemUsed = new Gauge2({
        name: namePrefix + NODEJS_EXTERNAL_MEMORY,
        help: "Node.js external memory size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      NODEJS_HEAP_SIZE_TOTAL,
      NODEJS_HEAP_SIZE_USED,
      NODEJS_EXTERNAL_MEMORY
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js
var require_heapSpacesSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var v8 = __require("v8");
    var METRICS = ["total", "used", "available"];
    var NODEJS_HEAP_SIZE = {};
    METRICS.forEach((metricType) => {
      NODEJS_HEAP_SIZE[metricType] = `nodejs_heap_space_size_${metricType}_bytes`;
    });
    module.exports = (registry, config = {}) => {
      try {
        v8.getHeapSpaceStatistics();
      } catch (e) {
        if (e.code === "ERR_NOT_IMPLEMENTED") {
          return;
        }
        throw e;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = ["space", ...Object.keys(labels)];
      const gauges = {};
      METRICS.forEach((metricType) => {
        gauges[metricType] = new Gauge2({
          name: namePrefix + NODEJS_HEAP_SIZE[metricType],
          help: `Process heap space size ${metricType} from Node.js in bytes.`,
          labelNames,
          registers
        });
      });
      gauges.total.collect = () => {
        for (const space of v8.getHeapSpaceStatistics()) {
          const spaceName = space.space_name.substr(
            0,
            space.space_name.indexOf("_space")
          );
          gauges.total.set({ space: spaceName, ...labels }, space.space_size);
          gauges.used.set({ space: spaceName, ...labels }, space.space_used_size);
          gauges.available.set(
            { space: spaceName, ...labels },
            space.space_available_size
          );
        }
      };
    };
    module.exports.metricNames = Object.values(NODEJS_HEAP_SIZE);
  }
});

// node_modules/prom-client/lib/metrics/version.js
var require_version2 = __commonJS({
  "node_modules/prom-client/lib/metrics/version.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var version = process.version;
    var versionSegments = version.slice(1).split(".").map(Number);
    var NODE_VERSION_INFO = "nodejs_version_info";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODE_VERSION_INFO,
        help: "Node.js version info.",
        labelNames: ["version", "major", "minor", "patch", ...labelNames],
        registers: registry ? [registry] : void 0,
        aggregator: "first",
        collect() {
          this.labels(
            version,
            versionSegments[0],
            versionSegments[1],
            versionSegments[2],
            ...Object.values(labels)
          ).set(1);
        }
      });
    };
    module.exports.metricNames = [NODE_VERSION_INFO];
  }
});

// node_modules/prom-client/lib/metrics/gc.js
var require_gc = __commonJS({
  "node_modules/prom-client/lib/metrics/gc.js"(exports, module) {
    "use strict";
    var Histogram2 = require_histogram();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_GC_DURATION_SECONDS = "nodejs_gc_duration_seconds";
    var DEFAULT_GC_DURATION_BUCKETS = [1e-3, 0.01, 0.1, 1, 2, 5];
    var kinds = [];
    if (perf_hooks && perf_hooks.constants) {
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MAJOR] = "major";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MINOR] = "minor";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_INCREMENTAL] = "incremental";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_WEAKCB] = "weakcb";
    }
    module.exports = (registry, config = {}) => {
      if (!perf_hooks) {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const buckets = config.gcDurationBuckets ? config.gcDurationBuckets : DEFAULT_GC_DURATION_BUCKETS;
      const gcHistogram = new Histogram2({
        name: namePrefix + NODEJS_GC_DURATION_SECONDS,
        help: "Garbage collection duration by kind, one of major, minor, incremental or weakcb.",
        labelNames: ["kind", ...labelNames],
        enableExemplars: false,
        buckets,
        registers: registry ? [registry] : void 0
      });
      const obs = new perf_hooks.PerformanceObserver((list) => {
        const entry = list.getEntries()[0];
        const kind = entry.detail ? kinds[entry.detail.kind] : kinds[entry.kind];
        gcHistogram.observe(Object.assign({ kind }, labels), entry.duration / 1e3);
      });
      obs.observe({ entryTypes: ["gc"] });
    };
    module.exports.metricNames = [NODEJS_GC_DURATION_SECONDS];
  }
});

// node_modules/prom-client/lib/defaultMetrics.js
var require_defaultMetrics = __commonJS({
  "node_modules/prom-client/lib/defaultMetrics.js"(exports, module) {
    "use strict";
    var { isObject } = require_util();
    var processCpuTotal = require_processCpuTotal();
    var processStartTime = require_processStartTime();
    var osMemoryHeap = require_osMemoryHeap();
    var processOpenFileDescriptors = require_processOpenFileDescriptors();
    var processMaxFileDescriptors = require_processMaxFileDescriptors();
    var eventLoopLag = require_eventLoopLag();
    var processHandles = require_processHandles();
    var processRequests = require_processRequests();
    var processResources = require_processResources();
    var heapSizeAndUsed = require_heapSizeAndUsed();
    var heapSpacesSizeAndUsed = require_heapSpacesSizeAndUsed();
    var version = require_version2();
    var gc = require_gc();
    var metrics = {
      processCpuTotal,
      processStartTime,
      osMemoryHeap,
      processOpenFileDescriptors,
      processMaxFileDescriptors,
      eventLoopLag,
      ...typeof process.getActiveResourcesInfo === "function" ? { processResources } : {},
      processHandles,
      processRequests,
      heapSizeAndUsed,
      heapSpacesSizeAndUsed,
      version,
      gc
    };
    var metricsList = Object.keys(metrics);
    module.exports = function collectDefaultMetrics2(config) {
      if (config !== null && config !== void 0 && !isObject(config)) {
        throw new TypeError("config must be null, undefined, or an object");
      }
      config = { eventLoopMonitoringPrecision: 10, ...config };
      for (const metric of Object.values(metrics)) {
        metric(config.register, config);
      }
    };
    module.exports.metricsList = metricsList;
  }
});

// node_modules/prom-client/lib/metricAggregators.js
var require_metricAggregators = __commonJS({
  "node_modules/prom-client/lib/metricAggregators.js"(exports) {
    "use strict";
    var { Grouper, hashObject } = require_util();
    function AggregatorFactory(aggregatorFn) {
      return (metrics) => {
        if (metrics.length === 0) return;
        const result = {
          help: metrics[0].help,
          name: metrics[0].name,
          type: metrics[0].type,
          values: [],
          aggregator: metrics[0].aggregator
        };
        const byLabels = new Grouper();
        metrics.forEach((metric) => {
          metric.values.forEach((value) => {
            const key = hashObject(value.labels);
            byLabels.add(`${value.metricName}_${key}`, value);
          });
        });
        byLabels.forEach((values) => {
          if (values.length === 0) return;
          const valObj = {
            value: aggregatorFn(values),
            labels: values[0].labels
          };
          if (values[0].metricName) {
            valObj.metricName = values[0].metricName;
          }
          result.values.push(valObj);
        });
        return result;
      };
    }
    exports.AggregatorFactory = AggregatorFactory;
    exports.aggregators = {
      /**
       * @return The sum of values.
       */
      sum: AggregatorFactory((v) => v.reduce((p, c) => p + c.value, 0)),
      /**
       * @return The first value.
       */
      first: AggregatorFactory((v) => v[0].value),
      /**
       * @return {undefined} Undefined; omits the metric.
       */
      omit: () => {
      },
      /**
       * @return The arithmetic mean of the values.
       */
      average: AggregatorFactory(
        (v) => v.reduce((p, c) => p + c.value, 0) / v.length
      ),
      /**
       * @return The minimum of the values.
       */
      min: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.min(p, c.value), Infinity)
      ),
      /**
       * @return The maximum of the values.
       */
      max: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.max(p, c.value), -Infinity)
      )
    };
  }
});

// node_modules/prom-client/lib/cluster.js
var require_cluster = __commonJS({
  "node_modules/prom-client/lib/cluster.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { Grouper } = require_util();
    var { aggregators } = require_metricAggregators();
    var cluster = () => {
      const data = __require("cluster");
      cluster = () => data;
      return data;
    };
    var GET_METRICS_REQ = "prom-client:getMetricsReq";
    var GET_METRICS_RES = "prom-client:getMetricsRes";
    var registries = [Registry2.globalRegistry];
    var requestCtr = 0;
    var listenersAdded = false;
    var requests = /* @__PURE__ */ new Map();
    var AggregatorRegistry = class extends Registry2 {
      constructor(regContentType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        super(regContentType);
        addListeners();
      }
      /**
       * Gets aggregated metrics for all workers. The optional callback and
       * returned Promise resolve with the same value; either may be used.
       * @return {Promise<string>} Promise that resolves with the aggregated
       *   metrics.
       */
      clusterMetrics() {
        const requestId = requestCtr++;
        return new Promise((resolve, reject) => {
          let settled = false;
          function done(err, result) {
            if (settled) return;
            settled = true;
            if (err) reject(err);
            else resolve(result);
          }
          const request = {
            responses: [],
            pending: 0,
            done,
            errorTimeout: setTimeout(() => {
              const err = new Error("Operation timed out.");
              request.done(err);
            }, 5e3)
          };
          requests.set(requestId, request);
          const message = {
            type: GET_METRICS_REQ,
            requestId
          };
          for (const id in cluster().workers) {
            if (cluster().workers[id].isConnected()) {
              cluster().workers[id].send(message);
              request.pending++;
            }
          }
          if (request.pending === 0) {
            clearTimeout(request.errorTimeout);
            process.nextTick(() => done(null, ""));
          }
        });
      }
      get contentType() {
        return super.contentType;
      }
      /**
       * Creates a new Registry instance from an array of metrics that were
       * created by `registry.getMetricsAsJSON()`. Metrics are aggregated using
       * the method specified by their `aggregator` property, or by summation if
       * `aggregator` is undefined.
       * @param {Array} metricsArr Array of metrics, each of which created by
       *   `registry.getMetricsAsJSON()`.
       * @param {string} registryType content type of the new registry. Defaults
       * to PROMETHEUS_CONTENT_TYPE.
       * @return {Registry} aggregated registry.
       */
      static aggregate(metricsArr, registryType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        const aggregatedRegistry = new Registry2();
        const metricsByName = new Grouper();
        aggregatedRegistry.setContentType(registryType);
        metricsArr.forEach((metrics) => {
          metrics.forEach((metric) => {
            metricsByName.add(metric.name, metric);
          });
        });
        metricsByName.forEach((metrics) => {
          const aggregatorName = metrics[0].aggregator;
          const aggregatorFn = aggregators[aggregatorName];
          if (typeof aggregatorFn !== "function") {
            throw new Error(`'${aggregatorName}' is not a defined aggregator.`);
          }
          const aggregatedMetric = aggregatorFn(metrics);
          if (aggregatedMetric) {
            const aggregatedMetricWrapper = Object.assign(
              {
                get: () => aggregatedMetric
              },
              aggregatedMetric
            );
            aggregatedRegistry.registerMetric(aggregatedMetricWrapper);
          }
        });
        return aggregatedRegistry;
      }
      /**
       * Sets the registry or registries to be aggregated. Call from workers to
       * use a registry/registries other than the default global registry.
       * @param {Array<Registry>|Registry} regs Registry or registries to be
       *   aggregated.
       * @return {void}
       */
      static setRegistries(regs) {
        if (!Array.isArray(regs)) regs = [regs];
        regs.forEach((reg) => {
          if (!(reg instanceof Registry2)) {
            throw new TypeError(`Expected Registry, got ${typeof reg}`);
          }
        });
        registries = regs;
      }
    };
    function addListeners() {
      if (listenersAdded) return;
      listenersAdded = true;
      if (cluster().isMaster) {
        cluster().on("message", (worker, message) => {
          if (message.type === GET_METRICS_RES) {
            const request = requests.get(message.requestId);
            if (message.error) {
              request.done(new Error(message.error));
              return;
            }
            message.metrics.forEach((registry) => request.responses.push(registry));
            request.pending--;
            if (request.pending === 0) {
              requests.delete(message.requestId);
              clearTimeout(request.errorTimeout);
              const registry = AggregatorRegistry.aggregate(request.responses);
              const promString = registry.metrics();
              request.done(null, promString);
            }
          }
        });
      }
      if (cluster().isWorker) {
        process.on("message", (message) => {
          if (message.type === GET_METRICS_REQ) {
            Promise.all(registries.map((r) => r.getMetricsAsJSON())).then((metrics) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                metrics
              });
            }).catch((error) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                error: error.message
              });
            });
          }
        });
      }
    }
    module.exports = AggregatorRegistry;
  }
});

// node_modules/prom-client/index.js
var require_prom_client = __commonJS({
  "node_modules/prom-client/index.js"(exports) {
    "use strict";
    exports.register = require_registry().globalRegistry;
    exports.Registry = require_registry();
    Object.defineProperty(exports, "contentType", {
      configurable: false,
      enumerable: true,
      get() {
        return exports.register.contentType;
      },
      set(value) {
        exports.register.setContentType(value);
      }
    });
    exports.prometheusContentType = exports.Registry.PROMETHEUS_CONTENT_TYPE;
    exports.openMetricsContentType = exports.Registry.OPENMETRICS_CONTENT_TYPE;
    exports.validateMetricName = require_validation().validateMetricName;
    exports.Counter = require_counter();
    exports.Gauge = require_gauge();
    exports.Histogram = require_histogram();
    exports.Summary = require_summary();
    exports.Pushgateway = require_pushgateway();
    exports.linearBuckets = require_bucketGenerators().linearBuckets;
    exports.exponentialBuckets = require_bucketGenerators().exponentialBuckets;
    exports.collectDefaultMetrics = require_defaultMetrics();
    exports.aggregators = require_metricAggregators().aggregators;
    exports.AggregatorRegistry = require_cluster();
  }
});

// src/server/http-server.ts
import { createServer } from "node:http";
function match(segments, parts) {
  const params = {};
  let at = 0;
  for (const part of parts) {
    if (part === "") continue;
    const segment = segments[at++];
    if (segment === void 0) return void 0;
    if (segment.charCodeAt(0) === 58) {
      let decoded = part;
      if (part.includes("%")) {
        try {
          decoded = decodeURIComponent(part);
        } catch {
          return void 0;
        }
      }
      params[segment.slice(1)] = decoded;
    } else if (segment !== part) return void 0;
  }
  return at === segments.length ? params : void 0;
}
var Context = class {
  constructor(req, res, params, parsed) {
    this.req = req;
    this.res = res;
    this.params = params;
    this.#parsed = parsed;
  }
  req;
  res;
  params;
  #parsed;
  get url() {
    this.#parsed ??= new URL(this.req.url ?? "/", "http://localhost");
    return this.#parsed;
  }
};
function sendJson(res, status, body, headers) {
  if (res.headersSent) return;
  sendJsonText(res, status, JSON.stringify(body), headers);
}
function sendJsonText(res, status, text, headers) {
  if (res.headersSent) return;
  const head = {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store"
  };
  res.writeHead(status, headers ? { ...head, ...headers } : head);
  res.end(text);
}
var PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_~/-]*$/;
function createRouter(routes, log = () => {
}) {
  const compiled = routes.map((route) => ({
    route,
    segments: route.path.split("/").filter(Boolean)
  }));
  return async function handle(req, res) {
    const target = req.url ?? "/";
    const parsed = PLAIN_PATH.test(target) ? void 0 : new URL(target, "http://localhost");
    const parts = (parsed ? parsed.pathname : target).split("/");
    let pathMatched = false;
    for (const { route, segments } of compiled) {
      const params = match(segments, parts);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      try {
        await route.handler(new Context(req, res, params, parsed));
      } catch (error) {
        log({ level: "error", msg: "route failed", path: route.path, error: String(error) });
        sendJson(res, 500, { error: "internal error" });
      }
      return true;
    }
    if (pathMatched) {
      sendJson(res, 405, { error: "method not allowed" });
      return true;
    }
    return false;
  };
}
function createRequestHandler(routes, log) {
  const route = createRouter(routes, log);
  return (req, res) => {
    route(req, res).then(
      (handled) => {
        if (!handled) sendJson(res, 404, { error: "not found" });
      },
      (error) => {
        log?.({ level: "error", msg: "request failed", error: String(error) });
        sendJson(res, 500, { error: "internal error" });
      }
    );
  };
}
var healthRoute = {
  method: "GET",
  path: "/healthz",
  handler: ({ res }) => sendJson(res, 200, { status: "ok" })
};
function createSentryServer(options) {
  const server = createServer(createRequestHandler(options.routes, options.log));
  server.requestTimeout = options.requestTimeoutMs ?? 15e3;
  server.headersTimeout = Math.min(server.requestTimeout, 1e4);
  server.keepAliveTimeout = 5e3;
  return {
    server,
    listen(port, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve(server.address().port);
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => error ? reject(error) : resolve());
        server.closeAllConnections();
      });
    }
  };
}

// src/watcher/detector.ts
var DetectorSettingsSchema = external_exports.strictObject({
  /** Errors within `burstWindowSeconds` that make a burst. */
  burstErrors: external_exports.number().int().min(1).default(20),
  burstWindowSeconds: external_exports.number().positive().default(60),
  /** An error template not seen before triggers on its own (after the first `warmupRecords` records). */
  newTemplates: external_exports.boolean().default(true),
  warmupRecords: external_exports.number().int().min(0).default(0),
  /** No second trigger for the same finding (the same error template) within this time: one incident per storm. */
  cooldownSeconds: external_exports.number().nonnegative().default(300),
  /** Recent lines kept per file and sent with a trigger. */
  contextLines: external_exports.number().int().min(10).max(5e3).default(300)
});
var ERROR_RANK = levelRank("ERROR");
var MAX_GAP = 1e3;
function excerpt(recent) {
  const parts = [];
  let next = recent[0]?.line ?? 1;
  for (const r of recent) {
    const gap = r.line - next;
    if (gap > 0 && gap <= MAX_GAP) parts.push(...Array.from({ length: gap }, () => ""));
    parts.push(r.text);
    next = r.endLine + 1;
  }
  return { logText: parts.join("\n"), firstLine: recent[0]?.line ?? 1 };
}
function createErrorDetector(file, settings, clock = () => /* @__PURE__ */ new Date()) {
  const miner = createTemplateMiner({ maxGroups: 5e3 });
  const seenErrorGroups = /* @__PURE__ */ new Set();
  let recent = [];
  let recentLines = 0;
  let errors2 = [];
  const lastTriggered = /* @__PURE__ */ new Map();
  let records = 0;
  const templateOf = (id) => miner.templates().find((t) => t.id === id)?.template ?? id;
  const timeOf = (record2) => {
    const ms = record2.time === void 0 ? Number.NaN : Date.parse(record2.time);
    return Number.isNaN(ms) ? clock().getTime() : ms;
  };
  const keep = (record2) => {
    recent.push({ line: record2.line, endLine: record2.endLine, text: record2.text });
    recentLines += record2.endLine - record2.line + 1;
    while (recentLines > settings.contextLines && recent.length > 1) {
      const dropped = recent.shift();
      recentLines -= dropped.endLine - dropped.line + 1;
    }
  };
  return {
    restart() {
      recent = [];
      recentLines = 0;
    },
    push(record2) {
      records += 1;
      keep(record2);
      const group = miner.add(record2.text, record2.bodyStart);
      if (levelRank(record2.level) < ERROR_RANK) return void 0;
      const now = timeOf(record2);
      const isNew = !seenErrorGroups.has(group);
      seenErrorGroups.add(group);
      errors2.push({ ms: now, group });
      errors2 = errors2.filter((e) => Math.abs(now - e.ms) <= settings.burstWindowSeconds * 1e3);
      const cooling = (key2) => {
        const last = lastTriggered.get(key2);
        return last !== void 0 && Math.abs(now - last) < settings.cooldownSeconds * 1e3;
      };
      const candidates = [];
      if (errors2.length >= settings.burstErrors)
        candidates.push({ reason: "burst", key: dominant(errors2.map((e) => miner.resolve(e.group))) });
      if (settings.newTemplates && isNew && records > settings.warmupRecords)
        candidates.push({ reason: "new-template", key: miner.resolve(group) });
      const chosen = candidates.find((c) => !cooling(c.key));
      if (!chosen) return void 0;
      const { reason, key } = chosen;
      lastTriggered.set(key, now);
      const count = errors2.length;
      if (reason === "burst") errors2 = [];
      return {
        reason,
        file,
        at: new Date(now).toISOString(),
        template: templateOf(key),
        errors: count,
        ...excerpt(recent)
      };
    }
  };
}
function dominant(groups) {
  const counts = /* @__PURE__ */ new Map();
  for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? groups[0] ?? "";
}

// src/watcher/log-watcher.ts
import { basename } from "node:path";

// src/watcher/follow-file.ts
import { open, stat } from "node:fs/promises";
var CHUNK = 256 * 1024;
var MAX_PARTIAL = 64 * 1024;
function createFileFollower(path, options = {}) {
  let handle;
  let ino;
  let position = 0;
  let partial = "";
  let crOnly;
  let first = true;
  let head = Buffer.alloc(0);
  const HEAD = 64;
  async function headChanged(h) {
    if (position === 0) return false;
    const want = Math.min(HEAD, position);
    if (head.length < want) {
      const fresh = Buffer.alloc(want);
      const { bytesRead: bytesRead2 } = await h.read(fresh, 0, want, 0);
      if (head.length > 0 && !fresh.subarray(0, head.length).equals(head)) return true;
      head = fresh.subarray(0, bytesRead2);
      return false;
    }
    const now = Buffer.alloc(head.length);
    const { bytesRead } = await h.read(now, 0, head.length, 0);
    return bytesRead < head.length || !now.equals(head);
  }
  async function readAll(h) {
    const lines = [];
    const buffer = Buffer.alloc(CHUNK);
    for (; ; ) {
      const { bytesRead } = await h.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      partial += buffer.subarray(0, bytesRead).toString("utf8");
      crOnly ??= lineBreakKind(partial);
      const parts = partial.split(crOnly ? "\r" : "\n");
      partial = parts.pop() ?? "";
      for (const line of parts) lines.push(line.endsWith("\r") ? line.slice(0, -1) : line);
    }
    if (partial.length > MAX_PARTIAL) {
      lines.push(partial);
      partial = "";
    }
    return lines;
  }
  async function countLines(h, end) {
    const buffer = Buffer.alloc(CHUNK);
    let lines = 0;
    for (let at = 0; at < end; ) {
      const { bytesRead } = await h.read(buffer, 0, Math.min(CHUNK, end - at), at);
      if (bytesRead === 0) break;
      crOnly ??= lineBreakKind(buffer.subarray(0, bytesRead).toString("latin1"));
      const breakByte = crOnly ? 13 : 10;
      for (let i = buffer.indexOf(breakByte, 0); i !== -1 && i < bytesRead; i = buffer.indexOf(breakByte, i + 1))
        lines += 1;
      at += bytesRead;
    }
    return lines;
  }
  async function reopen(fromStart) {
    await handle?.close();
    handle = await open(path, "r");
    const info = await handle.stat();
    ino = info.ino;
    position = fromStart ? 0 : info.size;
    partial = "";
    crOnly = void 0;
    head = Buffer.alloc(0);
    return position > 0 ? countLines(handle, position) : 0;
  }
  return {
    path,
    async poll() {
      const events = [];
      let info;
      try {
        info = await stat(path);
      } catch (error) {
        if (error.code !== "ENOENT") throw error;
        if (handle) {
          const lines2 = await readAll(handle);
          if (lines2.length > 0) events.push({ kind: "lines", lines: lines2 });
        }
        events.push({ kind: "missing" });
        first = false;
        return events;
      }
      if (!handle) {
        const skipped = await reopen(first ? options.fromStart ?? false : true);
        if (skipped > 0) events.push({ kind: "skipped", lines: skipped });
      } else if (info.ino !== ino) {
        const rest = await readAll(handle);
        if (partial) rest.push(partial);
        if (rest.length > 0) events.push({ kind: "lines", lines: rest });
        events.push({ kind: "rotated" });
        await reopen(true);
      } else if (info.size < position || await headChanged(handle)) {
        events.push({ kind: "truncated" });
        position = 0;
        partial = "";
        head = Buffer.alloc(0);
      }
      first = false;
      const lines = await readAll(handle);
      await headChanged(handle);
      events.push(lines.length > 0 ? { kind: "lines", lines } : { kind: "idle" });
      return events;
    },
    async close() {
      await handle?.close();
      handle = void 0;
    }
  };
}
function lineBreakKind(text) {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  if (cr === -1 || lf !== -1 && lf < cr) return lf === -1 ? void 0 : false;
  if (cr === text.length - 1) return void 0;
  return text[cr + 1] !== "\n";
}

// src/watcher/log-watcher.ts
function createLogWatcher(options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  let followed = [];
  let timer;
  let polling;
  const state = { linesRead: 0, triggers: 0, rotations: 0, truncations: 0 };
  async function handle(f, record2) {
    if (!record2) return;
    const trigger = f.detector.push(record2);
    if (!trigger) return;
    state.triggers += 1;
    state.lastTrigger = trigger.at;
    await options.onTrigger(trigger);
  }
  async function pollFile(f) {
    for (const event of await f.follower.poll()) {
      if (event.kind === "rotated" || event.kind === "truncated") {
        if (event.kind === "rotated") state.rotations += 1;
        else state.truncations += 1;
        await handle(f, f.assembler.flush());
        f.lineNo = 0;
        f.detector.restart();
      } else if (event.kind === "skipped") {
        f.lineNo = event.lines;
      } else if (event.kind === "lines") {
        for (const line of event.lines) {
          f.lineNo += 1;
          state.linesRead += 1;
          await handle(f, f.assembler.push(line, f.lineNo));
        }
      } else {
        await handle(f, f.assembler.flush());
      }
    }
  }
  async function pollOnce() {
    for (const f of followed) {
      try {
        await pollFile(f);
      } catch (error) {
        options.log?.(`watcher: cannot read ${f.follower.path}`, error);
      }
    }
  }
  return {
    status: () => ({ running: followed.length > 0, files: followed.map((f) => f.follower.path), ...state }),
    pollOnce,
    async start(files, names = {}) {
      if (followed.length > 0) return { status: "already-running" };
      if (files.length === 0) return { status: "error", reason: "no files to watch" };
      const year = clock().getUTCFullYear();
      followed = files.map((file) => ({
        follower: createFileFollower(file, { fromStart: options.fromStart ?? false }),
        assembler: createRecordAssembler(basename(file), year),
        detector: createErrorDetector(names[file] ?? file, options.settings, clock),
        lineNo: 0
      }));
      Object.assign(state, {
        linesRead: 0,
        triggers: 0,
        rotations: 0,
        truncations: 0,
        startedAt: clock().toISOString()
      });
      delete state.lastTrigger;
      await pollOnce();
      timer = setInterval(() => {
        polling ??= pollOnce().finally(() => {
          polling = void 0;
        });
      }, options.pollMs ?? 1e3);
      if (!options.holdProcess) timer.unref();
      return { status: "started" };
    },
    async stop() {
      if (followed.length === 0) return { status: "not-running" };
      clearInterval(timer);
      await polling;
      const closing = followed;
      followed = [];
      for (const f of closing) await f.follower.close();
      delete state.startedAt;
      return { status: "stopped" };
    }
  };
}

// src/server/api-app.ts
import { basename as basename2 } from "node:path";

// src/server/api-incidents.ts
var MAX_GROUPED_ALERT_IDS = 50;
var MAX_ACTIVITY = 500;
function createIncidentBook(options = {}) {
  const max = options.max ?? 200;
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const { store } = options;
  const records = /* @__PURE__ */ new Map();
  if (store) {
    const loaded = store.load();
    for (const record2 of loaded.records.slice(-max)) records.set(record2.id, record2);
    if (loaded.rejected > 0) options.log?.(`incident store: ${loaded.rejected} unreadable line(s) skipped`);
  }
  const save = (record2) => {
    try {
      store?.save(record2);
    } catch (error) {
      options.log?.(`incident store: cannot write ${record2.id}: ${error.message}`);
    }
  };
  const auditEntries = [];
  return {
    open(incident, via) {
      const now = clock().toISOString();
      const existing = records.get(incident.id);
      const record2 = existing ? { ...existing, incident, status: "queued", state: "RECEIVED", updatedAt: now } : {
        id: incident.id,
        incident,
        via,
        status: "queued",
        state: "RECEIVED",
        receivedAt: now,
        updatedAt: now,
        similar: [],
        activity: [],
        links: []
      };
      delete record2.error;
      delete record2.acknowledged;
      delete record2.fixOutcome;
      record2.activity.push({ time: now, kind: "received", text: `received via ${via}: ${incident.title}` });
      records.delete(incident.id);
      records.set(incident.id, record2);
      while (records.size > max) records.delete(records.keys().next().value);
      save(record2);
      return record2;
    },
    get: (id) => records.get(id) ?? [...records.values()].find((r) => r.alertIds?.includes(id)),
    list: () => [...records.values()].reverse(),
    states() {
      const counts = {};
      for (const r of records.values()) {
        const key = r.status === "done" ? r.state : r.status;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    audit: () => auditEntries,
    addAudit(entries) {
      auditEntries.push(...entries);
      if (auditEntries.length > 2e4) auditEntries.splice(0, auditEntries.length - 2e4);
    },
    save
  };
}
function pushActivity(record2, item) {
  record2.activity.push(item);
  if (record2.activity.length > MAX_ACTIVITY) record2.activity.splice(0, record2.activity.length - MAX_ACTIVITY);
  record2.updatedAt = item.time;
}

// src/server/api-routes.ts
import { realpath } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";

// src/server/api-response-schemas.ts
var HealthResponseSchema = external_exports.looseObject({
  status: external_exports.literal("ok"),
  version: external_exports.string(),
  uptimeSeconds: external_exports.number().int().nonnegative()
});
var HealthzResponseSchema = external_exports.looseObject({ status: external_exports.literal("ok") });
var StatusResponseSchema = external_exports.looseObject({
  mode: external_exports.string(),
  killSwitch: external_exports.looseObject({ halted: external_exports.boolean(), reason: external_exports.string().optional() }),
  circuitBreaker: external_exports.looseObject({
    limitUsd: external_exports.number(),
    windowMinutes: external_exports.number(),
    spentUsd: external_exports.number(),
    open: external_exports.boolean()
  }),
  watcher: external_exports.looseObject({ running: external_exports.boolean(), files: external_exports.array(external_exports.unknown()) }),
  queue: external_exports.looseObject({ pending: external_exports.number().int().nonnegative() }),
  incidents: external_exports.record(external_exports.string(), external_exports.number().int().nonnegative())
});
var LinkSchema = external_exports.looseObject({ label: external_exports.string(), url: external_exports.string() });
var IncidentSummarySchema = external_exports.looseObject({
  id: external_exports.string(),
  title: external_exports.string(),
  severity: SeveritySchema,
  service: external_exports.string().optional(),
  source: external_exports.string(),
  via: external_exports.string(),
  /** queued, running, done or failed: where the record is. */
  status: external_exports.string(),
  /** The run's outcome once done (NOTHING_WRONG, PROPOSED, FIXED, ESCALATED, HALTED), else RECEIVED or a stage. */
  state: external_exports.string(),
  /** The alert's own state, beside the outcome. */
  alertStatus: external_exports.string().optional(),
  category: external_exports.string().optional(),
  summary: external_exports.string().optional(),
  receivedAt: external_exports.string(),
  updatedAt: external_exports.string(),
  links: external_exports.array(LinkSchema)
});
var IncidentListResponseSchema = external_exports.looseObject({ incidents: external_exports.array(IncidentSummarySchema) });
var IncidentDetailResponseSchema = IncidentSummarySchema.extend({
  incident: IncidentSchema,
  run: RunSchema.optional(),
  similar: external_exports.array(external_exports.looseObject({ runId: external_exports.string(), score: external_exports.number() })),
  activity: external_exports.array(external_exports.looseObject({ time: external_exports.string(), kind: external_exports.string(), text: external_exports.string() })),
  error: external_exports.string().optional()
});
var MemoryEntryViewSchema = external_exports.looseObject({
  runId: external_exports.string(),
  title: external_exports.string(),
  category: external_exports.string(),
  rootCause: external_exports.string(),
  storedAt: external_exports.string()
});
var MemoryResponseSchema = external_exports.looseObject({
  enabled: external_exports.boolean(),
  query: external_exports.string().optional(),
  total: external_exports.number().int().optional(),
  entries: external_exports.array(MemoryEntryViewSchema).optional(),
  matches: external_exports.array(external_exports.looseObject({ runId: external_exports.string(), score: external_exports.number() })).optional()
});
var OutcomeResponseSchema = external_exports.looseObject({ runId: external_exports.string(), fixWorked: external_exports.boolean() });
var ToolsResponseSchema = external_exports.looseObject({
  tools: external_exports.array(
    external_exports.looseObject({
      name: external_exports.string(),
      description: external_exports.string(),
      inputSchema: external_exports.record(external_exports.string(), external_exports.unknown()),
      roles: external_exports.array(external_exports.string())
    })
  )
});
var SecurityResponseSchema = external_exports.looseObject({
  agents: external_exports.array(external_exports.looseObject({ status: external_exports.string() })),
  credentialTtlSeconds: external_exports.number(),
  throttle: external_exports.looseObject({ blockedCalls: external_exports.number() }),
  gateway: external_exports.looseObject({}),
  audit: external_exports.looseObject({
    entries: external_exports.number().int().nonnegative(),
    head: external_exports.looseObject({ seq: external_exports.number().optional(), hash: external_exports.string() }).nullable(),
    verification: external_exports.looseObject({ ok: external_exports.boolean() })
  })
});
var TriggerResponseSchema = external_exports.looseObject({
  id: external_exports.string(),
  status: external_exports.literal("queued"),
  url: external_exports.string()
});
var WatcherResponseSchema = external_exports.looseObject({
  status: external_exports.string(),
  watcher: external_exports.looseObject({ running: external_exports.boolean() })
});
var AlertAcceptedResponseSchema = external_exports.looseObject({
  status: external_exports.string(),
  /** The ids of the incidents the notification became (empty for a duplicate delivery). */
  incidents: external_exports.array(external_exports.string())
});

// src/server/api-schemas.ts
var TriggerBodySchema = external_exports.strictObject({
  title: external_exports.string().trim().min(1).max(500),
  description: external_exports.string().max(2e4).optional(),
  severity: SeveritySchema.default("P3"),
  service: external_exports.string().regex(/^[\w.-]{1,100}$/).optional(),
  labels: external_exports.record(external_exports.string().max(100), external_exports.string().max(500)).optional(),
  /** Log lines to diagnose (pasted or posted by the watcher). */
  logs: external_exports.string().max(1e6).optional(),
  /** Where `logs` was cut from (the watcher's file, as named there): evidence cites it by this name. */
  logFile: external_exports.string().min(1).max(500).regex(/^[^\u0000-\u001f\u007f]+$/, "no control characters").optional(),
  /** The line of logFile that the first line of `logs` is. */
  firstLine: external_exports.number().int().positive().optional()
});
var WatcherStartBodySchema = external_exports.strictObject({
  files: external_exports.array(external_exports.string().min(1).max(4096)).min(1).max(20)
});
var OutcomeBodySchema = external_exports.strictObject({
  fixWorked: external_exports.boolean(),
  note: external_exports.string().max(1e3).optional()
});
var IncidentListQuerySchema = external_exports.object({
  limit: external_exports.coerce.number().int().min(1).max(200).default(50),
  /** An outcome (PROPOSED, FAILED…), a pipeline state, a status (running) or the alert's (firing). */
  state: external_exports.string().regex(/^[A-Za-z_]{1,20}$/).optional(),
  severity: external_exports.string().regex(/^[Pp][1-4]$/).optional(),
  service: external_exports.string().max(200).optional(),
  /** Words that must all appear in the title, service, summary, category, id or description. */
  q: external_exports.string().max(200).optional()
});
var MemoryQuerySchema = external_exports.object({
  q: external_exports.string().max(2e3).optional(),
  limit: external_exports.coerce.number().int().min(1).max(100).default(20)
});
var ErrorBodySchema = external_exports.object({ error: external_exports.string(), reason: external_exports.string().optional() });

// src/server/api-request.ts
import { createHash } from "node:crypto";

// src/server/read-body.ts
function readBody(req, limit) {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve({ status: "too-large" });
  }
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve({ status: "too-large" });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (done) return;
      done = true;
      resolve({ status: "ok", body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) });
    });
    req.on("error", () => {
      done = true;
      resolve({ status: "aborted" });
    });
    req.on("aborted", () => {
      done = true;
      resolve({ status: "aborted" });
    });
  });
}

// src/server/api-request.ts
var fail = (res, status, error, reason) => sendJson(res, status, { error, ...reason ? { reason } : {} });
function issuesText(error) {
  return error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
}
function requireToken(token, handler) {
  const tokens = typeof token === "string" ? [token] : token;
  return (ctx) => {
    const header = ctx.req.headers.authorization ?? "";
    const match2 = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match2?.[1])
      return fail(ctx.res, 401, "unauthorized", "send Authorization: Bearer <SENTRY_API_TOKEN>");
    const given = match2[1];
    if (!tokens.some((t) => safeEqual(given, t))) return fail(ctx.res, 401, "unauthorized", "wrong token");
    return handler(ctx);
  };
}
async function readJson(req, res, schema, limit) {
  const type = String(req.headers["content-type"] ?? "");
  if (!/^application\/json\b/i.test(type)) {
    req.resume();
    fail(res, 415, "unsupported media type", "send Content-Type: application/json");
    return void 0;
  }
  const body = await readBody(req, limit);
  if (body.status === "too-large") return void fail(res, 413, "body too large", `limit is ${limit} bytes`);
  if (body.status !== "ok") return void 0;
  let json;
  try {
    json = JSON.parse(body.body.toString("utf8"));
  } catch (error) {
    return void fail(res, 400, "invalid JSON", error.message.slice(0, 200));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return void fail(res, 400, "invalid body", issuesText(parsed.error));
  return parsed.data;
}
function incidentFromTrigger(body, now) {
  const fingerprint = createHash("sha256").update(JSON.stringify({ title: body.title, service: body.service ?? null, labels: body.labels ?? {} })).digest("hex");
  return {
    id: incidentIdFor(fingerprint),
    fingerprint,
    source: "generic",
    severity: body.severity,
    title: body.title,
    ...body.description ? { description: body.description } : {},
    ...body.service ? { service: body.service } : {},
    labels: body.labels ?? {},
    startedAt: now.toISOString(),
    status: "firing",
    raw: { via: "api", title: body.title }
  };
}

// src/server/web-url.ts
function isWebUrl(text) {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

// src/server/dashboard/incident-view.ts
var TONES = {
  NOTHING_WRONG: "ok",
  FIXED: "ok",
  PROPOSED: "warn",
  ESCALATED: "bad",
  HALTED: "bad",
  FAILED: "bad",
  QUEUED: "info",
  RUNNING: "info"
};
function runOutcome(run) {
  const state = run.finalState;
  if (state !== "RESOLVED") return state;
  return legacyOutcome(run.proposal, run.verification?.outcome === "passed");
}
function outcomeLabel(record2) {
  if (record2.status === "failed")
    return { label: "FAILED", tone: "bad", reason: record2.error ?? "the run failed" };
  if (record2.status === "queued") return { label: "QUEUED", tone: "info" };
  if (record2.status === "running") return { label: "RUNNING", tone: "info", reason: `at ${record2.state}` };
  if (!record2.run) {
    const last = record2.activity.filter((a) => a.kind === "finished").at(-1);
    const reason = last?.text.replace(/^[A-Z_]+: /, "");
    return { label: record2.state, tone: TONES[record2.state] ?? "info", ...reason ? { reason } : {} };
  }
  const label = runOutcome(record2.run);
  return { label, tone: TONES[label] ?? "warn", reason: record2.run.reason };
}
function alertState(record2) {
  return record2.incident.status;
}
function alertLinks(record2) {
  const { labels } = record2.incident;
  const candidates = [
    { label: "Alert source", url: labels.generatorURL ?? labels.url ?? "" },
    { label: "Runbook", url: labels.runbook_url ?? labels.runbook ?? "" },
    { label: "Dashboard", url: labels.dashboardURL ?? labels.panelURL ?? "" }
  ];
  return candidates.filter((l) => isWebUrl(l.url));
}
function isPlumbing(item) {
  if (item.kind === "tool-call") return true;
  return item.kind === "event" && item.agent !== void 0;
}
function incidentSummary(record2) {
  const { run } = record2;
  return {
    id: record2.id,
    title: record2.incident.title,
    severity: run?.diagnosis?.severity ?? record2.incident.severity,
    service: record2.incident.service,
    source: record2.incident.source,
    via: record2.via,
    status: record2.status,
    state: record2.state,
    outcome: outcomeLabel(record2),
    alertState: alertState(record2),
    /** The same, under the name the API documented first. */
    alertStatus: alertState(record2),
    category: run?.diagnosis?.category,
    summary: run?.diagnosis?.summary,
    receivedAt: record2.receivedAt,
    updatedAt: record2.updatedAt,
    links: [...alertLinks(record2), ...record2.links.filter((l) => isWebUrl(l.url))],
    acknowledged: record2.acknowledged,
    fixOutcome: record2.fixOutcome
  };
}
function distinctSimilar(record2) {
  const seen = /* @__PURE__ */ new Set();
  return record2.similar.filter((s) => {
    const key = s.runId === record2.run?.id ? "" : `${s.incidentId ?? s.runId}`;
    if (key === "" || seen.has(key) || s.incidentId === record2.id) return false;
    seen.add(key);
    return true;
  });
}
function namedActivity(record2) {
  const items = record2.activity.map((a) => ({ ...a, plumbing: isPlumbing(a) }));
  const { run } = record2;
  const last = items.map((a) => a.kind).lastIndexOf("finished");
  const closing = items[last];
  if (run && closing?.text.startsWith(`${run.finalState}: `))
    items[last] = { ...closing, text: `${runOutcome(run)}${closing.text.slice(run.finalState.length)}` };
  return items;
}
function incidentDetail(record2) {
  return {
    ...incidentSummary(record2),
    incident: record2.incident,
    run: record2.run,
    similar: distinctSimilar(record2),
    activity: namedActivity(record2),
    error: record2.error
  };
}
function matchesFilter(record2, filter) {
  const s = incidentSummary(record2);
  if (filter.state) {
    const want = filter.state.toUpperCase();
    const states = [s.outcome.label, s.state, s.status, s.alertState, s.acknowledged ? "ACKNOWLEDGED" : ""];
    if (!states.some((x) => stateMatches(x.toUpperCase(), want))) return false;
  }
  if (filter.severity && s.severity !== filter.severity.toUpperCase()) return false;
  if (filter.service && s.service !== filter.service) return false;
  if (filter.q) {
    const haystack = [s.title, s.service, s.summary, s.category, s.id, record2.incident.description].filter(Boolean).join("\n").toLowerCase();
    if (!filter.q.toLowerCase().split(/\s+/).filter(Boolean).every((w) => haystack.includes(w)))
      return false;
  }
  return true;
}

// src/server/incident-actions.ts
var ByField = external_exports.string().trim().regex(/^[\p{L}\p{N} ._@-]{1,100}$/u, "letters, digits, spaces and . _ @ - only").optional();
var AcknowledgeBodySchema = external_exports.strictObject({
  by: ByField,
  note: external_exports.string().max(1e3).optional()
});
var IncidentOutcomeBodySchema = external_exports.strictObject({
  fixWorked: external_exports.boolean(),
  by: ByField,
  note: external_exports.string().max(1e3).optional()
});
function createSerial() {
  let tail = Promise.resolve();
  return (work) => {
    const next = tail.then(work, work);
    tail = next.catch(() => void 0);
    return next;
  };
}
function findRecord(deps, ctx) {
  const id = ctx.params.id ?? "";
  if (!/^[a-z0-9-]{1,64}$/.test(id)) {
    fail(ctx.res, 400, "invalid id", "ids are lower-case letters, digits and -");
    return void 0;
  }
  const record2 = deps.book.get(id);
  if (!record2) fail(ctx.res, 404, "not found", `no incident ${id}`);
  return record2;
}
async function record(deps, target, text, by) {
  const time = deps.clock().toISOString();
  const who = by ? `${by} (API token)` : "API token";
  pushActivity(target, { time, kind: "human", text: `${text} by ${who}` });
  deps.book.save(target);
  const entries = await deps.auditAction?.({
    incidentId: target.id,
    ...target.run ? { runId: target.run.id } : {},
    reason: `${target.id}: ${text} by ${who}`
  });
  if (entries) deps.book.addAudit(entries);
}
function incidentActionHandlers(deps) {
  return {
    async acknowledge(ctx) {
      const target = findRecord(deps, ctx);
      if (!target) return;
      const body = await readJson(ctx.req, ctx.res, AcknowledgeBodySchema, 16 * 1024);
      if (!body) return;
      target.acknowledged = {
        at: deps.clock().toISOString(),
        ...body.by ? { by: body.by } : {},
        ...body.note ? { note: body.note } : {}
      };
      await record(deps, target, `acknowledged${body.note ? `: ${body.note}` : ""}`, body.by);
      sendJson(ctx.res, 200, incidentDetail(target));
    },
    async outcome(ctx) {
      const target = findRecord(deps, ctx);
      if (!target) return;
      const body = await readJson(ctx.req, ctx.res, IncidentOutcomeBodySchema, 16 * 1024);
      if (!body) return;
      if (!target.run?.proposal)
        return fail(ctx.res, 409, "no fix", "this incident has no proposed fix to judge");
      target.fixOutcome = {
        fixWorked: body.fixWorked,
        at: deps.clock().toISOString(),
        ...body.by ? { by: body.by } : {},
        ...body.note ? { note: body.note } : {}
      };
      if (deps.memory) await deps.memory.recordOutcome(target.run.id, body.fixWorked, body.note);
      const verdict = body.fixWorked ? "the fix worked" : "the fix did not work";
      await record(deps, target, `${verdict}${body.note ? `: ${body.note}` : ""}`, body.by);
      sendJson(ctx.res, 200, incidentDetail(target));
    }
  };
}

// src/server/api-openapi.ts
var schemaOf = (schema, io) => {
  const { $schema: _drop, ...rest } = external_exports.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
};
var ref = (name) => ({ $ref: `#/components/schemas/${name}` });
var jsonBody = (description, name) => ({
  description,
  content: { "application/json": { schema: ref(name) } }
});
var errors = {
  "400": jsonBody("Bad input", "Error"),
  "401": jsonBody("Missing or wrong bearer token", "Error")
};
var bearer = [{ bearer: [] }];
var RESPONSES = {
  Health: HealthResponseSchema,
  Healthz: HealthzResponseSchema,
  Status: StatusResponseSchema,
  IncidentList: IncidentListResponseSchema,
  IncidentDetail: IncidentDetailResponseSchema,
  Memory: MemoryResponseSchema,
  OutcomeRecorded: OutcomeResponseSchema,
  Tools: ToolsResponseSchema,
  Security: SecurityResponseSchema,
  Queued: TriggerResponseSchema,
  Watcher: WatcherResponseSchema,
  AlertAccepted: AlertAcceptedResponseSchema
};
var get = (summary, response, extra = {}) => ({
  get: {
    summary,
    security: bearer,
    responses: { "200": jsonBody(summary, response), ...errors },
    ...extra
  }
});
var page = (summary, type) => ({
  get: { summary, security: [], responses: { "200": { description: summary, content: { [type]: {} } } } }
});
var pathParam = (name) => ({ name, in: "path", required: true, schema: { type: "string" } });
function alertPath() {
  return {
    post: {
      summary: "An alert notification from a monitoring tool, authenticated the way the vendor signs (HMAC, SNS, bearer or basic); normalized, deduplicated and queued",
      security: [{ bearer: [] }, { basic: [] }, { hmac: [] }],
      parameters: [
        {
          ...pathParam("source"),
          schema: {
            type: "string",
            enum: [...ALERT_SOURCES]
          }
        }
      ],
      requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
      responses: {
        "200": jsonBody("A delivery already seen (vendor retry): nothing new", "AlertAccepted"),
        "202": jsonBody("Accepted: the incidents it became are queued", "AlertAccepted"),
        "400": jsonBody("Malformed payload", "Error"),
        "401": jsonBody("Authentication failed", "Error"),
        "404": jsonBody("Unknown alert source", "Error"),
        "413": jsonBody("Payload too large", "Error"),
        "415": jsonBody("Not JSON", "Error"),
        "422": jsonBody("Payload over an intake limit", "Error"),
        "503": jsonBody("Intake queue full", "Error")
      }
    }
  };
}
var incidentAction = (summary, body) => ({
  post: {
    summary,
    security: bearer,
    parameters: [pathParam("id")],
    requestBody: { required: true, content: { "application/json": { schema: ref(body) } } },
    responses: {
      "200": jsonBody("The incident, as GET /api/incidents/{id} returns it", "IncidentDetail"),
      ...errors,
      "404": jsonBody("No such incident", "Error"),
      "409": jsonBody("No proposed fix to judge (outcome only)", "Error")
    }
  }
});
function openApiDocument(version) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Claude Sentry API",
      version,
      description: "Alert webhooks, status, incidents, memory, security posture, triggers and metrics. Runs end NOTHING_WRONG, PROPOSED, FIXED, ESCALATED or HALTED."
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        basic: { type: "http", scheme: "basic" },
        hmac: {
          type: "apiKey",
          in: "header",
          name: "X-Signature",
          description: "The vendor's HMAC signature header (Grafana, PagerDuty, Sentry, GitHub): see docs/alerts.md"
        }
      },
      schemas: {
        Error: schemaOf(ErrorBodySchema, "output"),
        TriggerBody: schemaOf(TriggerBodySchema, "input"),
        OutcomeBody: schemaOf(OutcomeBodySchema, "input"),
        WatcherStartBody: schemaOf(WatcherStartBodySchema, "input"),
        AcknowledgeBody: schemaOf(AcknowledgeBodySchema, "input"),
        IncidentOutcomeBody: schemaOf(IncidentOutcomeBodySchema, "input"),
        ...Object.fromEntries(Object.entries(RESPONSES).map(([name, s]) => [name, schemaOf(s, "output")]))
      }
    },
    paths: {
      "/healthz": {
        get: {
          summary: "Liveness of the alert server (no token)",
          security: [],
          responses: { "200": jsonBody("Alive", "Healthz") }
        }
      },
      "/api/health": {
        get: {
          summary: "Liveness and version (no token)",
          security: [],
          responses: { "200": jsonBody("Alive", "Health") }
        }
      },
      "/api/openapi.json": {
        get: {
          summary: "This document (no token)",
          security: [],
          responses: {
            "200": {
              description: "OpenAPI 3.1",
              content: { "application/json": { schema: { type: "object" } } }
            }
          }
        }
      },
      "/api/alerts/{source}": alertPath(),
      "/api/status": get("Mode, kill switch, circuit breaker, watcher and queue", "Status"),
      "/api/incidents": get("Recent incidents, newest first", "IncidentList", {
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } },
          {
            name: "state",
            in: "query",
            description: "An outcome, a stage, or queued/running/done",
            schema: { type: "string" }
          },
          { name: "severity", in: "query", schema: { type: "string", pattern: "^[Pp][1-4]$" } },
          { name: "service", in: "query", schema: { type: "string" } },
          {
            name: "q",
            in: "query",
            description: "Words the incident's text must hold",
            schema: { type: "string" }
          }
        ]
      }),
      "/api/incidents/{id}/acknowledge": incidentAction(
        "A person takes the incident (audited)",
        "AcknowledgeBody"
      ),
      "/api/incidents/{id}/outcome": incidentAction(
        "A person says whether the proposed fix worked (audited; fed to memory)",
        "IncidentOutcomeBody"
      ),
      "/api/incidents/{id}": get("One incident with its run and full activity log", "IncidentDetail", {
        parameters: [pathParam("id")],
        responses: {
          "200": jsonBody("The incident", "IncidentDetail"),
          ...errors,
          "404": jsonBody("No such incident", "Error")
        }
      }),
      "/api/memory": get("Stored past incidents, or those most similar to q", "Memory", {
        parameters: [
          { name: "q", in: "query", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } }
        ]
      }),
      "/api/memory/{runId}/outcome": {
        post: {
          summary: "Confirm whether a remembered run's fix worked (offered first next time if it did)",
          security: bearer,
          parameters: [pathParam("runId")],
          requestBody: { required: true, content: { "application/json": { schema: ref("OutcomeBody") } } },
          responses: {
            "200": jsonBody("Recorded", "OutcomeRecorded"),
            ...errors,
            "404": jsonBody("No such remembered run", "Error"),
            "501": jsonBody("Memory is off", "Error")
          }
        }
      },
      "/api/tools": get("The tools, their input schemas and which role may use each", "Tools"),
      "/api/security": get(
        "Agent identities and expiry, throttle, gateway counters, audit chain head and verification",
        "Security"
      ),
      "/api/trigger": {
        post: {
          summary: "Open an incident and queue a run",
          security: bearer,
          requestBody: { required: true, content: { "application/json": { schema: ref("TriggerBody") } } },
          responses: {
            "202": jsonBody("Queued", "Queued"),
            ...errors,
            "503": jsonBody("Queue full", "Error")
          }
        }
      },
      "/api/watcher/start": {
        post: {
          summary: "Start the log watcher on files under the allowed roots",
          security: bearer,
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("WatcherStartBody") } }
          },
          responses: {
            "200": jsonBody("Started", "Watcher"),
            ...errors,
            "403": jsonBody("File outside the allowed roots", "Error"),
            "409": jsonBody("Already running", "Error")
          }
        }
      },
      "/api/watcher/stop": {
        post: {
          summary: "Stop the log watcher",
          security: bearer,
          responses: { "200": jsonBody("Stopped", "Watcher"), ...errors }
        }
      },
      "/metrics": {
        get: {
          summary: "Prometheus metrics (bearer: SENTRY_METRICS_TOKEN, read-only, or the API token)",
          security: bearer,
          responses: {
            "200": { description: "Prometheus text exposition", content: { "text/plain": {} } },
            ...errors
          }
        }
      },
      "/": page("The dashboard (asks for the token)", "text/html"),
      "/dashboard": page("The dashboard (asks for the token)", "text/html"),
      "/dashboard/app.js": page("The dashboard's script", "text/javascript"),
      "/dashboard/app.css": page("The dashboard's styles", "text/css")
    }
  };
}

// src/server/metrics.ts
var import_prom_client = __toESM(require_prom_client(), 1);
function blockClass(reason) {
  const rules = [
    [/kill switch|STOP_SENTRY|DISABLED|stopped/i, "kill_switch"],
    [/credential|revoked|forged/i, "credential"],
    [/role \S+ may not/i, "role"],
    [/rate|throttl|too many calls/i, "throttle"],
    [/invalid input/i, "invalid_input"],
    [/identical call/i, "repeated"],
    [/unknown tool/i, "unknown_tool"],
    [/path|traversal|outside|protected|symlink/i, "path_policy"],
    [/command|executable|argument/i, "command_policy"],
    [/url|host|address|dns|https/i, "url_policy"],
    [/patch|diff/i, "patch_check"],
    [/restart/i, "restart_policy"]
  ];
  return rules.find(([pattern]) => pattern.test(reason))?.[1] ?? "other";
}
function rejectClass(status) {
  const classes = {
    400: "invalid",
    401: "auth",
    403: "auth",
    404: "unknown_source",
    413: "too_large",
    415: "content_type",
    422: "over_limit",
    429: "throttled",
    503: "overloaded"
  };
  return classes[status] ?? (status >= 500 ? "server_error" : "other");
}
function createMetrics(probes) {
  const registry = new import_prom_client.Registry();
  const { incidentStates } = probes;
  (0, import_prom_client.collectDefaultMetrics)({ register: registry });
  registerStateGauges(registry, probes);
  new import_prom_client.Gauge({
    name: "sentry_incidents",
    help: "Incidents the server holds, by state (queued, running, or the run's final pipeline state)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [state, count] of Object.entries(incidentStates())) this.set({ state }, count);
    }
  });
  const runs = new import_prom_client.Counter({
    name: "sentry_runs_total",
    help: "Finished pipeline runs by outcome (final state)",
    labelNames: ["outcome"],
    registers: [registry]
  });
  const duration = new import_prom_client.Histogram({
    name: "sentry_run_duration_seconds",
    help: "Pipeline run duration by outcome",
    labelNames: ["outcome"],
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
    registers: [registry]
  });
  const toolCalls = new import_prom_client.Counter({
    name: "sentry_tool_calls_total",
    help: "Tool calls by tool and decision; blocked ones by reason class",
    labelNames: ["tool", "decision", "reason"],
    registers: [registry]
  });
  const tokens = new import_prom_client.Counter({
    name: "sentry_model_tokens_total",
    help: "Model tokens by kind (input, output, cache_read, cache_write)",
    labelNames: ["kind"],
    registers: [registry]
  });
  const cost = new import_prom_client.Counter({
    name: "sentry_model_cost_usd_total",
    help: "Model spend in US dollars (list prices)",
    registers: [registry]
  });
  const alerts = new import_prom_client.Counter({
    name: "sentry_alerts_received_total",
    help: "Alert notifications received, by source",
    labelNames: ["source"],
    registers: [registry]
  });
  const rejected = new import_prom_client.Counter({
    name: "sentry_alerts_rejected_total",
    help: "Alert requests refused, by source and reason (auth, invalid, too_large, throttled, …)",
    labelNames: ["source", "reason"],
    registers: [registry]
  });
  const deduplicated = new import_prom_client.Counter({
    name: "sentry_alerts_deduplicated_total",
    help: "Alert notifications folded into an incident already open, by source",
    labelNames: ["source"],
    registers: [registry]
  });
  function observeToolCall(call) {
    const tool = ToolNameSchema.options.includes(call.tool) ? call.tool : "unknown";
    const reason = call.decision === "allowed" ? "" : blockClass(call.reason);
    toolCalls.inc({ tool, decision: call.decision, reason });
  }
  return {
    registry,
    observeToolCall,
    observeRun(run) {
      runs.inc({ outcome: run.finalState });
      const ms = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
      if (Number.isFinite(ms) && ms >= 0) duration.observe({ outcome: run.finalState }, ms / 1e3);
      for (const call of run.toolCalls) observeToolCall(call);
      tokens.inc({ kind: "input" }, run.usage.inputTokens);
      tokens.inc({ kind: "output" }, run.usage.outputTokens);
      tokens.inc({ kind: "cache_read" }, run.usage.cacheReadTokens);
      tokens.inc({ kind: "cache_write" }, run.usage.cacheWriteTokens);
      cost.inc(run.usage.costUsd);
    },
    observeRejectedAlert({ source, status }) {
      rejected.inc({ source, reason: rejectClass(status) });
    },
    observeAlert({ source, deduplicated: folded }) {
      alerts.inc({ source });
      if (folded) deduplicated.inc({ source });
    },
    route: {
      method: "GET",
      path: "/metrics",
      async handler({ res }) {
        const body = await registry.metrics();
        res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
        res.end(body);
      }
    }
  };
}
function registerStateGauges(registry, probes) {
  const build = new import_prom_client.Gauge({
    name: "claude_sentry_build_info",
    help: "Always 1; the labels say which Claude Sentry and Node.js serve these metrics",
    labelNames: ["version", "node"],
    registers: [registry]
  });
  build.set({ version: probes.version ?? "unknown", node: process.version }, 1);
  const { breaker, haltReason: haltReason2, queueDepth } = probes;
  if (breaker) {
    const gauge = (name, help, read) => new import_prom_client.Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read(breaker()));
      }
    });
    gauge(
      "sentry_cost_breaker_open",
      "1 while the cost breaker is open (spend reached the limit)",
      (b) => b.open ? 1 : 0
    );
    gauge(
      "sentry_cost_window_spent_usd",
      "Model spend in the breaker's window, US dollars",
      (b) => b.spentUsd
    );
    gauge("sentry_cost_limit_usd", "The cost breaker's limit per window, US dollars", (b) => b.limitUsd);
  }
  if (haltReason2) {
    new import_prom_client.Gauge({
      name: "sentry_kill_switch_halted",
      help: "1 while a kill switch (STOP_SENTRY file, mode DISABLED) halts every run",
      registers: [registry],
      collect() {
        this.set(haltReason2() === void 0 ? 0 : 1);
      }
    });
  }
  if (queueDepth) {
    new import_prom_client.Gauge({
      name: "sentry_queue_pending",
      help: "Incidents waiting in the run queue",
      registers: [registry],
      collect() {
        this.set(queueDepth());
      }
    });
  }
}

// src/server/api-security.ts
async function securitySnapshot(options) {
  const { audit, config, now } = options;
  const agents = /* @__PURE__ */ new Map();
  const gateway = { allowed: 0, blocked: 0, blockedBy: {}, inputFlags: 0 };
  let killSwitchRevocations = 0;
  for (const entry of audit) {
    if (entry.kind === "event" && entry.agentId && entry.reason?.startsWith("agent started")) {
      const issued = Date.parse(entry.time);
      agents.set(entry.agentId, {
        agentId: entry.agentId,
        role: entry.agent ?? "unknown",
        runId: entry.runId ?? "",
        issuedAt: entry.time,
        expiresAt: new Date(issued + config.credentialTtlSeconds * 1e3).toISOString(),
        status: "active"
      });
    } else if (entry.kind === "event" && entry.agentId && entry.reason?.startsWith("agent ended")) {
      const agent = agents.get(entry.agentId);
      if (agent) agent.status = "ended";
    } else if (entry.kind === "event" && entry.reason?.startsWith("kill switch")) {
      killSwitchRevocations += 1;
      for (const agent of agents.values()) if (agent.status === "active") agent.status = "revoked";
    } else if (entry.kind === "event" && entry.agent === "gateway") {
      gateway.inputFlags += 1;
    } else if (entry.kind === "tool-call") {
      if (entry.decision === "blocked") {
        gateway.blocked += 1;
        const cls = blockClass(entry.reason ?? "");
        gateway.blockedBy[cls] = (gateway.blockedBy[cls] ?? 0) + 1;
      } else gateway.allowed += 1;
    }
  }
  for (const agent of agents.values())
    if (agent.status === "active" && Date.parse(agent.expiresAt) <= now.getTime()) agent.status = "expired";
  const stored = await readAuditEntries(options.store);
  const verdict = verifyAuditChain(stored);
  const last = stored.at(-1);
  return {
    agents: [...agents.values()].slice(-50).reverse(),
    credentialTtlSeconds: config.credentialTtlSeconds,
    throttle: { ...config.throttle, blockedCalls: gateway.blockedBy.throttle ?? 0 },
    gateway,
    killSwitchRevocations,
    audit: {
      entries: stored.length,
      head: last?.hash ? { seq: last.seq, hash: last.hash } : null,
      verification: verdict
    }
  };
}

// src/server/api-routes.ts
async function allowedFile(file, roots) {
  if (!isAbsolute(file)) return void 0;
  let real;
  try {
    real = await realpath(file);
  } catch {
    return void 0;
  }
  for (const root of roots) {
    const rel = relative(await realpath(root), real);
    if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return real;
  }
  return void 0;
}
function spendInWindow(book, config, now) {
  const from = now.getTime() - config.costLimit.windowMinutes * 6e4;
  let spent = 0;
  for (const r of book.list())
    if (r.run && Date.parse(r.run.finishedAt) >= from) spent += r.run.usage.costUsd;
  return spent;
}
function createApiRoutes(deps) {
  const clock = deps.clock ?? (() => /* @__PURE__ */ new Date());
  const started = clock().getTime();
  const limit = deps.bodyLimit ?? 2 * 1024 * 1024;
  const version = deps.version ?? "0.1.0";
  const guarded = (method, path, handler) => ({
    method,
    path,
    handler: requireToken(deps.token, handler)
  });
  const actions = incidentActionHandlers({
    book: deps.book,
    ...deps.memory ? { memory: deps.memory } : {},
    ...deps.auditAction ? { auditAction: deps.auditAction } : {},
    clock
  });
  const watcherStatus = () => deps.watcher?.status() ?? { running: false, files: [], linesRead: 0, triggers: 0 };
  return [
    {
      method: "GET",
      path: "/api/health",
      handler: ({ res }) => sendJson(res, 200, {
        status: "ok",
        version,
        uptimeSeconds: Math.round((clock().getTime() - started) / 1e3)
      })
    },
    {
      method: "GET",
      path: "/api/openapi.json",
      handler: ({ res }) => sendJson(res, 200, openApiDocument(version))
    },
    guarded("GET", "/api/status", ({ res }) => {
      const { config } = deps.status;
      const halt = deps.status.haltReason();
      const spent = spendInWindow(deps.book, config, clock());
      sendJson(res, 200, {
        mode: deps.status.mode,
        killSwitch: { halted: halt !== void 0, ...halt ? { reason: halt } : {} },
        circuitBreaker: {
          limitUsd: config.costLimit.usd,
          windowMinutes: config.costLimit.windowMinutes,
          spentUsd: Math.round(spent * 1e4) / 1e4,
          open: spent >= config.costLimit.usd
        },
        watcher: watcherStatus(),
        queue: { pending: deps.queue.pending() },
        incidents: deps.book.states()
      });
    }),
    guarded("GET", "/api/incidents", ({ res, url }) => {
      const query = IncidentListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return fail(res, 400, "invalid query", issuesText(query.error));
      const { limit: max, ...filter } = query.data;
      const rows = deps.book.list().filter((r) => matchesFilter(r, filter)).slice(0, max).map(incidentSummary);
      sendJson(res, 200, { incidents: rows });
    }),
    guarded("GET", "/api/incidents/:id", ({ res, params }) => {
      const id = params.id ?? "";
      if (!/^[a-z0-9-]{1,64}$/.test(id))
        return fail(res, 400, "invalid id", "ids are lower-case letters, digits and -");
      const record2 = deps.book.get(id);
      if (!record2) return fail(res, 404, "not found", `no incident ${id}`);
      sendJson(res, 200, incidentDetail(record2));
    }),
    guarded("POST", "/api/incidents/:id/acknowledge", actions.acknowledge),
    guarded("POST", "/api/incidents/:id/outcome", actions.outcome),
    guarded("GET", "/api/memory", async ({ res, url }) => {
      const query = MemoryQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return fail(res, 400, "invalid query", issuesText(query.error));
      if (!deps.memory) return sendJson(res, 200, { enabled: false, entries: [] });
      if (query.data.q) {
        const matches = await deps.memory.find({ text: query.data.q }, { limit: query.data.limit });
        return sendJson(res, 200, { enabled: true, query: query.data.q, matches });
      }
      const { entries, rejected } = await deps.memory.load();
      sendJson(res, 200, {
        enabled: true,
        total: entries.length,
        rejectedLines: rejected.length,
        entries: entries.slice(-query.data.limit).reverse().map((e) => ({
          runId: e.runId,
          title: e.title,
          service: e.service,
          category: e.category,
          rootCause: e.rootCause,
          fixWorked: e.fixWorked,
          fix: e.fix ? { files: e.fix.files, restart: e.fix.restart, rationale: e.fix.rationale } : void 0,
          storedAt: e.storedAt
        }))
      });
    }),
    guarded("POST", "/api/memory/:runId/outcome", async ({ req, res, params }) => {
      const runId = params.runId ?? "";
      if (!/^[\w.-]{1,200}$/.test(runId)) return fail(res, 400, "invalid run id");
      const body = await readJson(req, res, OutcomeBodySchema, 16 * 1024);
      if (!body) return;
      if (!deps.memory) return fail(res, 501, "memory is off", "set SENTRY_MEMORY_FILE");
      const result = await deps.memory.recordOutcome(runId, body.fixWorked, body.note);
      if (result.status === "unknown-run") return fail(res, 404, "not found", `no remembered run ${runId}`);
      sendJson(res, 200, { runId, fixWorked: body.fixWorked });
    }),
    guarded("GET", "/api/tools", ({ res }) => {
      const tools = ROLE_TOOLS.supervisor.map((name) => {
        const tool = findTool(name);
        return {
          name,
          description: tool?.description ?? "",
          inputSchema: tool ? external_exports.toJSONSchema(tool.input) : {},
          roles: Object.entries(ROLE_TOOLS).filter(([, names]) => names.includes(name)).map(([role]) => role)
        };
      });
      sendJson(res, 200, { tools });
    }),
    guarded("GET", "/api/security", async ({ res }) => {
      sendJson(
        res,
        200,
        await securitySnapshot({
          audit: deps.book.audit(),
          store: deps.auditStore,
          config: deps.status.config,
          now: clock()
        })
      );
    }),
    guarded("POST", "/api/trigger", async ({ req, res }) => {
      const body = await readJson(req, res, TriggerBodySchema, limit);
      if (!body) return;
      const incident = incidentFromTrigger(body, clock());
      const logs = body.logs === void 0 ? void 0 : {
        text: body.logs,
        ...body.logFile ? { file: body.logFile } : {},
        ...body.firstLine ? { firstLine: body.firstLine } : {}
      };
      const queued = deps.queue.submit(incident, "api", logs);
      if (queued.status === "busy") return fail(res, 503, "busy", "too many incidents queued; retry later");
      sendJson(res, 202, { id: queued.id, status: "queued", url: `/api/incidents/${queued.id}` });
    }),
    guarded("POST", "/api/watcher/start", async ({ req, res }) => {
      const body = await readJson(req, res, WatcherStartBodySchema, 64 * 1024);
      if (!body) return;
      if (!deps.watcher) return fail(res, 501, "watcher unavailable");
      const roots = deps.watchRoots ?? [];
      if (roots.length === 0)
        return fail(res, 403, "forbidden", "no watch roots configured (SENTRY_WATCH_ROOTS)");
      const files = [];
      for (const file of body.files) {
        const ok = await allowedFile(file, roots);
        if (!ok)
          return fail(res, 403, "forbidden", `${file} is not an existing file under the allowed roots`);
        files.push(ok);
      }
      const result = await deps.watcher.start(files);
      if (result.status === "already-running")
        return fail(res, 409, "conflict", "the watcher is already running; stop it first");
      if (result.status === "error") return fail(res, 400, "cannot start", result.reason);
      sendJson(res, 200, { status: "started", watcher: watcherStatus() });
    }),
    guarded("POST", "/api/watcher/stop", async ({ req, res }) => {
      req.resume();
      if (!deps.watcher) return fail(res, 501, "watcher unavailable");
      const result = await deps.watcher.stop();
      sendJson(res, 200, { status: result.status, watcher: watcherStatus() });
    })
  ];
}

// src/server/dashboard/app-css.ts
var APP_CSS = `
:root { color-scheme: light dark; --bg:#f6f7f9; --card:#fff; --ink:#17202a; --muted:#5d6b7a; --line:#dde2e8;
  --ok:#1e7b34; --warn:#9a5b00; --bad:#b3261e; --info:#2957c8; --accent:#2957c8;
  --p1:#b3261e; --p2:#d35400; --p3:#b58900; --p4:#4f6b8a; --add:#e6f4ea; --del:#fce8e6; }
@media (prefers-color-scheme: dark) { :root { --bg:#0f1419; --card:#182029; --ink:#e8edf2; --muted:#9aa8b6; --line:#2b3744;
  --ok:#5fd37a; --warn:#f0b450; --bad:#ff7a70; --info:#7aa2ff; --accent:#7aa2ff; --add:#123821; --del:#45201d; } }
* { box-sizing: border-box; }
[hidden] { display:none !important; }
body { margin:0; font:15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background:var(--bg); color:var(--ink); }
header { display:flex; align-items:baseline; justify-content:space-between; gap:1rem; padding:.8rem 1rem; border-bottom:1px solid var(--line); background:var(--card); }
h1 { font-size:1.2rem; margin:0; } h1 a { color:inherit; text-decoration:none; }
h2 { font-size:1rem; margin:0 0 .6rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
h2.incident-title { font-size:1.25rem; text-transform:none; letter-spacing:0; color:var(--ink); overflow-wrap:anywhere; }
h3 { font-size:.85rem; margin:1.1rem 0 .4rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
main { padding:1rem; max-width:1200px; margin:0 auto; }
a { color:var(--accent); }
.grid { display:grid; grid-template-columns:repeat(2, minmax(0,1fr)); gap:1rem; margin-top:1rem; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:1rem; min-width:0; }
#login { max-width:420px; margin:2rem auto; display:grid; gap:.5rem; }
.facts { display:grid; grid-template-columns:max-content 1fr; gap:.3rem .9rem; margin:0; }
.facts dt { color:var(--muted); } .facts dd { margin:0; font-weight:600; overflow-wrap:anywhere; }
.list { list-style:none; margin:0; padding:0; } .list > li { border-top:1px solid var(--line); padding:.55rem 0; }
.list > li:first-child { border-top:0; }
.filters { display:flex; flex-wrap:wrap; gap:.6rem; margin-bottom:.8rem; } .filters > div { min-width:9rem; } .filters .grow { flex:1 1 14rem; }
.row-link { display:flex; flex-wrap:wrap; gap:.3rem .7rem; align-items:baseline; color:inherit; text-decoration:none; }
.row-link:hover .title { text-decoration:underline; }
.badges { display:inline-flex; flex-wrap:wrap; gap:.3rem; }
.title { font-weight:600; overflow-wrap:anywhere; }
.meta { font-size:.85rem; overflow-wrap:anywhere; }
.badge { display:inline-block; border-radius:999px; padding:.05rem .55rem; font-size:.78rem; font-weight:700; border:1px solid currentColor; white-space:nowrap; }
.sev { color:#fff; border-color:transparent; } .sev-P1 { background:var(--p1); } .sev-P2 { background:var(--p2); }
.sev-P3 { background:var(--p3); color:#1b1500; } .sev-P4 { background:var(--p4); }
.alert-firing { color:var(--bad); border-style:dashed; } .alert-resolved { color:var(--ok); border-style:dashed; }
.ok { color:var(--ok); } .warn { color:var(--warn); } .bad { color:var(--bad); } .info { color:var(--info); } .muted { color:var(--muted); }
.error { color:var(--bad); min-height:1em; }
.part p { margin:.3rem 0; overflow-wrap:anywhere; }
#incident { overflow-wrap:anywhere; } #incident > * { min-width:0; max-width:100%; }
pre { max-width:100%; margin:.3rem 0; padding:.5rem .7rem; background:var(--bg); border:1px solid var(--line); border-radius:6px; overflow:auto; font:12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; white-space:pre; }
pre.excerpt { white-space:pre-wrap; overflow-wrap:anywhere; }
.diff span { display:block; } .diff .add { background:var(--add); } .diff .del { background:var(--del); }
.diff .hunk { color:var(--info); } .diff .meta { color:var(--muted); font-size:12.5px; }
.evidence, .checks, .similar, .marks { padding-left:1.1rem; } .evidence li, .checks li, .similar li { margin:.35rem 0; overflow-wrap:anywhere; }
.todo li { margin:.25rem 0; overflow-wrap:anywhere; }
.actions { display:flex; flex-wrap:wrap; gap:.4rem 1rem; align-items:center; border:1px solid var(--line); border-radius:8px; padding:.2rem .8rem .6rem; }
.buttons { display:flex; flex-wrap:wrap; gap:.5rem; }
.timeline { list-style:none; margin:.5rem 0 0; padding:0 0 0 .8rem; border-left:2px solid var(--line); font-size:.9rem; }
.timeline li { margin:.25rem 0; overflow-wrap:anywhere; } .timeline time { color:var(--muted); font-variant-numeric:tabular-nums; margin-right:.5rem; }
.timeline li.plumbing { display:none; } .timeline.details li.plumbing { display:list-item; color:var(--muted); }
.timeline li.human { font-weight:600; }
.blocked { color:var(--bad); }
label { display:block; font-size:.85rem; color:var(--muted); margin-top:.5rem; } label.inline { display:inline; margin:0; }
label.inline input { width:auto; }
input, select, textarea { width:100%; font:inherit; padding:.5rem; border:1px solid var(--line); border-radius:6px; background:var(--bg); color:var(--ink); }
textarea { font-family:ui-monospace, SFMono-Regular, Menlo, monospace; font-size:.85rem; }
.row { display:grid; grid-template-columns:1fr 1fr; gap:.6rem; }
button { margin-top:.7rem; font:inherit; font-weight:600; padding:.55rem 1.1rem; border:0; border-radius:6px; background:var(--accent); color:#fff; cursor:pointer; min-height:44px; }
button.secondary { background:transparent; color:var(--accent); border:1px solid var(--accent); }
button:disabled { opacity:.55; cursor:default; }
@media (max-width:760px) { main { padding:.6rem; } .grid { grid-template-columns:1fr; gap:.6rem; } .row { grid-template-columns:1fr; } .filters > div { min-width:calc(50% - .3rem); } }
`;

// src/server/dashboard/app-js.ts
var APP_JS = `
const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem("sentry-token") || "";
let person = sessionStorage.getItem("sentry-name") || "";
const services = new Set();
const filters = { state: "", severity: "", service: "", q: "" };
let current = { id: "", updatedAt: "", showDetails: false };

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null) continue;
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null && c !== false) node.append(c);
  return node;
}
/** http(s) only, parsed: javascript:, data: and relative URLs become text, never links. */
function webUrl(text) {
  if (typeof text !== "string") return "";
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname ? url.href : "";
  } catch { return ""; }
}
function link(url, text) {
  const href = webUrl(url);
  if (!href) return el("span", { class: "muted", text: text + " (not a web link)" });
  return el("a", { href, target: "_blank", rel: "noopener noreferrer", text });
}
const TONE = { ok: "ok", warn: "warn", bad: "bad", info: "info" };
const badge = (text, cls) => el("span", { class: "badge " + (cls || "info"), text });
const sevBadge = (sev) => el("span", { class: "badge sev sev-" + (/^P[1-4]$/.test(sev) ? sev : "P4"), text: sev, title: "severity" });
const outcomeBadge = (o) => el("span", { class: "badge outcome " + (TONE[o.tone] || "info"), text: o.label, title: "what the run did" });
const alertBadge = (s) => el("span", { class: "badge alert-" + (s === "resolved" ? "resolved" : "firing"), text: "alert " + s, title: "the alert's own state" });

function ago(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 45) return "just now";
  if (s < 3600) return Math.round(s / 60) + " min ago";
  if (s < 86400) return Math.round(s / 3600) + " h ago";
  return Math.round(s / 86400) + " d ago";
}
/** "3 min ago · 2026-12-07 01:02 UTC": relative for a glance, the date for the postmortem. */
function whenText(iso) {
  const t = Date.parse(iso || "");
  if (Number.isNaN(t)) return "";
  return ago(Date.now() - t) + " · " + new Date(t).toISOString().slice(0, 16).replace("T", " ") + " UTC";
}
const when = (iso) => el("time", { datetime: iso || "", text: whenText(iso) });

async function api(path, init = {}) {
  const res = await fetch(path, { ...init, headers: { ...(init.headers || {}), authorization: "Bearer " + token } });
  const body = await res.json().catch(() => ({}));
  if (res.status === 401) { logout(body.reason || "unauthorized"); throw new Error("unauthorized"); }
  if (!res.ok) throw new Error(body.reason || body.error || res.statusText);
  return body;
}
const post = (path, body) => api(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function facts(target, rows) {
  target.replaceChildren(...rows.flatMap(([k, v, cls]) => [el("dt", { text: k }), el("dd", cls ? { class: cls, text: v } : { text: v })]));
}
function renderStatus(s) {
  facts($("status"), [
    ["Mode", s.mode, s.mode === "ACTIVE" ? "warn" : s.mode === "DISABLED" ? "bad" : "ok"],
    ["Kill switch", s.killSwitch.halted ? "HALTED: " + s.killSwitch.reason : "off", s.killSwitch.halted ? "bad" : "ok"],
    ["Circuit breaker", (s.circuitBreaker.open ? "OPEN " : "closed ") + "$" + s.circuitBreaker.spentUsd.toFixed(4) + " of $" + s.circuitBreaker.limitUsd + " / " + s.circuitBreaker.windowMinutes + " min", s.circuitBreaker.open ? "bad" : "ok"],
    ["Watcher", s.watcher.running ? "running on " + s.watcher.files.length + " file(s), " + s.watcher.triggers + " trigger(s)" : "stopped"],
    ["Queue", String(s.queue.pending) + " pending"],
  ]);
}
function renderSecurity(s) {
  const v = s.audit.verification;
  facts($("security"), [
    ["Audit chain", v.ok ? "verified (" + v.entries + " entries, " + v.seals + " seals)" : "BROKEN: " + v.message, v.ok ? "ok" : "bad"],
    ["Chain head", s.audit.head ? "#" + s.audit.head.seq + " " + s.audit.head.hash.slice(0, 16) + "…" : "empty"],
    ["Tool calls", s.gateway.allowed + " allowed, " + s.gateway.blocked + " blocked", s.gateway.blocked ? "warn" : "ok"],
    ["Blocked by", Object.entries(s.gateway.blockedBy).map(([k, n]) => k + " " + n).join(", ") || "none"],
    ["Injection flags", String(s.gateway.inputFlags), s.gateway.inputFlags ? "warn" : "ok"],
    ["Throttle", s.throttle.actions + " actions / " + s.throttle.windowSeconds + " s (" + s.throttle.blockedCalls + " throttled)"],
    ["Credentials", "expire after " + s.credentialTtlSeconds + " s"],
  ]);
  $("agents").replaceChildren(...s.agents.map((a) => el("li", {}, badge(a.status, a.status === "active" ? "warn" : "ok"), " ", el("code", { text: a.agentId }), el("span", { class: "muted", text: " run " + a.runId + ", expires " + whenText(a.expiresAt) }))));
}
function renderMemory(m) {
  if (!m.enabled) { $("memory-summary").textContent = "Memory is off (set SENTRY_MEMORY_FILE)."; $("memory").replaceChildren(); return; }
  $("memory-summary").textContent = m.total + " past incident(s) remembered";
  $("memory").replaceChildren(...m.entries.slice(0, 10).map((e) => el("li", {}, el("span", { class: "title", text: e.title }), " ", badge(e.category, "info"), e.fixWorked === true ? badge("fix worked", "ok") : e.fixWorked === false ? badge("fix failed", "bad") : null, el("div", { class: "muted", text: e.rootCause.slice(0, 240) }))));
}

function incidentRow(i) {
  return el("li", { class: "incident", "data-id": i.id },
    el("a", { class: "row-link", href: "#/incident/" + encodeURIComponent(i.id) },
      el("span", { class: "badges" }, sevBadge(i.severity), outcomeBadge(i.outcome), alertBadge(i.alertState), i.acknowledged ? badge("acknowledged", "ok") : null),
      el("span", { class: "title", text: i.title }),
      el("span", { class: "muted meta" }, (i.service ? i.service + " · " : "") + (i.outcome.reason ? i.outcome.reason.slice(0, 140) + " · " : ""), when(i.receivedAt))));
}
function renderServices() {
  const select = $("f-service");
  const have = new Set([...select.options].map((o) => o.value));
  for (const s of [...services].sort()) if (!have.has(s)) select.append(el("option", { value: s, text: s }));
}
function renderIncidents(list) {
  for (const i of list) if (i.service) services.add(i.service);
  renderServices();
  $("no-incidents").hidden = list.length > 0;
  $("no-incidents").textContent = Object.values(filters).some(Boolean) ? "No incident matches these filters." : "No incidents yet.";
  $("incidents").replaceChildren(...list.map(incidentRow));
}
function listQuery() {
  const p = new URLSearchParams({ limit: "200" });
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  return "/api/incidents?" + p.toString();
}
async function refreshList() {
  const [incidents, status, security, memory] = await Promise.all([api(listQuery()), api("/api/status"), api("/api/security"), api("/api/memory")]);
  renderIncidents(incidents.incidents); renderStatus(status); renderSecurity(security); renderMemory(memory);
}
async function refresh() {
  try {
    const id = incidentIdFromHash();
    if (id) await refreshIncident(id); else await refreshList();
    $("updated").textContent = "updated " + new Date().toISOString().slice(11, 19) + " UTC";
    // "3 min ago" ages while the page stays open, even where nothing else changed.
    for (const t of document.querySelectorAll("time[datetime]")) t.textContent = whenText(t.getAttribute("datetime"));
  } catch (e) { $("updated").textContent = "update failed: " + e.message; }
}
function incidentIdFromHash() {
  const m = /^#[/]incident[/]([a-z0-9-]{1,64})$/.exec(location.hash);
  return m ? m[1] : "";
}
function route() {
  const id = incidentIdFromHash();
  $("list-view").hidden = Boolean(id);
  $("incident-view").hidden = !id;
  if (id !== current.id) { current = { id, updatedAt: "", showDetails: false }; $("incident").replaceChildren(el("p", { class: "muted", text: "Loading…" })); }
  if (token) refresh();
}
function logout(reason) {
  token = ""; sessionStorage.removeItem("sentry-token");
  $("app").hidden = true; $("login").hidden = false; $("login-error").textContent = reason || "";
}
function start() { $("login").hidden = true; $("app").hidden = false; route(); }
$("login").addEventListener("submit", (ev) => {
  ev.preventDefault();
  token = $("token").value.trim(); sessionStorage.setItem("sentry-token", token);
  person = $("person").value.trim(); if (person) sessionStorage.setItem("sentry-name", person); else sessionStorage.removeItem("sentry-name");
  start();
});
$("filters").addEventListener("input", () => {
  filters.state = $("f-state").value; filters.severity = $("f-severity").value;
  filters.service = $("f-service").value; filters.q = $("f-q").value.trim();
  refresh();
});
$("filters").addEventListener("submit", (ev) => ev.preventDefault());
$("trigger").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const f = new FormData(ev.target);
  const body = { title: f.get("title"), severity: f.get("severity") };
  if (f.get("service")) body.service = f.get("service");
  if (f.get("logs")) body.logs = f.get("logs");
  try {
    const r = await post("/api/trigger", body);
    $("trigger-result").textContent = "Queued " + r.id; ev.target.reset(); refresh();
  } catch (e) { $("trigger-result").textContent = "Not queued: " + e.message; }
});
window.addEventListener("hashchange", route);
`;

// src/server/dashboard/app-js-incident.ts
var APP_JS_INCIDENT = `
const NL = String.fromCharCode(10);
function section(title, ...children) {
  return el("section", { class: "part" }, el("h3", { text: title }), ...children);
}
function diffView(patch) {
  const pre = el("pre", { class: "diff", "aria-label": "proposed diff" });
  for (const line of patch.split(NL)) {
    const cls = /^(---|[+][+][+]|====)/.test(line) ? "meta" : line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "";
    pre.append(el("span", { class: cls, text: line + NL }));
  }
  return pre;
}
function evidencePart(d) {
  const links = (d.links || []).filter((l) => webUrl(l.url));
  const items = (d.run && d.run.diagnosis ? d.run.diagnosis.evidence : []).slice(0, 12);
  if (!links.length && !items.length) return null;
  return section("Evidence",
    links.length ? el("ul", { class: "evidence-links" }, ...links.map((l) => el("li", {}, link(l.url, l.label), " ", el("span", { class: "muted", text: webUrl(l.url).slice(0, 120) })))) : null,
    items.length ? el("ul", { class: "evidence" }, ...items.map((e) => el("li", {},
      el("code", { text: e.file + (e.line ? ":" + e.line : "") }), e.note ? el("span", { class: "muted", text: " " + e.note }) : null,
      el("pre", { class: "excerpt", text: e.excerpt.slice(0, 600) })))) : null);
}
function fixPart(run) {
  const p = run && run.proposal;
  if (!p) return null;
  return section("Proposed fix",
    el("p", {}, badge("risk " + p.risk, p.risk === "low" ? "ok" : p.risk === "medium" ? "warn" : "bad"), " ", badge(p.applied ? "applied" : "not applied: awaits review", p.applied ? "ok" : "warn")),
    el("p", { text: p.rationale }),
    p.restart ? el("p", { text: "Restart: " + p.restart.service }) : null,
    p.patch ? diffView(p.patch) : null);
}
function verificationPart(run) {
  const v = run && run.verification;
  if (!v) return null;
  return section("Verification", el("p", {}, badge(v.outcome, v.outcome === "passed" ? "ok" : v.outcome === "failed" ? "bad" : "warn"), " ", v.summary),
    el("ul", { class: "checks" }, ...v.checks.map((c) => el("li", {}, badge(c.outcome, c.outcome === "pass" ? "ok" : c.outcome === "fail" ? "bad" : "info"), " ", el("strong", { text: c.name }), el("span", { class: "muted", text: " " + c.detail })))));
}
function similarPart(d) {
  if (!d.similar || !d.similar.length) return null;
  return section("Similar incidents", el("ul", { class: "similar" }, ...d.similar.slice(0, 5).map((s) => el("li", {},
    el("span", { class: "title", text: s.title }), " ", badge(Math.round(s.score * 100) + "% similar", "info"),
    s.fixWorked === true ? badge("fix worked", "ok") : s.fixWorked === false ? badge("fix failed", "bad") : null,
    s.rootCause ? el("div", { class: "muted", text: s.rootCause.slice(0, 240) }) : null))));
}
function timelinePart(d) {
  const box = el("input", { type: "checkbox", id: "show-details" });
  box.checked = current.showDetails;
  const list = el("ol", { class: "timeline" + (current.showDetails ? " details" : "") }, ...d.activity.slice(-200).map((a) =>
    el("li", { class: (a.plumbing ? "plumbing" : "") + (a.decision === "blocked" ? " blocked" : "") + (a.kind === "human" ? " human" : "") }, when(a.time), (a.agent ? a.agent + ": " : "") + a.text)));
  box.addEventListener("change", () => { current.showDetails = box.checked; list.classList.toggle("details", box.checked); });
  const hidden = d.activity.filter((a) => a.plumbing).length;
  return section("Timeline", el("label", { class: "inline" }, box, " show details (" + hidden + " agent and tool entries)"), list);
}
function actionsPart(d) {
  const out = el("p", { id: "action-result", role: "status" });
  const act = async (path, body, button) => {
    button.disabled = true;
    try { renderIncident(await post("/api/incidents/" + encodeURIComponent(d.id) + path, { ...body, ...(person ? { by: person } : {}) })); }
    catch (e) { out.textContent = "Not recorded: " + e.message; button.disabled = false; }
  };
  const ack = el("button", { id: "ack", type: "button", text: d.acknowledged ? "Acknowledged" : "Acknowledge" });
  if (d.acknowledged) ack.disabled = true;
  ack.addEventListener("click", () => act("/acknowledge", {}, ack));
  const buttons = [ack];
  if (d.run && d.run.proposal) {
    const worked = el("button", { id: "fix-worked", type: "button", class: "secondary", text: "The fix worked" });
    const failed = el("button", { id: "fix-failed", type: "button", class: "secondary", text: "The fix didn't work" });
    worked.addEventListener("click", () => act("/outcome", { fixWorked: true }, worked));
    failed.addEventListener("click", () => act("/outcome", { fixWorked: false }, failed));
    buttons.push(worked, failed);
  }
  const marks = [];
  if (d.acknowledged) marks.push(el("li", {}, "Acknowledged" + (d.acknowledged.by ? " by " + d.acknowledged.by : ""), " ", when(d.acknowledged.at)));
  if (d.fixOutcome) marks.push(el("li", { class: d.fixOutcome.fixWorked ? "ok" : "bad" }, (d.fixOutcome.fixWorked ? "The fix worked" : "The fix did not work") + (d.fixOutcome.by ? " (" + d.fixOutcome.by + ")" : ""), " ", when(d.fixOutcome.at)));
  return el("div", { class: "actions" }, el("div", { class: "buttons" }, ...buttons), marks.length ? el("ul", { class: "marks" }, ...marks) : null, out);
}
function renderIncident(d) {
  current.updatedAt = d.updatedAt;
  const run = d.run || {};
  const diag = run.diagnosis;
  // replaceChildren would print a null as "null": sections with nothing to say are left out first.
  const parts = [
    el("h2", { class: "incident-title", text: d.title }),
    el("p", { class: "badges" }, sevBadge(d.severity), outcomeBadge(d.outcome), alertBadge(d.alertState), d.acknowledged ? badge("acknowledged", "ok") : null),
    el("p", { class: "muted meta" }, (d.service ? d.service + " · " : "") + d.source + " · " + d.id + " · received ", when(d.receivedAt)),
    actionsPart(d),
    section("Verdict", el("p", { class: "verdict" }, el("strong", { class: TONE[d.outcome.tone] || "info", text: d.outcome.label }), d.outcome.reason ? ": " + d.outcome.reason : "")),
    diag ? section("Root cause", el("p", {}, badge(diag.category, "info"), " ", badge("confidence " + Math.round(diag.confidence * 100) + "%", "info")), el("p", { class: "summary", text: diag.summary }), diag.rootCause && diag.rootCause !== diag.summary ? el("p", { text: diag.rootCause }) : null) : null,
    d.incident.description ? section("Alert", el("p", { text: d.incident.description })) : null,
    evidencePart(d),
    fixPart(run),
    diag && diag.recommendedActions.length ? section("What to do", el("ol", { class: "todo" }, ...diag.recommendedActions.map((a) => el("li", { text: a })))) : null,
    verificationPart(run),
    similarPart(d),
    timelinePart(d)];
  $("incident").replaceChildren(...parts.filter(Boolean));
}
async function refreshIncident(id) {
  const d = await api("/api/incidents/" + encodeURIComponent(id));
  if (d.updatedAt !== current.updatedAt) renderIncident(d);
}
if (token) start();
setInterval(() => { if (token && !document.hidden) refresh(); }, 3000);
`;

// src/server/dashboard/page-html.ts
var PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claude Sentry</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dashboard/app.css">
<script type="module" src="/dashboard/app.js"></script>
</head>
<body>
<header>
  <h1><a href="#/">Claude Sentry</a></h1>
  <span id="updated" class="muted">not connected</span>
</header>
<form id="login" class="card" autocomplete="off">
  <label for="token">API token</label>
  <input id="token" name="token" type="password" required placeholder="SENTRY_API_TOKEN">
  <label for="person">Your name (optional; recorded with what you do here)</label>
  <input id="person" name="person" maxlength="100" placeholder="alex">
  <button type="submit">Connect</button>
  <p id="login-error" class="error" role="alert"></p>
</form>
<main id="app" hidden>
  <div id="list-view">
    <section class="card" id="incidents-panel" aria-labelledby="incidents-h">
      <h2 id="incidents-h">Incidents</h2>
      <form id="filters" class="filters" role="search">
        <div><label for="f-state">State</label>
          <select id="f-state" name="state">
            <option value="">any</option><option value="firing">alert firing</option><option value="resolved">alert resolved</option>
            <option>PROPOSED</option><option>ESCALATED</option><option>FAILED</option><option>FIXED</option>
            <option>NOTHING_WRONG</option><option>HALTED</option><option>RUNNING</option><option>ACKNOWLEDGED</option>
          </select></div>
        <div><label for="f-severity">Severity</label>
          <select id="f-severity" name="severity"><option value="">any</option><option>P1</option><option>P2</option><option>P3</option><option>P4</option></select></div>
        <div><label for="f-service">Service</label>
          <select id="f-service" name="service"><option value="">any</option></select></div>
        <div class="grow"><label for="f-q">Search</label>
          <input id="f-q" name="q" type="search" maxlength="200" placeholder="title, service, cause…"></div>
      </form>
      <p id="no-incidents" class="muted">No incidents yet.</p>
      <ul id="incidents" class="list"></ul>
    </section>
    <div class="grid">
      <section class="card" id="status-panel" aria-labelledby="status-h">
        <h2 id="status-h">Status</h2>
        <dl id="status" class="facts"></dl>
      </section>
      <section class="card" id="security-panel" aria-labelledby="security-h">
        <h2 id="security-h">Security posture</h2>
        <dl id="security" class="facts"></dl>
        <details><summary>Agent identities</summary><ul id="agents" class="list"></ul></details>
      </section>
      <section class="card" id="trigger-panel" aria-labelledby="trigger-h">
        <h2 id="trigger-h">Trigger a diagnosis</h2>
        <form id="trigger">
          <label for="t-title">Title</label>
          <input id="t-title" name="title" required maxlength="500" placeholder="checkout 5xx after deploy">
          <div class="row">
            <div><label for="t-severity">Severity</label>
              <select id="t-severity" name="severity"><option>P1</option><option>P2</option><option selected>P3</option><option>P4</option></select></div>
            <div><label for="t-service">Service</label><input id="t-service" name="service" pattern="[A-Za-z0-9_.\\-]{1,100}" placeholder="checkout"></div>
          </div>
          <label for="t-logs">Log lines (optional)</label>
          <textarea id="t-logs" name="logs" rows="5" placeholder="paste the error lines here"></textarea>
          <button type="submit">Trigger</button>
          <p id="trigger-result" role="status"></p>
        </form>
      </section>
      <section class="card" id="memory-panel" aria-labelledby="memory-h">
        <h2 id="memory-h">Memory</h2>
        <p id="memory-summary" class="muted"></p>
        <ul id="memory" class="list"></ul>
      </section>
    </div>
  </div>
  <div id="incident-view" hidden>
    <p><a href="#/" id="back">← All incidents</a></p>
    <article class="card" id="incident" aria-live="polite"></article>
  </div>
</main>
</body>
</html>
`;

// src/server/dashboard.ts
var SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()"
};
function send(res, type, body) {
  res.writeHead(200, {
    "content-type": `${type}; charset=utf-8`,
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-cache",
    ...SECURITY_HEADERS
  });
  res.end(body);
}
function dashboardRoutes() {
  const page2 = ({ res }) => send(res, "text/html", PAGE_HTML);
  const script = APP_JS + APP_JS_INCIDENT;
  return [
    { method: "GET", path: "/", handler: page2 },
    { method: "GET", path: "/dashboard", handler: page2 },
    { method: "GET", path: "/dashboard/app.js", handler: ({ res }) => send(res, "text/javascript", script) },
    { method: "GET", path: "/dashboard/app.css", handler: ({ res }) => send(res, "text/css", APP_CSS) }
  ];
}

// src/server/incident-queue.ts
function addLink(record2, link, time) {
  if (!isWebUrl(link.url) || record2.links.some((l) => l.url === link.url)) return;
  record2.links.push(link);
  pushActivity(record2, { time, kind: "event", text: `delivered: ${link.label} ${link.url}` });
}
function auditActivity(entry) {
  const kind = entry.kind === "tool-call" ? "tool-call" : "event";
  const what = entry.kind === "tool-call" ? `${entry.tool} ${entry.decision}: ${entry.reason ?? ""}` : entry.reason ?? "";
  return {
    time: entry.time,
    kind,
    text: what.slice(0, 500),
    ...entry.agent ? { agent: entry.agent } : {},
    ...entry.decision ? { decision: entry.decision } : {}
  };
}
function failureReason(error) {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split("\n")[0]?.trim() ?? "";
  return (line || "unknown error").slice(0, 300);
}
function createIncidentRunner(options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  return async (record2, logs, execute = options.execute) => {
    const now = () => clock().toISOString();
    record2.status = "running";
    try {
      const result = await execute({
        incident: record2.incident,
        ...logs !== void 0 ? { logs } : {},
        onState: (state) => {
          record2.state = state;
          pushActivity(record2, { time: now(), kind: "state", text: state });
        }
      });
      for (const link of result.delivered ?? []) addLink(record2, link, now());
      if (result.run === void 0) {
        record2.state = result.state;
        record2.status = "done";
        pushActivity(record2, { time: now(), kind: "finished", text: `${result.state}: ${result.reason}` });
        options.book.save(record2);
        return;
      }
      const { run } = result;
      if (result.similar) record2.similar = result.similar;
      options.book.addAudit(result.audit);
      for (const entry of result.audit) if (entry.kind !== "seal") pushActivity(record2, auditActivity(entry));
      record2.activity.sort((x, y) => x.time.localeCompare(y.time));
      record2.run = run;
      record2.state = run.finalState;
      record2.status = "done";
      pushActivity(record2, { time: now(), kind: "finished", text: `${run.finalState}: ${run.reason}` });
      options.book.save(record2);
      options.onRun?.(run);
    } catch (error) {
      record2.status = "failed";
      record2.error = failureReason(error);
      pushActivity(record2, { time: now(), kind: "error", text: `run failed: ${record2.error}` });
      options.book.save(record2);
      options.log?.("incident run failed", error);
    }
  };
}
function createIncidentQueue(options) {
  const runOne = createIncidentRunner(options);
  const maxQueued = options.maxQueued ?? 20;
  let waiting = 0;
  let chain = Promise.resolve();
  return {
    submit(incident, via, logs) {
      if (waiting >= maxQueued) return { status: "busy" };
      const record2 = options.book.open(incident, via);
      waiting += 1;
      chain = chain.then(() => runOne(record2, logs)).finally(() => {
        waiting -= 1;
      });
      return { status: "queued", id: record2.id };
    },
    pending: () => waiting,
    idle: () => chain
  };
}

// src/server/incident-store.ts
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
var ActivitySchema = external_exports.object({
  time: external_exports.string().max(40),
  kind: external_exports.enum(["received", "state", "tool-call", "event", "finished", "error", "human"]),
  text: external_exports.string().max(2e3),
  agent: external_exports.string().max(100).optional(),
  decision: external_exports.enum(["allowed", "blocked"]).optional()
});
var HumanMarkSchema = external_exports.object({
  at: external_exports.string().max(40),
  by: external_exports.string().max(100).optional(),
  note: external_exports.string().max(1e3).optional()
});
var StoredIncidentSchema = external_exports.object({
  id: external_exports.string().regex(/^[a-z0-9-]{1,64}$/),
  incident: IncidentSchema,
  via: external_exports.string().max(200),
  status: external_exports.enum(["queued", "running", "done", "failed"]),
  state: external_exports.string().max(40),
  receivedAt: external_exports.string().max(40),
  updatedAt: external_exports.string().max(40),
  run: external_exports.unknown().optional(),
  // Shown as text only; kept loose so a newer memory format still loads.
  similar: external_exports.array(external_exports.looseObject({ runId: external_exports.string(), title: external_exports.string(), score: external_exports.number() })).max(50),
  activity: external_exports.array(ActivitySchema).max(1e3),
  links: external_exports.array(external_exports.object({ label: external_exports.string().max(200), url: external_exports.string().max(2e3) })).max(20),
  error: external_exports.string().max(1e3).optional(),
  alertIds: external_exports.array(external_exports.string().regex(/^[a-z0-9-]{1,64}$/)).max(MAX_GROUPED_ALERT_IDS).optional(),
  acknowledged: HumanMarkSchema.optional(),
  fixOutcome: HumanMarkSchema.extend({ fixWorked: external_exports.boolean() }).optional()
});
var LooseRunSchema = external_exports.looseObject({
  id: external_exports.string(),
  finalState: external_exports.string(),
  reason: external_exports.string(),
  finishedAt: external_exports.string(),
  usage: external_exports.looseObject({ costUsd: external_exports.number() })
});
function readRun(value) {
  const strict = RunSchema.safeParse(value);
  if (strict.success) return strict.data;
  return LooseRunSchema.safeParse(value).success ? value : void 0;
}
var INTERRUPTED = "serve stopped before the run finished";
function slim(record2) {
  const { run, ...rest } = record2;
  return {
    ...rest,
    similar: record2.similar,
    ...run ? { run: { ...run, toolCalls: [], agentOutputs: [] } } : {}
  };
}
function revive(stored) {
  const { run: rawRun, ...rest } = stored;
  const run = readRun(rawRun);
  const record2 = {
    ...rest,
    ...run ? { run } : {},
    similar: stored.similar
  };
  if (record2.status === "queued" || record2.status === "running") {
    record2.status = "failed";
    record2.error = INTERRUPTED;
    record2.activity.push({ time: record2.updatedAt, kind: "error", text: INTERRUPTED });
  }
  return record2;
}
function createIncidentStore(file, options = {}) {
  const max = options.max ?? 200;
  return {
    load() {
      let text;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        if (error.code === "ENOENT") return { records: [], rejected: 0 };
        throw error;
      }
      const byId = /* @__PURE__ */ new Map();
      let rejected = 0;
      const lines = text.split("\n").filter((line) => line.trim() !== "");
      for (const line of lines) {
        let parsed;
        try {
          parsed = StoredIncidentSchema.safeParse(JSON.parse(line));
        } catch {
          rejected += 1;
          continue;
        }
        if (!parsed.success) {
          rejected += 1;
          continue;
        }
        byId.delete(parsed.data.id);
        byId.set(parsed.data.id, parsed.data);
      }
      const kept = [...byId.values()].slice(-max);
      if (lines.length > 2 * Math.max(kept.length, 1) || rejected > 0) {
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, kept.map((r) => `${JSON.stringify(r)}
`).join(""), { mode: 384 });
        renameSync(temp, file);
      }
      return { records: kept.map(revive), rejected };
    },
    save(record2) {
      mkdirSync(dirname(file), { recursive: true });
      appendFileSync(file, `${JSON.stringify(slim(record2))}
`, { mode: 384 });
    }
  };
}

// src/server/api-app.ts
function incidentFromWatcher(trigger, now) {
  const what = trigger.reason === "burst" ? `Error burst (${trigger.errors} errors)` : "New error";
  const base = incidentFromTrigger(
    {
      title: `${what} in ${basename2(trigger.file)}: ${trigger.template}`.slice(0, 500),
      severity: "P3",
      labels: { file: trigger.file, reason: trigger.reason }
    },
    now
  );
  return { ...base, source: "watcher", raw: { via: "watcher", file: trigger.file, reason: trigger.reason } };
}
function noteAlertState(book, event, now) {
  const record2 = book.get(event.incident.id);
  if (!record2) return;
  const time = now.toISOString();
  let changed = false;
  const alertId = event.alert?.id;
  if (alertId && alertId !== record2.id && !record2.alertIds?.includes(alertId)) {
    record2.alertIds = [...record2.alertIds ?? [], alertId].slice(-MAX_GROUPED_ALERT_IDS);
    pushActivity(record2, { time, kind: "received", text: `alert ${alertId} grouped here` });
    changed = true;
  }
  if (record2.incident.status !== event.incident.status) {
    record2.incident = { ...record2.incident, status: event.incident.status };
    if (event.incident.endedAt) record2.incident.endedAt = event.incident.endedAt;
    pushActivity(record2, { time, kind: "received", text: `alert ${event.incident.status}` });
    changed = true;
  }
  if (changed) book.save(record2);
}
function createSentryApi(options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const book = createIncidentBook({
    clock,
    ...options.incidentsFile ? { store: createIncidentStore(options.incidentsFile) } : {},
    ...options.log ? { log: options.log } : {}
  });
  const metrics = createMetrics({
    incidentStates: () => book.states(),
    ...options.version ? { version: options.version } : {},
    breaker: () => {
      const spentUsd = spendInWindow(book, options.config, clock());
      const limitUsd = options.config.costLimit.usd;
      return { open: spentUsd >= limitUsd, spentUsd, limitUsd };
    },
    haltReason: () => haltReason(options.mode, options.repoRoot),
    queueDepth: () => queue.pending()
  });
  const runnerOptions = {
    book,
    execute: options.execute,
    onRun: (run) => metrics.observeRun(run),
    clock,
    ...options.log ? { log: options.log } : {}
  };
  const queue = createIncidentQueue(runnerOptions);
  const runTracked = createIncidentRunner(runnerOptions);
  const countAlert = (event) => metrics.observeAlert({ source: event.incident.source, deduplicated: event.kind === "updated" });
  const watcher = createLogWatcher({
    settings: DetectorSettingsSchema.parse(options.watcherSettings ?? {}),
    onTrigger: (trigger) => {
      queue.submit(incidentFromWatcher(trigger, clock()), "watcher", {
        text: trigger.logText,
        file: trigger.file,
        firstLine: trigger.firstLine
      });
    },
    ...options.watcherPollMs ? { pollMs: options.watcherPollMs } : {},
    clock,
    ...options.log ? { log: options.log } : {}
  });
  const api = createApiRoutes({
    token: options.token,
    book,
    queue,
    status: {
      mode: options.modeLabel ?? options.mode,
      haltReason: () => haltReason(options.mode, options.repoRoot),
      config: options.config
    },
    auditStore: options.auditStore,
    ...options.memory ? { memory: options.memory } : {},
    ...options.auditAction ? { auditAction: options.auditAction } : {},
    watcher,
    ...options.watchRoots ? { watchRoots: options.watchRoots } : {},
    ...options.version ? { version: options.version } : {},
    clock
  });
  const metricsRoute = {
    ...metrics.route,
    // A scraper may hold its own read-only token; the API token (which can trigger runs) still works.
    handler: requireToken(
      options.metricsToken ? [options.token, options.metricsToken] : options.token,
      metrics.route.handler
    )
  };
  const tracked = /* @__PURE__ */ new Set();
  return {
    routes: [...api, metricsRoute, ...dashboardRoutes()],
    book,
    queue,
    metrics,
    watcher,
    onAlert(event) {
      countAlert(event);
      if (event.runAllowed) queue.submit(event.incident, `alert:${event.incident.source}`);
      else noteAlertState(book, event, clock());
    },
    countAlert,
    noteAlert: (event) => noteAlertState(book, event, clock()),
    track(incident, via, execute) {
      const running = runTracked(book.open(incident, via), void 0, execute);
      tracked.add(running);
      return running.finally(() => tracked.delete(running));
    },
    async close() {
      await watcher.stop();
      await queue.idle();
      await Promise.all(tracked);
    }
  };
}

export {
  sendJson,
  sendJsonText,
  createRouter,
  healthRoute,
  createSentryServer,
  readBody,
  DetectorSettingsSchema,
  createLogWatcher,
  createSerial,
  incidentFromWatcher,
  createSentryApi
};
