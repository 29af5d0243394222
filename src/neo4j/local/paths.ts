import path from 'node:path';
import { PROJECT_ROOT } from '../../root.ts';

export { PROJECT_ROOT };

/** Where the local Neo4j module lives inside the repository, and where Maven puts what it builds. */
export const MODULE_DIR = path.join(PROJECT_ROOT, 'neo4j-local');
export const TARGET_DIR = path.join(MODULE_DIR, 'target');
export const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
export const LIB_DIR = path.join(TARGET_DIR, 'lib');
export const MAIN_CLASS = 'org.coopgraph.neo4j.LocalNeo4j';
/** Written after a successful build; its mtime tells whether the sources changed since. */
export const BUILD_STAMP = path.join(TARGET_DIR, 'coopgraph-build.stamp');
