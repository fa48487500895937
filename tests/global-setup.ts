// End-to-end tests run the bundled CLI as a user would; bundle it fresh (esbuild, ~0.3 s) so they
// never test a stale dist/cli.mjs left over from an earlier `npm run build`.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], { stdio: 'inherit' });
}
