import { describe, expect, it } from "vitest";
import { configErrorPosition } from "./config-positions.js";

const REPO = ["deploy/settings/worker.yml", "etc/nginx/sites/shop.conf", "README.md"];

describe("the line a configuration parser's error names", () => {
  it("takes PyYAML's problem mark, not the context mark of the block it was parsing", () => {
    const trace = [
      "yaml.scanner.ScannerError: while scanning a simple key",
      '  in "/srv/deploy/settings/worker.yml", line 3, column 1',
      "could not find expected ':'",
      '  in "/srv/deploy/settings/worker.yml", line 7, column 9',
    ].join("\n");
    expect(configErrorPosition(trace, REPO)).toEqual({ file: "deploy/settings/worker.yml", line: 7 });
  });

  it("names nothing from a context mark alone", () => {
    const trace =
      'yaml.parser.ParserError: while parsing a block mapping\n  in "/srv/deploy/settings/worker.yml", line 1, column 1';
    expect(configErrorPosition(trace, REPO)).toBeUndefined();
  });

  it("reads js-yaml's and nginx's positions", () => {
    expect(
      configErrorPosition(
        'YAMLException: bad indentation of a mapping entry in "deploy/settings/worker.yml" (12:5)',
        REPO,
      ),
    ).toEqual({ file: "deploy/settings/worker.yml", line: 12 });
    expect(
      configErrorPosition(
        'nginx: [emerg] unknown directive "proxy_pas" in /etc/nginx/sites/shop.conf:18',
        REPO,
      ),
    ).toEqual({ file: "etc/nginx/sites/shop.conf", line: 18 });
  });

  it("names nothing when the errors pin different lines or a file outside the repository", () => {
    const two = [
      'mapping values are not allowed here\n  in "/srv/deploy/settings/worker.yml", line 4, column 8',
      'mapping values are not allowed here\n  in "/srv/deploy/settings/worker.yml", line 9, column 8',
    ].join("\n");
    expect(configErrorPosition(two, REPO)).toBeUndefined();
    expect(
      configErrorPosition(
        'mapping values are not allowed here\n  in "/etc/other/app.yml", line 4, column 8',
        REPO,
      ),
    ).toBeUndefined();
  });
});
