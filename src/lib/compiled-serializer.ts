// Responses are serialised by fast-json-stringify functions compiled once per route and status from the
// zod response schemas, instead of a zod parse plus JSON.stringify of every response. The schemas stay
// zod: the OpenAPI document is still generated from them, so the contract and the wire cannot drift.
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type RouteSchema = Parameters<FastifySerializerCompiler<unknown>>[0];
type Serializer = (data: unknown) => string;

// Compiling is the bulk of an app's start-up (about 270 ms for all routes), and the response schemas are
// module constants, so one compiled function per schema object serves every app built in the process:
// several in-process instances, and each test's fresh app. And each is compiled at its first response,
// not at start-up: a server answers its first request (a health check) sooner, and a route nobody calls
// costs nothing.
const compiled = new WeakMap<z.ZodType, Serializer>();

function compile(schema: z.ZodType, route: RouteSchema): Serializer {
  let serializer: Serializer;
  try {
    // io: 'output' describes what the handler's value looks like after zod's own output transforms.
    serializer = fastJson(z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) as Parameters<typeof fastJson>[0]) as Serializer;
  } catch {
    // A schema JSON Schema cannot express (a transform, a custom check): keep zod's serializer for it.
    serializer = zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
  }
  compiled.set(schema, serializer);
  return serializer;
}

export const compiledSerializerCompiler: FastifySerializerCompiler<unknown> = (route: RouteSchema) => {
  const schema = route.schema;
  if (!(schema instanceof z.ZodType)) return zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
  let serializer = compiled.get(schema);
  return (data: unknown) => (serializer ??= compiled.get(schema) ?? compile(schema, route))(data);
};
