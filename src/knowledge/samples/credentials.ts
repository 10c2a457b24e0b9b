import type { Sample } from "./sample.js";

export const CREDENTIAL_SAMPLES: Record<string, Sample> = {
  "cloud-credentials-unavailable": {
    match: [
      "2026-12-07 10:00:00,001 ERROR [uploader] botocore.exceptions.NoCredentialsError: Unable to locate credentials",
      "CredentialsProviderError: Could not load credentials from any providers",
      "com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables]",
      "software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain",
      "NoCredentialProviders: no valid providers in chain. Deprecated.",
      "operation error S3: PutObject, https response error StatusCode: 400, RequestID: 7XJ, api error ExpiredToken: The provided token has expired.",
      "An error occurred (ExpiredTokenException) when calling the GetQueueUrl operation: The security token included in the request is expired",
      "google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.",
      "Azure.Identity.CredentialUnavailableException: DefaultAzureCredential failed to retrieve a token from the included credentials.",
    ],
    nearMiss: [
      "Found credentials from IAM Role: app-node-role",
      "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied",
      "refreshing temporary credentials, expiring at 2026-12-07T11:00:00Z",
    ],
  },
  "smtp-auth-failed": {
    match: [
      '2026-12-07 10:00:00,001 ERROR [mailer] smtplib.SMTPAuthenticationError: (535, b"5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials")',
      "Error: Invalid login: 535-5.7.8 Username and Password not accepted.",
      "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
      "535 Authentication credentials invalid",
    ],
    nearMiss: [
      "250 2.0.0 OK  1733565600 a1b2c3d4e5 - gsmtp",
      "235 2.7.0 Authentication successful",
      "upload 535 of 1200 files done",
    ],
  },
  "db-server-unreachable": {
    match: [
      "ERROR 2003 (HY000): Can't connect to MySQL server on 'db-1:3306' (111)",
      "com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
      "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
      "Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible.",
      "java.sql.SQLRecoverableException: IO Error: ORA-12541: TNS:no listener",
    ],
    nearMiss: [
      "spring.datasource.url=jdbc:mysql://db-1:3306/orders",
      "HikariPool-1 - Start completed.",
      "Connected to SQL Server 2022 (16.0.4135.4)",
    ],
    subject: "db-1",
  },
};
