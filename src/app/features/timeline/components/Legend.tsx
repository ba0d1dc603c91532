/** What the item shapes mean; the swatches reuse the timeline's own item classes' colours. */
export function Legend() {
  return (
    <ul aria-label="Legend" className="ml-auto flex flex-wrap gap-3 text-xs text-muted">
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="legend-swatch legend-day" /> Known day
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="legend-swatch legend-span" /> Week, month or year
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="legend-swatch legend-estimated" /> Estimated date
      </li>
    </ul>
  );
}
