#!/usr/bin/env python3
"""Builds directory.json (Roer's bundled retailer directory) from the CC0 records of the
datarequests.org company database (repository datenanfragen/data). Usage:
    make-directory.py RECORDS_DIR > directory.json
Every entry keeps where it came from (`source`, `sources`) and how well it was checked
(`quality`: the record's own mark, or "unverified" when it has none)."""
import json, os, sys

src = sys.argv[1]
entries = []
for name in sorted(os.listdir(src)):
    if not name.endswith('.json') or name == 'schema.json':
        continue
    with open(os.path.join(src, name), encoding='utf-8') as f:
        r = json.load(f)
    entries.append({
        'id': 'datarequests:' + r['slug'],
        # The data protection authority is in the set too; it is not a retailer.
        'kind': 'authority' if 'public body' in r.get('categories', []) or r['slug'] == 'nlap' else 'company',
        'name': r['name'],
        'runs': r.get('runs', []),
        'categories': r.get('categories', []),
        'countries': r.get('relevant-countries', []),
        'website': r.get('web', ''),
        'privacy_email': r.get('email', ''),
        'postal_address': r.get('address', ''),
        'webform': r.get('webform', ''),
        'sources': r.get('sources', []),
        'source': 'datarequests.org company database (datenanfragen/data, commit 0a29c3d6), CC0 1.0',
        'quality': r.get('quality', 'unverified'),
    })
json.dump({'format': 1, 'license': 'CC0-1.0', 'entries': entries}, sys.stdout,
          ensure_ascii=False, indent=1)
sys.stdout.write('\n')
