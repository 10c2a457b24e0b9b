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
  "spring-bean-missing": {
    match: [
      "Parameter 0 of constructor in com.acme.orders.OrderService required a bean of type 'com.acme.payments.PaymentClient' that could not be found.",
      "org.springframework.beans.factory.NoSuchBeanDefinitionException: No qualifying bean of type 'com.acme.payments.PaymentClient' available: expected at least 1 bean which qualifies as autowire candidate.",
    ],
    nearMiss: [
      "Bean 'paymentClient' of type [com.acme.payments.PaymentClient] is not eligible for getting processed by all BeanPostProcessors",
      "NoUniqueBeanDefinitionException: No qualifying bean of type 'javax.sql.DataSource' available: expected single matching bean but found 2: primary,replica",
    ],
    subject: "PaymentClient",
  },
  "upstream-html-not-json": {
    match: [
      "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
      "SyntaxError: Unexpected token < in JSON at position 0",
      "requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
      "com.fasterxml.jackson.core.JsonParseException: Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
      "decode rates: invalid character '<' looking for beginning of value",
    ],
    nearMiss: [
      "SyntaxError: Unexpected end of JSON input",
      "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 3 column 5 (char 40)",
    ],
    belowCount: true,
  },
  "executor-saturated": {
    match: [
      "java.util.concurrent.RejectedExecutionException: Task java.util.concurrent.FutureTask@5e9f23b4[Not completed] rejected from java.util.concurrent.ThreadPoolExecutor@7d4991ad[Running, pool size = 200, active threads = 200, queued tasks = 1000, completed tasks = 88121]",
      "org.apache.tomcat.util.net.NioEndpoint - All threads (200) are currently busy, waiting. Increase maxThreads (200) or check the servlet status",
    ],
    nearMiss: [
      "java.util.concurrent.RejectedExecutionException: Task java.util.concurrent.FutureTask@5e9f23b4 rejected from java.util.concurrent.ThreadPoolExecutor@7d4991ad[Shutting down, pool size = 3, active threads = 3, queued tasks = 0, completed tasks = 12]",
      "server.tomcat.threads.max=200",
    ],
    subject: "200",
  },
};
