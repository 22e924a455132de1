import { z } from "zod";

// A form post → the plain object its schema describes, read by the schema's own shape: a
// list field takes every value of its name, a boolean is a checked checkbox ("on"), a
// nested object reads "parent.child" names, and an empty text is no value when the field is
// optional (a required one gets "", so its own message says what is missing). The schema then
// checks the object; nothing here decides what is valid, so nothing here needs a cast.

type Field = z.ZodType;

/** The schema under optional/nullable/default wrappers and transforms. */
function base(schema: Field): Field {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return base(schema.unwrap() as Field);
  if (schema instanceof z.ZodPipe) return base(schema.in as Field);
  return schema;
}

const filledIn = (value: unknown) =>
  value !== undefined && value !== "" && value !== false && !(Array.isArray(value) && value.length === 0);

function readObject(shape: Record<string, Field>, form: FormData, prefix: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(shape).flatMap(([key, field]): [string, unknown][] => {
      const value = readField(base(field), form, `${prefix}${key}`, field.safeParse(undefined).success);
      return value === undefined ? [] : [[key, value]];
    }),
  );
}

function readField(field: Field, form: FormData, name: string, optional: boolean): unknown {
  if (field instanceof z.ZodObject) {
    const block = readObject(field.shape as Record<string, Field>, form, `${name}.`);
    // An optional block left wholly empty (no sanction chosen) is no block at all.
    return optional && !Object.values(block).some(filledIn) ? undefined : block;
  }
  if (field instanceof z.ZodArray) return form.getAll(name).filter((v) => typeof v === "string");
  if (field instanceof z.ZodBoolean) return form.get(name) === "on" || form.get(name) === "true";
  const value = form.get(name);
  const text = typeof value === "string" ? value : "";
  return text.trim() === "" && optional ? undefined : text;
}

/** The fields of `form` that `schema` (an object schema, maybe refined or transformed) names. */
export function readForm(schema: z.ZodType, form: FormData): Record<string, unknown> {
  const object = base(schema);
  if (!(object instanceof z.ZodObject)) throw new Error("readForm needs an object schema");
  return readObject(object.shape as Record<string, Field>, form, "");
}
