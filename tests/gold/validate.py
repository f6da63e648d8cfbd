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
HONORIFICS = {'', 'ông', 'bà', 'đồng chí', 'ngài'}
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
    # Order of first appearance. A name inside a longer listed mention ("Huế" inside
    # "Thừa Thiên Huế", "năm 2025" inside "6 tháng đầu năm 2025") does not count there,
    # unless it occurs nowhere else (the parent in a nested organisation name).
    for field in ('event_dates', 'people', 'organisations', 'places'):
        key = 'text' if field == 'event_dates' else 'name'
        names = [x[key] for x in rec[field]]
        spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), body)]
        pos = []
        for n in names:
            first = -1
            for m in re.finditer(re.escape(n), body):
                if not any(a <= m.start() and m.end() <= b and b - a > len(n) for a, b in spans):
                    first = m.start()
                    break
            if first < 0:  # only inside longer mentions: a parent named in a nested name
                first = body.find(n)
            pos.append(first)
        if pos != sorted(pos):
            err(f'{field} not in order of first appearance: '
                + ', '.join(f'{n}@{p}' for n, p in zip(names, pos)))
    check_gazetteer(rec, err)
    check_consistency(rec, err)
    check_published(rec, page, err)
    check_encoding(rec, raw, charset, name, err)

def load_gazetteer(root):
    """name -> row for provinces (old and current), foreign provinces and countries."""
    import csv
    gz = {'old': {}, 'current': {}, 'foreign': {}, 'country': {}}
    d = os.path.join(root, 'data', 'gazetteer')
    with open(os.path.join(d, 'provinces.tsv'), encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            gz[r['status']][r['name']] = r
    with open(os.path.join(d, 'foreign_provinces.tsv'), encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            gz['foreign'][r['name']] = r
    with open(os.path.join(d, 'countries.tsv'), encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            gz['country'][r['name']] = r
    return gz


GAZ = None
VN_PROVINCES = set()


def check_gazetteer(rec, err):
    """Place canonicals, kinds, successors and countries agree with data/gazetteer."""
    for p in rec['places']:
        c, kind = p['canonical'], p['kind']
        if kind == 'province':
            if c in GAZ['old']:
                want = GAZ['old'][c]['successor']
            elif c in GAZ['current']:
                want = c
            else:
                err(f'place "{c}" is not a province in the gazetteer')
                continue
            if p['current_province'] != want or p['country'] != 'VN':
                err(f'place "{c}": current_province/country should be "{want}"/"VN"')
        elif kind == 'foreign-province':
            row = GAZ['foreign'].get(c)
            if not row:
                err(f'place "{c}" is not a foreign province in the gazetteer')
            elif p['country'] != row['country'] or p['current_province']:
                err(f'place "{c}": country should be {row["country"]}, current_province ""')
        elif kind == 'country':
            row = GAZ['country'].get(c)
            if not row:
                err(f'place "{c}" is not a country in the gazetteer')
            elif p['country'] != row['code'] or p['current_province']:
                err(f'place "{c}": country should be {row["code"]}, current_province ""')
        elif kind == 'city':
            if p['current_province'] and p['current_province'] not in GAZ['current']:
                err(f'city "{c}": current_province "{p["current_province"]}" is not a 2025 province')
            if p['country'] == 'VN' and not p['current_province']:
                err(f'city "{c}" in Vietnam needs its current_province')
    provinces = VN_PROVINCES | set(GAZ['foreign'])
    for o in rec['organisations']:
        if o['province'] and o['province'] not in provinces:
            err(f'organisation "{o["name"]}": province "{o["province"]}" not in the gazetteer')
    if rec['source_province'] and rec['source_province'] not in VN_PROVINCES:
        err(f'source_province "{rec["source_province"]}" not in the gazetteer')


GRAN_POINT = {'day': r'\d{4}-\d\d-\d\d', 'month': r'\d{4}-\d\d', 'quarter': r'\d{4}-Q[1-4]', 'year': r'\d{4}'}


def check_consistency(rec, err):
    for d in rec['event_dates']:
        g, v = d['granularity'], d['value']
        if g == 'period':
            ok = '/' in v
        else:
            pt = GRAN_POINT.get(g, 'x')
            ok = re.fullmatch(rf'{pt}(/{pt})?', v) is not None
        if not ok:
            err(f'event date "{d["text"]}": value "{v}" does not fit granularity "{g}"')
        if '/' in v and v.split('/')[0] >= v.split('/')[1]:
            err(f'event date "{d["text"]}": interval "{v}" is empty or reversed')
    known = {p['canonical'] for p in rec['places']} | {o['canonical'] for o in rec['organisations']}
    for p in rec['partners']:
        if p not in known:
            err(f'partner "{p}" is neither a place nor an organisation canonical of this page')
        if p == rec['source_province'] or p == 'Việt Nam':
            err(f'partner "{p}" is the source province or Vietnam itself')
    if len(set(rec['partners'])) != len(rec['partners']):
        err('partners listed twice')


def check_published(rec, page, err):
    """The posting date must be printed or declared somewhere in the page."""
    p = rec['published']
    if not p:
        return
    y, m, d = int(p[:4]), int(p[5:7]), int(p[8:10])
    forms = [rf'\b0?{d}[-/.]0?{m}[-/.]{y}\b', rf'{y}-{m:02d}-{d:02d}']
    if not any(re.search(f, page) for f in forms):
        err(f'published "{p}" is not written anywhere in the page')
    if 'T' in p:
        hh, mm = int(p[11:13]), int(p[14:16])
        h12 = hh - 12 if hh > 12 else (12 if hh == 0 else hh)
        clock = [rf'\b0?{hh}:{mm:02d}\b', rf'\b0?{h12}:{mm:02d} ?[AP]M', rf'T{hh:02d}:{mm:02d}']
        if not any(re.search(f, page) for f in clock):
            err(f'published time of "{p}" is not written anywhere in the page')


def check_encoding(rec, raw, charset, name, err):
    if charset == 'windows-1258':
        try:
            raw.decode('utf-8')
            err('declares windows-1258 but is valid UTF-8 (not really converted?)')
        except UnicodeDecodeError:
            pass
    elif charset == 'utf-8':
        try:
            raw.decode('utf-8')
        except UnicodeDecodeError as e:
            err(f'declares UTF-8 but does not decode: {e}')


def summary(d, records):
    """What the set covers: event types, encodings, counts of annotated items."""
    types, enc, counts = {}, {}, {f: 0 for f in SUB}
    for f in records:
        try:
            with open(os.path.join(d, f), encoding='utf-8') as fh:
                rec = json.load(fh)
            with open(os.path.join(d, f[:-5] + '.html'), 'rb') as fh:
                raw = fh.read()
        except (OSError, ValueError):
            continue
        types[rec.get('event_type')] = types.get(rec.get('event_type'), 0) + 1
        cs = declared_charset(raw)
        if cs == 'utf-8':
            text = raw.decode('utf-8', 'replace')
            cs = 'utf-8 NFD' if not unicodedata.is_normalized('NFC', text) else cs
        enc[cs] = enc.get(cs, 0) + 1
        for k in counts:
            counts[k] += len(rec.get(k, []))
    print('event types: ' + ', '.join(f'{k} {v}' for k, v in sorted(types.items())))
    print('encodings: ' + ', '.join(f'{k} {v}' for k, v in sorted(enc.items())))
    print('annotated: ' + ', '.join(f'{k} {v}' for k, v in counts.items()))


def main():
    global GAZ, VN_PROVINCES
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    GAZ = load_gazetteer(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
    VN_PROVINCES = set(GAZ['old']) | set(GAZ['current'])
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
    summary(d, records)
    print(f'{len(pages)} pages, {len(records)} annotations, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
