// Prints the results as a Markdown table, aligned the way Prettier aligns one, so that it reads
// well in a terminal and goes into the README as it is.

function alignedTable(header, rows) {
  const widths = header.map((_, column) =>
    Math.max(3, ...[header, ...rows].map((cells) => cells[column].length)),
  );
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

export function formatTable(results, machine, date) {
  const rows = results.map((row) => [
    row.what,
    (row.error ? `error: ${row.error.split('\n')[0]}` : row.figure).replaceAll('|', '\\|'),
    row.target,
    row.error ? 'ERROR' : row.pass ? 'pass' : 'miss',
  ]);
  return [
    `talkturn bench, ${date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`,
    '',
    ...alignedTable(['what', 'figure (median)', 'target', 'result'], rows),
  ].join('\n');
}
