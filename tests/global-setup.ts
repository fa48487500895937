// End-to-end tests run the bundled CLI as a user would; bundle it fresh (esbuild, ~0.3 s) so they
// never test a stale dist/cli.cjs left over from an earlier `npm run build`, and make its code cache
// so they run the same cached path users get.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit' });
}
