// Random request parts for the fuzz tests, derived from the routes' zod schemas through JSON
// Schema, so a new route or field is fuzzed without touching the tests.
import fc from 'fast-check';
import { z } from 'zod';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
};

/** Ids the fuzzer may use for a field or path parameter of that name (real ones, others', unknown). */
export type IdsFor = (name: string) => string[];

export const jsonSchemaOf = (schema: unknown): Schema =>
  z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Schema;

const wrongType = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.constant([]),
  fc.constant({}),
  fc.constant('x'.repeat(100_000)),
);

/** A value shaped by the schema (mostly valid); ids come from idsFor(field name). */
export function arbitraryOf(schema: Schema, idsFor: IdsFor, name = ''): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => arbitraryOf(s, idsFor, name)));
  if (schema.allOf?.[0]) return arbitraryOf(schema.allOf[0], idsFor, name);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 200, 1e6) });
    case 'number':
      return fc.oneof(
        fc.integer({ min: Math.ceil(schema.minimum ?? -5), max: Math.floor(Math.min(schema.maximum ?? 100, 1e6)) }),
        fc.double({ noNaN: true, min: schema.minimum ?? -1e3, max: schema.maximum ?? 1e3 }),
      );
    case 'array':
      return fc.array(arbitraryOf(schema.items ?? {}, idsFor, name), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'object':
      return objectOf(schema, idsFor);
    case 'string':
      return stringOf(schema, idsFor, name);
    default:
      return wrongType;
  }
}

function stringOf(schema: Schema, idsFor: IdsFor, name: string): fc.Arbitrary<unknown> {
  if (schema.format === 'uuid') {
    const ids = idsFor(name);
    return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
  }
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'date') return fc.constantFrom('2026-12-01', '2027-02-28', '2026-02-30');
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.pattern && /\^\\d\{4\}-/.test(schema.pattern)) return fc.constantFrom('2026-12-01', '2027-01-15');
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, 300);
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, 10) }),
    fc.constantFrom(' padded ', 'Campaign brief', '\u0000nul', "O'Brien; DROP TABLE cards"),
  );
}

function objectOf(schema: Schema, idsFor: IdsFor): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const entries = Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, arbitraryOf(value, idsFor, key)]),
  );
  return fc.record(entries, { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) });
}

/** A mostly-valid object for the schema, then maybe broken: a field dropped, mistyped, oversized or extra. */
export function mutatedObjectOf(schema: Schema, idsFor: IdsFor): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema.properties ?? {});
  const base = objectOf(schema, idsFor);
  const mutations: fc.Arbitrary<(o: Record<string, unknown>) => unknown>[] = [
    fc.constant((o) => o),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), wrongType).map(([k, v]) => (o) => ({ ...o, [k]: v })),
    fc.constantFrom<(o: Record<string, unknown>) => unknown>(
      () => null,
      () => [],
      () => 'not an object',
      () => ({}),
    ),
  ];
  if (keys.length) {
    const key = fc.constantFrom(...keys);
    mutations.push(
      key.map((k) => (o) => {
        const { [k]: _dropped, ...rest } = o;
        return rest;
      }),
      fc.tuple(key, wrongType).map(([k, v]) => (o) => ({ ...o, [k]: v })),
      fc.tuple(key, fc.constantFrom('not-a-uuid', '', '00000000-0000-0000-0000-000000000000')).map(([k, v]) => (o) => ({
        ...o,
        [k]: v,
      })),
    );
  }
  return fc.tuple(base, fc.oneof(...mutations)).map(([o, mutate]) => mutate(o));
}
