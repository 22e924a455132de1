// `npm run api:client`: writes the TypeScript types of /api/v1 that lib/api/client uses,
// generated from the OpenAPI document with openapi-typescript.
import { writeFileSync } from "node:fs";
import { CLIENT_TYPES_FILE, clientTypesSource } from "./lib/api-client-types";

writeFileSync(CLIENT_TYPES_FILE, await clientTypesSource());
console.log(`Wrote ${CLIENT_TYPES_FILE}`);
