/** The import wizard's own styles (rendered with it, as the views' styles are). */
export const importStyles = `
.ik-import { max-width: 1100px; }
.ik-import__label { font-weight: 600; }
.ik-import__table { border-collapse: collapse; width: 100%; font-size: 13px; }
.ik-import__table caption { text-align: left; }
.ik-import__table th, .ik-import__table td { border-bottom: 1px solid #c8c6c4; padding: 6px 8px; text-align: left; vertical-align: top; }
.ik-import__unknown td { background: #fff4ce; color: #3d3000; }
.ik-import__measures, .ik-import__problems { margin: 4px 0 0; padding-left: 18px; }
`;
