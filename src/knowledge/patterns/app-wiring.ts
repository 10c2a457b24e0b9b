import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { CODE } from "./locators.js";

/** Where the type the container could not supply is declared: is it a component, is it scanned? */
const DECLARED_TYPE: RepoLocator[] = [
  {
    grep: "\\b(class|interface)\\s+{subject}\\b",
    files: CODE,
    what: "where the missing bean's type is declared",
  },
];

/** An application's own wiring: the beans it is assembled from, the answers it parses, the threads it hands work to. */
export const APP_WIRING_PATTERNS: FailurePattern[] = [
  {
    id: "spring-bean-missing",
    title: "Spring cannot start: a required bean is missing",
    category: "configuration",
    severity: "P1",
    rank: 20,
    keywords: ["required a bean of type", "no qualifying bean of type"],
    matchers: [
      /required a bean of type '(?:[\w$]+\.)*(?<subject>[\w$]+)' that could not be found/,
      /NoSuchBeanDefinitionException: No qualifying bean of type '(?:[\w$]+\.)*(?<subject>[\w$]+)'/,
    ],
    sources: [
      "spring-projects/spring-boot …/diagnostics/analyzer/NoSuchBeanDefinitionFailureAnalyzer.java (\"%s required a bean of type '%s' that could not be found.\")",
      "spring-projects/spring-framework …/beans/factory/NoSuchBeanDefinitionException.java (\"No qualifying bean of type '%s' available\")",
    ],
    subjectKind: "service",
    fixability: 0.2,
    cause:
      "The application context cannot be built: a class asks for a bean nobody defines (a @Component or @Configuration not scanned after a package move, a bean behind a @Profile or @ConditionalOn… that is off in this environment, a starter dependency dropped), so the service exits at start-up.",
    actions: [
      "Find the type the message names: is it annotated (@Component, @Service) or defined by a @Bean, and is its package under the @SpringBootApplication's scan?",
      "Check the profiles and conditions active in this environment (`--debug` prints the conditions report).",
    ],
    confirm: ["No bean definition of that type is active under the profiles the service starts with."],
    ruleOut: [
      "Several beans of the type exist (NoUniqueBeanDefinitionException): a qualifier is missing instead.",
    ],
    repo: DECLARED_TYPE,
  },
  {
    id: "upstream-html-not-json",
    title: "A dependency answered with HTML (an error or login page) where JSON was expected",
    category: "upstream_errors",
    severity: "P2",
    rank: 46,
    keywords: [
      "not valid json",
      "unexpected token <",
      "in json at position 0",
      "expecting value: line 1 column 1",
      "unexpected character ('<'",
      "invalid character '<'",
    ],
    matchers: [
      /Unexpected token '?<'?,? (?:"<(?:!DOCTYPE|html)|in JSON at position 0)/i,
      /JSONDecodeError: Expecting value: line 1 column 1 \(char 0\)/,
      /Unexpected character \('<' \(code 60\)\)/,
      /invalid character '<' looking for beginning of value/,
    ],
    minCount: 2,
    sources: [
      'nodejs/node (V8 JSON.parse: "Unexpected token \'<\', \\"<!DOCTYPE \\"... is not valid JSON"; before Node 20 "Unexpected token < in JSON at position 0")',
      'python/cpython Lib/json/decoder.py ("Expecting value: line 1 column 1 (char 0)"); psf/requests JSONDecodeError',
      "FasterXML/jackson-core JsonParseException (\"Unexpected character ('<' (code 60))\"); golang/go encoding/json (\"invalid character '<' looking for beginning of value\")",
    ],
    fixability: 0.1,
    cause:
      "A call the service makes expects JSON and gets an HTML page instead: the dependency (or a proxy or gateway in front of it) answered with an error page (502/503, a maintenance page, a WAF block) or a login redirect, and the client parses the body without checking the status or content type.",
    actions: [
      "Log the status and the first bytes of the body where the response is parsed; reproduce the call with `curl -i` to see who answered (the Server header, a proxy's error page).",
      "Fix the dependency or route it answers from, and make the client check status and Content-Type before parsing.",
    ],
    confirm: ["The raw response for those calls is an HTML page with a non-2xx status."],
    ruleOut: [
      "The body is JSON and the parser fails later in it: a schema or encoding change, not an error page.",
    ],
  },
  {
    id: "executor-saturated",
    title: "Thread pool saturated: work is rejected or queued behind busy threads",
    category: "resource_limits",
    severity: "P2",
    rank: 23,
    keywords: ["rejectedexecutionexception", "are currently busy, waiting"],
    matchers: [
      /RejectedExecutionException: Task .{1,200}? rejected from .{0,120}?ThreadPoolExecutor@\w+\[Running, pool size = (?<subject>\d+), active threads = \d+/,
      /All threads \((?<subject>\d+)\) are currently busy, waiting\. Increase maxThreads/,
    ],
    sources: [
      'openjdk/jdk java.base/java/util/concurrent/ThreadPoolExecutor.java (AbortPolicy: "Task " + r + " rejected from " + executor, toString "[Running, pool size = …, active threads = …, queued tasks = …]")',
      'apache/tomcat java/org/apache/tomcat/util/net/AbstractEndpoint.java (endpoint.allThreadsBusy: "All threads ({0}) are currently busy, waiting. Increase maxThreads ({1}) or check the servlet status")',
    ],
    subjectKind: "limit",
    consequenceOf: [
      "slow-query",
      "dependency-timeout",
      "lock-wait-timeout",
      "connection-pool-exhausted",
      "deadlock",
    ],
    fixability: 0.1,
    cause:
      "Every thread of the pool is busy and its queue is full, so new work is rejected (or requests wait for a thread): the threads are blocked on something slow (a dependency, a database, a lock) more often than the pool is too small.",
    actions: [
      "Take a thread dump (`jcmd PID Thread.print`) and see what the busy threads wait on; that wait is the cause.",
      "Give the slow calls timeouts shorter than the request's; raise the pool (maxThreads, the executor's size) only for real concurrency the host can serve.",
    ],
    confirm: [
      "A thread dump shows the pool's threads all in one wait (a socket read, a pool checkout, a lock).",
    ],
    ruleOut: ["Threads are busy computing (high CPU): the pool matches the host and load exceeds capacity."],
  },
];
