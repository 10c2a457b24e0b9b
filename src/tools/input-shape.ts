/** Limits on a tool input, checked before anything (schema, redaction, hashing, the audit record) walks it. */
export const MAX_INPUT_DEPTH = 32;
export const MAX_INPUT_NODES = 100_000;
export const MAX_INPUT_CHARS = 1024 * 1024;

/**
 * Walks the input with an explicit stack, never recursion: an input nested 20,000 arrays deep overflowed
 * the stack of every recursive walker after it (issue 16, class 6). Returns why the input is refused, or
 * undefined when it is within the limits.
 */
export function inputShapeProblem(input: unknown): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    nodes += 1;
    if (nodes > MAX_INPUT_NODES) return `input has more than ${MAX_INPUT_NODES} values`;
    if (typeof value === "string") {
      chars += value.length;
      if (chars > MAX_INPUT_CHARS) return `input holds more than ${MAX_INPUT_CHARS} characters`;
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_INPUT_DEPTH) return `input is nested deeper than ${MAX_INPUT_DEPTH} levels`;
    const children = Array.isArray(value) ? value : Object.entries(value as Record<string, unknown>).flat();
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}
