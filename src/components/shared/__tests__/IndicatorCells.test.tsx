/**
 * The indicator cells every indicator table shares, in Swedish and English: the value in its unit (done or
 * not done for a done rule, women and men under it where split, a dash with its reason where none), the
 * fulfilment as colour and word or why it cannot be judged (with the reason for a colour set by hand),
 * and the trend in words, better or worse, with the previous value.
 */
import * as React from 'react';
import { render, within } from '@testing-library/react';
import { AppProvider } from '../../app/AppContext';
import type { Store } from '../../../data/stores';
import { MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../../model/defaults';
import { defaultFulfilmentSettings } from '../../../model/fulfilment';
import { judgeIndicator } from '../../../model/scorecard';
import { Locale } from '../../../model/statusLegend';
import { FollowUpPeriod, Measure, StatusReport } from '../../../model/types';
import { FulfilmentCell, TrendCell, ValueCell } from '../IndicatorCells';

const indicator = (rule: Partial<Measure>): Measure => ({
  ...MEASURE_DEFAULTS, key: 'i', planKey: 'p', itemKey: 'g', title: 'Sjukfrånvaro', measureKind: 'indicator', roleKey: null, dueDate: null,
  method: '', closed: false, ...rule
});
const reading = (figures: Partial<StatusReport>): StatusReport => ({
  ...REPORT_DEFAULTS, key: 'r', planKey: 'p', measureKey: 'i', periodKey: 'y18', status: null, comment: '', reportedBy: null,
  reportedAt: '2019-01-10T08:00:00Z', value: null, ...figures
});
const y17: FollowUpPeriod = { key: 'y17', planKey: 'p', title: '2017', asOfDate: '2017-12-31', deadline: '2018-01-31', state: 'closed', sortOrder: 1 };
const sick = indicator({ targetRule: 'atMost', targetValue: 3, unitOfMeasure: '%', splitBySex: true });

function textOf(locale: Locale, element: React.ReactElement): string {
  const env = { locale, host: 'sharePoint' as const, today: '2019-01-20', user: { upn: 'a@x', displayName: 'Anna' } };
  // The cell alone: AppProvider renders the app's stylesheet beside it.
  const { container, unmount } = render(<AppProvider store={{} as Store} env={env}><div data-testid="cell">{element}</div></AppProvider>);
  const text = within(container).getByTestId('cell').textContent ?? '';
  unmount();
  return text;
}

describe('the value cell', () => {
  it('gives the figure in its unit with women and men under it, in each language', () => {
    const current = reading({ value: 3.8, valueWomen: 2.07, valueMen: 4.47 });
    expect(textOf('sv-SE', <ValueCell indicator={sick} report={current} />)).toBe('3,8 %kvinnor 2,07 %, män 4,47 %');
    expect(textOf('en-US', <ValueCell indicator={sick} report={current} />)).toBe('3.8%women 2.07%, men 4.47%');
  });

  it('says done or not done for a done rule, and why there is no figure', () => {
    const done = indicator({ targetRule: 'done' });
    expect(textOf('sv-SE', <ValueCell indicator={done} report={reading({ value: 1 })} />)).toBe('Genomförd');
    expect(textOf('en-US', <ValueCell indicator={done} report={reading({ value: 0 })} />)).toBe('Not done');
    expect(textOf('sv-SE', <ValueCell indicator={sick} report={null} />)).toBe('–Inget utfall');
  });
});

describe('the fulfilment cell', () => {
  it('gives the colour’s word, the reason for a colour set by hand, or why it cannot be judged', () => {
    expect(textOf('sv-SE', <FulfilmentCell fulfilment={{ kind: 'computed', colour: 'red' }} />)).toBe('Röd');
    expect(textOf('sv-SE', <FulfilmentCell fulfilment={{ kind: 'manual', colour: 'yellow', reason: 'Enkäten följs upp' }} />))
      .toBe('GulSatt för hand: Enkäten följs upp');
    expect(textOf('en-US', <FulfilmentCell fulfilment={{ kind: 'manual', colour: 'yellow', reason: 'Survey pending' }} />))
      .toBe('YellowSet by hand: Survey pending');
    expect(textOf('sv-SE', <FulfilmentCell fulfilment={{ kind: 'none', why: 'noTarget' }} />)).toBe('Målvärde saknas');
    expect(textOf('en-US', <FulfilmentCell fulfilment={{ kind: 'none', why: 'noPrevious' }} />)).toBe('No previous value');
  });
});

describe('the trend cell', () => {
  it('says the direction, better or worse by the rule, and the previous value', () => {
    const judged = judgeIndicator(sick, reading({ value: 3.8 }), reading({ value: 3.4 }), y17, defaultFulfilmentSettings);
    expect(textOf('sv-SE', <TrendCell reading={judged} />)).toBe('↑Ökar, sämre2017: 3,4 %');
    expect(textOf('en-US', <TrendCell reading={judged} />)).toBe('↑Rising, worse2017: 3.4%');
  });

  it('says why there is no trend', () => {
    const first = judgeIndicator(sick, reading({ value: 3.8 }), null, null, defaultFulfilmentSettings);
    expect(textOf('sv-SE', <TrendCell reading={first} />)).toBe('Inget tidigare värde');
    expect(textOf('en-US', <TrendCell reading={first} />)).toBe('No previous value');
  });
});
