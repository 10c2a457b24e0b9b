import type { FailurePattern } from "../failure-pattern.js";
import { SUBJECT_IN_CONFIG } from "./locators.js";

/** A client and a port that speak different protocols: TLS to a plain-HTTP port and plain HTTP to a TLS one. */
export const PROTOCOL_MISMATCH_PATTERNS: FailurePattern[] = [
  {
    id: "tls-plaintext-mismatch",
    title: "TLS spoken to a plain port (or plain HTTP to a TLS port)",
    category: "tls",
    severity: "P2",
    rank: 22,
    keywords: [
      "http response to https client",
      "wrong version number",
      "wrong_version_number",
      "plaintext connection",
      "plain http request was sent to https port",
      "first record does not look like a tls handshake",
      "packet length too long",
    ],
    matchers: [
      /server gave HTTP response to HTTPS client/,
      /\[SSL: WRONG_VERSION_NUMBER\] wrong version number|\bssl3_get_record:wrong version number|routines::wrong version number/,
      /Unrecognized SSL message, plaintext connection\?/,
      /The plain HTTP request was sent to HTTPS port/,
      /first record does not look like a TLS handshake/,
      /\bSSL routines:[\w:]*:packet length too long/,
    ],
    sources: [
      'golang/go src/net/http/transport.go ("http: server gave HTTP response to HTTPS client"); src/crypto/tls/conn.go ("tls: first record does not look like a TLS handshake")',
      'openssl/openssl ssl/record (SSL_R_WRONG_VERSION_NUMBER "wrong version number"), as Python prints it: "[SSL: WRONG_VERSION_NUMBER] wrong version number"',
      'openjdk/jdk sun/security/ssl/SSLSocketInputRecord.java ("Unrecognized SSL message, plaintext connection?")',
      'nginx/nginx src/http/ngx_http_special_response.c (497: "The plain HTTP request was sent to HTTPS port")',
    ],
    subjectKind: "host",
    fixability: 0.2,
    cause:
      "The client and the port disagree on TLS: an https:// URL (or TLS option) points at a port that serves plain HTTP, or a plain client at a TLS port, so the handshake reads the other side's bytes as garbage. A scheme or port changed in config, or TLS terminated at a proxy the client now bypasses.",
    actions: [
      "Compare the scheme and port in the client's URL with what the server listens on (`curl -v http://HOST:PORT/` against `https://`).",
      "Use https:// only for ports that terminate TLS; behind a proxy that terminates TLS, call the proxy's TLS port rather than the backend's plain one.",
    ],
    confirm: [
      "`openssl s_client -connect HOST:PORT` fails while `curl http://HOST:PORT/` answers (or the reverse).",
    ],
    ruleOut: [
      "The handshake starts and fails on a certificate: a certificate problem, not a protocol mismatch.",
    ],
    repo: SUBJECT_IN_CONFIG,
  },
];
