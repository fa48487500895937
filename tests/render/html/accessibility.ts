// Accessibility probes for the browser tests: axe-core run inside the page, and the accessible
// names Chromium itself computes (through the DevTools protocol, not a re-implementation).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * Runs every axe rule, experimental ones included (label-content-name-mismatch is one). The source
 * is evaluated through the protocol, so the page's strict CSP stays on and is not weakened.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          getRules(tags: string[]): Array<{ ruleId: string }>;
          run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const experimental = Object.fromEntries(axe.getRules(['experimental']).map((r) => [r.ruleId, { enabled: true }]));
    const result = await axe.run(document, { rules: experimental, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Violations the issue forbids: serious or critical ones, and landmarks that share a name. */
export const forbidden = (violations: AxeViolation[]): AxeViolation[] =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique');

export const describeViolations = (violations: AxeViolation[]): string =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 5).join(', ')}${v.targets.length > 5 ? ` … +${v.targets.length - 5}` : ''}`).join('\n');

/** Chromium's role and accessible name for each element the selector matches, in document order. */
export async function accessibleNames(page: Page, selector: string): Promise<Array<{ role: string; name: string }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const out: Array<{ role: string; name: string }> = [];
    for (const nodeId of nodeIds) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const node = nodes[0];
      out.push({ role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? '') });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}
