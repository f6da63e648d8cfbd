import glob
SEEDS = sorted(glob.glob('/work/shared/seeds/0*.txt'))
def L(i, *nums):
    lines = open(SEEDS[i], encoding='utf-8').read().split('\n')
    return [lines[n - 1].strip() for n in nums]

PAGES = []
# seed 000
PAGES.append(dict(
  name='seed-000', tpl='qt', src='Quảng Trị',
  url='https://songoaivu.quangtri.gov.vn/tin-tuc/ky-ket-thoa-thuan-hop-tac-giua-trung-tam-phuc-vu-doi-ngoai-tinh-quang-tri-da-nang-va-trung-tam-dich-vu-doi-ngoai-thua-thien-hue.html',
  html_title=L(0, 1)[0],
  title=L(0, 1)[0].split(': ', 1)[1],
  date_display=L(0, 3)[0], published='2020-05-25T08:53:00+07:00',
  paras=L(0, 5, 7, 9, 11, 13),
  others=[('Quảng Trị tiếp nhận 02 công dân bị phía Lào trao trả', '(20/05/2020)'), ('Hội nghị trực tuyến về công tác bảo hộ công dân', '(12/05/2020)'), ('Sở Ngoại vụ tổ chức hội nghị sơ kết quý I/2020', '(08/04/2020)')],
  dates=[('ngày 15/5/2020', '2020-05-15', 'day'), ('năm 2019', '2019', 'year')],
  people=[('Nguyễn Thuý Anh', 'bà', 'Phó Giám đốc', 'Sở Ngoại vụ thành phố Đà Nẵng'),
          ('Trần Công Phú', 'ông', 'Giám đốc', 'Sở Ngoại vụ tỉnh Thừa Thiên Huế'),
          ('Nguyễn Triều Thương', 'bà', 'Giám đốc', 'Sở Ngoại vụ tỉnh Quảng Trị'),
          ('Trần Hiếu', 'ông', 'Giám đốc', 'Trung tâm Phục vụ Đối ngoại Đà Nẵng'),
          ('Đặng Thanh Phú', 'ông', 'Giám đốc', 'Trung tâm Dịch vụ Đối ngoại tỉnh Thừa Thiên Huế'),
          ('Nguyễn Đức Thiện', 'ông', 'Giám đốc', 'Trung tâm Phục vụ Đối ngoại Quảng Trị')],
  orgs=[('Trung tâm Dịch vụ Đối ngoại tỉnh Thừa Thiên Huế', 'Trung tâm Dịch vụ Đối ngoại Thừa Thiên Huế', 'Thừa Thiên Huế'),
        ('Trung tâm Phục vụ Đối ngoại Đà Nẵng', 'Trung tâm Phục vụ Đối ngoại Đà Nẵng', 'Đà Nẵng'),
        ('Trung tâm Phục vụ Đối ngoại Quảng Trị', 'Trung tâm Phục vụ Đối ngoại Quảng Trị', 'Quảng Trị'),
        ('Sở Ngoại vụ thành phố Đà Nẵng', 'Sở Ngoại vụ Đà Nẵng', 'Đà Nẵng'),
        ('Sở Ngoại vụ tỉnh Thừa Thiên Huế', 'Sở Ngoại vụ Thừa Thiên Huế', 'Thừa Thiên Huế'),
        ('Sở Ngoại vụ tỉnh Quảng Trị', 'Sở Ngoại vụ Quảng Trị', 'Quảng Trị')],
  places=['Thừa Thiên Huế', 'Đà Nẵng', 'Quảng Trị'],
  partners=['Đà Nẵng', 'Thừa Thiên Huế'], etype='signing'))
# seed 001
PAGES.append(dict(
  name='seed-001', tpl='jsonld', src='Quảng Trị',
  url='https://songoaivu.quangtri.gov.vn/chi-tiet-tin/doan-cong-tac-so-ngoai-vu-tinh-quang-tri-lam-viec-voi-so-ngoai-giao-02-tinh-savannakhet-salavan-lao.html',
  html_title=L(1, 1)[0], title=L(1, 3)[0],
  date_display=L(1, 5)[0], published='2024-09-22T14:14:00+07:00',
  paras=L(1, 7, 9, 11, 13, 15, 17, 21),
  others=[('Tiếp Tổng Lãnh sự Lào tại Đà Nẵng', '18-09-2024 09:30'), ('Hội nghị giao ban công tác đối ngoại 9 tháng', '10-09-2024 15:02'), ('Trao tặng Huân chương Lao động cho tỉnh Xê-kông', '29-08-2024 08:10')],
  dates=[('Từ ngày 19-21/9/2024', '2024-09-19/2024-09-21', 'day'), ('ngày 19/9/2024', '2024-09-19', 'day'),
         ('giai đoạn 2023-2025', '2023/2025', 'period'), ('ngày 12/7/2012', '2012-07-12', 'day'),
         ('06 tháng đầu năm 2024', '2024-01/2024-06', 'period'), ('ngày 20/9/2024', '2024-09-20', 'day')],
  people=[('Nguyễn Văn Biên', 'đồng chí', 'Phó Giám đốc', 'Sở Ngoại vụ'),
          ('Nu Tiêm Khăm Pả Sợt', 'đồng chí', 'Giám đốc', 'Sở Ngoại giao Salavan')],
  orgs=[('Sở Ngoại vụ tỉnh Quảng Trị', 'Sở Ngoại vụ Quảng Trị', 'Quảng Trị'),
        ('Sở Ngoại giao tỉnh Savannakhet', 'Sở Ngoại giao Xa-van-na-khẹt', 'Xa-van-na-khẹt'),
        ('Trung tâm Phục vụ đối ngoại Quảng Trị', 'Trung tâm Phục vụ Đối ngoại Quảng Trị', 'Quảng Trị'),
        ('Sở Ngoại giao tỉnh Salavan', 'Sở Ngoại giao Sa-la-van', 'Sa-la-van')],
  places=['Quảng Trị', ('Savannakhet', 'Xa-van-na-khẹt'), ('Salavan', 'Sa-la-van'), 'Lào',
          ('Cayxon Phomvyhan', 'Cayxon Phomvyhan', 'city', 'LA'), 'Việt Nam'],
  partners=['Xa-van-na-khẹt', 'Sa-la-van'], etype='working-visit'))
# seed 002
PAGES.append(dict(
  name='seed-002', tpl='table', src='Hà Nội',
  url='http://vietpeace.org.vn/tin-tuc/le-ky-ket-quy-che-phoi-hop-cong-tac-doi-ngoai-nhan-dan-giua-lien-hiep-tp-hcm-va-lien-hiep-tinh-tra-vinh.html',
  title=L(2, 2)[0], html_title='Liên hiệp các tổ chức hữu nghị Việt Nam - ' + L(2, 2)[0],
  date_display=L(2, 1)[0], published='2017-06-28T09:07:00+07:00',
  paras=L(2, 4, 6, 8, 10, 12, 14),
  others=[('Gặp mặt hữu nghị nhân kỷ niệm Quốc khánh Lào', '01/12/2016'), ('Đoàn đại biểu Hội hữu nghị Nhật - Việt thăm TP.HCM', '15/05/2017')],
  dates=[('28/03/2013', '2013-03-28', 'day'), ('Giai đoạn 2013 – 2016', '2013/2016', 'period'), ('năm 2013', '2013', 'year')],
  people=[('Trần Thị Thu Thủy', 'đồng chí', 'Phó Trưởng đại diện', 'Văn phòng phía Nam - Liên hiệp các tổ chức hữu nghị Việt Nam'),
          ('Nguyễn Thành Tâm', 'đồng chí', 'Phó chủ tịch', 'UBND tỉnh Trà Vinh'),
          ('Trần Văn Vẹn', 'đồng chí', 'Chủ tịch', 'Liên hiệp tỉnh Trà Vinh'),
          ('Lê Hưng Quốc', 'đồng chí', 'Chủ tịch', 'Liên hiệp TP.HCM')],
  orgs=[('Liên hiệp các tổ chức hữu nghị TP.HCM', 'Liên hiệp các tổ chức hữu nghị Hồ Chí Minh', 'Hồ Chí Minh'),
        ('Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh', 'Liên hiệp các tổ chức hữu nghị Trà Vinh', 'Trà Vinh'),
        ('Văn phòng phía Nam - Liên hiệp các tổ chức hữu nghị Việt Nam', 'Văn phòng phía Nam - Liên hiệp các tổ chức hữu nghị Việt Nam', ''),
        ('Liên hiệp các tổ chức hữu nghị Việt Nam', 'Liên hiệp các tổ chức hữu nghị Việt Nam', ''),
        ('UBND tỉnh Trà Vinh', 'Ủy ban nhân dân Trà Vinh', 'Trà Vinh')],
  places=['Hồ Chí Minh', 'Trà Vinh', 'Việt Nam'],
  partners=['Hồ Chí Minh', 'Trà Vinh'], etype='signing'))
# seed 003
PAGES.append(dict(
  name='seed-003', tpl='plain', src='Phú Thọ',
  url='https://songoaivu.phutho.gov.vn/tin-tuc/le-ky-giao-uoc-thi-dua-cum-thi-dua-so-ii-bo-ngoai-giao.html',
  title=L(3, 1)[0], date_display=L(3, 3)[0], published='2017-02-17',
  paras=L(3, 5, 7, 9, 11) + ['CAPTION:' + L(3, 13)[0]] + L(3, 15, 17) + ['CAPTION:' + L(3, 19)[0]] + L(3, 21),
  others=[('Tiếp đoàn Đại sứ quán Hàn Quốc', '10/02/2017'), ('Tổng kết công tác ngoại vụ năm 2016', '16/01/2017')],
  dates=[('Ngày 17/2', '2017-02-17', 'day'), ('năm 2017', '2017', 'year')],
  people=[('Bùi Thanh Sơn', 'đồng chí', 'Thứ trưởng Thường trực', 'Bộ Ngoại giao'),
          ('Nguyễn Nam Hải', '', 'Phó Giám đốc', 'Sở Ngoại vụ Hà Nội')],
  orgs=[('Bộ Ngoại giao', 'Bộ Ngoại giao', ''),
        ('Sở Ngoại vụ tỉnh Phú Thọ', 'Sở Ngoại vụ Phú Thọ', 'Phú Thọ'),
        ('Sở Ngoại vụ Hải Phòng', 'Sở Ngoại vụ Hải Phòng', 'Hải Phòng'),
        ('Sở Ngoại vụ Hà Nội', 'Sở Ngoại vụ Hà Nội', 'Hà Nội')],
  places=['Phú Thọ', 'Bắc Giang', 'Bắc Ninh', 'Hà Nội', 'Hải Phòng', ('Hoà Bình', 'Hòa Bình'), 'Thái Nguyên', 'Thái Bình',
          'Tuyên Quang', 'Vĩnh Phúc', 'Yên Bái', 'Việt Nam'],
  partners=['Bộ Ngoại giao', 'Bắc Giang', 'Bắc Ninh', 'Hà Nội', 'Hải Phòng', 'Hòa Bình', 'Thái Nguyên', 'Thái Bình', 'Tuyên Quang', 'Vĩnh Phúc', 'Yên Bái'],
  etype='competition-pledge'))
# seed 004
PAGES.append(dict(
  name='seed-004', tpl='hue', src='Thừa Thiên Huế',
  url='https://ngoaivu.hue.gov.vn/tin-tuc/so-ngoai-vu-trien-khai-cong-tac-nam-2019.html',
  title=L(4, 7)[0], date_display=L(4, 8)[0], published='2019-01-22', calendar='22/01/2019',
  paras=L(4, 10, 12, 14, 16) + ['CAPTION:' + L(4, 18)[0]] + L(4, 20, 22) + ['CENTER:' + L(4, 24)[0]],
  others=[('Đón tiếp Tổng Lãnh sự Nhật Bản tại Đà Nẵng', '15/01/2019'), ('Gặp mặt cộng đồng người nước ngoài nhân dịp Tết', '10/01/2019'), ('Festival Huế 2018: ngoại giao văn hóa', '05/05/2018')],
  dates=[('ngày 8/01', '2019-01-08', 'day'), ('năm 2018', '2018', 'year'), ('năm 2019', '2019', 'year')],
  people=[('Nguyễn Dung', 'đồng chí', 'Phó chủ tịch', 'UBND tỉnh')],
  orgs=[('Sở Ngoại vụ', 'Sở Ngoại vụ Thừa Thiên Huế', 'Thừa Thiên Huế'),
        ('UBND tỉnh', 'Ủy ban nhân dân Thừa Thiên Huế', 'Thừa Thiên Huế')],
  places=[('Huế', 'Huế', 'city'), 'Việt Nam', 'Nhật Bản', 'Hàn Quốc', 'Thái Lan'],
  partners=[], etype='review'))
