#!/usr/bin/env python3
# Assembles the tests/gold pages from the hand-written specs in pages_*.py: wraps each
# article's text in one of the portal templates (templates.py) and writes the hand-written
# annotation as <name>.json. The only lookup is the gazetteer filling kind /
# current_province / country for a place canonical that was chosen by hand.
# The .html/.json files in tests/gold are the source of truth; rerunning this overwrites
# them. Usage: python3 tests/gold/build/build.py pages_seed pages_a ... pages_f
import csv, html, json, os, re, subprocess, sys, unicodedata, zlib
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GZ = os.path.join(HERE, '..', '..', '..', 'data', 'gazetteer')

def load_tsv(p):
    with open(p, encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t'))
PROV_OLD = {r['name']: r for r in load_tsv(f'{GZ}/provinces.tsv') if r['status'] == 'old'}
PROV_CUR = {r['name']: r for r in load_tsv(f'{GZ}/provinces.tsv') if r['status'] == 'current'}
FOREIGN = {r['name']: r for r in load_tsv(f'{GZ}/foreign_provinces.tsv')}
COUNTRY = {r['name']: r for r in load_tsv(f'{GZ}/countries.tsv')}

def place(surface, canon=None, kind=None, country=None, current=None):
    canon = canon or surface
    if kind == 'city':
        cur = current if current is not None else (PROV_CUR[canon]['name'] if canon in PROV_CUR else '')
        return dict(name=surface, canonical=canon, kind='city', current_province=cur, country=country or 'VN')
    if canon in PROV_OLD or canon in PROV_CUR:
        cur = PROV_OLD[canon]['successor'] if canon in PROV_OLD else canon
        return dict(name=surface, canonical=canon, kind='province', current_province=cur, country='VN')
    if canon in FOREIGN:
        return dict(name=surface, canonical=canon, kind='foreign-province', current_province='', country=FOREIGN[canon]['country'])
    if canon in COUNTRY:
        return dict(name=surface, canonical=canon, kind='country', current_province='', country=COUNTRY[canon]['code'])
    raise SystemExit(f'unknown place canonical {canon!r}')

def strip_tags(s):
    return html.unescape(re.sub(r'<[^>]+>', '', s))

def para_html(p):
    if p.startswith('CAPTION:'):
        t = p[len('CAPTION:'):]
        return f'<p style="text-align:center"><img src="/uploads/images/{zlib.crc32(t.encode())%9999}.jpg" alt="" /><br /><em>{t}</em></p>'
    if p.startswith('FIG:'):
        t = p[len('FIG:'):]
        return f'<figure class="image"><img src="/media/{zlib.crc32(t.encode())%9999}.jpg" alt=""><figcaption>{t}</figcaption></figure>'
    if p.startswith('CENTER:'):
        return f'<p style="text-align: right;"><strong>{p[len("CENTER:"):]}</strong></p>'
    return f'<p>{p}</p>'

def body_text(p):
    for pre in ('CAPTION:', 'FIG:', 'CENTER:'):
        if p.startswith(pre):
            p = p[len(pre):]
    return re.sub(r'\s+', ' ', strip_tags(p)).strip()

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import templates  # noqa: E402

def build(spec):
    s = dict(spec)
    s['paras_html'] = '\n'.join(para_html(p) for p in s['paras'])
    page = templates.render(s)
    name = s['name']
    data = page
    if s.get('nfd'):
        data = unicodedata.normalize('NFD', data)
    raw = data.encode('utf-8')
    if s.get('enc') == 'windows-1258':
        raw = subprocess.run(['iconv', '-f', 'utf-8', '-t', 'windows-1258'], input=raw, check=True, capture_output=True).stdout
    with open(f'{OUT}/{name}.html', 'wb') as f:
        f.write(raw)
    rec = {
        'source_province': s['src'],
        'url': s['url'],
        'title': s['title'],
        'published': s['published'],
        'body': [body_text(p) for p in s['paras']],
        'event_dates': [dict(text=t, value=v, granularity=g) for t, v, g in s['dates']],
        'people': [dict(name=n, honorific=h, title=t, organisation=o) for n, h, t, o in s['people']],
        'organisations': [dict(name=n, canonical=c, province=p) for n, c, p in s['orgs']],
        'places': [place(*p) if isinstance(p, tuple) else place(p) for p in s['places']],
        'partners': s['partners'],
        'event_type': s['etype'],
    }
    with open(f'{OUT}/{name}.json', 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write('\n')

if __name__ == '__main__':
    sys.path.insert(0, os.path.dirname(__file__))
    specs = []
    for mod in sys.argv[1:]:
        specs += __import__(mod).PAGES
    for s in specs:
        build(s)
    print(len(specs), 'pages')
