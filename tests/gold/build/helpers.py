import datetime
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']
def iso(y, m, d, h=None, mi=None):
    return f'{y:04d}-{m:02d}-{d:02d}' + (f'T{h:02d}:{mi:02d}:00+07:00' if h is not None else '')
def qt(y, m, d, h, mi):  # "8:53, Thứ Hai, 25-5-2020"
    return dict(date_display=f'{h}:{mi:02d}, {WD[datetime.date(y, m, d).weekday()]}, {d}-{m}-{y}', published=iso(y, m, d, h, mi))
def dash(y, m, d, h, mi):  # "22-09-2024 14:14"
    return dict(date_display=f'{d:02d}-{m:02d}-{y} {h:02d}:{mi:02d}', published=iso(y, m, d, h, mi))
def cochu(y, m, d, h, mi):  # "Cở chữ: 09:07 AM,28/06/2017"
    ap = 'AM' if h < 12 else 'PM'
    h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return dict(date_display=f'Cở chữ: {h12:02d}:{mi:02d} {ap},{d:02d}/{m:02d}/{y}', published=iso(y, m, d, h, mi))
def capnhat(y, m, d):
    return dict(date_display=f'Ngày cập nhật {d:02d}/{m:02d}/{y}', published=iso(y, m, d))
def plain(y, m, d):
    return dict(date_display=f'{d:02d}/{m:02d}/{y}', published=iso(y, m, d))
def meta(y, m, d, h, mi, visible=None):
    r = dict(published=iso(y, m, d, h, mi), date_display=visible or '')
    return r
