/**
 * The audit trail as a coordinator meets it in the register: a measure's history panel shows what was changed,
 * by whom and when, from SharePoint's own versions, and a report written by someone who answered neither for
 * the measure nor as a delegate is named as one that does not count, in the register and in the measure's
 * history, while the status it claims is not shown as the measure's.
 */
import { SITE_PATH } from '../../server/app';
import { personas } from '../../server/directory/demoDirectory';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { responsibleRoles } from '../../src/model/planKinds';
import { Measure } from '../../src/model/types';
import { reportStatus } from '../../src/plans/followUpActions';
import { seriousViolations } from './browser';
import { useSession } from './session';

jest.setTimeout(180_000);

const session = useSession();
const storeAs = (upn: string): Store => createStore(createSp(`${session.product.origin}${SITE_PATH}`, { emulatorUser: upn }));

describe('the audit trail in the register', () => {
  let changed: Measure;
  let flagged: Measure;

  beforeAll(async () => {
    const coordinator = storeAs(personas.coordinator);
    const plan = (await coordinator.plans.all()).find((p) => p.kind === 'internalControl' && p.state === 'followUp')!;
    const [measures, roles, periods, reports] = await Promise.all([coordinator.measures.where({ planKey: plan.key }), coordinator.roles.all(),
      coordinator.periods.where({ planKey: plan.key }), coordinator.statusReports.where({ planKey: plan.key })]);
    const open = periods.find((p) => p.state === 'open')!;
    const managerRoles = new Set(roles.filter((r) => [r.holder?.upn, r.delegate?.upn].some((u) => u?.toLowerCase() === personas.manager.toLowerCase())).map((r) => r.key));
    const candidates = measures.filter((m) => !m.closed && !m.confidential && m.measureKind === 'measure');
    // The coordinator moves a measure's due date and renames it.
    changed = candidates[0];
    await coordinator.measures.update(changed, { dueDate: '2027-03-31', title: `${changed.title} (utökad)` });
    changed = { ...changed, title: `${changed.title} (utökad)` };
    // The manager answers for a measure that is another role's, not yet answered in the open follow-up.
    flagged = candidates.find((m) => m !== candidates[0] && responsibleRoles(m).length > 0 && !responsibleRoles(m).some((k) => managerRoles.has(k))
      && !reports.some((r) => r.measureKey === m.key && r.periodKey === open.key))!;
    await reportStatus(storeAs(personas.manager), { planKey: plan.key, measureKey: flagged.key, periodKey: open.key, status: 'green',
      comment: 'Klart, enligt mig', reporter: null, at: new Date() });
  });

  it('names a report that does not count, and shows who changed a measure, when and how', async () => {
    const { page, errors } = await session.open('?view=register&host=sharePoint&as=coordinator&lang=sv');
    const notice = page.locator('.ik-flagged');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('räknas inte');
    expect(await notice.textContent()).toContain(flagged.title);
    expect(await notice.textContent()).toContain('Johan Ekström');

    // The flagged measure's history tags the report; its claimed green is not the measure's status.
    const search = page.getByRole('searchbox').first();
    await search.fill(flagged.title);
    await page.getByRole('button', { name: flagged.title, exact: true }).first().click();
    const panel = page.locator('.ms-Panel-main');
    await panel.getByText('Räknas inte').waitFor();
    if (process.env.AUDIT_SHOTS) await page.screenshot({ path: `${process.env.AUDIT_SHOTS}/flagged.png` });
    expect(await panel.textContent()).toContain('Klart, enligt mig');
    await page.getByRole('button', { name: 'Stäng' }).click();

    // The changed measure's history: the coordinator's change of date and title, old → new.
    await search.fill(changed.title);
    await page.getByRole('button', { name: changed.title, exact: true }).first().click();
    const changes = page.locator('.ik-history--changes');
    await changes.locator('li[data-version]').first().waitFor();
    const latest = changes.locator('li[data-version]').first();
    const text = (await latest.textContent()) ?? '';
    expect(text).toContain('Anna Karlsson');
    expect(text).toMatch(/Klart senast:\s*\S+ → 2027-03-31/);
    expect(text).toContain(`Benämning: ${changed.title.replace(' (utökad)', '')} → ${changed.title}`);
    expect(await changes.locator('li[data-version]').count()).toBeGreaterThan(1);
    if (process.env.AUDIT_SHOTS) await page.screenshot({ path: `${process.env.AUDIT_SHOTS}/history.png` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
