import { readdirSync, readFileSync } from "node:fs";
import type { ActionMeta } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/errors";

/** A server action as the tests call it: any arguments, as a client (or an attacker) may post them. */
export type AnyAction = ((...args: unknown[]) => Promise<ActionResult<unknown>>) & ActionMeta;

/** Where each argument goes: an argument, the previous form result (form actions), or the FormData. */
export type Position = "arg" | "state" | "form";

export type ListedAction = { file: string; name: string; action: AnyAction; positions: Position[] };

const isAction = (value: unknown): value is AnyAction =>
  typeof value === "function" && "permission" in value && "args" in value;

/**
 * Every export of every "use server" module in lib/actions, with the permission and the
 * arguments it declares (defineAction). An export that is not a defined action fails here,
 * so nothing escapes the matrix and the fuzz test.
 */
export async function listServerActions(): Promise<ListedAction[]> {
  const files = readdirSync("lib/actions").filter(
    (f) => f.endsWith(".ts") && readFileSync(`lib/actions/${f}`, "utf8").startsWith('"use server"'),
  );
  const listed: ListedAction[] = [];
  for (const file of files) {
    const exports = (await import(/* @vite-ignore */ `@/lib/actions/${file}`)) as Record<string, unknown>;
    for (const [name, action] of Object.entries(exports)) {
      if (!isAction(action)) throw new Error(`${file}: ${name} is not made with defineAction/defineFormAction`);
      const positions: Position[] = [
        ...action.args.map((): Position => "arg"),
        ...(action.form ? (["state", "form"] as const) : []),
      ];
      listed.push({ file, name, action, positions });
    }
  }
  return listed;
}
