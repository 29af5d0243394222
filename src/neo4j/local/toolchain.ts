import { spawnSync } from 'node:child_process';

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

/** Checks that a command runs at all; used so a missing Java or Maven is one clear line, not a stack trace. */
export function requireTool(command: string, versionArg: string, advice: string): void {
  const result = spawnSync(command, [versionArg], { stdio: 'ignore' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(`${command} was not found or does not run: ${advice}`);
  }
}

export const requireJava = (): void =>
  requireTool(
    'java',
    '-version',
    'install a Java 17+ runtime (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use your own Neo4j',
  );

export const requireMaven = (): void =>
  requireTool(
    'mvn',
    '--version',
    'install Apache Maven (Debian: apt-get install maven), or set NEO4J_URI to use your own Neo4j',
  );
