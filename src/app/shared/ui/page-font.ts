/** The page's own font stack (src/styles/_fonts.scss), for canvas text such as ECharts' labels. */
export function pageFontFamily(): string {
  return getComputedStyle(document.body).fontFamily || 'sans-serif';
}
