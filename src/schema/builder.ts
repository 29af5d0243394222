import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { Context } from './context.ts';
import { fieldComplexity } from './limits.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
}>({
  plugins: [ComplexityPlugin, RelayPlugin, SimpleObjectsPlugin],
  defaultFieldNullability: false,
  // Costs only: the limit is checked once per request by the server (src/server/plugins/limits.ts).
  complexity: { fieldComplexity },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

builder.queryType({ description: 'Entry points into the coopgraph knowledge graph.' });
