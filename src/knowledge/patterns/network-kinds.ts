import type { FailurePattern } from "../failure-pattern.js";
import { SUBJECT_IN_CONFIG, SUBJECT_IN_CONFIG_OR_CODE } from "./locators.js";
import { KEEPALIVE, NO_PROXY } from "./locators-settings.js";

/** The finer kinds of network failure: resolver outages, resets, routes, proxies, TLS beyond expiry. */
export const NETWORK_KIND_PATTERNS: FailurePattern[] = [
  {
    id: "dns-temporary",
    title: "DNS resolver failing temporarily (EAI_AGAIN)",
    category: "dns",
    severity: "P2",
    rank: 23,
    keywords: [
      "eai_again",
      "temporary failure in name resolution",
      ":53: i/o timeout",
      "server misbehaving",
      "httprequestexception: resource temporarily unavailable",
    ],
    matchers: [
      /getaddrinfo EAI_AGAIN (?<subject>[\w.-]+)/,
      /\bEAI_AGAIN\b/,
      // .NET on Linux reports getaddrinfo's EAI_AGAIN as SocketError.TryAgain, worded like EAGAIN.
      /HttpRequestException: Resource temporarily unavailable \((?<subject>[\w.-]+):\d+\)/,
      /Temporary failure in name resolution/,
      /lookup (?<subject>[\w.-]+) on [\d.:]+:53: (read udp [^:]+:\d+->[\d.:]+: i\/o timeout|server misbehaving)/,
      // CoreDNS's errors plugin: its upstream (the forward plugin's resolver) does not answer.
      /plugin\/errors: \d+ (?<subject>[\w.-]+?)\.? [A-Z]+: read udp [\d.:]+->[\d.:]+:53: i\/o timeout/,
    ],
    exclude: [/dnsmasq\[\d+\]/],
    minCount: 3,
    incidental: true,
    sources: [
      'bminor/glibc resolv/netdb.h and sysdeps/posix/gai_strerror-strs.h (EAI_AGAIN: "Temporary failure in name resolution"), raised by Python as socket.gaierror: [Errno -3]',
      'golang/go src/net/net.go (DNSError.Error: "lookup " + Name + " on " + Server + ": " + Err) and src/net/dnsclient_unix.go (errServerMisbehaving "server misbehaving")',
      'nodejs/node lib/internal/errors.js (DNSException: syscall, code and hostname → "getaddrinfo EAI_AGAIN host")',
      'dotnet/runtime src/native/libs/System.Native/pal_networking.c (getaddrinfo EAI_AGAIN → SocketError.TryAgain): "System.Net.Http.HttpRequestException: Resource temporarily unavailable (api.nuget.org:443)" in real NuGet-restore reports',
    ],
    fixability: 0.1,
    subjectKind: "host",
    cause:
      "The resolver does not answer in time (CoreDNS overloaded or unreachable, conntrack races on UDP 53), so lookups fail intermittently although the name exists.",
    actions: [
      "Check CoreDNS/kube-dns pods, their latency and errors (coredns_dns_request_duration_seconds).",
      "Use NodeLocal DNSCache or `single-request-reopen`; lower ndots to cut search-path queries.",
    ],
    confirm: ["Many names fail at once and resolve again seconds later; CoreDNS shows errors or restarts."],
    ruleOut: ["One name fails every time (NXDOMAIN): that name is wrong, see dns-failure."],
  },
  {
    id: "connection-reset",
    title: "Connections reset by a peer",
    category: "connectivity",
    severity: "P3",
    rank: 44,
    keywords: ["econnreset", "connection reset by peer", "socket hang up"],
    matchers: [/\bECONNRESET\b/, /[Cc]onnection reset by peer/, /\bsocket hang up\b/],
    minCount: 5,
    incidental: true,
    sources: [
      'nodejs/node lib/_http_client.js (connResetException("socket hang up")) and ECONNRESET "read ECONNRESET"',
      'https://man7.org/linux/man-pages/man3/errno.3.html (ECONNRESET "Connection reset by peer", as Go prints "read: connection reset by peer")',
    ],
    fixability: 0.1,
    cause:
      "The other side closed connections abruptly: it crashed or restarted, an idle timeout on a proxy or load balancer is shorter than the client's keep-alive, or a limit dropped them.",
    actions: [
      "Line the resets up with the peer's restarts or deploys.",
      "Make the client's keep-alive shorter than every proxy's idle timeout.",
    ],
    confirm: [
      "Resets cluster at the peer's restart times, or on connections idle longer than a proxy timeout.",
    ],
    ruleOut: ["A handful of resets spread evenly over a day: normal background."],
    repo: KEEPALIVE,
  },
  {
    id: "no-route-to-host",
    title: "No route to host / network unreachable",
    category: "connectivity",
    severity: "P2",
    rank: 38,
    keywords: ["no route to host", "ehostunreach", "network is unreachable", "enetunreach"],
    matchers: [
      /dial tcp (?<subject>[\d.]+:\d+): connect: no route to host/,
      /\b(EHOSTUNREACH|ENETUNREACH)\b/,
      /No route to host/,
      /Network is unreachable/,
    ],
    minCount: 2,
    sources: [
      'https://man7.org/linux/man-pages/man3/errno.3.html (EHOSTUNREACH "No route to host", ENETUNREACH "Network is unreachable")',
      'golang/go src/net/net.go (OpError: "dial tcp 10.244.3.17:8080: connect: no route to host")',
    ],
    fixability: 0.05,
    subjectKind: "host",
    cause:
      "Packets cannot reach the address: the host is gone (a stale IP), a firewall or NetworkPolicy rejects it, or routing is broken.",
    actions: [
      "Check the address still belongs to a live endpoint (`kubectl get endpoints`) and what policies apply.",
      "Test from the same network namespace: `nc -vz HOST PORT`.",
    ],
    confirm: ["The destination IP is not assigned to any running pod or host, or a policy denies it."],
    ruleOut: ["The same address answers from the client's network namespace."],
  },
  {
    id: "tls-hostname-mismatch",
    title: "TLS certificate does not match the host name",
    category: "tls",
    severity: "P2",
    rank: 15,
    keywords: [
      "altnames",
      "is valid for",
      "hostname mismatch",
      "doesn't match",
      "no subject alternative",
      "not valid for any names",
      "doesn't contain any ip sans",
    ],
    matchers: [
      /Host: (?<subject>[\w-]+(?:\.[\w-]+)*)\.? is not in the cert's altnames/,
      /Hostname\/IP (does not|doesn't) match certificate's altnames/,
      /x509: certificate is valid for [^,]+(, [^,]+)*, not (?<subject>[\w.-]+)/,
      /[Hh]ostname mismatch, certificate is not valid for '(?<subject>[\w.-]+)'/,
      /x509: certificate is not valid for any names, but wanted to match (?<subject>[\w.-]+)/,
      /x509: cannot validate certificate for (?<subject>[\w.:-]+) because it doesn't contain any IP SANs/,
      /No subject alternative DNS name matching (?<subject>[\w.-]+) found/,
      /No subject alternative (DNS )?names? matching/,
    ],
    sources: [
      'openjdk/jdk src/java.base/share/classes/sun/security/util/HostnameChecker.java ("No subject alternative DNS name matching " + expectedName + " found.")',
      "nodejs/node lib/tls.js checkServerIdentity (reason `Host: <hostname>. is not in the cert's altnames: <altNames>`; older releases said \"doesn't match\", as npm's error reports show)",
      'golang/go src/crypto/x509/verify.go HostnameError.Error ("x509: certificate is valid for " + valid + ", not " + host; "x509: certificate is not valid for any names, but wanted to match " + host; "x509: cannot validate certificate for " + host + " because it doesn\'t contain any IP SANs")',
    ],
    fixability: 0.1,
    subjectKind: "host",
    // Where the client is told to dial that name (the certificate's SANs are in the log, not the repository).
    repo: SUBJECT_IN_CONFIG_OR_CODE,
    cause:
      "The client connects by a name the server's certificate does not list (a new alias, an IP, or the wrong certificate served).",
    actions: [
      "Compare the name the client dials with the certificate's SANs (`openssl x509 -noout -ext subjectAltName`).",
      "Dial the certified name, or reissue the certificate with the new name.",
    ],
    confirm: ["The SAN list lacks the host name in the error."],
    ruleOut: ["The SANs include the name: the server presents another certificate (check SNI)."],
  },
  {
    id: "tls-handshake-failure",
    title: "TLS handshake failing (protocol or cipher mismatch)",
    category: "tls",
    severity: "P2",
    rank: 16,
    // `wrong version number` (plain HTTP on a TLS port, or the reverse) is tls-plaintext-mismatch's.
    keywords: ["handshake failure", "no protocols available", "unsupported protocol"],
    matchers: [
      /tls: handshake failure/,
      /sslv3 alert handshake failure/i,
      /no protocols available/,
      /tls: server selected unsupported protocol version/,
    ],
    minCount: 2,
    sources: [
      'golang/go src/crypto/tls/alert.go (alertHandshakeFailure "handshake failure", reported as "remote error: tls: handshake failure") and handshake_client.go ("tls: server selected unsupported protocol version %x")',
      'openssl/openssl crypto/err/openssl.txt (SSL reasons "sslv3 alert handshake failure", "no protocols available")',
    ],
    fixability: 0.1,
    cause:
      "Client and server cannot agree on a TLS version or cipher suite (an old client against a server that dropped TLS 1.0/1.1, a hardened cipher list, SNI the server does not know).",
    actions: [
      "Compare supported versions and ciphers: `openssl s_client -connect HOST:PORT -servername HOST -tls1_2` (and -tls1_3).",
      "Align the client's minimum version and ciphers with the server's, or the server's with what its clients can speak.",
    ],
    confirm: ["openssl s_client against the same port fails the same way."],
    ruleOut: ["The handshake succeeds by hand with the client's settings."],
  },
  {
    id: "tls-cert-expired",
    title: "TLS certificate expired",
    category: "tls",
    severity: "P1",
    rank: 14,
    keywords: ["expired", "validity check failed"],
    matchers: [
      /certificate has expired/i,
      /CERT_HAS_EXPIRED/,
      /x509: certificate has expired or is not yet valid: current time \S+ is after/,
      /SSL routines.*certificate expired/,
      // Java: CertificateValidity throws `CertificateExpiredException: NotAfter: <date>`; the PKIX validator
      // wraps it as `PKIX path validation failed: …CertPathValidatorException: validity check failed`.
      /CertificateExpiredException: NotAfter:/,
      /PKIX path validation failed: java\.security\.cert\.CertPathValidatorException: validity check failed/,
    ],
    // Go prints the same prefix when the clock is behind notBefore: that is tls-not-yet-valid.
    exclude: [
      /will expire/i,
      /expires in/i,
      /expiring/i,
      /\bsession\b.*expired/i,
      /token.*expired/i,
      /current time \S+ is before/,
    ],
    sources: [
      'golang/go src/crypto/x509/verify.go (CertificateInvalidError Expired: "x509: certificate has expired or is not yet valid: " + Detail, Detail fmt.Sprintf("current time %s is after %s", …))',
      'openssl/openssl crypto/x509/x509_txt.c (X509_V_ERR_CERT_HAS_EXPIRED "certificate has expired"), reported by Python as "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired" and by Node with code CERT_HAS_EXPIRED',
      'openjdk/jdk src/java.base/share/classes/sun/security/x509/CertificateValidity.java (throw new CertificateExpiredException("NotAfter: " + notAfter.toString()))',
      'openjdk/jdk src/java.base/share/classes/sun/security/provider/certpath/BasicChecker.java (verifyValidity: new CertPathValidatorException(msg + " check failed", …) with msg "validity") and sun/security/validator/PKIXValidator.java ("PKIX path validation failed: ")',
    ],
    fixability: 0.1,
    confirm: ["`openssl x509 -noout -enddate` shows a notAfter in the past."],
    ruleOut: ["The certificate is valid and the client's clock is ahead."],
    cause: "A TLS certificate in the chain is past its notAfter date, so handshakes fail.",
    actions: [
      "Check the dates: `openssl s_client -connect HOST:443 -servername HOST </dev/null | openssl x509 -noout -dates`.",
      "Renew it (certbot renew / cert-manager) and reload the server; then alert on expiry 14 days ahead.",
    ],
  },
  {
    id: "tls-not-yet-valid",
    title: "Certificate not yet valid (clock behind)",
    category: "clock_skew",
    severity: "P2",
    rank: 13,
    keywords: ["not yet valid", "cert_not_yet_valid", "is before"],
    matchers: [
      /certificate is not yet valid/i,
      /CERT_NOT_YET_VALID/,
      /x509: certificate has expired or is not yet valid: current time \S+ is before/,
    ],
    sources: [
      'golang/go src/crypto/x509/verify.go (Expired: "x509: certificate has expired or is not yet valid: " + "current time %s is before %s")',
      'openssl/openssl crypto/x509/x509_txt.c (X509_V_ERR_CERT_NOT_YET_VALID "certificate is not yet valid", Node code CERT_NOT_YET_VALID)',
    ],
    fixability: 0.1,
    cause:
      "The client's clock is behind the certificate's notBefore: the host's clock is wrong, not the certificate.",
    actions: ["Check the host's time sync (`timedatectl`, `chronyc tracking`) and fix NTP."],
    confirm: ["The host's clock differs from real time by more than the certificate's age."],
    ruleOut: ["The clock is right and the certificate was issued in the future (a CA fault)."],
  },
  {
    id: "proxy-error",
    title: "Outbound proxy refusing or failing",
    category: "connectivity",
    severity: "P2",
    rank: 36,
    keywords: ["proxy authentication required", "407 from proxy", "proxyconnect", "connect to proxy"],
    matchers: [
      /407 Proxy Authentication Required/,
      /Received HTTP code 407 from proxy after CONNECT/,
      /proxyconnect tcp: (?<subject>[^\n]+)/,
      /ProxyError\('Cannot connect to proxy/,
      /Unable to connect to proxy/,
    ],
    minCount: 2,
    sources: [
      'curl/curl lib/http_proxy.c (failf "Received HTTP code %d from proxy after CONNECT", CURLE_RECV_ERROR = 56)',
      "urllib3/urllib3 src/urllib3/connection.py (\"Unable to connect to proxy\"), requests' ProxyError('Cannot connect to proxy.')",
      'golang/go src/net/http/transport.go (proxyconnect: "proxyconnect " + op)',
    ],
    fixability: 0.1,
    subjectKind: "host",
    repo: [...SUBJECT_IN_CONFIG, ...NO_PROXY],
    cause:
      "Outbound calls go through an HTTP proxy that is down, unreachable, or rejects the client's credentials.",
    actions: [
      "Check HTTP(S)_PROXY / NO_PROXY in the environment: internal hosts belong in NO_PROXY.",
      "Test the proxy directly: `curl -v -x $HTTPS_PROXY https://example.com`.",
    ],
    confirm: ["Calls through the proxy fail by hand; direct calls (where allowed) succeed."],
    ruleOut: ["No proxy variables are set for the process."],
  },
];
