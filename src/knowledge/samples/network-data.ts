import type { Sample } from "./sample.js";

const NGINX_502 = `10.42.1.9 - - [24/Nov/2026:02:30:01 +0000] "GET /api/products/12 HTTP/1.1" 502 157 "-" "okhttp/4.12.0"`;
const NGINX_503 = `10.42.1.9 - - [24/Nov/2026:02:30:02 +0000] "POST /api/cart HTTP/1.1" 503 190 "-" "Mozilla/5.0" 812 0.002 [shop-api-80] [] 10.244.1.5:8080 0 0.001 503 7f3c`;
/** ingress-nginx: the request length (429 here) follows the user agent; the status is 200. */
const INGRESS_200_LEN_429 = `10.0.0.7 - - [24/Nov/2026:02:30:01 +0000] "GET /api/items?page=2 HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64)" 429 0.012 [shop-api-80] [] 10.244.1.5:8080 5120 0.012 200 9a1b`;

export const NETWORK_DATA_SAMPLES: Record<string, Sample> = {
  "port-in-use": {
    match: [
      "Error: listen EADDRINUSE: address already in use :::8080",
      "nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)",
      "Web server failed to start. Port 8080 was already in use.",
    ],
    nearMiss: [
      "port 8080 was already allocated to service web in the previous release (expected)",
      "listening on :::8080",
    ],
    subject: "8080",
  },
  "ephemeral-ports-exhausted": {
    match: [
      'Get "http://inventory.internal:8080/stock": dial tcp 10.1.2.3:8080: connect: cannot assign requested address',
      "Error: connect EADDRNOTAVAIL 10.1.2.3:8080 - Local (0.0.0.0:0)",
      '2016/03/18 09:08:37 [crit] 1888#1888: *13 connect() to 10.2.2.77:8081 failed (99: Cannot assign requested address) while connecting to upstream, client: 10.2.2.42, server: , request: "GET / HTTP/1.1"',
      "java.net.NoRouteToHostException: Cannot assign requested address (Address not available)",
      "urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 99] Cannot assign requested address",
    ],
    nearMiss: [
      "listen tcp 10.0.0.5:8080: bind: cannot assign requested address",
      "java.net.BindException: Cannot assign requested address",
      "net.ipv4.ip_local_port_range = 32768 60999",
    ],
    belowCount: true,
  },
  "dns-failure": {
    match: [
      "Error: getaddrinfo ENOTFOUND orders-db.default.svc.cluster.local",
      "System.Net.Http.HttpRequestException: No such host is known. (inventory.internal:443)",
      "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.partner.example', port=443): Max retries exceeded with url: /v1/sync (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f2a1c>: Failed to resolve 'api.partner.example' ([Errno -2] Name or service not known)\"))",
      "curl: (6) Could not resolve host: billing.internal",
      "dial tcp: lookup payments.svc.cluster.local on 10.96.0.10:53: no such host",
    ],
    nearMiss: [
      "Error: getaddrinfo EAI_AGAIN orders-db.default.svc.cluster.local",
      "dnsmasq[412]: query[A] orders-db.default.svc.cluster.local from 10.0.0.4",
    ],
    subject: "orders-db.default.svc.cluster.local",
  },
  "dns-temporary": {
    match: [
      "Error: getaddrinfo EAI_AGAIN redis.cache.svc.cluster.local",
      "socket.gaierror: [Errno -3] Temporary failure in name resolution",
      "dial tcp: lookup api.example.com on 10.96.0.10:53: read udp 10.244.0.12:41234->10.96.0.10:53: i/o timeout",
      "System.Net.Http.HttpRequestException: Resource temporarily unavailable (api.nuget.org:443)\n ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable",
      "[ERROR] plugin/errors: 2 api.partner.example. A: read udp 10.244.0.5:47123->10.0.0.2:53: i/o timeout",
    ],
    nearMiss: [
      "resolved redis.cache.svc.cluster.local to 10.96.4.2 in 2ms",
      "dnsmasq[412]: reply redis.cache.svc.cluster.local is 10.96.4.2",
    ],
    belowCount: true,
    subject: "redis.cache.svc.cluster.local",
  },
  "tls-cert-expired": {
    match: [
      "Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1676:34)",
      'Get "https://api.partner.example/v1": x509: certificate has expired or is not yet valid: current time 2026-11-24T02:30:01Z is after 2026-11-20T23:59:59Z',
      "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Mon Nov 23 23:59:59 UTC 2026",
      "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed",
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)",
      "Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) {\n  code: 'CERT_HAS_EXPIRED'\n}",
    ],
    nearMiss: [
      "JWT access token expired for user 4211, refreshing",
      "certificate for api.example.com will expire in 21 days",
      "x509: certificate has expired or is not yet valid: current time 2019-01-01T00:00:12Z is before 2026-11-20T00:00:00Z",
      "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: signature check failed",
    ],
  },
  "tls-not-yet-valid": {
    match: [
      "x509: certificate has expired or is not yet valid: current time 2019-01-01T00:00:12Z is before 2026-11-20T00:00:00Z",
      "Error: certificate is not yet valid\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34)",
    ],
    nearMiss: [
      "certificate valid from 2026-11-20 until 2027-02-18",
      "x509: certificate has expired or is not yet valid: current time 2026-11-24T02:30:01Z is after 2026-11-20T23:59:59Z",
    ],
  },
  "tls-untrusted": {
    match: [
      "Error: self-signed certificate in certificate chain",
      'Post "https://vault.internal:8200/v1/auth": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)",
      "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
      "OSError: Could not find a suitable TLS CA certificate bundle, invalid path: /etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
      "curl: (77) error setting certificate verify locations:  CAfile: /tmp/cacert.pem CApath: none",
    ],
    nearMiss: [
      "loaded 142 CA certificates from /etc/ssl/certs/ca-certificates.crt",
      "certificate chain verified (3 certificates)",
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)",
    ],
  },
  "tls-hostname-mismatch": {
    match: [
      "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: db.internal. is not in the cert's altnames: DNS:db-1.internal",
      "x509: certificate is valid for api.example.com, www.example.com, not payments.example.com",
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'db.internal'. (_ssl.c:1006)",
      // Older Node releases, as npm's error reports quote them.
      "npm ERR! request to https://registry.npmjs.org/npm failed, reason: Hostname/IP doesn't match certificate's altnames: \"Host: registry.npmjs.org. is not in the cert's altnames: DNS:a.sni.fastly.net, DNS:a.sni.global-ssl.fastly.net\"",
      "javax.net.ssl.SSLHandshakeException: java.security.cert.CertificateException: No subject alternative DNS name matching api.partner.example found.",
      'Get "https://10.0.0.5:8443/metrics": x509: cannot validate certificate for 10.0.0.5 because it doesn\'t contain any IP SANs',
      "x509: certificate is not valid for any names, but wanted to match payments.example.com",
    ],
    nearMiss: [
      "subjectAltName: DNS:api.example.com, DNS:www.example.com",
      "hostname db.internal matched certificate",
    ],
  },
  "tls-handshake-failure": {
    match: [
      "http: TLS handshake error from 10.0.0.4:51234: remote error: tls: handshake failure",
      "error:0A000410:SSL routines::sslv3 alert handshake failure",
      "tls: server selected unsupported protocol version 301",
    ],
    nearMiss: [
      "TLS handshake completed (TLSv1.3, TLS_AES_128_GCM_SHA256)",
      "ssl_protocols TLSv1.2 TLSv1.3;",
      // Plain HTTP on a TLS port is tls-plaintext-mismatch's.
      "SSL routines:ssl3_get_record:wrong version number",
    ],
    belowCount: true,
  },
  "connection-refused": {
    match: [
      "Error: connect ECONNREFUSED 10.42.3.9:5432",
      'psycopg2.OperationalError: connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused',
      "connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.4",
      "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111",
    ],
    nearMiss: [
      "proxyconnect tcp: dial tcp 10.0.0.3:3128: connect: connection refused",
      'Readiness probe failed: Get "http://10.244.1.7:8080/ready": dial tcp 10.244.1.7:8080: connect: connection refused',
      'Startup probe failed: Get "http://10.244.1.17:8080/healthz": dial tcp 10.244.1.17:8080: connect: connection refused',
      "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
    ],
    belowCount: true,
  },
  "connection-reset": {
    match: [
      "Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)",
      "read tcp 10.0.0.4:51234->10.0.0.9:443: read: connection reset by peer",
      "Error: socket hang up",
    ],
    nearMiss: [
      "connection closed by client after 120s keep-alive",
      "sshd[4122]: Connection reset by 203.0.113.7 port 52144 [preauth]",
    ],
    belowCount: true,
  },
  "no-route-to-host": {
    match: [
      "dial tcp 10.244.3.17:8080: connect: no route to host",
      "Error: connect EHOSTUNREACH 10.0.4.12:6379",
    ],
    nearMiss: ["route add default via 10.0.0.1", "ip route: 10.244.3.0/24 via 10.0.0.3 dev eth0"],
    belowCount: true,
  },
  "proxy-error": {
    match: [
      "curl: (56) Received HTTP code 407 from proxy after CONNECT",
      'Get "https://api.github.com/repos": proxyconnect tcp: dial tcp 10.0.0.3:3128: connect: connection refused',
      "requests.exceptions.ProxyError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/ (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))",
    ],
    nearMiss: [
      "HTTPS_PROXY=http://proxy.internal:3128 NO_PROXY=.svc,.cluster.local",
      "proxy_pass http://backend;",
    ],
    belowCount: true,
  },
  "dependency-timeout": {
    match: [
      "upstream timed out (110: Connection timed out) while reading response header from upstream",
      'Post "http://inventory:8080/reserve": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      "java.net.SocketTimeoutException: Read timed out",
    ],
    nearMiss: [
      "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
      "ERROR:  canceling statement due to lock timeout",
    ],
    belowCount: true,
  },
  "upstream-5xx-storm": {
    match: [
      NGINX_502,
      NGINX_503,
      "2026/11/24 02:30:01 [error] 31#31: *9 no live upstreams while connecting to upstream, client: 10.0.0.4",
      "no healthy upstream",
    ],
    nearMiss: [INGRESS_200_LEN_429.replace(" 429 ", " 502 "), `${NGINX_502.replace('" 502 ', '" 200 ')}`],
    belowCount: true,
  },
  "rate-limited": {
    match: [
      "POST https://api.partner.example/v1/sync -> HTTP 429 Too Many Requests (retry-after: 30)",
      `10.42.1.9 - - [24/Nov/2026:02:30:01 +0000] "POST /api/login HTTP/1.1" 429 162 "-" "python-requests/2.31"`,
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit exceeded', 'type': 'requests'}}",
      "operation error S3: PutObject, https response error StatusCode: 503, RequestID: 7QX1, HostID: abc=, api error SlowDown: Please reduce your request rate.",
      "botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the DescribeStacks operation (reached max retries: 4): Rate exceeded",
      "operation error DynamoDB: PutItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: R2, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded.",
      "An error occurred (RequestLimitExceeded) when calling the DescribeInstances operation (reached max retries: 4): Request limit exceeded.",
    ],
    nearMiss: [
      INGRESS_200_LEN_429,
      "rate limiter configured: 100 req/s per tenant",
      "S3 client configured with retry mode adaptive (handles SlowDown and throttling)",
    ],
    belowCount: true,
  },
  "db-server-connection-limit": {
    match: [
      "FATAL:  sorry, too many clients already",
      "FATAL:  remaining connection slots are reserved for non-replication superuser connections",
      'com.mysql.cj.jdbc.exceptions.CommunicationsException: Data source rejected establishment of connection,  message from server: "Too many connections"',
      "redis.clients.jedis.exceptions.JedisDataException: ERR max number of clients reached",
      '{"t":{"$date":"2026-12-07T10:00:00.000+00:00"},"s":"I","c":"NETWORK","id":22942,"ctx":"listener","msg":"Connection refused because too many open connections","attr":{"connectionCount":819}}',
    ],
    nearMiss: [
      "max_connections = 200",
      "LOG:  connection authorized: user=app database=orders",
      "maxclients 10000",
      "# Clients\nconnected_clients:312\nmaxclients:10000",
    ],
  },
  "connection-pool-exhausted": {
    match: [
      "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
      "** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms. This means requests are coming in and your connection pool cannot serve them fast enough.",
      "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00",
      "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?",
      "ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited 5.002 seconds); all pooled connections were in use):",
      "System.InvalidOperationException: Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached.",
      "Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string.",
      "PrismaClientKnownRequestError: Timed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 5)",
      "java.sql.SQLException: An attempt by a client to checkout a Connection has timed out.",
      "SequelizeConnectionAcquireTimeoutError: Operation timeout",
    ],
    nearMiss: [
      "Unable to acquire lock on /var/run/app/cron.lock, another run is active",
      "HikariPool-1 - Start completed.",
    ],
  },
  "driver-no-host-available": {
    match: [
      "com.datastax.driver.core.exceptions.NoHostAvailableException: All host(s) tried for query failed (tried: /10.0.1.5:9042 (com.datastax.driver.core.exceptions.BusyPoolException: [/10.0.1.5:9042] Pool is busy (no available connection and the queue has reached its max size 256)))",
      "[/10.0.1.6:9042] Pool is busy (no available connection and the queue has reached its max size 256)",
      "com.datastax.oss.driver.api.core.AllNodesFailedException: All 3 node(s) tried for the query failed (showing first 3 nodes, use getAllErrors() for more): Node(endPoint=/10.0.5.1:9042, hostId=null, hashCode=1a2b): [com.datastax.oss.driver.api.core.connection.ConnectionInitException: [s0|control|connecting...] Protocol initialization request, step 1 (OPTIONS): failed to send request (io.netty.channel.StacklessClosedChannelException)]",
      "com.datastax.oss.driver.api.core.NoNodeAvailableException: No node was available to execute the query",
    ],
    nearMiss: ["Cassandra host /10.0.1.5:9042 added", "connection pool: 2 of 8 connections available"],
  },
  "lb-backend-down": {
    match: [
      "Dec  7 03:12:02 lb-1 haproxy[812]: [ALERT]    (812) : backend 'be_app' has no server available!",
      '2026/12/07 10:00:01 [error] 31#31: *1201 no live upstreams while connecting to upstream, client: 10.0.0.5, server: api.acme.io, request: "GET /v1/items HTTP/1.1", upstream: "http://backend/v1/items"',
      'Dec  7 03:12:02 lb-1 haproxy[812]: [WARNING]  (812) : Server be_app/app2 is DOWN, reason: Layer7 wrong status, code: 503, info: "Service Unavailable", check duration: 2ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.',
    ],
    nearMiss: [
      'Dec  7 03:12:00 lb-1 haproxy[812]: [WARNING]  (812) : Server be_app/app1 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 1 active and 0 backup servers left.',
      "Dec  7 03:12:30 lb-1 haproxy[812]: [WARNING]  (812) : Server be_app/app1 is UP, reason: Layer7 check passed, code: 200, check duration: 2ms. 1 active and 0 backup servers online.",
      "backend be_app",
    ],
    subject: "be_app",
  },
};
