/**
 * The board page's own styles (the paper's are documentStyles.ts): the toolbar, the banners that say
 * whether the paper is the live state or a publication (a heading and an icon say it, the colour only
 * repeats it), and the tjänsteskrivelse editor. Text meets WCAG AA on its background in every theme.
 */
export const boardStyles = `
.ik-board__toolbar { display: grid; gap: 8px; margin: 8px 0 16px; }
.ik-board__toolbar .ik-pickers { margin: 0; }
.ik-board__show { min-width: 320px; }
.ik-board__banner { max-width: 1120px; margin: 0 0 16px; padding: 8px 16px; border: 1px solid #8a8886; border-left-width: 6px; border-radius: 4px; }
.ik-board__banner--live { border-left-color: #005a9e; background: #eff6fc; }
.ik-board__banner--published { border-left-color: #107c10; background: #f1faf1; }
.ik-board__banner p { margin: 4px 0; }
.ik-board__banner-title { font-size: 18px; font-weight: 600; margin: 4px 0; display: flex; align-items: center; gap: 8px; }
.ik-board__files-title { font-size: 15px; font-weight: 600; margin: 8px 0 2px; }
.ik-board__files { margin: 0; padding-left: 20px; }
.ik-board__files a, .ik-board__files a:visited { color: #005a9e; }
.ik-theme-dark .ik-board__files a { color: #6cb8f6; }
.ik-theme-contrast .ik-board__files a { color: #ffff00; }
.ik-board__hash { margin: 4px 0; }
.ik-board__hash summary { cursor: pointer; color: #005a9e; text-decoration: underline; }
.ik-board__hash code { display: block; font-family: Consolas, 'Courier New', monospace; overflow-wrap: anywhere; margin-top: 4px; }
.ik-board__failure { max-width: 1120px; margin-bottom: 16px; }
.ik-board__tabs { margin-bottom: 8px; }
.ik-case__row { display: grid; grid-template-columns: minmax(0, 2fr) minmax(180px, 1fr); gap: 8px 16px; margin-bottom: 8px; }
@media (max-width: 600px) { .ik-case__row { grid-template-columns: minmax(0, 1fr); } }
.ik-case__decides { font-weight: 600; margin: 4px 0; }
.ik-case__points { margin: 0 0 8px; padding-left: 28px; }
.ik-case__point { margin: 4px 0; }
.ik-case__point-row { display: flex; gap: 4px; align-items: flex-start; }
.ik-case__point-text { flex: 1 1 auto; }
.ik-case__error { color: #a4262c; font-size: 12px; margin: 4px 0; }
.ik-case__figures { margin: 8px 0; }
.ik-case__footer { display: grid; gap: 8px; background: #fff; padding-top: 8px; }
.ik-theme-dark .ik-case__footer { background: #292827; }
.ik-theme-contrast .ik-case__footer { background: #000; }
.ik-theme-dark .ik-board__banner--live { background: #002a4a; }
.ik-theme-dark .ik-board__banner--published { background: #0b2a0b; }
.ik-theme-dark .ik-board__hash summary { color: #6cb8f6; }
.ik-theme-dark .ik-case__error { color: #f1707b; }
.ik-theme-contrast .ik-board__banner { background: #000; border-color: #fff; }
.ik-theme-contrast .ik-board__hash summary { color: #ffff00; }
.ik-theme-contrast .ik-case__error { color: #fff; }
@media print {
  .ik-board__tabs [role="tablist"] { display: none; }
  .ik-board__banner { border-color: #000; background: none; }
}
`;
