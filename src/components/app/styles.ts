/**
 * The views' own styles, as one stylesheet rendered by AppProvider: the same CSS reaches SPFx pages,
 * the Teams tab and the workbench without a CSS loader. Colours meet WCAG AA contrast on white;
 * Teams dark and high-contrast themes override them.
 */
export const viewStyles = `
.ik-root { font-family: 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif; color: #201f1e; }
.ik-view__title { font-size: 24px; font-weight: 600; margin: 0 0 4px; }
.ik-plan-meta, .ik-cell-meta { color: #484644; font-size: 13px; }
.ik-pickers { margin: 8px 0 16px; }
.ik-card { border: 1px solid #c8c6c4; border-radius: 4px; padding: 12px 16px; background: #fff; min-width: 280px; max-width: 520px; }
.ik-card__title { font-size: 18px; font-weight: 600; margin: 0 0 8px; }
.ik-card__subtitle { font-size: 15px; font-weight: 600; margin: 12px 0 4px; }
.ik-status { display: inline-flex; align-items: center; gap: 6px; font-size: 13px; white-space: nowrap; margin-right: 8px; }
.ik-status__dot { display: inline-block; width: 14px; height: 14px; border-radius: 50%; border: 1px solid #605e5c; flex: none; }
.ik-status--none { color: #605e5c; font-style: italic; }
.ik-status-counts { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.ik-chase-list { margin: 0; padding-left: 20px; }
.ik-heatmap { margin: 0; }
.ik-heatmap__title { font-size: 18px; font-weight: 600; margin-bottom: 8px; }
.ik-heatmap__grid { border-collapse: separate; border-spacing: 3px; }
.ik-heatmap__axis { font-size: 12px; font-weight: 400; color: #484644; text-align: right; padding-right: 6px; }
.ik-heatmap__corner { font-size: 11px; font-weight: 400; color: #484644; }
.ik-heatmap__cell { width: 56px; height: 40px; border: 1px solid #8a8886; border-radius: 3px; font-size: 16px; font-weight: 600; cursor: pointer; }
.ik-heatmap__cell:disabled { cursor: default; }
.ik-heatmap__cell[aria-pressed="true"] { outline: 3px solid #0078d4; outline-offset: 1px; }
.ik-link-button { background: none; border: none; color: #005a9e; text-decoration: underline; cursor: pointer; padding: 4px 0; font: inherit; }
.ik-register__top { margin-bottom: 16px; }
.ik-register__search { max-width: 480px; margin-bottom: 4px; }
.ik-cell-title { font-weight: 600; }
.ik-measure-list { list-style: none; margin: 0; padding: 0; }
.ik-measure-list > li { padding: 4px 0; border-bottom: 1px solid #edebe9; }
.ik-measure-list > li:last-child { border-bottom: none; }
.ik-measure-status { display: flex; align-items: center; gap: 4px; flex-wrap: wrap; margin: 2px 0; }
.ik-comment { font-size: 13px; white-space: pre-wrap; }
.ik-unjudged { font-style: italic; color: #484644; }
.ik-fulfilment { display: grid; gap: 2px; }
.ik-trend { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
.ik-trend__arrow { font-weight: 700; width: 1em; text-align: center; }
.ik-trend--better { color: #0b5a0b; }
.ik-trend--worse { color: #a4262c; font-weight: 600; }
.ik-trend--neutral { color: #201f1e; }
.ik-trend--none { color: #484644; font-style: italic; }
.ik-trend__previous { display: block; }
.ik-linked-risks { margin: 4px 0; }
.ik-tag { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 2px; background: #f3f2f1; color: #323130; font-size: 12px; font-weight: 400; }
.ik-tag--info { margin: 0 0 6px; background: #deecf9; color: #004578; }
.ik-tag--warning { background: #fff4ce; color: #5c3d00; }
.ik-flagged__title { margin: 0 0 4px; font-weight: 600; }
.ik-flagged__list { margin: 0; padding-left: 20px; }
.ik-history--changes li[data-version] { margin-bottom: 10px; }
.ik-history__changes { margin: 2px 0 0; padding-left: 20px; }
.ik-request-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 16px; }
.ik-request { max-width: 760px; }
.ik-request-group { margin-bottom: 20px; }
.ik-request--linked { border: 2px solid #0078d4; }
.ik-request article:focus { outline: 2px solid #0078d4; outline-offset: 4px; }
.ik-request__deadline { font-size: 14px; }
.ik-late { color: #a4262c; font-weight: 600; }
.ik-answer { display: grid; gap: 8px; margin-top: 8px; }
.ik-answer p { margin: 0; }
.ik-value-fields { display: flex; flex-wrap: wrap; gap: 12px; }
.ik-choice { display: inline-flex; align-items: flex-start; gap: 8px; padding-left: 26px; }
.ik-error { color: #a4262c; margin: 0; font-size: 13px; }
.ik-table { border-collapse: collapse; width: 100%; }
.ik-table th, .ik-table td { border: 1px solid #c8c6c4; padding: 6px 8px; vertical-align: top; text-align: left; font-size: 14px; }
.ik-table thead th { background: #f3f2f1; }
.ik-board__risk { font-weight: 600; width: 28%; }
.ik-legend { list-style: none; padding: 0; margin: 0; display: grid; gap: 6px; }
.ik-legend > li { display: grid; grid-template-columns: 90px 32px 1fr; align-items: baseline; }
.ik-register .ms-DetailsRow-cell { font-size: 14px; color: #201f1e; }
.ik-register .ms-DetailsRow-cell .ik-cell-meta, .ik-register .ms-DetailsRow-cell .ik-comment { font-size: 13px; color: #484644; }
.ik-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.ik-theme-dark { color: #fff; background: transparent; }
.ik-theme-dark .ik-card { background: #292929; border-color: #605e5c; }
.ik-theme-dark .ik-cell-meta, .ik-theme-dark .ik-plan-meta { color: #d2d0ce; }
.ik-theme-dark .ik-late, .ik-theme-dark .ik-error { color: #f1707b; }
.ik-theme-dark .ik-tag--info { background: #004578; color: #fff; }
.ik-theme-dark .ik-tag--warning { background: #5c3d00; color: #fff; }
.ik-theme-dark .ik-unjudged, .ik-theme-dark .ik-trend--none { color: #d2d0ce; }
.ik-theme-dark .ik-trend--better { color: #92c353; }
.ik-theme-dark .ik-trend--worse { color: #f1707b; }
.ik-theme-dark .ik-trend--neutral { color: #fff; }
.ik-theme-contrast { color: #fff; background: #000; }
.ik-theme-contrast .ik-card { background: #000; border: 2px solid #fff; }
.ik-theme-contrast .ik-cell-meta, .ik-theme-contrast .ik-plan-meta { color: #fff; }
.ik-theme-contrast .ik-late, .ik-theme-contrast .ik-error { color: #ffff00; }
.ik-theme-contrast .ik-tag--info { background: #000; color: #ffff00; border: 1px solid #ffff00; }
.ik-theme-contrast .ik-tag--warning { background: #000; color: #ffff00; border: 1px solid #ffff00; }
.ik-theme-contrast .ik-unjudged, .ik-theme-contrast .ik-trend { color: #fff; }
.ik-fieldset { border: 1px solid #c8c6c4; border-radius: 4px; padding: 8px 12px 12px; margin: 12px 0; }
.ik-fieldset > legend { font-weight: 600; padding: 0 4px; }
.ik-risk-form { display: grid; gap: 8px; padding-bottom: 24px; }
.ik-measure-editor { list-style: none; padding: 0; margin: 0; display: grid; gap: 12px; }
.ik-measure-editor .ik-card { max-width: none; }
.ik-role-list { list-style: none; padding: 0; display: grid; gap: 8px; }
.ik-role-list .ik-card { max-width: none; }
.ik-history__list { list-style: none; padding: 0; margin: 0 0 12px; display: grid; gap: 8px; }
.ik-history--superseded { opacity: 0.85; border-left: 3px solid #c8c6c4; padding-left: 8px; }
.ik-conflict td, .ik-conflict th { white-space: pre-wrap; }
@media print { .ik-no-print { display: none; } .ik-card { border-color: #000; } }
`;
