/**
 * Import names whose distribution (what pip installs) is spelled differently. Data, from each project's own
 * packaging metadata; an import name not listed here is installed under its own name. `undefined` marks a
 * namespace several distributions share (`google`), which names no single package to add.
 */
export const DISTRIBUTION_OF: Readonly<Record<string, string | undefined>> = {
  yaml: "PyYAML",
  cv2: "opencv-python",
  PIL: "Pillow",
  sklearn: "scikit-learn",
  skimage: "scikit-image",
  bs4: "beautifulsoup4",
  dateutil: "python-dateutil",
  dotenv: "python-dotenv",
  jwt: "PyJWT",
  jose: "python-jose",
  multipart: "python-multipart",
  magic: "python-magic",
  slugify: "python-slugify",
  docx: "python-docx",
  pptx: "python-pptx",
  Crypto: "pycryptodome",
  OpenSSL: "pyOpenSSL",
  attr: "attrs",
  MySQLdb: "mysqlclient",
  serial: "pyserial",
  zmq: "pyzmq",
  git: "GitPython",
  fitz: "PyMuPDF",
  kafka: "kafka-python",
  ldap: "python-ldap",
  sentry_sdk: "sentry-sdk",
  pkg_resources: "setuptools",
  websocket: "websocket-client",
  dns: "dnspython",
  Levenshtein: "python-Levenshtein",
  nacl: "PyNaCl",
  google: undefined,
  azure: undefined,
};

/**
 * Standard-library modules a service imports often: never a distribution to add (a module missing among these
 * is a Python version or a broken image, not a manifest).
 */
export const STDLIB = new Set(
  "abc argparse asyncio base64 collections contextlib csv dataclasses datetime decimal distutils email enum functools glob hashlib heapq hmac html http importlib inspect io itertools json logging math multiprocessing os pathlib pickle queue random re shutil signal socket sqlite3 ssl string struct subprocess sys tempfile threading time tomllib typing unittest urllib uuid xml zipfile zoneinfo".split(
    " ",
  ),
);

/** PEP 503 normalised name: case, `_`, `.` and `-` runs are the same. */
export function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** The distribution to add for an import name; undefined when it is ambiguous (a shared namespace). */
export function distributionOf(module: string): string | undefined {
  if (module in DISTRIBUTION_OF) return DISTRIBUTION_OF[module];
  return module.replace(/_/g, "-");
}
