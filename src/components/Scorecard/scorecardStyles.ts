/**
 * Styles of the scorecard view and its chart, rendered beside the app's stylesheet (app/styles.ts).
 * Text meets WCAG AA (4.5:1) and the chart's lines and markers 3:1 on white; Teams dark and
 * high-contrast themes override them. In print the controls go, every table keeps its header row.
 */
export const scorecardStyles = `
.ik-scorecard__perspective { margin: 28px 0 8px; max-width: 1280px; }
.ik-scorecard__perspective > h2 { font-size: 22px; margin: 0 0 4px; border-bottom: 2px solid #c8c6c4; padding-bottom: 4px; }
.ik-scorecard__group > h3 { font-size: 17px; margin: 16px 0 6px; }
.ik-scorecard__goal { margin: 12px 0 20px 16px; }
.ik-scorecard__goal h4 { font-size: 15px; margin: 8px 0 4px; }
.ik-scorecard__goal h5 { font-size: 14px; margin: 10px 0 4px; }
.ik-scorecard__summary { margin: 8px 0 16px; }
.ik-scorecard__counts { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
.ik-scorecard__counts > li { display: inline-flex; align-items: center; gap: 4px; }
.ik-scorecard-table th[scope="rowgroup"] { font-weight: 600; width: 22%; }
.ik-scorecard-table th[scope="row"] { font-weight: 400; }
.ik-scorecard-table__details > td { background: #faf9f8; }
.ik-disclosure { display: flex; align-items: flex-start; gap: 4px; background: none; border: none; padding: 0; font: inherit; color: #005a9e; cursor: pointer; text-align: left; }
.ik-disclosure__text { text-decoration: underline; }
.ik-disclosure:focus-visible, .ik-scorecard button:focus-visible { outline: 2px solid #0078d4; outline-offset: 2px; }
.ik-disclosure__chevron { display: inline-block; width: 1em; text-decoration: none; }
.ik-scorecard .ik-num { text-align: right; white-space: nowrap; }
.ik-indicator-details { padding: 4px 0 8px; }
.ik-indicator-details h4 { font-size: 15px; margin: 8px 0 4px; }
.ik-analyses { margin: 0; display: grid; grid-template-columns: minmax(120px, max-content) 1fr; gap: 4px 16px; }
.ik-analyses dt { font-weight: 600; }
.ik-analyses dd { margin: 0; }
.ik-analyses .ik-comment { margin: 0; }
.ik-chart { margin: 0; max-width: 620px; }
.ik-chart__svg { width: 100%; height: auto; display: block; color: #201f1e; }
.ik-chart__tick line { stroke: #c8c6c4; stroke-width: 1; }
.ik-chart__tick text, .ik-chart__period, .ik-chart__unit { font-size: 12px; fill: #484644; }
.ik-chart__line { stroke-width: 2.5; fill: none; }
.ik-chart__series--total .ik-chart__line { stroke: #201f1e; }
.ik-chart__series--total .ik-chart__marker { fill: #201f1e; }
.ik-chart__series--women .ik-chart__line { stroke: #b4009e; stroke-dasharray: 7 4; }
.ik-chart__series--women .ik-chart__marker { fill: #b4009e; }
.ik-chart__series--men .ik-chart__line { stroke: #005a9e; stroke-dasharray: 2 3; }
.ik-chart__series--men .ik-chart__marker { fill: #005a9e; }
.ik-chart__target line { stroke: #605e5c; stroke-width: 1.5; stroke-dasharray: 10 3 2 3; }
.ik-chart__target text { font-size: 12px; fill: #484644; }
.ik-theme-dark .ik-chart__target line { stroke: #d2d0ce; }
.ik-theme-dark .ik-chart__tick line { stroke: #605e5c; }
.ik-theme-dark .ik-chart__target text { fill: #d2d0ce; }
.ik-chart__legend { list-style: none; padding: 0; margin: 4px 0 8px; display: flex; flex-wrap: wrap; gap: 16px; font-size: 13px; }
.ik-chart__legend > li { display: inline-flex; align-items: center; gap: 6px; }
.ik-chart-table { width: auto; min-width: 280px; }
.ik-chart-table caption { text-align: left; font-weight: 600; font-size: 13px; padding: 4px 0; }
.ik-assignment-table { margin: 4px 0; }
.ik-theme-dark .ik-scorecard-table__details > td { background: #292929; }
.ik-theme-dark .ik-disclosure { color: #6cb8f6; }
.ik-theme-dark .ik-chart__tick text, .ik-theme-dark .ik-chart__period, .ik-theme-dark .ik-chart__unit { color: #d2d0ce; fill: #d2d0ce; }
.ik-theme-dark .ik-chart__series--total .ik-chart__line { stroke: #fff; }
.ik-theme-dark .ik-chart__series--total .ik-chart__marker { fill: #fff; }
.ik-theme-dark .ik-chart__series--women .ik-chart__line { stroke: #e48bd9; }
.ik-theme-dark .ik-chart__series--women .ik-chart__marker { fill: #e48bd9; }
.ik-theme-dark .ik-chart__series--men .ik-chart__line { stroke: #6cb8f6; }
.ik-theme-dark .ik-chart__series--men .ik-chart__marker { fill: #6cb8f6; }
.ik-theme-dark .ik-scorecard .ik-table thead th { background: #3b3a39; }
.ik-theme-contrast .ik-scorecard .ik-table thead th, .ik-theme-contrast .ik-scorecard-table__details > td { background: #000; }
.ik-theme-contrast .ik-scorecard .ik-table th, .ik-theme-contrast .ik-scorecard .ik-table td { border-color: #fff; }
.ik-theme-contrast .ik-disclosure { color: #ffff00; }
.ik-theme-contrast .ik-chart__tick text, .ik-theme-contrast .ik-chart__period, .ik-theme-contrast .ik-chart__unit { color: #fff; fill: #fff; }
.ik-theme-contrast .ik-chart__line { stroke: #fff !important; }
.ik-theme-contrast .ik-chart__marker { fill: #fff !important; }
.ik-theme-contrast .ik-chart__target line { stroke: #fff; }
.ik-theme-contrast .ik-chart__target text { fill: #fff; }
.ik-theme-dark .ik-scorecard .ik-status--none { color: #d2d0ce; }
.ik-theme-contrast .ik-scorecard .ik-status--none { color: #fff; }
@media print {
  .ik-scorecard .ik-no-print, .ik-disclosure__chevron { display: none !important; }
  .ik-disclosure { color: #000; }
  .ik-disclosure__text { text-decoration: none; }
  .ik-scorecard .ik-table thead { display: table-header-group; }
  .ik-scorecard .ik-table tr { break-inside: avoid; }
  .ik-scorecard .ik-table th, .ik-scorecard .ik-table td { border-color: #000; }
  .ik-scorecard-table__details > td { background: none; }
  .ik-scorecard h2, .ik-scorecard h3, .ik-scorecard h4 { break-after: avoid; }
  .ik-chart { break-inside: avoid; }
}
`;
