#!/usr/bin/env python3
"""Checks the extraction gold set: every page has an annotation, every annotation is
well-formed, and everything it claims is really in the page.

Usage: python3 tests/gold/validate.py [DIR]   (exit 0 when clean, 1 on any error)
"""
import html.parser
import json
import os
import re
import sys
import unicodedata

FIELDS = {
    'source_province': str, 'url': str, 'title': str, 'published': str, 'body': list,
    'event_dates': list, 'people': list, 'organisations': list, 'places': list,
    'partners': list, 'event_type': str,
}
SUB = {
    'event_dates': ('text', 'value', 'granularity'),
    'people': ('name', 'honorific', 'title', 'organisation'),
    'organisations': ('name', 'canonical', 'province'),
    'places': ('name', 'canonical', 'kind', 'current_province', 'country'),
}
DISTINCT_KEY = {'event_dates': 'value', 'people': 'name', 'organisations': 'canonical', 'places': 'canonical'}
EVENT_TYPES = {'signing', 'conference', 'working-visit', 'reception', 'review', 'competition-pledge', 'other'}
GRANULARITY = {'day', 'month', 'quarter', 'year', 'period'}
KINDS = {'province', 'city', 'foreign-province', 'country'}
HONORIFICS = {'', 'ông', 'bà', 'đồng chí', 'ngài', 'các đồng chí'}
PUBLISHED = re.compile(r'^$|^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d\+07:00)?$')
POINT = r'\d{4}(-Q[1-4]|-\d\d(-\d\d)?)?'
VALUE = re.compile(rf'^{POINT}(/{POINT})?$')
SKIP = {'script', 'style', 'head', 'title', 'select', 'option'}
BLOCK = {'p', 'div', 'br', 'li', 'tr', 'td', 'h1', 'h2', 'h3', 'h4', 'figcaption', 'figure',
         'article', 'section', 'header', 'footer', 'aside', 'ul', 'table', 'time', 'nav', 'main'}


class TextOf(html.parser.HTMLParser):
    """Visible text, one line per block element, whitespace collapsed inside lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def lines(self):
        text = ''.join(self.parts)
        return [re.sub(r'\s+', ' ', l).strip() for l in text.split('\n')]


def declared_charset(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
    return m.group(1).decode('ascii').lower() if m else 'utf-8'


def nfc(s):
    return unicodedata.normalize('NFC', s)


def check(path_json, path_html, errors):
    name = os.path.basename(path_json)

    def err(msg):
        errors.append(f'{name}: {msg}')

    try:
        with open(path_json, encoding='utf-8') as f:
            rec = json.load(f)
    except (OSError, ValueError) as e:
        err(f'does not parse: {e}')
        return
    for field, typ in FIELDS.items():
        if field not in rec:
            err(f'missing field "{field}"')
        elif not isinstance(rec[field], typ):
            err(f'field "{field}" is {type(rec[field]).__name__}, want {typ.__name__}')
    for field in rec:
        if field not in FIELDS:
            err(f'unknown field "{field}"')
    if errors and errors[-1].startswith(name):
        return
    for field, keys in SUB.items():
        seen = set()
        for i, item in enumerate(rec[field]):
            if not isinstance(item, dict) or set(item) != set(keys):
                err(f'{field}[{i}] must have exactly the keys {keys}')
                continue
            for k in keys:
                if not isinstance(item[k], str):
                    err(f'{field}[{i}].{k} is not a string')
            key = item[DISTINCT_KEY[field]]
            if key in seen:
                err(f'{field}[{i}]: "{key}" listed twice')
            seen.add(key)
    for s in rec['body'] + rec['partners']:
        if not isinstance(s, str) or not s.strip():
            err('body/partners must hold non-empty strings')
    if errors and errors[-1].startswith(name):
        return
    for s in [rec['title']] + rec['body']:
        if s != nfc(s):
            err(f'not NFC: {s[:40]!r}')
    if rec['event_type'] not in EVENT_TYPES:
        err(f'event_type "{rec["event_type"]}" not one of {sorted(EVENT_TYPES)}')
    if not PUBLISHED.match(rec['published']):
        err(f'published "{rec["published"]}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+07:00')
    for d in rec['event_dates']:
        if d['granularity'] not in GRANULARITY:
            err(f'granularity "{d["granularity"]}"')
        if not VALUE.match(d['value']):
            err(f'event date value "{d["value"]}" is not ISO 8601 (point or A/B)')
    for p in rec['places']:
        if p['kind'] not in KINDS:
            err(f'place kind "{p["kind"]}"')
    for p in rec['people']:
        if p['honorific'] not in HONORIFICS:
            err(f'honorific "{p["honorific"]}" for {p["name"]}')

    if not os.path.exists(path_html):
        err('no matching .html')
        return
    with open(path_html, 'rb') as f:
        raw = f.read()
    charset = declared_charset(raw)
    codec = {'windows-1258': 'cp1258'}.get(charset, charset)
    try:
        page = nfc(raw.decode(codec))
    except (LookupError, UnicodeDecodeError) as e:
        err(f'cannot decode the page as {charset}: {e}')
        return
    parser = TextOf()
    parser.feed(page)
    lines = [l for l in parser.lines() if l]
    text = '\n'.join(lines)
    if rec['title'] not in text:
        err(f'title not in page: {rec["title"][:50]!r}')
    for para in rec['body']:
        if para not in text:
            err(f'body paragraph not in page: {para[:60]!r}')
    body = '\n\n'.join(rec['body'])
    mentions = [(d['text'], 'event date') for d in rec['event_dates']]
    for p in rec['people']:
        mentions += [(p['name'], 'person')] + [(p[k], 'person ' + k) for k in ('title', 'organisation') if p[k]]
    mentions += [(o['name'], 'organisation') for o in rec['organisations']]
    mentions += [(p['name'], 'place') for p in rec['places']]
    for m, what in mentions:
        if m not in body:
            err(f'{what} "{m}" not in body')
    # Order of first appearance (names may hide inside longer ones: a warning, not an error).
    for field in ('event_dates', 'people', 'organisations', 'places'):
        key = 'text' if field == 'event_dates' else 'name'
        pos = [body.find(x[key]) for x in rec[field]]
        if pos != sorted(pos):
            print(f'warning: {name}: {field} not in order of first appearance: '
                  + ', '.join(f'{x[key]}@{p}' for x, p in zip(rec[field], pos)))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    pages = sorted(f for f in os.listdir(d) if f.endswith('.html'))
    records = sorted(f for f in os.listdir(d) if f.endswith('.json'))
    for f in pages:
        if f[:-5] + '.json' not in records:
            errors.append(f'{f}: no matching .json')
    for f in records:
        check(os.path.join(d, f), os.path.join(d, f[:-5] + '.html'), errors)
    for e in errors:
        print(e)
    print(f'{len(pages)} pages, {len(records)} annotations, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
