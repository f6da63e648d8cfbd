#!/usr/bin/env python3
"""Builds data/sample-site/ (the served tree) from articles.py.

Run from anywhere: python3 data/sample-site-src/build_site.py
It rewrites every generated file of data/sample-site/. The one windows-1258 page is written as
UTF-8 to data/sample-site-src/windows-1258/ first and then converted with
`iconv -f utf-8 -t windows-1258`, so its UTF-8 source stays out of the served tree.
"""

import datetime
import html
import json
import os
import shutil
import struct
import subprocess
import sys
import unicodedata
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, HERE)
from articles import ADMIN_DRAFT, ARTICLES  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "sample-site"))
W1258_SRC = os.path.join(HERE, "windows-1258")
PER_PAGE = 8
SITE = "Sở Ngoại vụ tỉnh Quảng Trị"

CATEGORIES = {
    "hop-tac-quoc-te": "Hợp tác quốc tế",
    "thi-dua-khen-thuong": "Thi đua - Khen thưởng",
    "hoat-dong-so": "Hoạt động của Sở",
}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

E = html.escape


def posted(a):
    return datetime.datetime.strptime(a["posted"], "%Y-%m-%d %H:%M")


def real_path(a):
    folder = "luu-tru" if a.get("redirect_only") else "tin-tuc"
    return f"/{folder}/{a['year']}/{a['slug']}.html"


def link_path(a):
    """The path other pages link to: the old /bai-cu/ address for the redirect-only page."""
    if a.get("redirect_only"):
        return f"/bai-cu/{a['year']}/{a['slug']}.html"
    return real_path(a)


def date_line(a):
    t = posted(a)
    f = a["fmt"]
    if f == "cochu":
        stamp = t.strftime("%I:%M %p,%d/%m/%Y")
        return (
            '<div class="fontsize">Cở chữ: <span class="ngay-dang">' + stamp + "</span>"
            ' <a href="#" class="fs-down" title="Giảm cỡ chữ">A-</a>'
            ' <a href="#" class="fs-up" title="Tăng cỡ chữ">A+</a></div>'
        )
    if f == "plain":
        text = t.strftime("%d/%m/%Y")
    elif f == "capnhat":
        text = "Ngày cập nhật " + t.strftime("%d/%m/%Y")
    elif f == "thu":
        text = f"{t.hour}:{t.minute:02d}, {WEEKDAYS[t.weekday()]}, {t.day}-{t.month}-{t.year}"
    elif f == "dmyhm":
        text = t.strftime("%d-%m-%Y %H:%M")
    else:
        raise ValueError(f"{a['slug']}: unknown date format {f}")
    return f'<div class="ngay-dang">{text}</div>' + font_bar()


def font_bar():
    return (
        '<div class="fontsize">Cở chữ: <a href="#" class="fs-down" title="Giảm cỡ chữ">A-</a>'
        ' <a href="#" class="fs-reset">A</a>'
        ' <a href="#" class="fs-up" title="Tăng cỡ chữ">A+</a></div>'
    )


def iso(a):
    return posted(a).strftime("%Y-%m-%dT%H:%M:00+07:00")


def head(title, charset="utf-8", extra=""):
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}</title>
<link rel="stylesheet" href="/static/css/site.css">
<link rel="icon" href="/static/img/logo.png" type="image/png">
{extra}</head>
<body>
<div id="wrapper">
<div id="header">
  <a href="/index.html"><img src="/static/img/logo.png" alt="Logo Sở Ngoại vụ" width="16" height="16"></a>
  <div class="site-name">SỞ NGOẠI VỤ TỈNH QUẢNG TRỊ</div>
  <div class="site-sub">Trang thông tin điện tử - Quang Tri Department of Foreign Affairs</div>
</div>
<ul id="menu">
  <li><a href="/index.html">Trang chủ</a></li>
  <li><a href="/gioi-thieu.html">Giới thiệu</a></li>
  <li><a href="/tin-tuc/">Tin tức sự kiện</a></li>
  <li><a href="/chuyen-muc/hop-tac-quoc-te/">Hợp tác quốc tế</a></li>
  <li><a href="/chuyen-muc/thi-dua-khen-thuong/">Thi đua - Khen thưởng</a></li>
  <li><a href="/chuyen-muc/hoat-dong-so/">Hoạt động của Sở</a></li>
  <li><a href="/quan-tri/">Quản trị</a></li>
</ul>
"""


SIDEBAR = """<div id="sidebar">
<div class="box xem-theo-ngay">
  <h3>Xem tin theo ngày</h3>
  <form action="/tin-tuc/" method="get"><input type="date" name="ngay"> <button type="submit">Xem</button></form>
</div>
<div class="box lien-ket">
  <h3>Liên kết website</h3>
  <ul>
    <li><a href="https://chinhphu.vn/">Chính phủ</a></li>
    <li><a href="https://mofa.gov.vn/">Bộ Ngoại giao</a></li>
    <li><a href="https://quangtri.gov.vn/">Tỉnh ủy, UBND tỉnh</a></li>
    <li><a href="https://quangtri.gov.vn/so-ban-nganh">Sở, ban, ngành</a></li>
    <li><a href="https://quangtri.gov.vn/huyen-thi">UBND huyện, thị xã</a></li>
  </ul>
</div>
</div>
"""

FOOTER = f"""<div id="footer">
  <p><strong>Bản quyền thuộc {SITE}</strong></p>
  <p>Địa chỉ: 45 Trần Hưng Đạo - TP. Đông Hà - tỉnh Quảng Trị - Việt Nam</p>
  <p>Điện thoại: +84 233 3 000 111 - 3 000 112 &nbsp; Fax: +84 233 3 000 119 &nbsp; Email: songoaivu@quangtri.example</p>
  <p>Trang mẫu của dự án vnarchive: nội dung do nhóm phát triển biên soạn, không phải tin thật.</p>
</div>
</div>
</body>
</html>
"""


def share_bar(path, title):
    return (
        '<div class="share">Chia sẻ: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fsongoaivu.quangtri.example{path}">Facebook</a> '
        f'<a href="https://twitter.com/intent/tweet?text={urllib.parse.quote(title)}">Twitter</a> '
        '<a href="javascript:window.print()">In bài viết</a> '
        f'<a href="mailto:?subject={urllib.parse.quote(title)}">Gửi email</a></div>'
    )


def breadcrumb(cat, last=None):
    parts = ['<a href="/index.html">Trang chủ</a>', '<a href="/tin-tuc/">Tin tức sự kiện</a>']
    if cat:
        parts.append(f'<a href="/chuyen-muc/{cat}/">{E(CATEGORIES[cat])}</a>')
    if last:
        parts.append(f"<span>{E(last)}</span>")
    return '<div class="breadcrumb">' + " » ".join(parts) + "</div>\n"


def dmy(a):
    return posted(a).strftime("%d/%m/%Y")


def related(a, listed):
    """'Các tin khác': the five listed articles just older than this one (newer if none)."""
    others = [b for b in listed if b is not a]
    older = [b for b in others if posted(b) < posted(a)]
    pick = (older + [b for b in reversed(others) if b not in older])[:5]
    items = "\n".join(
        f'  <li><a href="{link_path(b)}">{E(b["title"])}</a> <span class="date">({dmy(b)})</span></li>'
        for b in pick
    )
    return f'<div class="tin-khac">\n<h3>Các tin khác</h3>\n<ul>\n{items}\n</ul>\n</div>\n'


def article_page(a, listed):
    charset = "windows-1258" if a["enc"] == "windows-1258" else "utf-8"
    extra = f'<link rel="canonical" href="{real_path(a)}">\n'
    extra += f'<meta name="description" content="{E(summary(a))}">\n'
    if "og" in a["meta"]:
        extra += '<meta property="og:type" content="article">\n'
        extra += f'<meta property="og:title" content="{E(a["title"])}">\n'
        extra += f'<meta property="article:published_time" content="{iso(a)}">\n'
    if "jsonld" in a["meta"]:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["title"],
            "datePublished": iso(a),
            "dateModified": iso(a),
            "inLanguage": "vi",
            "publisher": {"@type": "Organization", "name": SITE},
        }
        extra += ('<script type="application/ld+json">\n'
                  + json.dumps(ld, ensure_ascii=False, indent=1) + "\n</script>\n")
    body = []
    for i, p in enumerate(a["paras"]):
        body.append(f"<p>{E(p)}</p>")
        if i == 1 and a.get("caption"):
            body.append('<p class="image"><img src="/static/img/logo.png" alt="" width="16" height="16"></p>')
            body.append(f'<p class="caption"><em>{E(a["caption"])}</em></p>')
    source = a["source"]
    body.append(f'<p class="source"><strong>{E(source)}</strong></p>')
    page = head(f"{a['title']} - {SITE}", charset, extra)
    page += '<div id="main">\n' + breadcrumb(a["cat"])
    page += f'<div class="article">\n<h1 class="title">{E(a["title"])}</h1>\n'
    page += date_line(a) + "\n"
    page += '<div class="content">\n' + "\n".join(body) + "\n</div>\n"
    page += share_bar(real_path(a), a["title"]) + "\n</div>\n"
    page += related(a, listed) + "</div>\n" + SIDEBAR + FOOTER
    return page


def summary(a):
    text = a["paras"][0]
    if len(text) <= 200:
        return text
    cut = text.rfind(" ", 0, 200)
    return text[:cut] + "..."


def list_pages(base, heading, items, cat):
    """Writes base/index.html, base/trang-2.html, ... and returns their paths."""
    pages = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
    paths = []
    for n, chunk in enumerate(pages, 1):
        name = "index.html" if n == 1 else f"trang-{n}.html"
        page_url = f"{base}/" if n == 1 else f"{base}/{name}"
        paths.append(page_url)
        title = heading if n == 1 else f"{heading} - Trang {n}"
        out = head(f"{title} - {SITE}")
        out += '<div id="main">\n' + breadcrumb(cat if cat else None,
                                                None if cat else None)
        out += f'<h1 class="list-title">{E(heading)}</h1>\n<ul class="news-list">\n'
        for a in chunk:
            out += (f'<li class="news-item"><a class="news-title" href="{link_path(a)}">{E(a["title"])}</a>'
                    f' <span class="date">({dmy(a)})</span>\n'
                    f'  <p class="summary">{E(summary(a))}</p></li>\n')
        out += "</ul>\n"
        nav = ['<div class="pagination">Trang: ']
        if n > 1:
            prev = f"{base}/" if n == 2 else f"{base}/trang-{n - 1}.html"
            nav.append(f'<a class="prev" href="{prev}">« Trước</a> ')
        for k in range(1, len(pages) + 1):
            href = f"{base}/" if k == 1 else f"{base}/trang-{k}.html"
            nav.append(f"<strong>{k}</strong> " if k == n else f'<a href="{href}">{k}</a> ')
        if n < len(pages):
            nav.append(f'<a class="next" href="{base}/trang-{n + 1}.html">Sau »</a>')
        nav.append("</div>\n")
        out += "".join(nav) + "</div>\n" + SIDEBAR + FOOTER
        write(base.lstrip("/") + "/" + name, out)
    return paths


def write(rel, text, encoding="utf-8"):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(text)


def write_windows_1258(rel, text):
    """UTF-8 source beside this script, served copy converted with iconv."""
    os.makedirs(W1258_SRC, exist_ok=True)
    src = os.path.join(W1258_SRC, os.path.basename(rel))
    with open(src, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    dst = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "wb") as f:
        subprocess.run(["iconv", "-f", "utf-8", "-t", "windows-1258", src], stdout=f, check=True)


def png(width, height):
    """A small flag-like logo: red field, yellow centre band."""
    rows = b""
    for y in range(height):
        rows += b"\x00"
        for _ in range(width):
            rows += b"\xff\xcc\x00" if height // 3 <= y < 2 * height // 3 else b"\xda\x25\x1d"
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


CSS = """/* Sample portal style: enough to look like a provincial portal, nothing the crawler needs. */
body { font-family: Arial, Helvetica, sans-serif; margin: 0; background: #f3f3f3; color: #222; }
#wrapper { max-width: 1000px; margin: 0 auto; background: #fff; }
#header { background: #8b1a1a; color: #fff; padding: 12px 16px; }
#header .site-name { font-size: 22px; font-weight: bold; }
#menu { list-style: none; margin: 0; padding: 0; background: #b22222; display: flex; flex-wrap: wrap; }
#menu li a { display: block; color: #fff; padding: 8px 12px; text-decoration: none; }
#main { float: left; width: 70%; padding: 12px 16px; box-sizing: border-box; }
#sidebar { float: right; width: 30%; padding: 12px; box-sizing: border-box; }
#footer { clear: both; background: #eee; padding: 12px 16px; font-size: 13px; }
.breadcrumb { font-size: 13px; margin-bottom: 8px; }
.ngay-dang, .date { color: #777; font-size: 13px; }
.fontsize { font-size: 12px; color: #555; }
.caption { text-align: center; font-size: 13px; }
.share { margin-top: 12px; font-size: 13px; }
.pagination a, .pagination strong { margin-right: 6px; }
"""


def main():
    for sub in ("tin-tuc", "luu-tru", "chuyen-muc", "quan-tri", "static"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)

    every = sorted(ARTICLES, key=posted, reverse=True)
    listed = [a for a in every if not a.get("redirect_only")]
    slugs = [a["slug"] for a in every]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    titles = [a["title"] for a in every]
    assert len(titles) == len(set(titles)), "duplicate title"

    for a in every:
        page = article_page(a, listed)
        rel = real_path(a).lstrip("/")
        if a["enc"] == "windows-1258":
            write_windows_1258(rel, page)
        elif a["enc"] == "nfd":
            write(rel, unicodedata.normalize("NFD", page))
        else:
            write(rel, page)

    list_urls = list_pages("/tin-tuc", "Tin tức sự kiện", every, None)
    for cat, name in CATEGORIES.items():
        list_urls += list_pages(f"/chuyen-muc/{cat}", name, [a for a in every if a["cat"] == cat], cat)

    # Home page: the newest items and the way into the lists.
    home = head(f"Trang chủ - {SITE}") + '<div id="main">\n<h2>Tin mới nhất</h2>\n<ul class="news-list">\n'
    for a in listed[:6]:
        home += (f'<li><a href="{link_path(a)}">{E(a["title"])}</a> <span class="date">({dmy(a)})</span></li>\n')
    home += '</ul>\n<p><a href="/tin-tuc/">Xem tất cả tin tức »</a></p>\n<h2>Chuyên mục</h2>\n<ul>\n'
    for cat, name in CATEGORIES.items():
        home += f'<li><a href="/chuyen-muc/{cat}/">{E(name)}</a></li>\n'
    home += "</ul>\n</div>\n" + SIDEBAR + FOOTER
    write("index.html", home)

    intro = head(f"Giới thiệu - {SITE}") + '<div id="main">\n' + breadcrumb(None, "Giới thiệu")
    intro += ('<h1 class="title">Giới thiệu Sở Ngoại vụ</h1>\n<div class="content">\n'
              "<p>Sở Ngoại vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Quảng Trị, tham mưu "
              "về công tác đối ngoại, biên giới lãnh thổ quốc gia và công tác về người Việt Nam ở nước ngoài.</p>\n"
              "<p>Cơ cấu tổ chức gồm Văn phòng, Phòng Hợp tác quốc tế, Phòng Biên giới, Phòng Lãnh sự, "
              "Phòng Lễ tân và Trung tâm Phục vụ đối ngoại.</p>\n</div>\n</div>\n")
    write("gioi-thieu.html", intro + SIDEBAR + FOOTER)

    admin = head(f"Quản trị - {SITE}") + '<div id="main">\n<h1>Đăng nhập hệ thống quản trị</h1>\n'
    admin += ('<form method="post" action="/quan-tri/dang-nhap"><label>Tên đăng nhập <input name="u"></label> '
              '<label>Mật khẩu <input type="password" name="p"></label> <button>Đăng nhập</button></form>\n'
              '<p><a href="/quan-tri/ban-nhap-ke-hoach-don-doan-khammouane.html">Tin đang soạn</a></p>\n'
              "</div>\n")
    write("quan-tri/index.html", admin + FOOTER)
    draft = head(f"{ADMIN_DRAFT['title']} - {SITE}") + '<div id="main">\n'
    draft += f'<h1 class="title">{E(ADMIN_DRAFT["title"])}</h1>\n'
    draft += "".join(f"<p>{E(p)}</p>\n" for p in ADMIN_DRAFT["paras"]) + "</div>\n"
    write("quan-tri/ban-nhap-ke-hoach-don-doan-khammouane.html", draft + FOOTER)

    write("static/css/site.css", CSS)
    os.makedirs(os.path.join(OUT, "static/img"), exist_ok=True)
    with open(os.path.join(OUT, "static/img/logo.png"), "wb") as f:
        f.write(png(16, 16))

    write("robots.txt",
          "# Sample portal for vnarchive tests\n"
          "User-agent: *\n"
          "Disallow: /quan-tri/\n"
          "\n"
          "User-agent: BadBot\n"
          "Disallow: /\n"
          "\n"
          "Sitemap: http://SITE_HOST/sitemap.xml\n")

    # The sitemap lists what a reader can find from the lists; the redirect-only page is left
    # out on purpose so that only following /bai-cu/ reaches it.
    urls = [("/index.html", "2025-03-20"), ("/gioi-thieu.html", "2016-01-04")]
    urls += [(u, "2025-03-20") for u in list_urls]
    urls += [(real_path(a), posted(a).strftime("%Y-%m-%d")) for a in listed]
    sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    for u, d in urls:
        sm += f"  <url><loc>http://SITE_HOST{u}</loc><lastmod>{d}</lastmod></url>\n"
    sm += "</urlset>\n"
    write("sitemap.xml", sm)

    hidden = [a for a in every if a.get("redirect_only")]
    cp = [a for a in every if a["enc"] == "windows-1258"]
    toml = "# Read by tests/support/site_server (vn-site-server); files starting with _ are never served.\n"
    for a in hidden:
        toml += f'\n[[redirect]]\nfrom = "{link_path(a)}"\nto = "{real_path(a)}"\nstatus = 301\n'
    for a in cp:
        toml += (f'\n[[header]]\npath = "{real_path(a)}"\n'
                 'content_type = "text/html; charset=windows-1258"\n')
    write("_server.toml", toml)

    # For tests that need to know what the site holds (known-item search, crawl coverage).
    # The leading "_" keeps it off the wire: the server never serves such files.
    manifest = [{
        "path": real_path(a),
        "linked_as": link_path(a),
        "title": a["title"],
        "published": iso(a),
        "date_style": a["fmt"],
        "machine_dates": a["meta"],
        "encoding": a["enc"],
        "category": a["cat"],
        "in_sitemap": not a.get("redirect_only"),
    } for a in every]
    write("_manifest.json", json.dumps({"articles": manifest, "disallowed": [
        "/quan-tri/", "/quan-tri/ban-nhap-ke-hoach-don-doan-khammouane.html"]},
        ensure_ascii=False, indent=1) + "\n")

    write("README.md", readme(every, list_urls))


def readme(every, list_urls):
    enc_name = {"utf-8": "UTF-8 (NFC)", "windows-1258": "windows-1258", "nfd": "UTF-8 (NFD)"}
    out = """# sample-site: a sample provincial foreign-affairs portal

A small static web site in the style of a Vietnamese provincial Department of Foreign Affairs
portal ("Sở Ngoại vụ tỉnh Quảng Trị"), for crawler, extractor and search tests and for the demo.
Serve it with `vn-site-server data/sample-site` (tests/support); it reads `_server.toml`.

**The text is original.** It was written for vnarchive, modelled on the kinds of reports in
the project's seeds (signings, working visits to Lao provinces, receptions, review
conferences, emulation clusters, training courses) but not copied from them or from the web.
Province names and Lao/Cambodian partner provinces are real; every person, number and event is
invented, and the address, telephone numbers and e-mail in the footer are fictional.

Generated by `python3 data/sample-site-src/build_site.py` from `data/sample-site-src/articles.py`.
Do not edit the HTML by hand; edit the source and rebuild.

## What it exercises
- Posting dates in five styles: `Cở chữ: 02:15 PM,16/02/2016`, `24/02/2017`,
  `Ngày cập nhật 19/01/2018`, `10:12, Thứ Năm, 18-6-2020`, `22-02-2023 10:30`; some pages also
  carry `<meta property="article:published_time">` and/or NewsArticle JSON-LD.
- Event dates without a year ("Sáng ngày 12/01"), ranges ("Từ ngày 19-21/6/2024",
  "từ ngày 12 đến 14/10"), periods ("giai đoạn 2021-2025"); both tone-mark styles
  ("Thoả thuận"/"Thỏa thuận", "Thuý"/"Thúy", "Uỷ ban"/"Ủy ban").
- Page chrome that is not article text: "Cở chữ" bar, share bar, "Các tin khác",
  "Liên kết website", "Xem tin theo ngày", footer.
- One page in windows-1258 (HTTP header and `<meta charset>`), converted with
  `iconv -f utf-8 -t windows-1258` from `data/sample-site-src/windows-1258/`; one page in NFD.
- One article reachable only through a 301 redirect from `/bai-cu/...` (not in the sitemap,
  its real path linked from nowhere).
- `/quan-tri/` (admin, linked from the menu) is `Disallow`ed in robots.txt.
- `robots.txt` and `sitemap.xml` use absolute URLs with the placeholder host `SITE_HOST`, which
  the server replaces with its own `127.0.0.1:PORT`.
- Assets: `/static/css/site.css`, `/static/img/logo.png`.

## Articles
| path | title | posted | date style | encoding |
|---|---|---|---|---|
"""
    for a in every:
        path = real_path(a)
        if a.get("redirect_only"):
            path += f" (only via 301 from {link_path(a)})"
        extra = "".join(f", {m}" for m in a["meta"])
        out += (f"| {path} | {a['title']} | {a['posted']} | {a['fmt']}{extra} | {enc_name[a['enc']]} |\n")
    out += "\n## Other pages\n| path | what |\n|---|---|\n"
    out += "| /index.html | home: six newest items, categories |\n"
    out += "| /gioi-thieu.html | about page |\n"
    for u in list_urls:
        out += f"| {u} | list page ({PER_PAGE} items a page) |\n"
    out += "| /quan-tri/ , /quan-tri/ban-nhap-ke-hoach-don-doan-khammouane.html | admin area and a draft, Disallow'd |\n"
    out += "| /robots.txt, /sitemap.xml | robots rules, sitemap (SITE_HOST placeholder) |\n"
    out += "| /_server.toml | server config (redirects, charset header); never served |\n"
    out += "| /_manifest.json | every article as JSON (path, linked_as, title, published, encoding...) for tests; never served |\n"
    out += "\n## Date styles\n`cochu` = \"Cở chữ: hh:mm AM,dd/mm/yyyy\"; `plain` = \"dd/mm/yyyy\"; "
    out += "`capnhat` = \"Ngày cập nhật dd/mm/yyyy\"; `thu` = \"H:MM, Thứ X, D-M-YYYY\"; `dmyhm` = \"dd-mm-yyyy HH:MM\". "
    out += "`og` = article:published_time meta, `jsonld` = JSON-LD datePublished (both +07:00).\n"
    return out


if __name__ == "__main__":
    main()
