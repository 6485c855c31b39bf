#!/usr/bin/env python3
"""Fill translations/roer_nl.ts from translations/nl/*.tsv.

Each .tsv line is: Context<TAB>English source<TAB>Dutch (\\n, \\t and \\\\ escaped).
Run `cmake --build build --target update_translations` first, so that every source text
is in the .ts file; then run this script. It prints every message that is still unfinished
and exits 1 if there is one (the test_translations test fails on those too).
Usage: translations/fill_from_tsv.py [path/to/roer_nl.ts]
"""
import glob
import html
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
ts_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'roer_nl.ts')


def unescape_tsv(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == '\\' and i + 1 < len(text):
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


dutch = {}
for path in sorted(glob.glob(os.path.join(here, 'nl', '*.tsv'))):
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            parts = line.split('\t')
            if len(parts) != 3:
                sys.exit(f'{path}:{number}: expected 3 tab-separated fields')
            context, source, translation = (unescape_tsv(p) for p in parts)
            dutch[(context, source)] = translation


def xml_escape(text):
    # The same escaping lupdate uses for element text, so the file does not churn.
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


missing = []


def fill_context(match):
    name, body = match.group(1), match.group(2)

    def fill_message(m):
        message = m.group(0)
        source = html.unescape(re.search(r'<source>(.*?)</source>', message, re.S).group(1))
        translation = dutch.get((html.unescape(name), source))
        if translation is None:
            if 'type="unfinished"' in message:
                missing.append((name, source))
            return message
        return re.sub(r'<translation[^>]*?(/>|>.*?</translation>)',
                      lambda _: '<translation>' + xml_escape(translation) + '</translation>',
                      message, count=1, flags=re.S)

    return ('<context>\n    <name>' + name + '</name>'
            + re.sub(r'<message[^>]*>.*?</message>', fill_message, body, flags=re.S)
            + '</context>')


with open(ts_path, encoding='utf-8') as f:
    text = f.read()
text = re.sub(r'<context>\s*<name>(.*?)</name>(.*?)</context>', fill_context, text, flags=re.S)
with open(ts_path, 'w', encoding='utf-8') as f:
    f.write(text)

for context, source in missing:
    print(f'unfinished: {context}: {source}')
sys.exit(1 if missing else 0)
