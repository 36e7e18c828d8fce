#!/usr/bin/env python3
"""Short text summary of one Gatling report (its index.html statistics table: Gatling 3.15 writes no stats.json).

  summary.py REPORT_DIR [TITLE]            table: requests, errors, req/s, p50/p95/p99/max (ms) per request/group
  summary.py REPORT_DIR --sum NAME...      one line "req/s p50 p99 errors": req/s and errors summed over the named
                                           requests, p50/p99 the largest of them (for bench/ scripts)
"""
import html
import re
import sys

# Columns of Gatling's statistics table: total, ok, ko, ko %, req/s, min, p50, p75, p95, p99, max, mean, std dev.
ROW = re.compile(r'<tr id="([^"]+)"(?: data-parent="([^"]*)")?\s*>(.*?)</tr>', re.S)
NAME = re.compile(r'class="ellipsed-name">(.*?)</span>', re.S)
CELL = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')


def rows(report):
    with open(report.rstrip('/') + '/index.html', encoding='utf-8') as f:
        page = f.read()
    depth = {}
    for row_id, parent, body in ROW.findall(page):
        name = NAME.search(body)
        cells = {int(c): v for c, v in CELL.findall(body)}
        if not name or 2 not in cells:
            continue
        depth[row_id] = 0 if not parent else depth.get(parent, 0) + 1
        yield (depth[row_id], row_id.startswith('group_'), html.unescape(name.group(1)),
               int(cells[2]), int(cells[4]), float(cells[6]), cells[8], cells[10], cells[11], cells[12])


def main(argv):
    report = argv[1]
    table = list(rows(report))
    if len(argv) > 2 and argv[2] == '--sum':
        chosen = [r for r in table if not r[1] and r[2] in argv[3:]]
        print('%.1f\t%s\t%s\t%d' % (sum(r[5] for r in chosen), max(int(r[6]) for r in chosen),
                                    max(int(r[8]) for r in chosen), sum(r[4] for r in chosen)))
        return
    print('== %s: %s' % (argv[2] if len(argv) > 2 else 'load test', report.rstrip('/').split('/')[-1]))
    print('%-36s %8s %6s %9s %7s %7s %7s %7s' % ('name', 'requests', 'errors', 'req/s', 'p50', 'p95', 'p99', 'max'))
    for depth, group, name, total, ko, rps, p50, p95, p99, top in table:
        label = '  ' * depth + (name + ' (group)' if group else name)
        print('%-36s %8d %6d %9.1f %7s %7s %7s %7s' % (label, total, ko, rps, p50, p95, p99, top))


if __name__ == '__main__':
    main(sys.argv)
