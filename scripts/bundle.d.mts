export function bundle(options: {
  entries: { in: string; out: string }[];
  outdir: string;
  logLevel?: "error" | "warning" | "info" | "silent";
}): Promise<void>;
