/**
 * Styles of the security report's overview, chapter page and editor, rendered by the view beside the
 * app's own stylesheet. Text colours meet WCAG AA (4.5:1) on white; dark and high-contrast themes override them.
 */
export const securityReportStyles = `
.ik-chapter-state { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; font-size: 14px; }
.ik-chapter-state__icon { font-size: 14px; }
.ik-chapter-state--approved .ik-chapter-state__icon { color: #0b5a0b; }
.ik-chapter-state--returned .ik-chapter-state__icon { color: #a4262c; }
.ik-chapter-state--submitted .ik-chapter-state__icon { color: #005a9e; }
.ik-chapter-state--notStarted, .ik-chapter-state--draft { color: #323130; }
.ik-state-counts { display: flex; gap: 12px; flex-wrap: wrap; margin: 0 0 16px; padding: 0; list-style: none; }
.ik-state-counts > li { border: 1px solid #c8c6c4; border-radius: 4px; padding: 6px 12px; display: flex; gap: 8px; align-items: center; }
.ik-state-counts strong { font-size: 18px; }
.ik-tally { display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 0; padding: 0; list-style: none; }
.ik-tally > li { display: inline-flex; align-items: center; gap: 2px; }
.ik-chapter section { margin: 0 0 20px; max-width: 960px; }
.ik-chapter h2 { font-size: 18px; font-weight: 600; margin: 16px 0 6px; }
.ik-chapter h3 { font-size: 15px; font-weight: 600; margin: 10px 0 4px; }
.ik-chapter__text { white-space: pre-wrap; margin: 0; }
.ik-chapter__empty { color: #484644; font-style: italic; margin: 0; }
.ik-chapter__history { list-style: none; padding: 0; margin: 0; display: grid; gap: 6px; }
.ik-chapter__comment { white-space: pre-wrap; border-left: 3px solid #a4262c; padding-left: 8px; margin: 4px 0 0; }
.ik-chapter__actions { margin: 8px 0 16px; }
.ik-chapter-editor { display: grid; gap: 12px; max-width: 960px; }
.ik-chapter-rows { list-style: none; padding: 0; margin: 0 0 8px; display: grid; gap: 8px; }
.ik-chapter-row { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-start; border-bottom: 1px solid #edebe9; padding-bottom: 8px; }
.ik-chapter-row__wide { flex: 1 1 260px; }
.ik-chapter-row__num { flex: 0 1 150px; }
.ik-chapter-row__remove { margin-top: 28px; }
.ik-theme-dark .ik-chapter__empty { color: #d2d0ce; }
.ik-theme-dark .ik-chapter-state--notStarted, .ik-theme-dark .ik-chapter-state--draft { color: #fff; }
.ik-theme-dark .ik-chapter-state--approved .ik-chapter-state__icon { color: #92c353; }
.ik-theme-dark .ik-chapter-state--returned .ik-chapter-state__icon { color: #f1707b; }
.ik-theme-dark .ik-chapter-state--submitted .ik-chapter-state__icon { color: #6cb8f6; }
.ik-theme-contrast .ik-chapter-state, .ik-theme-contrast .ik-chapter-state__icon, .ik-theme-contrast .ik-chapter__empty { color: #fff; }
`;
