import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { msg, type ActionResult } from "@/lib/errors";
import { rememberWrite } from "@/lib/read-db";
import { readForm } from "@/lib/validations/form-data";
import { parseOrThrow } from "@/lib/validations/parse";
import { ARG, checkedArguments } from "./arguments";
import { runAction } from "./run-action";

// The one pipeline of every server action (dub's authActionClient is the model): the
// permission, then every argument checked by its schema (a server action is an HTTP
// endpoint: whoever posts chooses the arguments, whatever the TypeScript says), then the
// form parsed by its schema, then the body, then the pages to refresh; any AppError or
// database failure becomes the ActionResult forms show. An action is written as data, so
// the tests read the permission and the arguments of every action from the action itself.

type Schemas = readonly z.ZodType[];
type Inputs<A extends Schemas> = { [K in keyof A]: z.input<A[K]> };
type Outputs<A extends Schemas> = { [K in keyof A]: z.output<A[K]> };
/** A path to refresh after the action, or a path and "layout" to refresh everything under it. */
type Refresh = string | readonly [path: string, type: "layout"];

/** What an action declares, kept on the action for the authorisation matrix and the fuzz test. */
export type ActionMeta = { permission: Permission; args: Schemas; form?: z.ZodType };

const FORM_INVALID = msg("Isian formulir belum benar: lihat pesan pada tiap kolom.");

/** After the body: the pages to make again, and this browser's reads on the primary until the replica has the write. */
async function refresh(paths: readonly Refresh[]): Promise<void> {
  for (const path of paths) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path[0], path[1]);
  }
  await rememberWrite();
}

/** An action called with its arguments: `archiveOfficeAction(code)`. */
export function defineAction<const A extends Schemas, R>(definition: {
  permission: Permission;
  args: A;
  run: (actor: Actor, ...args: Outputs<A>) => Promise<R>;
  refresh?: (result: R, ...args: Outputs<A>) => readonly Refresh[];
}): ((...args: Inputs<A>) => Promise<ActionResult<R>>) & ActionMeta {
  const action = (...values: Inputs<A>) =>
    runAction(async () => {
      const actor = await requirePermission(definition.permission);
      const args = checkedArguments(definition.args, values);
      const result = await definition.run(actor, ...args);
      await refresh(definition.refresh?.(result, ...args) ?? []);
      return result;
    });
  return Object.assign(action, { permission: definition.permission, args: definition.args });
}

/**
 * An action behind a form (useActionState): its bound arguments, the previous result (unused)
 * and the FormData, read by `form`'s shape (or by `fromForm` where the form and the schema
 * differ in shape) and parsed by it; the body gets the parsed value.
 */
export function defineFormAction<const A extends Schemas, S extends z.ZodType, R>(definition: {
  permission: Permission;
  args: A;
  form: S;
  fromForm?: (form: FormData) => unknown;
  run: (actor: Actor, input: z.output<S>, ...args: Outputs<A>) => Promise<R>;
  refresh?: (result: R, ...args: Outputs<A>) => readonly Refresh[];
}): ((...args: [...Inputs<A>, state: ActionResult<unknown> | null, form: FormData]) => Promise<ActionResult<R>>) &
  ActionMeta {
  const action = (...values: [...Inputs<A>, ActionResult<unknown> | null, FormData]) =>
    runAction(async () => {
      const actor = await requirePermission(definition.permission);
      const args = checkedArguments(definition.args, values.slice(0, definition.args.length));
      const [form] = checkedArguments([ARG.form], [values[definition.args.length + 1]]);
      const raw = definition.fromForm ? definition.fromForm(form) : readForm(definition.form, form);
      const input = parseOrThrow(definition.form, raw, FORM_INVALID);
      const result = await definition.run(actor, input, ...args);
      await refresh(definition.refresh?.(result, ...args) ?? []);
      return result;
    });
  return Object.assign(action, {
    permission: definition.permission,
    args: definition.args,
    form: definition.form,
  });
}
