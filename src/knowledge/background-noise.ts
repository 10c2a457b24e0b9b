/**
 * Background noise: failures every public host logs all day whatever its health, because the internet knocks on
 * it. They are real events, but not the incident: no failure pattern may count them, and the all-clear may pass
 * over them (see verdict.ts) unless they are the incident's subject or overwhelm everything else that was read.
 * Each class names the process that prints it and the phrasings it uses, checked against the source code.
 */
export interface BackgroundNoise {
  id: string;
  title: string;
  /** Why a healthy host prints it. */
  why: string;
  /** A lower-case literal every such line contains: lines without it skip the regular expressions. */
  literal: string;
  /** The printing process must be named on the line (a syslog tag, a PAM service). */
  process: RegExp;
  /** Lines of that process that are the noise; any one suffices. */
  matchers: RegExp[];
  /** Words in an alert's title, description or labels that make this noise the subject of the incident. */
  subjectWords: RegExp;
  /** Where each phrasing was checked: repository paths of the software that prints them. */
  sources: string[];
  /** Real phrasings (as the software prints them) and near misses that must not be taken for noise. */
  samples: { match: string[]; nearMiss: string[] };
}

export const BACKGROUND_NOISE: readonly BackgroundNoise[] = [
  {
    id: "ssh-preauth-scans",
    title: "SSH scans and password guessing from the internet",
    why: "Every host with port 22 open is probed by scanners and brute-force bots; sshd refuses them before authentication and logs each attempt.",
    literal: "sshd",
    process: /\bsshd(?:-session|-auth)?\[\d+\]|\bsshd(?:-session|-auth)?:|\(sshd:auth\)/,
    matchers: [
      /\[preauth\]\s*$/,
      /\bFailed (?:password|publickey|none|keyboard-interactive(?:\/\w+)?) for (?:invalid user )?\S+ from \S+ port \d+/,
      /\bInvalid user \S* ?from \S+ port \d+/,
      /\bmaximum authentication attempts exceeded for (?:invalid user )?\S+ from \S+ port \d+/,
      /\b(?:Connection closed|Disconnected) by (?:invalid|authenticating) user \S+ \S+ port \d+/,
      /\bkex_exchange_identification: /,
      /\bbanner exchange: Connection from \S+ port \d+: /,
      /\bUnable to negotiate with \S+ port \d+: no matching /,
      /\bTimeout before authentication for /,
      /\bauthentication failure; logname=\S* uid=\d+ euid=\d+ tty=ssh /,
      /\bPAM \d+ more authentication failures?; /,
      /\bdrop connection #\d+ from \S+ on \S+ penalty: /,
    ],
    subjectWords: /\bssh|\bbrute[- ]?force|\blogin failures?\b|\bauth(?:entication)? failures?\b/i,
    sources: [
      'openssh/openssh-portable auth.c (auth_log: "%s %s%s%s for %s%.100s from %.200s port %d ssh2"; auth_maxtries_exceeded; "Invalid user %.100s from %.100s port %d")',
      'openssh/openssh-portable packet.c (sshpkt_vfatal: "Connection closed by %s", "Disconnected from %s", "Unable to negotiate with %s: %s. Their offer: %s")',
      'openssh/openssh-portable kex.c (kex_exchange_identification) and sshd-auth.c (sshpkt_fatal(ssh, r, "banner exchange"))',
      'openssh/openssh-portable sshd.c ("Timeout before authentication for %s", per-source penalties)',
      'linux-pam/linux-pam modules/pam_unix/support.c ("authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s", "%d more authentication failure%s")',
    ],
    samples: {
      match: [
        "Nov 24 16:00:22 bastion-1 sshd[55608]: error: maximum authentication attempts exceeded for root from 203.0.113.9 port 43719 ssh2 [preauth]",
        "Nov 24 16:00:23 bastion-1 sshd[55610]: Failed password for invalid user oracle from 198.51.100.23 port 50122 ssh2",
        "Nov 24 16:00:24 bastion-1 sshd[55612]: Invalid user git from 203.0.113.77 port 41236",
        "Nov 24 16:00:25 bastion-1 sshd[55614]: Connection closed by authenticating user root 203.0.113.8 port 38554 [preauth]",
        "Nov 24 16:00:26 bastion-1 sshd[55616]: error: kex_exchange_identification: read: Connection reset by peer",
        "Nov 24 16:00:27 bastion-1 sshd[55618]: banner exchange: Connection from 198.51.100.4 port 60342: invalid format",
        "Nov 24 16:00:28 bastion-1 sshd[55620]: Unable to negotiate with 203.0.113.50 port 52364: no matching key exchange method found. Their offer: diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1 [preauth]",
        "Nov 24 16:00:29 bastion-1 sshd[55622]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.23  user=root",
        "Nov 24 16:00:30 bastion-1 sshd[55622]: PAM 2 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.23  user=root",
        "Nov 24 16:00:31 bastion-1 sshd-session[55624]: Disconnected from invalid user admin 203.0.113.61 port 33102 [preauth]",
      ],
      nearMiss: [
        "Nov 24 16:00:22 bastion-1 sshd[55608]: Accepted publickey for deploy from 10.0.4.12 port 51544 ssh2: ED25519 SHA256:Qm9vYmFy",
        "Nov 24 16:00:22 app-1 api[812]: Failed password for user 4412: account locked after 5 attempts",
        "Nov 24 16:00:22 bastion-1 sshd[1021]: error: Bind to port 22 on 0.0.0.0 failed: Address already in use.",
        "Nov 24 16:00:22 bastion-1 systemd[1]: ssh.service: Main process exited, code=exited, status=255/EXCEPTION",
      ],
    },
  },
];

/** The class of background noise a line is, if any. */
export function backgroundNoiseOf(line: string): BackgroundNoise | undefined {
  return BACKGROUND_NOISE.find(
    (n) => line.includes(n.literal) && n.process.test(line) && n.matchers.some((re) => re.test(line)),
  );
}
