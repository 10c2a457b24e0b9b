/**
 * A preprocess step for input written under an older key name (stored runs, memory files): the value moves
 * to the new key, and the new key wins when both are there. Output is always written with the new key.
 */
export function renamedKey(from: string, to: string): (value: unknown) => unknown {
  return (value) => {
    if (!value || typeof value !== "object" || Array.isArray(value) || !(from in value)) return value;
    const { [from]: old, ...rest } = value as Record<string, unknown>;
    return to in rest ? rest : { ...rest, [to]: old };
  };
}
