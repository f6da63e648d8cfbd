# Portal chrome for the gold pages. Each template is a different (real-looking) layout.
import html as _h
import zlib
import json

SITES = {
    'Quảng Trị': ('Sở Ngoại vụ tỉnh Quảng Trị', '20 Lê Đại Hành - TP.Đông Hà - tỉnh Quảng Trị - Việt Nam', '+84 233 3550383'),
    'Thừa Thiên Huế': ('Sở Ngoại vụ tỉnh Thừa Thiên Huế', '06 Nguyễn Văn Cừ, thành phố Huế', '0234.3822345'),
    'Huế': ('Sở Ngoại vụ thành phố Huế', '06 Nguyễn Văn Cừ, phường Vĩnh Ninh, thành phố Huế', '0234.3822345'),
    'Hà Nội': ('Liên hiệp các tổ chức hữu nghị Việt Nam', '105A Quán Thánh, Ba Đình, Hà Nội', '024.38457006'),
    'Phú Thọ': ('Sở Ngoại vụ tỉnh Phú Thọ', 'Đường Trần Phú, phường Tân Dân, TP Việt Trì, Phú Thọ', '0210.3811888'),
    'Quảng Bình': ('Sở Ngoại vụ tỉnh Quảng Bình', '02 Quang Trung, TP Đồng Hới, Quảng Bình', '0232.3822514'),
    'Kon Tum': ('Sở Ngoại vụ tỉnh Kon Tum', '444 Trần Phú, TP Kon Tum', '0260.3913567'),
    'Điện Biên': ('Sở Ngoại vụ tỉnh Điện Biên', 'Tổ 9, phường Mường Thanh, TP Điện Biên Phủ', '0215.3826133'),
    'An Giang': ('Sở Ngoại vụ tỉnh An Giang', '07 Lê Triệu Kiết, TP Long Xuyên, An Giang', '0296.3957179'),
    'Tây Ninh': ('Sở Ngoại vụ tỉnh Tây Ninh', '83 Phạm Tung, phường 3, TP Tây Ninh', '0276.3822196'),
    'Đà Nẵng': ('Sở Ngoại vụ thành phố Đà Nẵng', 'Tầng 7, Trung tâm Hành chính, 24 Trần Phú, Đà Nẵng', '0236.3822380'),
    'Nghệ An': ('Sở Ngoại vụ tỉnh Nghệ An', '16 Trường Thi, TP Vinh, Nghệ An', '0238.3844551'),
    'Hà Tĩnh': ('Sở Ngoại vụ tỉnh Hà Tĩnh', '96 Hà Huy Tập, TP Hà Tĩnh', '0239.3855632'),
    'Lào Cai': ('Sở Ngoại vụ tỉnh Lào Cai', 'Khối 6, phường Bắc Lệnh, TP Lào Cai', '0214.3840021'),
    'Quảng Ninh': ('Sở Ngoại vụ tỉnh Quảng Ninh', 'Phường Hồng Hà, TP Hạ Long, Quảng Ninh', '0203.3835672'),
    'Gia Lai': ('Sở Ngoại vụ tỉnh Gia Lai', '01 Hai Bà Trưng, TP Pleiku, Gia Lai', '0269.3824512'),
    'Khánh Hòa': ('Sở Ngoại vụ tỉnh Khánh Hòa', '01 Trần Phú, TP Nha Trang', '0258.3822770'),
    'Hồ Chí Minh': ('Sở Ngoại vụ Thành phố Hồ Chí Minh', '6 Alexandre de Rhodes, Quận 1, TP.HCM', '028.38224224'),
}

def site(s):
    return SITES[s['src']]

def e(t):
    return _h.escape(t, quote=False)

MENU = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Hợp tác quốc tế', 'Biên giới lãnh thổ', 'Lãnh sự', 'Văn bản', 'Liên hệ']
LINKS = ['Cổng thông tin Chính phủ', 'Bộ Ngoại giao', 'Các bộ, ngành ở TW', 'Tỉnh ủy, UBND tỉnh', 'Sở, ban, ngành', 'UBND huyện, thị xã']

def others_ul(s, fmt='({d})', cls='other-news'):
    items = ''.join(f'<li><a href="/tin-tuc/{i}-{zlib.crc32(t.encode())%99999}.html">{e(t)}</a> <span class="date">{fmt.format(d=d)}</span></li>'
                    for i, (t, d) in enumerate(s['others']))
    return f'<div class="{cls}"><h3>Các tin khác</h3><ul>{items}</ul></div>'

def links_block():
    return '<div class="lienket"><h3>Liên kết website</h3><select onchange="window.open(this.value)">' + \
        ''.join(f'<option value="#">{e(l)}</option>' for l in LINKS) + '</select></div>'

def share():
    return '<div class="share-bar">Chia sẻ: <a href="#" class="fb">Facebook</a> <a href="#" class="zalo">Zalo</a> <a href="#" class="tw">Twitter</a> <a href="javascript:window.print()">In trang</a> <a href="#">Gửi email</a></div>'

def cochu():
    return '<div class="font-tools">Cở chữ: <a href="#" class="font-up">A+</a> <a href="#" class="font-down">A-</a> <a href="#">Mặc định</a></div>'

def footer(s, cls='footer'):
    n, a, t = site(s)
    return f'<div class="{cls}"><p><strong>{e(n.upper())}</strong></p><p>Địa chỉ: {e(a)}</p><p>Điện thoại: {e(t)} - Email: ngoaivu@gov.vn</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>'

def head(s, extra=''):
    charset = s.get('enc', 'utf-8')
    return f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="{charset}">\n<title>{e(s["html_title"])}</title>\n{extra}</head>\n'

def menu():
    return '<ul class="menu">' + ''.join(f'<li><a href="#">{e(m)}</a></li>' for m in MENU) + '</ul>'

def t_qt(s):
    n = site(s)[0]
    return head(s) + f'''<body>
<div id="header"><div class="banner"><a href="/"><img src="/images/banner.png" alt="{e(n)}"></a></div>{menu()}</div>
<div id="main"><div class="col-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="#">Tin tức - Sự kiện</a></div>
<div class="news-detail">
<h1 class="title">{e(s["title"])}</h1>
<div class="date">{e(s["date_display"])}</div>
{cochu()}
<div class="content" id="content">
{s["paras_html"]}
</div>
{share()}
</div>
{others_ul(s)}
</div>
<div class="col-right"><div class="box"><h3>Thông báo</h3><ul><li><a href="#">Lịch tiếp công dân tháng này</a></li></ul></div>{links_block()}</div>
</div>
{footer(s)}
</body></html>
'''

def t_table(s):
    n = site(s)[0]
    others = ''.join(f'<tr><td class="bullet">&raquo;</td><td><a href="#">{e(t)}</a> <font color="#888888">({e(d)})</font></td></tr>' for t, d in s['others'])
    paras = s['paras_html'].replace('<p>', '<p align="justify"><font face="Arial" size="2">').replace('</p>', '</font></p>')
    return head(s) + f'''<body bgcolor="#ffffff" topmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/top.jpg" width="980" alt="{e(n)}"></td></tr>
<tr><td colspan="2" class="menutop">{" | ".join(f'<a href="#">{e(m)}</a>' for m in MENU)}</td></tr>
<tr><td width="200" valign="top" class="left">
<table width="100%"><tr><td class="boxtitle">Liên kết website</td></tr>{"".join(f'<tr><td><a href="#">{e(l)}</a></td></tr>' for l in LINKS)}</table>
</td><td width="780" valign="top">
<table width="100%" cellpadding="4"><tr><td class="path"><a href="#">Trang chủ</a> &raquo; <a href="#">Hoạt động đối ngoại</a></td></tr>
<tr><td class="datetime"><font size="1">{e(s["date_display"])}</font> <a href="#">A+</a> <a href="#">A-</a></td></tr>
<tr><td class="tieude"><font size="3" color="#003399"><b>{e(s["title"])}</b></font></td></tr>
<tr><td class="noidung">
{paras}
</td></tr>
<tr><td align="right"><a href="#">In bài</a> | <a href="#">Gửi bài viết</a> | <a href="#">Về đầu trang</a></td></tr>
<tr><td class="boxtitle">Các tin khác</td></tr>
<tr><td><table>{others}</table></td></tr>
</table></td></tr>
<tr><td colspan="2" class="bottom" align="center">{footer(s, "bottom-info")}</td></tr>
</table>
</body></html>
'''

def t_hue(s):
    others = ''.join(f'<li><a href="#">{e(t)}</a><span class="ngay">{e(d)}</span></li>' for t, d in s['others'])
    return head(s) + f'''<body>
<div class="wrapper"><div class="top-banner"></div><nav>{menu()}</nav>
<div class="row"><div class="sidebar-left">
<div class="block"><div class="block-title">Liên kết website</div><ul>{"".join(f'<li>{e(l)}</li>' for l in LINKS)}</ul></div>
</div>
<div class="main-content">
<div class="ArticleHeader"><h2 class="Title">{e(s["title"])}</h2>
<div class="PostDate">{e(s["date_display"])}</div>{cochu()}</div>
<div class="ArticleContent">
{s["paras_html"]}
</div>
{share()}
<div class="tinkhac"><div class="block-title">Các tin khác</div><ul>{others}</ul></div>
<div class="xemtin"><span>Xem tin theo ngày</span> <input type="text" value="{e(s.get("calendar", "01/01/2019"))}"> <button>Xem</button></div>
</div></div>
{footer(s)}
</div></body></html>
'''

def t_article(s):
    pub = s.get('meta_published', s['published'])
    extra = f'''<meta property="og:type" content="article">
<meta property="og:title" content="{_h.escape(s["title"])}">
<meta property="og:site_name" content="{_h.escape(site(s)[0])}">
<meta property="article:published_time" content="{pub}">
<meta property="article:modified_time" content="{s.get("modified", pub)}">
<link rel="canonical" href="{s["url"]}">
'''
    others = ''.join(f'<li><a href="#">{e(t)}</a> <time>{e(d)}</time></li>' for t, d in s['others'])
    vis = f'<time class="pubdate" datetime="{pub}">{e(s["date_display"])}</time>' if s.get('date_display') else ''
    return head(s, extra) + f'''<body>
<header class="site-header"><a class="logo" href="/">{e(site(s)[0])}</a><nav>{menu()}</nav></header>
<main class="container">
<nav class="breadcrumbs"><ol><li><a href="/">Trang chủ</a></li><li><a href="#">Tin hoạt động</a></li></ol></nav>
<article class="post">
<header><h1 class="post-title">{e(s["title"])}</h1><div class="post-meta">{vis}</div>{cochu()}</header>
<div class="post-content">
{s["paras_html"]}
</div>
<footer class="post-footer">{share()}</footer>
</article>
<aside class="related"><h3>Các tin khác</h3><ul>{others}</ul></aside>
<aside class="events"><h3>Lịch công tác</h3><ul><li>{e(s.get("agenda", "Thứ Hai 12/8: giao ban Sở"))}</li></ul></aside>
{links_block()}
</main>
<footer class="site-footer">{footer(s, "contact")}</footer>
</body></html>
'''

def t_jsonld(s):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s['title'],
          "datePublished": s.get('meta_published', s['published']), "dateModified": s.get('modified', s.get('meta_published', s['published'])),
          "publisher": {"@type": "Organization", "name": site(s)[0]}}
    extra = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    others = ''.join(f'<div class="item"><a href="#">{e(t)}</a><div class="item-date">{e(d)}</div></div>' for t, d in s['others'])
    vis = f'<div class="news-date">{e(s["date_display"])}</div>' if s.get('date_display') else ''
    return head(s, extra) + f'''<body>
<div id="wrapper"><div id="top">{menu()}</div>
<div class="page-title">Chi tiết tin - tin tức sự kiện</div>
<div class="container"><div class="row">
<div class="col-md-9">
<div class="news-title"><h3>{e(s["title"])}</h3></div>
{vis}
{cochu()}
<div class="news-body">
{s["paras_html"]}
</div>
{share()}
<div class="other-list"><h4>Các tin khác</h4>{others}</div>
</div>
<div class="col-md-3">{links_block()}<div class="counter">Lượt truy cập: 1.245.873</div></div>
</div></div>
{footer(s)}
</div></body></html>
'''

def t_plain(s):
    return head(s) + f'''<body>
<div class="header">{menu()}</div>
<div class="page">
<div class="path">Trang chủ / Tin tức</div>
<div class="detail">
<h2>{e(s["title"])}</h2>
<p class="ngay-dang">{e(s["date_display"])}</p>
{cochu()}
<div class="detail-content">
{s["paras_html"]}
</div>
{share()}
</div>
{others_ul(s, fmt='- {d}', cls='tinlienquan')}
{links_block()}
</div>
{footer(s)}
</body></html>
'''

def t_portlet(s):
    others = ''.join(f'<li class="other-item"><span class="other-date">[{e(d)}]</span> <a href="#">{e(t)}</a></li>' for t, d in s['others'])
    return head(s) + f'''<body class="portal">
<div id="banner">{menu()}</div>
<div id="column-1"><div class="portlet-boundary"><div class="portlet-body">
<div class="journal-content-article">
<div class="header-tin"><div class="ngay-tin">{e(s["date_display"])}</div>{cochu()}
<h1 class="tieu-de">{e(s["title"])}</h1></div>
<div class="noi-dung">
{s["paras_html"]}
</div>
</div>
{share()}
</div></div>
<div class="portlet-boundary"><div class="portlet-title">Các tin khác</div><ul>{others}</ul></div></div>
<div id="column-2">{links_block()}<div class="portlet-title">Tin mới</div><ul><li><a href="#">{e(s.get("newest", "Thông báo tuyển dụng viên chức"))}</a> ({e(s.get("newest_date", "02/12/2024"))})</li></ul></div>
{footer(s, "footer-portal")}
</body></html>
'''

def t_nodate(s):
    others = ''.join(f'<tr><td><a href="#">{e(t)}</a></td><td>{e(d)}</td></tr>' for t, d in s['others'])
    return head(s) + f'''<body>
<div class="top">{menu()}</div>
<div class="content-wrap">
<div class="bc"><a href="/">Trang chủ</a> | <a href="#">Hoạt động</a></div>
<div class="article-detail">
<h1>{e(s["title"])}</h1>
{cochu()}
<div class="article-body">
{s["paras_html"]}
</div>
{share()}
</div>
<div class="tin-khac"><h3>Các tin khác</h3><table>{others}</table></div>
{links_block()}
</div>
{footer(s)}
</body></html>
'''

TEMPLATES = dict(qt=t_qt, table=t_table, hue=t_hue, article=t_article, jsonld=t_jsonld, plain=t_plain, portlet=t_portlet, nodate=t_nodate)

def render(s):
    s.setdefault('html_title', s['title'] + ' - ' + site(s)[0])
    s.setdefault('others', [('Tiếp xúc, chào xã giao Tổng Lãnh sự quán Lào', '12/03/2024'), ('Hội nghị giao ban công tác đối ngoại', '05/01/2024')])
    return TEMPLATES[s['tpl']](s)
