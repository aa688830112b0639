// drizzle-kit configuration for the PostgreSQL backend: `npm run db:generate:pg` writes SQL migrations into
// migrations-pg/ from src/db/schema.pg.ts (the SQLite ones stay in migrations/, see drizzle.config.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.pg.ts',
  out: './migrations-pg',
});
