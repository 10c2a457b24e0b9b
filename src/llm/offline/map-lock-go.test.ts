import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../inventory/fix-rules.js";
import { lockMap, mapLockHolds } from "./map-lock-go.js";
import { addedLines } from "./repo-fixes.js";

const FIELD = [
  "package sessions",
  "",
  "import (",
  '\t"errors"',
  '\t"time"',
  ")",
  "",
  "type Store struct {",
  "\tttl  time.Duration",
  "\tbyID map[string]Session",
  "}",
  "",
  "func (s *Store) Put(id string, v Session) {",
  "\ts.byID[id] = v",
  "}",
  "",
  "func (st *Store) Drop(id string) {",
  "\tdelete(st.byID, id)",
  "}",
  "",
  "func (s *Store) Get(id string) (Session, error) {",
  "\tv, ok := s.byID[id]",
  "\tif !ok {",
  '\t\treturn Session{}, errors.New("no session")',
  "\t}",
  "\treturn v, nil",
  "}",
  "",
].join("\n");

const PACKAGE_VAR = [
  "package metrics",
  "",
  'import "strings"',
  "",
  "var hits = map[string]int{}",
  "",
  "func Count(path string) {",
  "\thits[strings.ToLower(path)]++",
  "}",
  "",
  "func Snapshot() map[string]int {",
  "\tout := make(map[string]int, len(hits))",
  "\tfor k, v := range hits {",
  "\t\tout[k] = v",
  "\t}",
  "\treturn out",
  "}",
].join("\n");

describe("a mutex for a map shared by goroutines", () => {
  it("struct field: a mutex in the struct, taken in every method touching the map (each with its receiver)", () => {
    const out = lockMap({ content: FIELD, line: 14 });
    const lines = out?.content.split("\n") ?? [];
    expect(lines.slice(2, 7)).toEqual(["import (", '\t"errors"', '\t"sync"', '\t"time"', ")"]);
    expect(out?.content).toContain("\tbyID map[string]Session\n\n\tmu sync.Mutex // guards byID\n}");
    expect(out?.content).toContain(
      "func (s *Store) Put(id string, v Session) {\n\ts.mu.Lock()\n\tdefer s.mu.Unlock()\n\ts.byID[id] = v",
    );
    expect(out?.content).toContain(
      "func (st *Store) Drop(id string) {\n\tst.mu.Lock()\n\tdefer st.mu.Unlock()",
    );
    expect(out?.change).toMatch(/Store\.byID.*Put, Drop, Get/);
    const cited = lines.indexOf("\ts.byID[id] = v") + 1;
    expect(mapLockHolds(out?.content ?? "", cited).ok).toBe(true);
    expect(mapLockHolds(FIELD, 14).ok).toBe(false);
    const added = addedLines(FIELD, out?.content);
    expect(
      forbiddenBy("lock-shared-map", added, { patternIds: ["go-concurrent-map"], text: "" }),
    ).toBeUndefined();
    expect(added.some((l) => /recover\(\)/.test(l))).toBe(false);
  });

  it("package variable: a mutex declared beside it, single import turned into a block", () => {
    const out = lockMap({ content: PACKAGE_VAR, line: 8 });
    expect(out?.content).toContain('import (\n\t"strings"\n\t"sync"\n)');
    expect(out?.content).toContain("var hits = map[string]int{}\nvar hitsMu sync.Mutex // guards hits");
    expect(out?.content).toContain(
      "func Snapshot() map[string]int {\n\thitsMu.Lock()\n\tdefer hitsMu.Unlock()",
    );
  });

  it("near misses: already locking, a locked function calling another, two maps on the line, a local map", () => {
    const locking = FIELD.replace("\ts.byID[id] = v", "\ts.other.Lock()\n\ts.byID[id] = v");
    expect(lockMap({ content: locking, line: 15 })).toBeUndefined();
    const reentrant = FIELD.replace(
      "\tdelete(st.byID, id)",
      "\tif _, err := st.Get(id); err == nil {\n\t\tdelete(st.byID, id)\n\t}",
    );
    expect(lockMap({ content: reentrant, line: 14 })).toBeUndefined();
    const two = PACKAGE_VAR.replace(
      "var hits = map[string]int{}",
      "var hits = map[string]int{}\nvar misses = map[string]int{}",
    ).replace("\thits[strings.ToLower(path)]++", "\thits[path] = misses[path]");
    expect(lockMap({ content: two, line: 9 })).toBeUndefined();
    // The map on the line is a local one the file does not share: nothing to lock.
    expect(lockMap({ content: PACKAGE_VAR, line: 14 })).toBeUndefined();
  });
});
