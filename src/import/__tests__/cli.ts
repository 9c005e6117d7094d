/**
 * Runs `tools/import.ts` (or another tool) as a user runs it, against a given site, as the coordinator:
 * for the integration tests of the command.
 */
import { execFile } from 'child_process';
import { join } from 'path';
import { personas } from '../../../server/directory/demoDirectory';

const ROOT = join(__dirname, '..', '..', '..');

export function runTool(siteUrl: string, args: string[], tool = 'tools/import.ts'): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(ROOT, 'node_modules', '.bin', 'tsx'), [tool, ...args],
      { cwd: ROOT, env: { ...process.env, SP_SITE_URL: siteUrl, SP_EMULATOR_USER: personas.coordinator } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}
