// Prints the results as a Markdown table, readable in a terminal and pasted as is in the README.

export function formatTable(results, machine, date) {
  const lines = [
    `talkturn bench, ${date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`,
    '',
    '| what | figure (median) | target | result |',
    '|---|---|---|---|',
  ];
  for (const row of results) {
    const figure = row.error ? `error: ${row.error.split('\n')[0]}` : row.figure;
    const result = row.error ? 'ERROR' : row.pass ? 'pass' : 'miss';
    lines.push(`| ${row.what} | ${figure.replaceAll('|', '\\|')} | ${row.target} | ${result} |`);
  }
  return lines.join('\n');
}
