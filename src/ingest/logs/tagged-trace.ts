/**
 * Rails' tagged logger writes a backtrace one stamped line at a time, each under the request's tags:
 *   F, [2026-01-01T00:00:00.000 #1] FATAL -- : [ab12] NoMethodError (undefined method 'email' for nil):
 *   F, [2026-01-01T00:00:00.000 #1] FATAL -- : [ab12]
 *   F, [2026-01-01T00:00:00.000 #1] FATAL -- : [ab12] app/models/order.rb:41:in 'receipt'
 * The frame lines carry their own timestamp, so they would open records of their own and the error would
 * lose the line that names the repository. They continue the record at the same level under the same tags,
 * or stamped with the same instant (a logger that tags each line with its own id).
 */
const TAGGED = /^([EF]), \[([^\]]+)\]\s+[A-Z]+ -- : ((?:\[[^\]\n]*\] ?)+)(.*)$/;
const RUBY_FRAME = /^\S+\.rb:\d+:in /;

export function continuesTaggedTrace(line: string, first: string): boolean {
  // Every timestamped line asks: all but Rails' fail on their second character, without the regex.
  if (line.charCodeAt(1) !== 44) return false;
  const l = TAGGED.exec(line);
  const f = l ? TAGGED.exec(first) : null;
  if (!l || !f || l[1] !== f[1] || !(f[4] ?? "").trim()) return false;
  if (l[2] !== f[2] && l[3]?.trim() !== f[3]?.trim()) return false;
  const body = (l[4] ?? "").trim();
  return body === "" || RUBY_FRAME.test(body);
}
