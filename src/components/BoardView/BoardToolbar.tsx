/**
 * What sits above the paper and never prints: the plan and period, what to show (the live state or one
 * of the plan's publications), print, the downloads of the shown document, and "Skriv tjänsteskrivelse".
 */
import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import { Renderers } from '../../board/publish';
import { ReportDocument } from '../../documents/model';
import { useApp } from '../app/AppContext';
import { boardStrings } from '../i18n/boardStrings';
import { PlanPeriodPicker } from '../shared/PlanPeriodPicker';
import { stockholmDay } from './boardDates';
import { BoardPlan } from './useBoardPage';
import { useDownload } from './useDownload';

export interface BoardTarget {
  planKey?: string;
  periodKey?: string;
  snapshotKey?: string;
}

export interface BoardToolbarProps {
  chosen: BoardPlan;
  snapshotKey: string | undefined;
  /** The document shown (null while it loads or cannot be shown) and its download name. */
  doc: ReportDocument | null;
  fileName: string;
  renderers: Renderers;
  onNavigate: (target: BoardTarget) => void;
  /** Present when a tjänsteskrivelse can be written here: live, with a period chosen. */
  onWriteCase?: () => void;
}

const LIVE = '';

export function BoardToolbar(props: BoardToolbarProps): React.ReactElement {
  const { env } = useApp();
  const s = boardStrings[env.locale];
  const { chosen, doc } = props;
  const download = useDownload(props.renderers);
  const planKey = chosen.plan.key;
  const options: IDropdownOption[] = [
    { key: LIVE, text: s.liveOption },
    ...chosen.snapshots.map((r) => ({ key: r.key, text: s.snapshotOption(r.diaryNumber, r.version, stockholmDay(r.publishedAt)) }))
  ];
  const show = (key: string): void => {
    const record = chosen.snapshots.find((r) => r.key === key);
    props.onNavigate(record ? { planKey, periodKey: record.periodKey || undefined, snapshotKey: record.key } : { planKey, periodKey: chosen.period?.key });
  };
  return (
    <div className="ik-no-print ik-board__toolbar">
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }}>
        <PlanPeriodPicker plans={chosen.plans} planKey={planKey} periods={chosen.periods} periodKey={chosen.period?.key ?? null}
          onPlan={(key) => props.onNavigate({ planKey: key })} onPeriod={(key) => props.onNavigate({ planKey, periodKey: key })} />
        <Dropdown label={s.show} options={options} selectedKey={props.snapshotKey ?? LIVE} className="ik-board__show"
          onChange={(_e, o) => o && show(String(o.key))} />
      </Stack>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <DefaultButton iconProps={{ iconName: 'Print' }} text={s.print} disabled={!doc} onClick={() => window.print()} />
        <DefaultButton iconProps={{ iconName: 'WordDocument' }} text={s.downloadWord} disabled={!doc || download.busy !== null}
          onClick={() => doc && download.start('docx', doc, props.fileName)} />
        <DefaultButton iconProps={{ iconName: 'PDF' }} text={s.downloadPdf} disabled={!doc || download.busy !== null}
          onClick={() => doc && download.start('pdf', doc, props.fileName)} />
        {props.onWriteCase && <PrimaryButton iconProps={{ iconName: 'Edit' }} text={s.writeCase} onClick={props.onWriteCase} />}
        {download.busy && <Spinner size={SpinnerSize.small} label={s.downloading} labelPosition="right" />}
      </Stack>
      {download.error && <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">{s.downloadFailed(download.error)}</MessageBar>}
    </div>
  );
}
