/**
 * Styles of the action plan view, rendered beside the app's stylesheet (app/styles.ts). Text colours
 * meet WCAG AA on white; in print the controls go and the tables keep their headers on every page.
 */
export const actionPlanStyles = `
.ik-actionplan__part { margin: 24px 0 8px; }
.ik-actionplan__section { margin: 16px 0 24px; max-width: 1200px; }
.ik-actionplan__section h3 { font-size: 18px; margin: 16px 0 4px; }
.ik-actionplan__section h4 { font-size: 15px; margin: 12px 0 4px; }
.ik-actionplan__section ul { margin: 0 0 8px; padding-left: 22px; }
.ik-actionplan__summary { margin: 8px 0 16px; }
.ik-actionplan__counts { list-style: none; padding: 0; margin: 0; }
.ik-actionplan__counts > li { display: inline-flex; align-items: center; gap: 4px; margin-right: 16px; }
.ik-activity-table { margin: 8px 0; table-layout: fixed; }
.ik-activity-table th[scope="row"] { font-weight: 600; }
.ik-activity-table col.ik-col--activity { width: 22%; }
.ik-activity-table col.ik-col--goal { width: 20%; }
.ik-activity-table col.ik-col--method { width: 18%; }
.ik-activity-table col.ik-col--responsible { width: 20%; }
.ik-activity-table col.ik-col--status { width: 20%; }
.ik-answer-status .ik-comment { margin: 4px 0 0; }
.ik-multiline { white-space: pre-line; }
.ik-answer-status { display: grid; gap: 2px; }
.ik-answered-by { display: block; }
.ik-actionplan .ik-print-button:focus-visible, .ik-actionplan button:focus-visible { outline: 2px solid #0078d4; outline-offset: 2px; }
.ik-theme-dark .ik-activity-table thead th { background: #3b3a39; }
.ik-theme-contrast .ik-activity-table thead th { background: #000; }
.ik-theme-contrast .ik-activity-table th, .ik-theme-contrast .ik-activity-table td { border-color: #fff; }
.ik-theme-dark .ik-actionplan .ik-status--none { color: #d2d0ce; }
.ik-theme-contrast .ik-actionplan .ik-status--none { color: #fff; }
@media print {
  .ik-actionplan .ik-no-print, .ik-actionplan button { display: none !important; }
  .ik-actionplan .ik-table thead { display: table-header-group; }
  .ik-actionplan .ik-table tr { break-inside: avoid; }
  .ik-actionplan .ik-table th, .ik-actionplan .ik-table td { border-color: #000; }
  .ik-actionplan__section { break-inside: auto; }
  .ik-actionplan h2, .ik-actionplan h3 { break-after: avoid; }
}
`;
