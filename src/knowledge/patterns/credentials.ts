import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { DB_ENDPOINT, CONFIG_OR_MANIFESTS as SETTINGS } from "./locators-settings.js";

/** Where a workload is given its cloud identity: IRSA / Workload Identity annotations, the service account, env keys. */
const CLOUD_IDENTITY: RepoLocator[] = [
  {
    grep: "eks\\.amazonaws\\.com/role-arn|iam\\.gke\\.io/gcp-service-account|azure\\.workload\\.identity|serviceAccountName:|AWS_(PROFILE|ROLE_ARN|WEB_IDENTITY_TOKEN_FILE|ACCESS_KEY_ID)|GOOGLE_APPLICATION_CREDENTIALS|AZURE_(CLIENT_ID|TENANT_ID)",
    files: SETTINGS,
    what: "where the workload is given its cloud identity",
  },
];

const SMTP_SETTINGS: RepoLocator[] = [
  {
    grep: "SMTP_(USER|USERNAME|PASS|PASSWORD|HOST)|smtp[_.-]?(user|username|password|host)|MAIL_(USERNAME|PASSWORD|HOST)",
    files: SETTINGS,
    what: "the SMTP login the service uses",
  },
];

/** Credentials a service presents to what it depends on: a cloud identity it cannot find or that expired, a mail login refused, a database it cannot reach at all. */
export const CREDENTIAL_PATTERNS: FailurePattern[] = [
  {
    id: "cloud-credentials-unavailable",
    title: "Cloud SDK finds no usable credentials, or they expired",
    category: "permissions",
    severity: "P1",
    rank: 13,
    keywords: [
      "unable to locate credentials",
      "could not load credentials",
      "unable to load aws credentials",
      "unable to load credentials",
      "nocredentialproviders",
      "expiredtoken",
      "token included in the request is expired",
      "defaultcredentialserror",
      "defaultazurecredential failed",
      "webidentityerr",
    ],
    matchers: [
      /NoCredentialsError: Unable to locate credentials/,
      /Could not load credentials from any providers/,
      /Unable to load (?:AWS )?credentials from any (?:provider in the chain|of the providers in the chain)/,
      /NoCredentialProviders: no valid providers in chain/,
      /\bWebIdentityErr: failed to retrieve credentials/,
      /\bExpiredToken(?:Exception)?\b[^\n]{0,80}: The (?:provided token has expired|security token included in the request is expired)/,
      /DefaultCredentialsError: (?:Could not automatically determine credentials|Your default credentials were not found)/,
      /DefaultAzureCredential failed to retrieve a token from the included credentials/,
    ],
    sources: [
      'boto/botocore botocore/exceptions.py (NoCredentialsError "Unable to locate credentials"); aws/aws-sdk-js-v3 packages/credential-provider-node ("Could not load credentials from any providers")',
      'aws/aws-sdk-java (SdkClientException "Unable to load AWS credentials from any provider in the chain"; v2: "Unable to load credentials from any of the providers in the chain"); aws/aws-sdk-go aws/credentials (ErrNoValidProvidersFoundInChain "NoCredentialProviders: no valid providers in chain", WebIdentityErr)',
      'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (ExpiredToken / ExpiredTokenException "The security token included in the request is expired")',
      'googleapis/google-auth-library-python google/auth/_default.py (DefaultCredentialsError "Your default credentials were not found…"; before 2.x "Could not automatically determine credentials")',
      'Azure/azure-sdk-for-net sdk/identity (CredentialUnavailableException "DefaultAzureCredential failed to retrieve a token from the included credentials")',
    ],
    fixability: 0.1,
    cause:
      "The service finds no cloud credentials it can use, or the ones it has expired: the pod lost its workload identity (service account without the role annotation, IRSA or Workload Identity not set up on a new cluster or namespace), the instance metadata endpoint is blocked (hop limit, network policy), or a session token was not refreshed. Every call to the cloud API fails before it is authorised.",
    actions: [
      "Check which identity the pod should have: its service account's role annotation (eks.amazonaws.com/role-arn, iam.gke.io/gcp-service-account, azure.workload.identity/client-id) and the env vars the SDK reads.",
      "From the pod, ask who it is (`aws sts get-caller-identity`, `gcloud auth list`); for expired tokens, make the client refresh (long-lived SDK clients, not a token copied at start-up).",
    ],
    confirm: ["`aws sts get-caller-identity` (or the cloud's equivalent) fails inside the pod."],
    ruleOut: [
      "The identity resolves and calls are refused with AccessDenied: a permission the role lacks (cloud-access-denied).",
    ],
    repo: CLOUD_IDENTITY,
  },
  {
    id: "smtp-auth-failed",
    title: "Mail server refuses the service's SMTP login",
    category: "permissions",
    severity: "P2",
    rank: 20,
    keywords: ["smtpauthenticationerror", "535", "invalid login", "authentication unsuccessful"],
    matchers: [
      /SMTPAuthenticationError/,
      /\b535[ -]5\.7\.(?:8|3|139|0)\b/,
      /Invalid login: 535\b/,
      /\b535 Authentication (?:credentials invalid|failed|unsuccessful)/,
    ],
    sources: [
      "python/cpython Lib/smtplib.py (SMTPAuthenticationError, raised on reply code 535)",
      'https://www.rfc-editor.org/rfc/rfc4954 (535 5.7.8 "Authentication credentials invalid"); nodemailer/nodemailer lib/smtp-connection ("Invalid login: " + the server\'s reply)',
    ],
    fixability: 0.1,
    cause:
      "The mail server rejects the service's SMTP credentials, so no mail (password resets, receipts, alerts) goes out: the password was rotated or revoked, the provider disabled basic authentication (Gmail and Microsoft 365 now require app passwords or OAuth), or the account is locked.",
    actions: [
      "Test the login the service uses from the same host (`swaks --auth-user USER --server HOST:587 --tls`).",
      "Rotate the secret the deployment reads, or move to the provider's supported method (app password, OAuth, an API key for a mail service).",
    ],
    confirm: ["The provider's sign-in log shows the failed logins for that account."],
    ruleOut: [
      "The same login works from another host: a network or TLS problem on this one, not the credentials.",
    ],
    repo: SMTP_SETTINGS,
  },
  {
    id: "db-server-unreachable",
    title: "Database server unreachable (the driver cannot connect at all)",
    category: "connectivity",
    severity: "P1",
    rank: 30,
    keywords: [
      "communications link failure",
      "can't connect to mysql server",
      "can't connect to local mysql server",
      "can't connect to server on",
      "network-related or instance-specific error",
      "tns:",
    ],
    matchers: [
      /Communications link failure\s+The last packet sent successfully to the server was 0 milliseconds ago/,
      /Communications link failure$/m,
      /Can't connect to (?:MySQL )?server on '?(?<subject>[\w.-]+)(?::\d+)?'? \((?:110|111|113|115|10060|10061)\)/,
      /Can't connect to local (?:MySQL )?server through socket '[^']+'/,
      /A network-related or instance-specific error occurred while establishing a connection to SQL Server/,
      /ORA-12541: TNS:no listener|ORA-12170: TNS:Connect timeout occurred|ORA-12543: TNS:destination host unreachable/,
    ],
    sources: [
      'mysql/mysql-connector-j src/main/user-impl/java/com/mysql/cj/exceptions/ExceptionFactory.java (CommunicationsException "Communications link failure" with "The last packet sent successfully to the server was 0 milliseconds ago")',
      "mysql/mysql-server libmysql/errmsg.cc (CR_CONN_HOST_ERROR 2003 \"Can't connect to MySQL server on '%-.100s:%u' (%d)\", CR_CONNECTION_ERROR 2002 \"Can't connect to local MySQL server through socket '%-.100s' (%d)\")",
      'dotnet/SqlClient Strings.resx (SQL_NetworkRelatedErrorOccurred-style message "A network-related or instance-specific error occurred while establishing a connection to SQL Server")',
      "https://docs.oracle.com/en/database/oracle/oracle-database/19/errmg/ (ORA-12541 TNS:no listener, ORA-12170 TNS:Connect timeout occurred, ORA-12543 TNS:destination host unreachable)",
    ],
    subjectKind: "host",
    fixability: 0.2,
    cause:
      "The service cannot open any connection to its database server: the server is down or restarting, nothing listens at the host and port it is configured with, or a firewall, security group or network policy drops the traffic.",
    actions: [
      "From the service's host or pod, try the configured address (`nc -vz HOST PORT`); check the database's own status and logs for a restart.",
      "Compare the host and port in the service's connection string with where the database listens now (a failover or migration may have moved it).",
    ],
    confirm: [
      "The database port does not answer from the service's network, or the server was down at that time.",
    ],
    ruleOut: [
      "Connections open and are then dropped mid-use: idle timeouts or a proxy (db-connection-lost), not reachability.",
    ],
    repo: DB_ENDPOINT,
  },
];
