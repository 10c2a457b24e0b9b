import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { CODE, CONFIG } from "./locators.js";

/** Where a function's limits are set: serverless.yml, SAM/CloudFormation, Terraform, CDK, Cloud Run or Functions config. */
const FUNCTION_FILES =
  /(^|\/)(serverless\.ya?ml|template\.ya?ml|samconfig\.toml|host\.json|service\.ya?ml|firebase\.json)$|\.(tf|tfvars)$|(^|\/)(cdk|infra|lib)\/.*\.(ts|js|py)$/i;

const FUNCTION_TIMEOUT: RepoLocator[] = [
  {
    grep: "^\\s*(timeout|Timeout|functionTimeout|timeoutSeconds)\\s*[:=]|\\btimeout\\s*:\\s*(Duration|cdk\\.Duration)\\.|--timeout[= ]",
    files: FUNCTION_FILES,
    what: "the function's timeout",
  },
];

const FUNCTION_MEMORY: RepoLocator[] = [
  {
    grep: "^\\s*(memorySize|MemorySize|memory_size|memory|availableMemory|availableMemoryMb)\\s*[:=]|--memory[= ]",
    files: FUNCTION_FILES,
    what: "the function's memory size",
  },
];

/** Where the app picks the port it listens on: a hard-coded number where the platform's PORT should be read. */
const LISTEN_PORT: RepoLocator[] = [
  {
    grep: '\\.listen\\(\\s*\\d{2,5}\\b|\\.run\\([^)]*port\\s*=\\s*\\d{2,5}|ListenAndServe\\("[^"]*:\\d{2,5}"|--(port|bind)[= ][\\w.:]*\\d{2,5}|server\\.port\\s*[=:]\\s*\\d{2,5}',
    files: new RegExp(`${CODE.source}|${CONFIG.source}`, "i"),
    what: "where the app sets the port it listens on (the platform passes it in PORT)",
  },
  { grep: "^EXPOSE\\s+\\d+", files: /(^|\/)Dockerfile[\w.-]*$/, what: "the port the image exposes" },
];

/** Functions as a service (AWS Lambda, Google Cloud Functions and Run, Azure Functions): their hard limits per invocation. */
export const SERVERLESS_PATTERNS: FailurePattern[] = [
  {
    id: "function-timeout",
    title: "Function invocations hit their timeout and are killed",
    category: "resource_limits",
    severity: "P2",
    rank: 19,
    keywords: [
      "task timed out after",
      "finished with status: 'timeout'",
      "timeout value of",
      "status: timeout",
      "function_invocation_timeout",
    ],
    matchers: [
      /\bTask timed out after (?<subject>\d+(?:\.\d+)?) seconds/,
      /Function execution took \d+ ms, finished with status: 'timeout'/,
      /Timeout value of (?<subject>[\d:.]+) (?:was )?exceeded by function/,
      /^REPORT RequestId: .*\bStatus: timeout\b/,
      /\bFUNCTION_INVOCATION_TIMEOUT\b/,
    ],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html ("Task timed out after 3.00 seconds")',
      "https://cloud.google.com/functions/docs/troubleshooting (\"Function execution took 60000 ms, finished with status: 'timeout'\")",
      "Azure/azure-functions-host src/WebJobs.Script/Host/FunctionTimeoutException (\"Timeout value of 00:05:00 exceeded by function 'Functions.X'\")",
    ],
    subjectKind: "timeout",
    fixability: 0.2,
    cause:
      "Invocations run longer than the function's configured timeout, so the platform stops them mid-work: a slow downstream call (no client timeout shorter than the function's), a cold start into a VPC, or a batch grown past what one invocation can finish.",
    actions: [
      "Find what the invocation waited on (the last line it logged before the timeout, X-Ray or Cloud Trace spans); give downstream calls timeouts shorter than the function's.",
      "Raise the function's timeout only to the real work time, or split the batch; an SQS trigger's visibility timeout must stay above it.",
    ],
    confirm: [
      "The REPORT line's Duration equals the configured timeout; the invocation's last log line is a call that did not return.",
    ],
    ruleOut: [
      "Durations well under the timeout: the errors are the function's own, not the platform's limit.",
    ],
    repo: FUNCTION_TIMEOUT,
  },
  {
    id: "function-out-of-memory",
    title: "Platform instance killed at its memory limit (functions, Cloud Run, App Engine, Render)",
    category: "out_of_memory",
    severity: "P1",
    rank: 12,
    keywords: [
      "runtime exited with error: signal: killed",
      "runtime.outofmemory",
      "memory limit of",
      "finished with status: 'out of memory'",
      "error: memory limit exceeded",
      "exceeded soft memory limit",
      "exceeded hard memory limit",
      "ran out of memory (used over",
    ],
    matchers: [
      /Runtime exited with error: signal: killed/,
      /\bRuntime\.OutOfMemory\b/,
      /Memory limit of (?<subject>\d+ ?[MG]i?B) exceeded with \d+ ?[MG]i?B used/,
      /finished with status: 'out of memory'/,
      /^Error: memory limit exceeded\.?$/,
      /Exceeded (?:soft|hard) memory limit of (?<subject>\d+ ?[MG]i?B) with \d+ ?[MG]i?B/,
      /Ran out of memory \(used over (?<subject>\d+ ?[MG]i?B)\) while running your code/,
    ],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html ("Runtime exited with error: signal: killed", errorType Runtime.OutOfMemory; "Max Memory Used" equal to "Memory Size")',
      'https://cloud.google.com/run/docs/troubleshooting ("Memory limit of 512 MiB exceeded with 530 MiB used. Consider increasing the memory limit")',
      'https://cloud.google.com/functions/docs/troubleshooting ("Error: memory limit exceeded.", "finished with status: \'out of memory\'")',
      'https://cloud.google.com/appengine/docs/standard ("Exceeded soft memory limit of 256 MB with 270 MB after servicing 12 requests total"); https://render.com/docs/troubleshooting-deploys ("Ran out of memory (used over 512MB) while running your code.")',
    ],
    subjectKind: "limit",
    fixability: 0.3,
    cause:
      "The function's instance used all the memory it is given and the platform killed it: the invocation fails, and with it any other request the instance was serving (Cloud Run concurrency). A large payload read whole, a cache kept in a global across invocations, or a memory size set too low.",
    actions: [
      "Compare `Max Memory Used` (Lambda REPORT lines) or the instance's memory metric with the configured size over several invocations: steady growth across warm invocations is a leak in globals.",
      "Stream large objects instead of reading them whole; raise the memory size if the need is real (it also buys CPU on Lambda).",
    ],
    confirm: ["REPORT lines with Max Memory Used equal to Memory Size just before the kill."],
    ruleOut: [
      "Max Memory Used well below Memory Size: the runtime was killed for another reason (timeout, a crash).",
    ],
    repo: FUNCTION_MEMORY,
  },
  {
    id: "platform-start-port-timeout",
    title: "The platform gives up on the new revision: nothing answered on its port in time",
    category: "configuration",
    severity: "P1",
    rank: 9,
    keywords: [
      "failed to start and listen on the port",
      "didn't respond to http pings",
      "did not start within expected time limit",
    ],
    matchers: [
      /failed to start and listen on the port defined (?:provided )?by the PORT=(?<subject>\d+) environment variable/,
      /didn't respond to HTTP pings on port: (?<subject>\d+), failing site start/,
      /did not start within expected time limit/,
    ],
    sources: [
      'https://cloud.google.com/run/docs/troubleshooting ("The user-provided container failed to start and listen on the port defined provided by the PORT=8080 environment variable")',
      'https://learn.microsoft.com/en-us/azure/app-service/configure-custom-container ("Container … didn\'t respond to HTTP pings on port: 8080, failing site start"; WEBSITES_PORT)',
    ],
    subjectKind: "port",
    fixability: 0.2,
    cause:
      "The platform started the new revision and waited for it to answer on the port it gives the container (Cloud Run's PORT, App Service's WEBSITES_PORT), and nothing did: the app listens on another port or only on 127.0.0.1, crashed at start, or starts slower than the platform waits. The revision is not rolled out (or the site stops).",
    actions: [
      "Read the container's own start-up log for a crash; check the app binds 0.0.0.0 on the port from the PORT variable (not a hard-coded one).",
      "If it only starts slowly, raise the platform's start timeout (App Service WEBSITES_CONTAINER_START_TIME_LIMIT, a Cloud Run startup probe) or make start-up faster.",
    ],
    confirm: [
      "Run the image locally with PORT set: it should answer on that port within the platform's limit.",
    ],
    ruleOut: ["The app answers on the port and the health path fails: a health check problem instead."],
    repo: LISTEN_PORT,
  },
];
