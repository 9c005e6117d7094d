/**
 * Styles of the register's filter bar, status change and grouped list, and of the period overview and
 * roll-up views; rendered by those views beside the app's own stylesheet (app/styles.ts). Text colours
 * meet WCAG AA (4.5:1) on white; Teams dark and high-contrast themes override them.
 */
export const registerStyles = `
.ik-filterbar { margin: 8px 0 8px; align-items: flex-end; }
.ik-filterbar .ms-Dropdown-container { min-width: 170px; max-width: 240px; }
.ik-register__toolbar { margin: 0 0 12px; }
.ik-heatmap__subtitle { margin: 0 0 6px; }
.ik-heatmap__grid td { text-align: center; padding: 0; }
.ik-heatmap__grid th[scope="col"] { text-align: center; padding-right: 0; }
.ik-heatmap__cell--static { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box; cursor: default; }
.ik-group-header { border-bottom: 1px solid #c8c6c4; background: #faf9f8; }
.ik-group-header__button { background: none; border: none; font: inherit; font-size: 16px; font-weight: 600; color: inherit; cursor: pointer; padding: 10px 8px; text-align: left; width: 100%; }
.ik-group-header__button:focus-visible { outline: 2px solid #0078d4; outline-offset: -2px; }
.ik-group-header__chevron { display: inline-block; width: 1.2em; }
.ik-theme-dark .ik-group-header { background: #292929; border-color: #605e5c; }
.ik-theme-contrast .ik-group-header { background: #000; border-color: #fff; }
.ik-change { display: inline-flex; align-items: center; gap: 4px; font-size: 13px; white-space: nowrap; }
.ik-change__arrow { font-weight: 700; width: 1em; text-align: center; }
.ik-change--better { color: #0b5a0b; }
.ik-change--worse { color: #a4262c; font-weight: 600; }
.ik-change--same, .ik-change--new, .ik-change--none { color: #484644; }
.ik-sort-button { background: none; border: none; padding: 0; font: inherit; font-weight: 600; color: inherit; cursor: pointer; text-align: left; }
.ik-sort-button:focus-visible { outline: 2px solid #0078d4; outline-offset: 2px; }
.ik-table td.ik-num, .ik-table th.ik-num { text-align: right; white-space: nowrap; }
.ik-overview__headline { display: flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; margin-bottom: 16px; }
.ik-overview__figures { display: flex; gap: 12px; flex-wrap: wrap; margin: 0; }
.ik-overview__figure-card { min-width: 120px; }
.ik-overview__figures dt { font-size: 13px; color: #484644; }
.ik-overview__figures dd { margin: 0; }
.ik-overview__figure { font-size: 28px; font-weight: 600; }
.ik-theme-dark .ik-overview__figures dt { color: #d2d0ce; }
.ik-theme-contrast .ik-overview__figures dt { color: #fff; }
.ik-overview__section { margin: 20px 0; max-width: 1100px; }
.ik-overview .ik-chase-list { list-style: none; padding: 0; display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(380px, 1fr)); }
.ik-chase-person { border: 1px solid #c8c6c4; border-radius: 4px; padding: 8px 12px; }
.ik-mail-link { color: #005a9e; display: inline-block; margin-top: 6px; }
.ik-theme-dark .ik-mail-link { color: #6cb8f6; }
.ik-theme-contrast .ik-mail-link { color: #ffff00; }
.ik-chase-person ul { margin: 4px 0 0; padding-left: 20px; }
.ik-rollup__plans { margin: 0; padding-left: 20px; }
.ik-theme-dark .ik-change--better { color: #92c353; }
.ik-theme-dark .ik-change--worse { color: #f1707b; }
.ik-theme-dark .ik-change--same, .ik-theme-dark .ik-change--new, .ik-theme-dark .ik-change--none { color: #d2d0ce; }
.ik-theme-contrast .ik-change { color: #fff; }
.ik-theme-dark .ik-overview .ik-table thead th { background: #3b3a39; }
.ik-theme-dark .ik-chase-person { border-color: #605e5c; }
.ik-theme-contrast .ik-overview .ik-table thead th { background: #000; }
.ik-theme-contrast .ik-overview .ik-table th, .ik-theme-contrast .ik-overview .ik-table td, .ik-theme-contrast .ik-chase-person { border-color: #fff; }
.ik-theme-dark .ik-heatmap__axis, .ik-theme-dark .ik-heatmap__corner { color: #d2d0ce; }
.ik-theme-contrast .ik-heatmap__axis, .ik-theme-contrast .ik-heatmap__corner { color: #fff; }
.ik-theme-contrast .ik-change--worse { color: #ffff00; }
.ik-theme-dark .ik-register .ms-DetailsRow-cell { color: #fff; }
.ik-theme-dark .ik-register .ms-DetailsRow-cell .ik-cell-meta, .ik-theme-dark .ik-register .ms-DetailsRow-cell .ik-comment,
.ik-theme-dark .ik-status--none { color: #d2d0ce; }
.ik-theme-contrast .ik-register .ms-DetailsRow-cell, .ik-theme-contrast .ik-register .ms-DetailsRow-cell .ik-cell-meta,
.ik-theme-contrast .ik-register .ms-DetailsRow-cell .ik-comment, .ik-theme-contrast .ik-status--none { color: #fff; }
`;
