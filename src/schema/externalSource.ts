import type { ExternalSource } from '../model/provenance.ts';
import { builder } from './builder.ts';

export const ExternalSourceRef = builder.objectRef<ExternalSource>('ExternalSource').implement({
  description:
    'Where a relationship from outside the report comes from (origin EXTERNAL): the classification, its publisher, the edition read and the package it was read from.',
  fields: (t) => ({
    classification: t.exposeString('classification', {
      description: 'The classification, by its title (UN M49: Standard country or area codes…).',
    }),
    publisher: t.exposeString('publisher', { description: 'Who publishes the classification.' }),
    version: t.exposeString('version', { description: 'The edition or date of the classification read.' }),
    package: t.exposeString('package', {
      description: 'The package or publication the classification was read from, with its version.',
    }),
  }),
});

/** The description of every `externalSource` field. */
export const EXTERNAL_SOURCE_FIELD =
  'For a relationship from outside the report (origin EXTERNAL): where it comes from; null for one the report states.';
