import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../inventory/fix-rules.js";
import { nilSubject } from "../../knowledge/stack-frames.js";
import { addedLines, applyFix } from "./repo-fixes.js";

const GO = [
  "package shipping",
  "",
  'import "errors"',
  "",
  "type Parcel struct {",
  "\tID        int64",
  '\tRecipient *Recipient `json:"recipient"`',
  "}",
  "",
  "func (q *Quoter) Quote(p Parcel, zone string) (Quote, int, error) {",
  '\tif zone == "" {',
  '\t\treturn Quote{}, 0, errors.New("no zone")',
  "\t}",
  "\tcost := q.table.Cost(zone, p.Recipient.PostCode)",
  "\treturn Quote{Cost: cost}, 1, nil",
  "}",
].join("\n");

function guard(file: string, content: string, line: number, subject?: string) {
  return applyFix("guard-property-access", { file, content, line, ...(subject ? { subject } : {}) });
}

describe("nil guard: Go", () => {
  it("checks the pointer field before the statement and returns the function's zero values and an error", () => {
    const fixed = guard("pkg/shipping/quote.go", GO, 14, "*");
    expect(fixed?.content.split("\n").slice(13, 17)).toEqual([
      "\tif p.Recipient == nil {",
      '\t\treturn Quote{}, 0, errors.New("quote: p.Recipient is nil")',
      "\t}",
      "\tcost := q.table.Cost(zone, p.Recipient.PostCode)",
    ]);
  });

  it("proposes nothing in a function with no error result (a handler), or without errors/fmt imported", () => {
    const handler = GO.replace("(Quote, int, error) {", "{");
    expect(guard("pkg/shipping/quote.go", handler, 14, "*")).toBeUndefined();
    const bare = GO.replace('import "errors"', 'import "strings"');
    expect(guard("pkg/shipping/quote.go", bare, 14, "*")).toBeUndefined();
  });

  it("is asked only for a nil dereference, not for index out of range", () => {
    expect(nilSubject("panic: runtime error: invalid memory address or nil pointer dereference")).toBe("*");
    expect(nilSubject("panic: runtime error: index out of range [3] with length 3")).toBeUndefined();
    expect(guard("pkg/shipping/quote.go", GO, 14)).toBeUndefined();
  });
});

const RUBY_CONTROLLER = [
  "module Admin",
  "  class InvoicesController < BaseController",
  "    def download",
  "      invoice = Invoice.find_by(token: params[:token])",
  "      send_data render_pdf(",
  "        invoice.pdf_body,",
  "        filename: 'x.pdf'",
  "      )",
  "    end",
  "  end",
  "end",
].join("\n");

describe("nil guard: Ruby", () => {
  it("answers 404 from a Rails action before the statement (not inside the call) that reads the nil", () => {
    expect(nilSubject("NoMethodError (undefined method `pdf_body' for nil:NilClass):")).toBe("pdf_body");
    const fixed = guard("app/controllers/admin/invoices_controller.rb", RUBY_CONTROLLER, 6, "pdf_body");
    expect(fixed?.content.split("\n").slice(3, 6)).toEqual([
      "      invoice = Invoice.find_by(token: params[:token])",
      "      return head(:not_found) if invoice.nil?",
      "      send_data render_pdf(",
    ]);
  });

  it("raises the error a plain method already raises, and proposes nothing where it raises none", () => {
    const model = [
      "class Ledger",
      "  def post(entry)",
      "    raise LedgerError, 'closed' if closed?",
      "    account = accounts[entry.code]",
      "    account.credit(entry.amount)",
      "  end",
      "end",
    ].join("\n");
    const fixed = guard("lib/ledger.rb", model, 5, "credit");
    expect(fixed?.content.split("\n")[4]).toBe('    raise LedgerError, "account is nil" if account.nil?');
    const plain = model.replace("    raise LedgerError, 'closed' if closed?\n", "");
    expect(guard("lib/ledger.rb", plain, 4, "credit")).toBeUndefined();
  });
});

describe("nil guard: Python", () => {
  it("aborts 404 in a Flask view, with the file's own indentation", () => {
    expect(nilSubject("AttributeError: 'NoneType' object has no attribute 'plan'")).toBe("plan");
    const view = [
      "from flask import abort, jsonify",
      "",
      "def show(account_id):",
      "  account = Account.query.get(account_id)",
      "  return jsonify(plan=account.plan.name)",
    ].join("\n");
    const fixed = guard("web/views/accounts.py", view, 5, "plan");
    expect(fixed?.content.split("\n").slice(4, 7)).toEqual([
      "  if account is None:",
      "    abort(404)",
      "  return jsonify(plan=account.plan.name)",
    ]);
  });

  it("proposes nothing in a function that raises no error of its own", () => {
    const job = ["def sync(batch):", "    owner = lookup(batch)", "    notify(owner.email)"].join("\n");
    expect(guard("jobs/sync.py", job, 3, "email")).toBeUndefined();
  });
});

describe("must-nots of code fixes", () => {
  it("refuses a patch that swallows the error or raises the stack size", () => {
    const evidence = { patternIds: ["ruby-nomethod-nil"], text: "" };
    for (const line of [
      "    rescue NoMethodError",
      "\tdefer func() { recover() }()",
      "    except:",
      "    except AttributeError:",
      "} catch (e) {}",
      "JAVA_OPTS=-Xss4m",
      "sys.setrecursionlimit(100000)",
    ])
      expect(forbiddenBy("guard-property-access", [line], evidence), line).toBeDefined();
    expect(forbiddenBy("guard-property-access", ["  if x is None:"], evidence)).toBeUndefined();
  });

  it("counts an inserted guard's lines as added", () => {
    expect(addedLines("a\nb", "a\nx\nb")).toEqual(["x"]);
  });
});
