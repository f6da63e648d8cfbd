# Articles of the sample portal. The text was written for vnarchive: events, people and
# numbers are invented (province names and partner provinces are real), modelled on the kind
# of reports in ../../shared/seeds but not copied from them or from any web page.
#
# Fields: slug, year (folder), cat, title, posted ("YYYY-MM-DD HH:MM"), fmt (how the page
# prints its posting date: cochu | plain | capnhat | thu | dmyhm), meta (extra machine dates:
# "og" = <meta property="article:published_time">, "jsonld" = NewsArticle JSON-LD), enc
# (utf-8 | windows-1258 | nfd), caption (after the second paragraph), paras, source.

ARTICLES = [
    dict(
        slug="tiep-doan-so-ngoai-giao-savannakhet-dau-xuan-2016",
        year=2016, cat="hop-tac-quoc-te",
        title="Tiếp đoàn Sở Ngoại giao tỉnh Savannakhet sang chúc Tết Bính Thân 2016",
        posted="2016-02-16 14:15", fmt="cochu", meta=[], enc="utf-8",
        caption="Quang cảnh buổi tiếp đoàn tại trụ sở Sở Ngoại vụ",
        paras=[
            "Chiều ngày 15/02/2016, tại trụ sở Sở Ngoại vụ, ông Hoàng Văn Khải, Giám đốc Sở Ngoại vụ tỉnh Quảng Trị đã tiếp đoàn đại biểu Sở Ngoại giao tỉnh Savannakhet (Lào) do ông Bun Mi Phôm Ma Chăn, Phó Giám đốc Sở Ngoại giao tỉnh Savannakhet làm trưởng đoàn sang thăm, chúc Tết cổ truyền Bính Thân 2016.",
            "Tại buổi tiếp, ông Hoàng Văn Khải thông báo với đoàn một số kết quả nổi bật về phát triển kinh tế - xã hội của tỉnh Quảng Trị trong năm 2015, trong đó có việc đưa vào sử dụng tuyến đường nối cửa khẩu quốc tế Lao Bảo với Hành lang kinh tế Đông - Tây, tạo thuận lợi cho giao thương giữa hai tỉnh. Giám đốc Sở Ngoại vụ cảm ơn sự phối hợp chặt chẽ của Sở Ngoại giao Savannakhet trong công tác quản lý biên giới và giải quyết các vụ việc phát sinh trên tuyến biên giới chung.",
            "Thay mặt đoàn, ông Bun Mi Phôm Ma Chăn gửi lời chúc mừng năm mới tới lãnh đạo và cán bộ Sở Ngoại vụ; khẳng định Sở Ngoại giao tỉnh Savannakhet sẽ tiếp tục cùng Sở Ngoại vụ Quảng Trị triển khai có hiệu quả Biên bản ghi nhớ về cơ chế trao đổi thông tin giữa hai cơ quan, góp phần vun đắp mối quan hệ hữu nghị truyền thống, đoàn kết đặc biệt Việt Nam - Lào.",
            "Nhân dịp này, hai bên đã trao đổi kế hoạch tổ chức các hoạt động kỷ niệm 54 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào (5/9/1962 - 5/9/2016) và thống nhất sẽ phối hợp tổ chức giao lưu văn nghệ tại huyện Hướng Hóa vào quý III năm 2016.",
        ],
        source="Phòng Hợp tác quốc tế",
    ),
    dict(
        slug="boi-duong-kien-thuc-doi-ngoai-can-bo-cap-huyen-2016",
        year=2016, cat="hoat-dong-so", redirect_only=True,
        title="Bồi dưỡng kiến thức đối ngoại cho cán bộ cấp huyện, thị xã năm 2016",
        posted="2016-08-17 09:30", fmt="plain", meta=[], enc="utf-8",
        paras=[
            "Từ ngày 10 đến 12/8/2016, tại thành phố Đông Hà, Sở Ngoại vụ phối hợp với Học viện Ngoại giao tổ chức lớp bồi dưỡng kiến thức đối ngoại cho 85 học viên là lãnh đạo, cán bộ phụ trách công tác đối ngoại của Uỷ ban nhân dân các huyện, thị xã và một số sở, ngành trên địa bàn tỉnh.",
            "Trong ba ngày, các học viên được nghe giảng viên Học viện Ngoại giao truyền đạt các chuyên đề: tình hình thế giới và khu vực, chính sách đối ngoại của Đảng và Nhà nước; công tác lễ tân đối ngoại; quản lý đoàn ra, đoàn vào; công tác biên giới lãnh thổ và kỹ năng giao tiếp, đàm phán với đối tác nước ngoài.",
            "Phát biểu bế mạc lớp học, bà Trương Thị Thu Hà, Phó Giám đốc Sở Ngoại vụ đề nghị các học viên vận dụng kiến thức đã học vào thực tiễn công tác tại địa phương, nhất là tại các huyện biên giới Hướng Hóa, Đakrông, nơi thường xuyên đón tiếp các đoàn của tỉnh Savannakhet và tỉnh Salavan sang làm việc.",
        ],
        source="Văn phòng Sở",
    ),
    dict(
        slug="cum-thi-dua-so-iv-ky-giao-uoc-thi-dua-nam-2017",
        year=2017, cat="thi-dua-khen-thuong",
        title="Cụm thi đua số IV - Bộ Ngoại giao ký kết giao ước thi đua năm 2017 tại Quảng Trị",
        posted="2017-02-24 10:05", fmt="plain", meta=[], enc="utf-8",
        caption="Lãnh đạo Sở Ngoại vụ các tỉnh trong Cụm ký giao ước thi đua năm 2017",
        paras=[
            "Ngày 23/2, tại thành phố Đông Hà, Cụm thi đua số IV - Bộ Ngoại giao đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2016 và lễ ký kết giao ước thi đua năm 2017.",
            "Dự hội nghị có đồng chí Phạm Quang Huy, Vụ trưởng Vụ Thi đua - Khen thưởng, Bộ Ngoại giao; đồng chí Trịnh Đức Khang, Phó Chủ tịch UBND tỉnh Quảng Trị; lãnh đạo Sở Ngoại vụ các tỉnh trong Cụm gồm: Thanh Hoá, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị và Thừa Thiên Huế.",
            "Năm 2016, các Sở Ngoại vụ trong Cụm đã tham mưu tổ chức thành công nhiều hoạt động đối ngoại quan trọng, nhất là với các tỉnh có chung đường biên giới thuộc nước bạn Lào; hoàn thành tốt công tác phân giới, cắm mốc và quản lý biên giới; đón tiếp an toàn, chu đáo các đoàn khách quốc tế đến địa phương.",
            "Tại hội nghị, Vụ trưởng Vụ Thi đua - Khen thưởng - Phạm Quang Huy đánh giá cao tinh thần đoàn kết, chia sẻ kinh nghiệm giữa các thành viên trong Cụm và đề nghị các Sở tiếp tục đổi mới nội dung, hình thức các phong trào thi đua, gắn với việc thực hiện nhiệm vụ chính trị của từng địa phương.",
            "Các đại biểu đã thống nhất bầu Sở Ngoại vụ tỉnh Quảng Bình làm Cụm trưởng và Sở Ngoại vụ tỉnh Hà Tĩnh làm Cụm phó Cụm thi đua số IV năm 2017. Lãnh đạo Sở Ngoại vụ 6 tỉnh đã ký kết giao ước thi đua với 8 nội dung trọng tâm.",
        ],
        source="Văn phòng Sở",
    ),
    dict(
        slug="giao-ban-cong-tac-bien-gioi-viet-lao-6-thang-dau-nam-2017",
        year=2017, cat="hop-tac-quoc-te",
        title="Giao ban công tác đối ngoại biên giới Việt - Lào 6 tháng đầu năm 2017 tại huyện Hướng Hóa",
        posted="2017-06-15 09:40", fmt="cochu", meta=[], enc="utf-8",
        paras=[
            "Sáng 13/6/2017, tại huyện Hướng Hóa, Sở Ngoại vụ chủ trì hội nghị giao ban công tác đối ngoại biên giới 6 tháng đầu năm với sự tham dự của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh, Ban Quản lý Khu kinh tế tỉnh và UBND các huyện Hướng Hóa, Đakrông.",
            "Theo báo cáo, trong 6 tháng đầu năm 2017, tình hình trên tuyến biên giới Việt Nam - Lào thuộc địa phận tỉnh Quảng Trị cơ bản ổn định. Các lực lượng chức năng hai bên đã tổ chức 14 cuộc tuần tra song phương, trao trả 9 trường hợp công dân xuất nhập cảnh trái phép và phối hợp giải quyết dứt điểm 3 vụ việc tranh chấp đất canh tác ở khu vực giáp biên.",
            "Kết luận hội nghị, ông Hoàng Văn Khải, Giám đốc Sở Ngoại vụ yêu cầu các đơn vị tăng cường trao đổi thông tin với các cơ quan tương ứng của tỉnh Savannakhet và tỉnh Salavan; chuẩn bị tốt nội dung cho cuộc hội đàm thường niên giữa lãnh đạo UBND tỉnh Quảng Trị và chính quyền hai tỉnh bạn dự kiến tổ chức vào tháng 9.",
        ],
        source="Phòng Biên giới",
    ),
    dict(
        slug="don-doan-to-chuc-phi-chinh-phu-nhat-ban-khao-sat-du-an-nuoc-sach",
        year=2017, cat="hop-tac-quoc-te",
        title="Đón đoàn tổ chức phi chính phủ Nhật Bản khảo sát dự án nước sạch tại Đakrông",
        posted="2017-11-09 15:25", fmt="cochu", meta=[], enc="utf-8",
        paras=[
            "Từ ngày 6-8/11/2017, Sở Ngoại vụ phối hợp với UBND huyện Đakrông đón đoàn công tác của tổ chức phi chính phủ Hội Hỗ trợ cộng đồng châu Á (Nhật Bản) do bà Sato Keiko, Trưởng đại diện tại Việt Nam dẫn đầu, đến khảo sát nhu cầu cấp nước sinh hoạt tại các xã Tà Long, Húc Nghì và A Vao.",
            "Tiếp đoàn, bà Trương Thị Thu Hà, Phó Giám đốc Sở Ngoại vụ cảm ơn tổ chức đã quan tâm đến đồng bào dân tộc thiểu số vùng cao của tỉnh. Bà cho biết năm 2017 tỉnh Quảng Trị tiếp nhận 27 khoản viện trợ phi chính phủ nước ngoài với tổng giá trị cam kết hơn 31 tỷ đồng, tập trung vào các lĩnh vực y tế, giáo dục, nước sạch và khắc phục hậu quả bom mìn.",
            "Sau chuyến khảo sát, đoàn thống nhất với UBND huyện Đakrông xây dựng đề xuất dự án lắp đặt 4 hệ thống nước tự chảy, dự kiến triển khai trong giai đoạn 2018-2019 với tổng kinh phí khoảng 2,3 tỷ đồng.",
        ],
        source="Phòng Hợp tác quốc tế",
    ),
    dict(
        slug="so-ngoai-vu-tong-ket-cong-tac-nam-2017-trien-khai-nhiem-vu-2018",
        year=2018, cat="hoat-dong-so",
        title="Sở Ngoại vụ tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018",
        posted="2018-01-19 16:10", fmt="capnhat", meta=[], enc="utf-8",
        caption="Toàn cảnh hội nghị tổng kết",
        paras=[
            "Sáng ngày 12/01, Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác đối ngoại năm 2017 và triển khai nhiệm vụ năm 2018. Đồng chí Trịnh Đức Khang, Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo.",
            "Năm 2017, Sở đã tham mưu UBND tỉnh đón tiếp 412 đoàn khách quốc tế với 3.160 lượt người; tổ chức và quản lý 96 đoàn cán bộ của tỉnh đi công tác nước ngoài; ký kết 11 văn bản thoả thuận quốc tế, trong đó có 5 văn bản với các tỉnh của Lào. Công tác thông tin đối ngoại được đẩy mạnh, góp phần quảng bá hình ảnh Quảng Trị - vùng đất khát vọng hoà bình.",
            "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Trịnh Đức Khang ghi nhận những kết quả Sở đã đạt được, đồng thời đề nghị năm 2018 Sở tập trung tham mưu tổ chức tốt Lễ hội Vì hòa bình, tăng cường hợp tác với các địa phương của Lào, Thái Lan, Myanmar trên Hành lang kinh tế Đông - Tây và chủ động vận động nguồn viện trợ cho các xã đặc biệt khó khăn.",
            "Dịp này, Sở Ngoại vụ đã trao Giấy khen của Giám đốc Sở cho 4 tập thể và 12 cá nhân có thành tích xuất sắc trong năm 2017.",
        ],
        source="Văn phòng.",
    ),
    dict(
        slug="ky-bien-ban-ghi-nho-hop-tac-giao-duc-voi-so-giao-duc-the-thao-salavan",
        year=2018, cat="hop-tac-quoc-te",
        title="Ký Biên bản ghi nhớ hợp tác đào tạo giữa Quảng Trị và Sở Giáo dục - Thể thao tỉnh Salavan",
        posted="2018-07-30 08:45", fmt="capnhat", meta=[], enc="windows-1258",
        paras=[
            "Chiều ngày 26/7/2018, tại thành phố Salavan (Lào), Sở Giáo dục và Đào tạo tỉnh Quảng Trị và Sở Giáo dục - Thể thao tỉnh Salavan đã ký Biên bản ghi nhớ về hợp tác đào tạo nguồn nhân lực giai đoạn 2018-2022, dưới sự chứng kiến của lãnh đạo Sở Ngoại vụ tỉnh Quảng Trị và Sở Ngoại giao tỉnh Salavan.",
            "Theo Biên bản ghi nhớ, mỗi năm tỉnh Quảng Trị tiếp nhận 30 lưu học sinh của tỉnh Salavan sang học đại học, cao đẳng và học tiếng Việt tại Phân hiệu Đại học Huế tại Quảng Trị và Trường Cao đẳng Sư phạm Quảng Trị; hai bên phối hợp bồi dưỡng tiếng Lào cho cán bộ, chiến sĩ công tác tại các huyện biên giới.",
            "Phát biểu tại lễ ký, ông Xổm Phon Keo Vi Lay, Phó Chủ tịch tỉnh Salavan đánh giá cao sự giúp đỡ chí tình của tỉnh Quảng Trị trong lĩnh vực giáo dục, coi đây là nền tảng lâu dài cho quan hệ hữu nghị giữa hai tỉnh. Ông Phan Quốc Dũng, Phó Giám đốc Sở Ngoại vụ Quảng Trị cho biết Sở sẽ phối hợp chặt chẽ với ngành giáo dục trong việc quản lý lưu học sinh Lào và hỗ trợ thủ tục cấp thị thực, gia hạn tạm trú.",
        ],
        source="Nguồn: Phòng Hợp tác quốc tế",
    ),
    dict(
        slug="hoi-nghi-tong-ket-cong-tac-doi-ngoai-nam-2018-quang-tri",
        year=2019, cat="hoat-dong-so",
        title="Hội nghị tổng kết công tác đối ngoại năm 2018 và kế hoạch năm 2019 của tỉnh Quảng Trị",
        posted="2019-01-25 10:20", fmt="capnhat", meta=[], enc="utf-8",
        paras=[
            "Chiều ngày 17/01, UBND tỉnh tổ chức Hội nghị tổng kết công tác đối ngoại năm 2018, triển khai kế hoạch năm 2019. Đồng chí Lê Quang Thịnh, Phó Chủ tịch Thường trực UBND tỉnh chủ trì hội nghị; tham dự có lãnh đạo các sở, ban, ngành, UBND các huyện, thị xã, thành phố.",
            "Báo cáo tại hội nghị, ông Phan Quốc Dũng, Giám đốc Sở Ngoại vụ cho biết năm 2018 tỉnh đã ký kết 9 thỏa thuận quốc tế, đón 455 đoàn khách nước ngoài và tiếp nhận 31 khoản viện trợ phi chính phủ với tổng giá trị giải ngân trên 38 tỷ đồng. Quan hệ với các tỉnh Savannakhet, Salavan tiếp tục được củng cố; hợp tác với các địa phương của Nhật Bản, Hàn Quốc có bước phát triển mới.",
            "Phó Chủ tịch Thường trực UBND tỉnh - Lê Quang Thịnh yêu cầu các đơn vị thực hiện nghiêm Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh; chuẩn bị chu đáo các hoạt động kỷ niệm 45 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản tại địa phương và đẩy mạnh xúc tiến đầu tư vào Khu kinh tế Đông Nam Quảng Trị.",
        ],
        source="Văn phòng.",
    ),
    dict(
        slug="doan-cong-tac-lam-viec-tai-tinh-champasak-thang-10-2019",
        year=2019, cat="hop-tac-quoc-te",
        title="Đoàn công tác Sở Ngoại vụ làm việc với Sở Ngoại giao tỉnh Champasak về hợp tác du lịch",
        posted="2019-10-18 11:00", fmt="capnhat", meta=["og"], enc="nfd",
        paras=[
            "Từ ngày 12 đến 14/10, đoàn công tác Sở Ngoại vụ tỉnh Quảng Trị do ông Phan Quốc Dũng, Giám đốc Sở làm trưởng đoàn đã có chuyến thăm và làm việc tại tỉnh Champasak (Lào).",
            "Tại buổi làm việc với Sở Ngoại giao tỉnh Champasak, hai bên đã trao đổi về tiềm năng kết nối tour du lịch “Con đường di sản” từ Quảng Trị, Thừa Thiên Huế qua cửa khẩu quốc tế Lao Bảo - Đensavan đến khu di sản thế giới Vat Phou. Bà Vi La Vông Khăm Phăn, Giám đốc Sở Ngoại giao tỉnh Champasak đề nghị phía Quảng Trị chia sẻ kinh nghiệm tổ chức các sự kiện văn hóa quy mô lớn và quảng bá điểm đến.",
            "Kết thúc chuyến công tác, hai bên thống nhất giao các cơ quan du lịch của hai tỉnh xây dựng dự thảo Thỏa thuận hợp tác, trình lãnh đạo hai tỉnh ký kết trong năm 2020.",
        ],
        source="Phòng Hợp tác quốc tế",
    ),
    dict(
        slug="thoa-thuan-chia-se-thong-tin-doi-ngoai-quang-tri-quang-binh",
        year=2020, cat="hop-tac-quoc-te",
        title="Ký kết Thoả thuận chia sẻ thông tin đối ngoại giữa Sở Ngoại vụ Quảng Trị và Sở Ngoại vụ Quảng Bình",
        posted="2020-06-18 10:12", fmt="thu", meta=[], enc="utf-8",
        caption="Lãnh đạo hai Sở ký Thoả thuận hợp tác",
        paras=[
            "Sáng ngày 11/6/2020, tại thành phố Đồng Hới, Sở Ngoại vụ tỉnh Quảng Trị và Sở Ngoại vụ tỉnh Quảng Bình đã ký kết Thoả thuận hợp tác về chia sẻ thông tin đối ngoại và phối hợp quản lý các đoàn khách quốc tế đi lại giữa hai tỉnh.",
            "Tham dự lễ ký có ông Phan Quốc Dũng, Giám đốc Sở Ngoại vụ tỉnh Quảng Trị; bà Đinh Thị Thuý Nga, Giám đốc Sở Ngoại vụ tỉnh Quảng Bình cùng lãnh đạo các phòng, đơn vị trực thuộc hai Sở.",
            "Theo Thỏa thuận, hai bên sẽ định kỳ trao đổi thông tin về tình hình người nước ngoài, dự án viện trợ phi chính phủ, các vụ việc lãnh sự liên quan đến công dân hai tỉnh tại Lào và Thái Lan; phối hợp đón tiếp các đoàn khách đi theo Hành lang kinh tế Đông - Tây và đường Hồ Chí Minh. Thời hạn thực hiện Thoả thuận là 5 năm, giai đoạn 2020-2025.",
            "Bà Đinh Thị Thúy Nga cho rằng, việc ký kết thể hiện tinh thần hợp tác vùng, giúp hai địa phương có nhiều nét tương đồng về điều kiện tự nhiên, kinh tế và biên giới với Lào cùng chia sẻ kinh nghiệm, nâng cao hiệu quả công tác ngoại vụ.",
        ],
        source="Nguồn: Văn phòng Sở",
    ),
    dict(
        slug="trao-vat-tu-y-te-phong-chong-covid-19-ho-tro-tinh-savannakhet",
        year=2020, cat="hop-tac-quoc-te",
        title="Trao vật tư y tế phòng, chống dịch Covid-19 hỗ trợ tỉnh Savannakhet tại cửa khẩu Lao Bảo",
        posted="2020-12-09 15:40", fmt="thu", meta=[], enc="utf-8",
        paras=[
            "Chiều ngày 7/12/2020, tại cửa khẩu quốc tế Lao Bảo, Sở Ngoại vụ phối hợp với Sở Y tế tỉnh Quảng Trị tổ chức trao tặng tỉnh Savannakhet lô vật tư y tế gồm 50.000 khẩu trang y tế, 2.000 bộ trang phục phòng dịch, 500 lít dung dịch sát khuẩn và 10 máy đo thân nhiệt, tổng trị giá gần 900 triệu đồng.",
            "Tham dự buổi trao tặng, về phía tỉnh Quảng Trị có bà Lê Thị Minh Hằng, Phó Giám đốc Sở Ngoại vụ; ông Võ Đình Tuấn, Phó Giám đốc Sở Y tế. Về phía tỉnh Savannakhet có ông Khăm Xỉ Xụ Li Nhạ, Phó Giám đốc Sở Ngoại giao và đại diện Sở Y tế tỉnh Savannakhet.",
            "Đại diện tỉnh Savannakhet cảm ơn sự hỗ trợ kịp thời của tỉnh Quảng Trị trong lúc dịch bệnh diễn biến phức tạp, khẳng định đây là minh chứng sinh động cho tình đoàn kết, gắn bó keo sơn giữa nhân dân hai tỉnh.",
        ],
        source="Phòng Lãnh sự",
    ),
    dict(
        slug="trien-khai-nhiem-vu-doi-ngoai-nam-2021-sau-dai-hoi-dang-bo-tinh",
        year=2021, cat="hoat-dong-so",
        title="Triển khai nhiệm vụ đối ngoại năm 2021 sau Đại hội Đảng bộ tỉnh lần thứ XVII",
        posted="2021-03-05 08:30", fmt="thu", meta=[], enc="utf-8",
        paras=[
            "Ngày 3/3/2021, Sở Ngoại vụ tổ chức hội nghị triển khai nhiệm vụ công tác đối ngoại năm 2021, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025 về lĩnh vực đối ngoại.",
            "Năm 2021, Sở đặt mục tiêu tham mưu triển khai hiệu quả Chương trình hành động thực hiện công tác đối ngoại giai đoạn 2021-2025; duy trì các kênh trao đổi trực tuyến với các tỉnh Savannakhet, Salavan trong bối cảnh biên giới tạm đóng do dịch Covid-19; đẩy mạnh ngoại giao kinh tế, hỗ trợ doanh nghiệp tìm kiếm thị trường.",
            "Giám đốc Sở Ngoại vụ - Phan Quốc Dũng đề nghị cán bộ, công chức nâng cao tinh thần trách nhiệm, chủ động nắm bắt tình hình, kịp thời tham mưu cho Tỉnh ủy, UBND tỉnh các giải pháp bảo hộ công dân Quảng Trị đang lao động, học tập ở nước ngoài.",
        ],
        source="Văn phòng.",
    ),
    dict(
        slug="hoi-dam-truc-tuyen-voi-tinh-salavan-ve-quan-ly-lao-dong-qua-bien-gioi",
        year=2021, cat="hop-tac-quoc-te",
        title="Hội đàm trực tuyến với tỉnh Salavan về quản lý lao động và người di cư qua biên giới",
        posted="2021-09-28 16:05", fmt="thu", meta=[], enc="utf-8",
        paras=[
            "Sáng 27/9/2021, Sở Ngoại vụ tỉnh Quảng Trị và Sở Ngoại giao tỉnh Salavan tổ chức hội đàm trực tuyến về phối hợp quản lý lao động, người di cư tự do và kết hôn không giá thú trong khu vực biên giới hai tỉnh.",
            "Chủ trì hội đàm, phía Quảng Trị có bà Lê Thị Minh Hằng, Phó Giám đốc Sở Ngoại vụ; phía Salavan có ông Bua Khăm Thong Phết, Giám đốc Sở Ngoại giao tỉnh Salavan. Tham dự còn có đại diện Bộ đội Biên phòng, Công an, Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị.",
            "Hai bên thống nhất lập danh sách các trường hợp di cư tự do tại các bản giáp biên thuộc huyện Ta Ôi, huyện Sa Muội; phối hợp hướng dẫn thủ tục đăng ký kết hôn, cấp giấy tờ tùy thân cho người dân theo quy định của mỗi nước, hoàn thành trong năm 2022.",
        ],
        source="Phòng Biên giới",
    ),
    dict(
        slug="ky-ket-bien-ban-ghi-nho-hop-tac-quang-tri-savannakhet-giai-doan-2022-2026",
        year=2022, cat="hop-tac-quoc-te",
        title="Lễ ký kết Biên bản ghi nhớ hợp tác toàn diện Quảng Trị - Savannakhet giai đoạn 2022-2026",
        posted="2022-04-25 09:15", fmt="thu", meta=["jsonld"], enc="utf-8",
        caption="Lãnh đạo hai tỉnh trao Biên bản ghi nhớ",
        paras=[
            "Sáng ngày 22/4/2022, tại thành phố Đông Hà, Ủy ban nhân dân tỉnh Quảng Trị và chính quyền tỉnh Savannakhet đã tổ chức lễ ký kết Biên bản ghi nhớ về hợp tác toàn diện giai đoạn 2022-2026.",
            "Tham dự lễ ký, về phía tỉnh Quảng Trị có đồng chí Lâm Minh Quân, Chủ tịch UBND tỉnh; đồng chí Lê Thị Minh Hằng, Giám đốc Sở Ngoại vụ. Về phía tỉnh Savannakhet có đồng chí Xaysana Phommavong, Phó Tỉnh trưởng tỉnh Savannakhet cùng lãnh đạo các sở, ngành của tỉnh bạn.",
            "Biên bản ghi nhớ gồm 9 lĩnh vực hợp tác: quốc phòng - an ninh và quản lý biên giới; thương mại, đầu tư, giao thông vận tải; nông nghiệp; y tế; giáo dục - đào tạo; văn hóa, thể thao, du lịch; tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào; trao đổi thông tin và công tác đối ngoại.",
            "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh Lâm Minh Quân nhấn mạnh: Biên bản ghi nhớ là cơ sở quan trọng để hai tỉnh cụ thể hóa quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện Việt Nam - Lào trong tình hình mới, nhất là trong việc khôi phục giao thương sau đại dịch.",
        ],
        source="Nguồn: Sở Ngoại vụ",
    ),
    dict(
        slug="tap-huan-nghiep-vu-lanh-su-bao-ho-cong-dan-nam-2022",
        year=2022, cat="hoat-dong-so",
        title="Tập huấn nghiệp vụ lãnh sự và bảo hộ công dân cho cán bộ cấp xã vùng biên năm 2022",
        posted="2022-11-17 14:20", fmt="thu", meta=[], enc="utf-8",
        paras=[
            "Từ ngày 15-16/11/2022, tại thị trấn Khe Sanh, huyện Hướng Hóa, Sở Ngoại vụ tổ chức lớp tập huấn nghiệp vụ lãnh sự và bảo hộ công dân cho 70 cán bộ tư pháp, công an và cán bộ văn hóa - xã hội các xã biên giới thuộc huyện Hướng Hóa và huyện Đakrông.",
            "Báo cáo viên Cục Lãnh sự, Bộ Ngoại giao và Phòng Lãnh sự của Sở đã giới thiệu các quy định về xuất cảnh, nhập cảnh, hợp pháp hóa lãnh sự giấy tờ; quy trình tiếp nhận, xử lý thông tin khi công dân gặp nạn ở nước ngoài; kinh nghiệm giải quyết các vụ việc lao động Việt Nam làm việc không phép tại Lào.",
            "Bế mạc lớp học, ông Nguyễn Hữu Lộc, Phó Giám đốc Sở Ngoại vụ đề nghị các địa phương kịp thời báo cáo các vụ việc có yếu tố nước ngoài, tuyên truyền để người dân nắm rõ quy định khi sang Lào thăm thân, buôn bán.",
        ],
        source="Phòng Lãnh sự",
    ),
    dict(
        slug="cum-thi-dua-cac-tinh-bac-trung-bo-ky-giao-uoc-thi-dua-nam-2023",
        year=2023, cat="thi-dua-khen-thuong",
        title="Cụm thi đua Sở Ngoại vụ các tỉnh Bắc Trung Bộ ký kết giao ước thi đua năm 2023",
        posted="2023-02-22 10:30", fmt="dmyhm", meta=[], enc="utf-8",
        paras=[
            "Ngày 21/02/2023, tại thành phố Huế, Cụm thi đua Sở Ngoại vụ các tỉnh Bắc Trung Bộ - Bộ Ngoại giao tổ chức hội nghị tổng kết phong trào thi đua năm 2022 và ký kết giao ước thi đua năm 2023.",
            "Dự hội nghị có ông Đỗ Văn Tâm, Phó Vụ trưởng Vụ Thi đua - Khen thưởng, Bộ Ngoại giao; lãnh đạo Sở Ngoại vụ các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị và Thừa Thiên Huế. Đoàn Sở Ngoại vụ tỉnh Quảng Trị do bà Lê Thị Minh Hằng, Giám đốc Sở dẫn đầu.",
            "Năm 2022, các Sở trong Cụm đã tham mưu tổ chức nhiều hoạt động kỷ niệm Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam 2022; phối hợp chặt chẽ trong công tác bảo hộ công dân và đón tiếp các đoàn khách khi các cửa khẩu mở lại sau đại dịch.",
            "Hội nghị đã bầu Sở Ngoại vụ tỉnh Thừa Thiên Huế làm Cụm trưởng, Sở Ngoại vụ tỉnh Quảng Trị làm Cụm phó năm 2023. Các thành viên ký kết giao ước thi đua với khẩu hiệu “Đoàn kết, chủ động, sáng tạo, hiệu quả”.",
        ],
        source="Văn phòng Sở",
    ),
    dict(
        slug="tiep-tong-lanh-su-lao-tai-da-nang-chao-xa-giao-2023",
        year=2023, cat="hop-tac-quoc-te",
        title="Lãnh đạo UBND tỉnh tiếp Tổng Lãnh sự Lào tại Đà Nẵng đến chào xã giao",
        posted="2023-08-15 16:45", fmt="dmyhm", meta=["og"], enc="utf-8",
        paras=[
            "Chiều 14/8/2023, tại trụ sở UBND tỉnh, đồng chí Hồ Sỹ Thắng, Phó Chủ tịch UBND tỉnh đã tiếp ngài Phon Xay Vông Sa, Tổng Lãnh sự nước CHDCND Lào tại Đà Nẵng đến chào xã giao nhân dịp nhận nhiệm vụ mới. Cùng dự có lãnh đạo Sở Ngoại vụ, Ban Quản lý Khu kinh tế tỉnh.",
            "Phó Chủ tịch UBND tỉnh thông tin với Tổng Lãnh sự về tình hình kinh tế - xã hội của tỉnh, tiến độ các dự án hạ tầng kết nối như đường cao tốc Cam Lộ - Lao Bảo, Khu kinh tế - thương mại đặc biệt Lao Bảo; đề nghị Tổng Lãnh sự quán hỗ trợ kết nối doanh nghiệp hai nước và tạo điều kiện cho lưu học sinh Lào học tập tại Quảng Trị.",
            "Ngài Phon Xay Vông Sa cảm ơn tỉnh Quảng Trị đã dành cho các tỉnh Trung và Nam Lào nhiều sự giúp đỡ quý báu, cam kết trong nhiệm kỳ sẽ làm cầu nối để thúc đẩy hợp tác giữa Quảng Trị với Savannakhet, Salavan và Champasak.",
        ],
        source="Phòng Lễ tân",
    ),
    dict(
        slug="hoi-nghi-tong-ket-cong-tac-doi-ngoai-nam-2023-so-ngoai-vu-quang-tri",
        year=2024, cat="hoat-dong-so",
        title="Hội nghị tổng kết công tác đối ngoại năm 2023: hơn 500 đoàn khách quốc tế đến Quảng Trị",
        posted="2024-01-12 08:20", fmt="dmyhm", meta=[], enc="utf-8",
        caption="Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại Hội nghị",
        paras=[
            "Sáng ngày 10/01, Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác đối ngoại năm 2023 và triển khai nhiệm vụ năm 2024. Dự và chỉ đạo hội nghị có đồng chí Hồ Sỹ Thắng, Phó Chủ tịch UBND tỉnh.",
            "Năm 2023, tỉnh đã đón 517 đoàn khách quốc tế với 4.280 lượt người đến thăm, làm việc; ký kết 14 văn bản thoả thuận quốc tế; tiếp nhận 42 khoản viện trợ phi chính phủ nước ngoài với tổng giá trị giải ngân hơn 62 tỷ đồng. Đặc biệt, Lễ hội Vì hòa bình năm 2023 thu hút đông đảo bạn bè quốc tế, để lại ấn tượng tốt đẹp về vùng đất và con người Quảng Trị.",
            "Phó Chủ tịch UBND tỉnh - Hồ Sỹ Thắng đề nghị Sở Ngoại vụ tiếp tục tham mưu triển khai các Biên bản ghi nhớ với các tỉnh Savannakhet, Salavan giai đoạn 2023-2025; chuẩn bị tốt các công trình hỗ trợ bạn Lào và tăng cường ngoại giao kinh tế gắn với thu hút đầu tư vào tỉnh.",
        ],
        source="Văn phòng.",
    ),
    dict(
        slug="hoi-nghi-hop-tac-cac-tinh-bien-gioi-viet-lao-khu-vuc-mien-trung-2024",
        year=2024, cat="hop-tac-quoc-te",
        title="Hội nghị hợp tác các tỉnh biên giới Việt Nam - Lào khu vực miền Trung lần thứ V",
        posted="2024-06-24 09:05", fmt="dmyhm", meta=[], enc="utf-8",
        paras=[
            "Từ ngày 19-21/6/2024, tại thành phố Đông Hà, tỉnh Quảng Trị đăng cai Hội nghị hợp tác các tỉnh biên giới Việt Nam - Lào khu vực miền Trung lần thứ V với sự tham gia của đại diện lãnh đạo các tỉnh Quảng Bình, Quảng Trị, Thừa Thiên Huế, Quảng Nam, Kon Tum của Việt Nam và các tỉnh Khammouane, Savannakhet, Salavan, Sekong, Attapeu của Lào.",
            "Hội nghị đã đánh giá kết quả hợp tác giai đoạn 2021-2023, trong đó kim ngạch thương mại qua các cửa khẩu khu vực miền Trung đạt hơn 1,2 tỷ USD; các tỉnh đã phối hợp quy tập 96 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào.",
            "Phát biểu bế mạc, đồng chí Lâm Minh Quân, Chủ tịch UBND tỉnh Quảng Trị kêu gọi các tỉnh tiếp tục hoàn thiện hạ tầng cửa khẩu, đơn giản hóa thủ tục xuất nhập cảnh và cùng xây dựng chuỗi du lịch “Một hành trình - nhiều điểm đến”. Các trưởng đoàn đã ký Biên bản Hội nghị và thống nhất giao tỉnh Kon Tum đăng cai hội nghị lần thứ VI.",
        ],
        source="Nguồn: Sở Ngoại vụ",
    ),
    dict(
        slug="ban-giao-truong-tieu-hoc-tai-huyen-xepon-tinh-savannakhet",
        year=2024, cat="hop-tac-quoc-te",
        title="Bàn giao Trường Tiểu học bản Đen Vi Lay do tỉnh Quảng Trị hỗ trợ xây dựng tại huyện Xê Pôn",
        posted="2024-10-28 15:05", fmt="dmyhm", meta=["og"], enc="utf-8",
        caption="Cắt băng khánh thành công trình",
        paras=[
            "Sáng ngày 25/10/2024, tại huyện Xê Pôn, tỉnh Savannakhet (Lào), tỉnh Quảng Trị tổ chức lễ bàn giao công trình Trường Tiểu học bản Đen Vi Lay do tỉnh hỗ trợ xây dựng trong khuôn khổ hợp tác giai đoạn 2023-2025.",
            "Công trình gồm 8 phòng học, nhà hiệu bộ, nhà vệ sinh và sân chơi với tổng kinh phí 6,5 tỷ đồng, được khởi công từ tháng 3/2024. Trường có thể đón khoảng 240 học sinh của bản Đen Vi Lay và các bản lân cận.",
            "Dự lễ bàn giao có ông Nguyễn Hữu Lộc, Giám đốc Sở Ngoại vụ tỉnh Quảng Trị; ông Bun Mi Phôm Ma Chăn, Giám đốc Sở Ngoại giao tỉnh Savannakhet cùng chính quyền huyện Xê Pôn và đông đảo phụ huynh, học sinh. Ông Bun Mi Phôm Ma Chăn xúc động cho biết ngôi trường mới là món quà ý nghĩa của nhân dân Quảng Trị dành cho con em các dân tộc ở vùng biên giới.",
        ],
        source="Đoàn công tác",
    ),
    dict(
        slug="tong-ket-cong-tac-doi-ngoai-nam-2024-trien-khai-nhiem-vu-2025",
        year=2025, cat="hoat-dong-so",
        title="Tổng kết công tác đối ngoại năm 2024, triển khai nhiệm vụ năm 2025 - năm cuối nhiệm kỳ",
        posted="2025-01-09 17:30", fmt="dmyhm", meta=["og", "jsonld"], enc="utf-8",
        paras=[
            "Chiều ngày 8/01, Sở Ngoại vụ tỉnh Quảng Trị tổ chức Hội nghị tổng kết công tác đối ngoại năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Hồ Sỹ Thắng, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.",
            "Năm 2024, Sở đã tham mưu UBND tỉnh ký kết 16 văn bản thỏa thuận quốc tế, trong đó có Biên bản ghi nhớ hợp tác với tỉnh Khammouane (Lào) và tỉnh Gangwon (Hàn Quốc); tổ chức thành công Hội nghị hợp tác các tỉnh biên giới Việt Nam - Lào khu vực miền Trung lần thứ V; hoàn thành bàn giao 2 công trình hỗ trợ các tỉnh Savannakhet, Salavan.",
            "Năm 2025 là năm cuối thực hiện Chương trình hành động về công tác đối ngoại giai đoạn 2021-2025. Giám đốc Sở - Nguyễn Hữu Lộc cho biết, Sở sẽ tập trung tổng kết việc thực hiện các Biên bản ghi nhớ với các tỉnh của Lào, xây dựng kế hoạch hợp tác giai đoạn 2026-2030 và chuẩn bị tốt các hoạt động đối ngoại phục vụ Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030.",
        ],
        source="Văn phòng.",
    ),
    dict(
        slug="tiep-doan-hoi-huu-nghi-campuchia-viet-nam-tinh-kampong-cham",
        year=2025, cat="hop-tac-quoc-te",
        title="Tiếp đoàn Hội Hữu nghị Campuchia - Việt Nam tỉnh Kampong Cham thăm Quảng Trị",
        posted="2025-03-20 10:40", fmt="dmyhm", meta=[], enc="utf-8",
        paras=[
            "Sáng 19/3/2025, tại Đông Hà, ông Nguyễn Hữu Lộc, Giám đốc Sở Ngoại vụ kiêm Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh đã tiếp đoàn Hội Hữu nghị Campuchia - Việt Nam tỉnh Kampong Cham do bà Sok Chanthy, Phó Chủ tịch Hội làm trưởng đoàn.",
            "Trong thời gian ở Quảng Trị từ ngày 18 đến 21/3, đoàn đã dâng hương tại Nghĩa trang liệt sĩ Quốc gia Trường Sơn, thăm Thành cổ Quảng Trị, Địa đạo Vịnh Mốc và giao lưu với Hội Hữu nghị Việt Nam - Campuchia tỉnh.",
            "Hai bên thống nhất xây dựng chương trình giao lưu thanh niên và trao đổi đoàn nghệ thuật trong năm 2025, góp phần vun đắp tình láng giềng hữu nghị truyền thống giữa nhân dân Việt Nam và Campuchia, đồng thời mở rộng quan hệ đối ngoại nhân dân của tỉnh ngoài khuôn khổ các tỉnh của Lào.",
        ],
        source="Liên hiệp các tổ chức hữu nghị tỉnh",
    ),
]

# The admin area is linked from the menu but Disallow'd in robots.txt; its draft must never be
# fetched by a polite crawler.
ADMIN_DRAFT = dict(
    title="Bản nháp: Kế hoạch đón đoàn Sở Ngoại giao tỉnh Khammouane tháng 5/2025",
    paras=[
        "Bản nháp nội bộ, chưa duyệt đăng. Dự kiến đón đoàn Sở Ngoại giao tỉnh Khammouane từ ngày 14 đến 16/5/2025; Phòng Lễ tân chuẩn bị chương trình làm việc, Văn phòng bố trí xe và phiên dịch tiếng Lào.",
    ],
)
