import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printGatewaySchema } from '../schema';

/** Regenerates apps/gateway/schema.graphql from the modules (`npm run schema`). */
printGatewaySchema()
  .then((sdl) => {
    const file = resolve(__dirname, '..', '..', 'schema.graphql');
    writeFileSync(file, sdl);
    console.log(`wrote ${file}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
