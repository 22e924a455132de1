import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

// The xgettext of SIGAP: finds, in the server code, every message an official or a sender
// can be shown (the msgids), so that a test can require an English entry for each one.
// A message is written in Indonesian where it is raised; a template's `${…}` parts become
// "{}" placeholders. Where it stands:
//  - the message and the field errors of `new AppError(code, message, fieldErrors)`;
//  - a `message:` property, and the lists under an `errors:` or `fieldErrors:` property;
//  - the message of `parseOrThrow(schema, input, message)`;
//  - every string of the modules made of messages: the schemas (lib/validations: zod's
//    `.min(1, "…")`, labels), the action arguments and the password policy;
//  - the argument of `msg("…")`, the mark for a message kept anywhere else (a constant).
// Both branches of a `cond ? "…" : "…"` count.

const MESSAGE_MODULES = ["lib/validations/", "lib/actions/arguments.ts", "lib/auth/password-policy.ts"];

/** A template's text with its `${…}` parts as "{}", or a plain string's text. */
function templateOf(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join("");
  return null;
}

/** Text that reads as words, not a code ("LIVE", "name.asc"), a path ("@/lib") or a format ("YYYY-MM-DD"). */
function isProse(text: string): boolean {
  return (
    /\p{Ll}/u.test(text) &&
    !text.includes("\n") &&
    !/^[@./]/.test(text) &&
    !/^[a-z0-9_-]+$/.test(text) &&
    !/^[a-z]+[A-Z]\w*$/.test(text) &&
    !/^[\w{}]+(\.[\w{}]+)+$/.test(text)
  );
}

const isImportOrError = (parent: ts.Node | undefined) =>
  parent !== undefined &&
  (ts.isImportDeclaration(parent) || (ts.isNewExpression(parent) && parent.expression.getText() === "Error"));

function messagesIn(file: string, source: string, isMessageModule: boolean): string[] {
  const found: string[] = [];
  const take = (node: ts.Node | undefined): void => {
    if (!node) return;
    if (ts.isParenthesizedExpression(node)) return take(node.expression);
    if (ts.isConditionalExpression(node)) return [node.whenTrue, node.whenFalse].forEach(take);
    const text = templateOf(node);
    if (text !== null && isProse(text)) found.push(text);
  };
  const takeErrorLists = (node: ts.Node) => {
    if (!ts.isObjectLiteralExpression(node)) return;
    for (const property of node.properties)
      if (ts.isPropertyAssignment(property) && ts.isArrayLiteralExpression(property.initializer))
        property.initializer.elements.forEach(take);
  };
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === "AppError") {
      take(node.arguments?.[1]);
      if (node.arguments?.[2]) takeErrorLists(node.arguments[2]);
    }
    if (ts.isPropertyAssignment(node)) {
      const name = node.name.getText();
      if (name === "message") take(node.initializer);
      if (name === "errors" || name === "fieldErrors") takeErrorLists(node.initializer);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      if (callee === "msg") take(node.arguments[0]);
      if (callee === "parseOrThrow") take(node.arguments[2]);
    }
    // In a module of messages every string is one, except the modules it imports and the
    // programmer's errors (`new Error("…")`, never shown to a user).
    if (isMessageModule && templateOf(node) !== null && !isImportOrError(node.parent)) take(node);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every msgid of the server code under `root` (lib/ and app/api/), each once. */
export function findMessageIds(root: string): string[] {
  const files = [...sourceFiles(join(root, "lib")), ...sourceFiles(join(root, "app/api"))];
  const ids = files.flatMap((file) =>
    messagesIn(
      file,
      readFileSync(file, "utf8"),
      MESSAGE_MODULES.some((module) => file.startsWith(join(root, module))),
    ),
  );
  return [...new Set(ids)].sort();
}
