/**
 * What a secret value reads as in a redacted view (dotenv files). Shared so the inventory can tell a hidden
 * value from a fact: the marker is not a host, a port or a path, and a line holding it is never rewritten.
 * It has the form every other redaction has, so the output filter leaves it as it is (the view the model
 * reads is exactly the view a patch is checked against).
 */
export const REDACTED = "[REDACTED:secret]";
