/**
 * The StateStore's compound operations as Lua scripts: Redis runs a script as one step, so replicas racing
 * on one key see each other's writes whole. Numbers go back as strings: Redis would cut a Lua float to an
 * integer on the way out.
 */

/** INCRBY and the first PEXPIRE together: a crash between them would leave a counter that never expires. */
export const ADD_SCRIPT = `
local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if tonumber(ARGV[2]) > 0 and redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return v`;

/**
 * A token bucket in a hash (tokens, at): refilled by the time elapsed since `at`, then one token taken. The
 * same rule as refillAndTake (core/memory-tally.ts). Untouched for a window, a bucket is full: it expires.
 * ARGV: capacity, windowMs, now. Returns {1} or {0, retryAfterMs}.
 */
export const TAKE_TOKEN_SCRIPT = `
local cap = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local rate = cap / window
local held = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(held[1]) or cap
local at = tonumber(held[2]) or now
if now > at then
  tokens = math.min(cap, tokens + (now - at) * rate)
  at = now
end
local ok = tokens >= 1
if ok then tokens = tokens - 1 end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', at))
redis.call('PEXPIRE', KEYS[1], math.ceil(window))
if ok then return {1} end
return {0, tostring(math.ceil((1 - tokens) / rate))}`;

/**
 * A tally in a hash of entry -> "amount:expiresAt": expired entries dropped, the change applied unless the
 * other live entries plus its amount pass the cap, and the key set to expire with its last entry (relative
 * to the caller's `now`, which the entries' times are on). The same
 * rule as applyTally (core/memory-tally.ts).
 * ARGV: now, entry ('' for a read), amount, expiresAt, cap (-1: none). Returns {ok, total}.
 */
export const TALLY_SCRIPT = `
local now = tonumber(ARGV[1])
local name = ARGV[2]
local all = redis.call('HGETALL', KEYS[1])
local others, own, last = 0, 0, 0
for i = 1, #all, 2 do
  local sep = string.find(all[i + 1], ':', 1, true)
  local amount = tonumber(string.sub(all[i + 1], 1, sep - 1))
  local expires = tonumber(string.sub(all[i + 1], sep + 1))
  if expires <= now then
    redis.call('HDEL', KEYS[1], all[i])
  elseif all[i] == name then
    own = amount
  else
    others = others + amount
    if expires > last then last = expires end
  end
end
if name == '' then return {1, string.format('%.17g', others)} end
local amount = tonumber(ARGV[3])
local expires = tonumber(ARGV[4])
local cap = tonumber(ARGV[5])
if cap >= 0 and others + amount > cap then return {0, string.format('%.17g', others + own)} end
if amount > 0 and expires > now then
  redis.call('HSET', KEYS[1], name, string.format('%.17g', amount) .. ':' .. string.format('%.17g', expires))
  if expires > last then last = expires end
  others = others + amount
else
  redis.call('HDEL', KEYS[1], name)
end
if last > now then redis.call('PEXPIRE', KEYS[1], math.ceil(last - now)) end
return {1, string.format('%.17g', others)}`;
