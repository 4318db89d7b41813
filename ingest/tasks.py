"""The tasks of "Tổ chức thực hiện": who is to do what, with whom, by when, and to whom they report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.bodies import BODY_HEAD, TYPE_ALT
from ingest.citations import DATE, SECTORS, parse_issuer
from ingest.normalize import LOWER, UPPER, normalize
from ingest.task_table import Row, Span, table_blocks, table_rows
from ingest.text import NOTE_MARK, Block, Text

_ITEM = re.compile(r"^(?P<num>\d{1,2})\s*[.)]\s+(?P<head>\S.*)$")
_SUB_ITEM = re.compile(r"^(?P<num>\d{1,2}\.\d{1,2})\.?\s+(?P<head>\S.*)$")
# An item lettered in the Vietnamese alphabet ("a)", "đ)", "g)"), the level below Arabic section headings.
_LETTER_ITEM = re.compile(r"^(?P<num>[a-eg-iklmnopqrstuvxyđ])\)\s+(?P<head>\S.*)$")
_BULLET = re.compile(r"^[-–+•]\s*")
# The marks of the levels below the first in a Word bullet list ("o" under "•", then "▪" or a lost
# Wingdings "§"), as an old .doc export leaves them: a sub-point of the duty above, part of it.
_SUB_POINT = re.compile(r"^[o▪§]\s")
_PREFIX = re.compile(r"^(?:(?i:đề nghị|đối với|giao|yêu cầu))\s+")
_DUTY_VERBS = (
    r"chỉ đạo|tham mưu|căn cứ|phát hiện|triển khai|xây dựng|hướng dẫn|theo dõi|thực hiện|"
    r"(?<![Cc]ác )(?<![Nn]hững )tổ chức|"
    r"kiểm tra|tuyên truyền|định hướng|biểu dương|cung cấp|thường xuyên|báo cáo|đôn đốc|vận động|nắm bắt|"
    r"rà soát|xử lý|giám sát|tổng hợp|đề xuất|nghiên cứu|lựa chọn|khen thưởng|chuẩn bị|tập trung|đẩy mạnh|"
    r"tăng cường|chủ trì|phối hợp|chủ động|có trách nhiệm|bám sát|quán triệt|cụ thể hóa|cụ thể hoá|phổ biến|"
    r"biên soạn|hoàn thành|soạn thảo|thẩm định|góp ý|đánh giá|tham gia|hỗ trợ|bố trí|quản lý|cập nhật|"
    r"thống kê|phát hành|in ấn|lồng ghép|sơ kết|tổng kết|(?<![Bb]ầu )cử|bảo đảm|đảm bảo|đẩy nhanh|"
    r"(?<!thành )(?<!độc )(?<!tự )(?<!thiết )(?<!xác )lập|quan tâm|"
    # a party group leads the body it sits in ("Đảng đoàn … lãnh đạo Hội đồng nhân dân tỉnh ban hành …");
    # a control committee puts a subject into its programme ("Ủy ban Kiểm tra … đưa nội dung … vào …")
    r"(?<![Bb]an )(?<![Cc]án bộ )(?<!đồng chí )lãnh đạo|đưa"
)
_VERB_AHEAD = re.compile(rf"(?:,\s*|\s+)(?=(?:{_DUTY_VERBS})(?!\w))")
# The same verbs capitalised ("Tuyên truyền"): one that follows a name's place word starts the duty, as
# when a hard-wrapped item joins its name and the line below ("Ủy ban nhân dân huyện Tuyên truyền, …").
_CAP_DUTY_VERBS = "|".join(v[0].upper() + v[1:] for v in re.sub(r"\(\?<![^)]*\)", "", _DUTY_VERBS).split("|"))
_CAP_VERB_AHEAD = re.compile(rf"\s+(?=(?:{_CAP_DUTY_VERBS})(?!\w))")
# The job titles of a commune's civil servants (công chức cấp xã), a closed list in the law, with the
# words of the older and newer forms of the land officer's title; and the commune's military and police
# chiefs. "Công chức Địa chính - Xây dựng", "cán bộ Tư pháp - hộ tịch xã", "Chỉ huy trưởng Quân sự xã".
_UPPER = "".join(chr(i) for i in range(0x41, 0x1F00) if chr(i).isupper())
_LAND_WORD = r"xây dựng|nông nghiệp|đô thị|môi trường"
_JOB = (
    rf"văn phòng(?:\s*-\s*thống kê)?|địa chính(?:\s*-\s*(?:{_LAND_WORD})(?:\s*,?\s+và\s+(?:{_LAND_WORD}))?)*|"
    r"tài chính(?:\s*-\s*kế toán)?|tư pháp(?:\s*-\s*hộ tịch)?|văn h[oó][aá](?:\s*-\s*xã hội)?"
)
_OFFICER = re.compile(
    rf"(?:(?i:công chức|cán bộ)\s+(?i:{_JOB})|(?:(?i:phó)\s+)?(?i:chỉ huy trưởng)(?:\s+(?i:ban chỉ huy))?"
    r"\s+(?i:quân sự)|(?:(?i:phó)\s+)?(?i:trưởng)\s+(?i:công an))"
    rf"(?:\s+(?:xã|phường|thị trấn|cấp xã)(?:\s+[{_UPPER}]\w*)*)?(?!\w)"
)
# More verbs that may follow the partners' names (they are not used to find an assignee's duty); among them
# the checks made on records, which may follow a name ending in a capitalised field ("Phòng Thanh tra -
# Kiểm tra | đối chiếu …"), and the notice they give to the bodies the plan works on ("… phụ trách đơn vị |
# thông báo …"), and the control they keep ("… Đồn Biên phòng Khánh Hòa | kiểm soát chặt …"; "Ban kiểm
# soát" is `_NAMED_BY_VERB`). "giúp" in "trợ giúp" (aid) is part of a name ("Trung tâm Trợ giúp pháp lý
# nhà nước"). A school's offices settle the accounts of its teaching and enrol its students with it ("…
# Phòng Đào tạo | quyết toán …", "| chiêu sinh …"), verbs after a name of capitalised fields. Partners
# meet the people ("… và người có uy tín | họp dân …"), pilot a model ("… | thí điểm mô hình …") and tie
# the plan to their own work ("… Cục Chính trị | gắn nội dung … với …"); they visit and give gifts to
# the people the plan honours ("… Đồn Biên phòng đóng quân trên địa bàn | thăm hỏi, tặng quà …"); a
# newsroom's desks produce what they air ("… Phòng Biên tập | sản xuất phim …"), but for the producers
# named by it ("cơ sở sản xuất", "hộ sản xuất"). Partners clean the data of a register ("… | làm sạch dữ
# liệu …"). They hand targets down ("… Công đoàn Công ty | phân giao chỉ tiêu …"), cover an area with a
# network ("… doanh nghiệp viễn thông | phủ sóng …"), visit ("… Ban Tôn giáo | thăm, chúc mừng …"; not
# "thăm dò", to survey) and draw lessons ("… Ban Tổ chức | rút kinh nghiệm …").
_PARTNER_VERBS = (
    r"tạo điều kiện|xác định|mở|phát động|giới thiệu|bảo đảm|đảm bảo|giải quyết|phân công|ban hành|xem xét|"
    r"tiếp nhận|điều chỉnh|tiến hành|phát huy|duy trì|nâng cao|củng cố|kiện toàn|huy động|lấy ý kiến|"
    r"(?<![Tt]rợ )giúp|hoàn thiện|cải tạo|nâng cấp|sửa chữa|mua sắm|thu thập|đăng tải|công bố|công khai|"
    r"tuyên dương|thống nhất|trao đổi|chia sẻ|khai thác|vận hành|nắm|khảo sát|ưu tiên|thông báo|"
    r"đối chiếu|phân loại|so sánh|thẩm tra|xác minh|kiểm soát|thanh quyết toán|quyết toán|chiêu sinh|"
    r"họp|thí điểm|gắn|thăm hỏi|tặng quà|làm sạch|(?<!cơ sở )(?<!doanh nghiệp )(?<!hộ )sản xuất|"
    r"phân giao|phủ sóng|thăm(?!\s+dò)|rút kinh nghiệm"
)
# A kind of body whose name goes on with a verb ("các ban xây dựng Đảng", "tổ giúp việc"), and "tổ chức" as
# a noun ("tổ chức thành viên"): that verb does not start a duty. But for the issuing Ban named by its kind
# after a part of it ("Văn phòng Ban", "lãnh đạo Ban"): its name ends there. "Giáo dục thường xuyên"
# (continuing education) names a field in a unit's name, not the adverb that starts a duty; so does
# "xây dựng" after "dự án (đầu tư)": the kind of project ("Ban Quản lý dự án đầu tư xây dựng huyện"). A
# police unit is named by its work too ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội"), and so is
# the team a plan sends to check ("Đoàn giám sát", "Đoàn kiểm tra"). A group that assists a body is named
# with it ("Tổ Thường trực giúp việc Ban Chỉ đạo", "cơ quan tham mưu, giúp việc Tỉnh ủy"), and the agencies
# that advise a committee are named by that work ("các cơ quan tham mưu, giúp việc của Tỉnh ủy"), and so
# are the providers of a service ("các tổ chức cung cấp dịch vụ hóa đơn điện tử", "doanh nghiệp cung cấp
# dịch vụ viễn thông"), and the firms by what they exploit ("các công ty khai thác công trình thủy lợi",
# "doanh nghiệp khai thác khoáng sản"); "tổng hợp" after "dịch vụ" says the services are general ("Trung
# tâm … và Dịch vụ tổng hợp"), not the verb to compile, and so after "kế hoạch" (a hospital's "Phòng Kế hoạch
# tổng hợp"). The fields a department or team is named by may hold a verb too: the order of building
# ("Đội Quản lý trật tự xây dựng đô thị"), building the government ("Phòng Xây dựng chính quyền và …").
# But the Youth Union named by its centre or level does the checking ("Trung ương Đoàn | kiểm tra …",
# "Huyện Đoàn | giám sát …"): no team sent to check. The council every level sets up to spread the law is
# named by that work ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"), a company by its trade ("các
# công ty đầu tư xây dựng …"), and a working team written with a capital by its job ("Tổ công tác xử lý tài
# sản …"; "các tổ công tác | tham mưu …" are the teams at large, who do the work). A research centre or
# institute lists its fields after "Nghiên cứu," in lower case up to its proper name ("Viện Nghiên cứu, sản
# xuất giống … Phú Hộ"): no verb there, but a duty verb ("Viện Nghiên cứu, tổ chức …" is the duty).
_RESEARCH_FIELDS = (
    rf"(?:(?<=Trung tâm )|(?<=Viện ))Nghiên\s+cứu,(?:\s*,?\s*(?!(?:{_DUTY_VERBS})(?!\w))[{LOWER}]\w*)+"
    rf"(?=\s+[{_UPPER}])"
)
_NAMED_BY_VERB = re.compile(
    rf"{_RESEARCH_FIELDS}|"
    r"(?<!\w)(?:[Hh]ội đồng\s+phối hợp\s+phổ biến,\s*giáo dục pháp luật|(?:(?<![Pp]hòng )"
    r"(?<![Ll]ãnh đạo )(?<!trực )[Bb]an|[Tt]ổ|Tổ\s+công tác|[Hh]ội đồng|[Bb]ộ phận|Cảnh sát)\s+"
    rf"(?:{_DUTY_VERBS}|{_PARTNER_VERBS})|giúp việc(?=\s+(?:[{_UPPER}]|cấp ủy|cấp uỷ))|"
    r"[Cc]ơ quan\s+tham mưu(?:\s*,?\s*giúp việc)?|"
    r"[Tt]ổ chức\s+(?:thành viên|chính trị|đảng|cơ sở đảng)|[Gg]iáo dục\s+thường xuyên|"
    r"(?:[Tt]ổ chức|[Đđ]ơn vị|[Dd]oanh nghiệp|[Nn]hà)\s+cung cấp\s+dịch vụ|[Dd]ịch vụ\s+tổng hợp|"
    r"(?:[Cc]ông ty|[Dd]oanh nghiệp)\s+(?:khai thác|(?:đầu tư\s+)?xây dựng)|"
    r"[Dd]ự án\s+(?:đầu tư\s+)?xây dựng|(?<!ương )(?<!Tỉnh )(?<!Huyện )(?<!Thành )(?<!Quận )(?<!Thị )"
    r"Đoàn\s+(?:giám sát|kiểm tra|khảo sát)|"
    r"[Kk]ế hoạch\s+tổng hợp|trật tự\s+xây dựng|[Xx]ây dựng\s+chính quyền)(?!\w)"
)
# Units named by their kind that BODY_HEAD does not know: a commune's units ("Bộ phận Một cửa", "Trạm Y tế
# xã"), a team of any kind, one the plan itself may set up too ("Tổ hòa giải", "Tổ kiểm tra"; not "Tổ chức",
# "Tổ quốc"), State agencies and the departments of a ministry or a central board ("Vụ …"), the publishers,
# press, academies and companies a plan gives work to ("Nhà xuất bản …", "Tạp chí …", "Học viện …", "Công ty
# …"), the Youth Union named by its level ("Tỉnh đoàn", "Huyện Đoàn"), and the faculty of a school or a
# hospital ("Khoa Dân vận", not "Khoa học"). The Youth Union's cell of a village or an office ("Chi đoàn các
# thôn") is a unit as an association's branch is ("Chi hội"), and so are the federations of branches of a
# school's faculties ("Liên chi hội, chi hội sinh viên", "Liên chi đoàn") and an association's clubs ("Câu lạc
# bộ nhà báo nữ"), and the emulation clusters and blocs a council groups its units in ("Cụm thi đua số 1",
# "Khối thi đua các cơ quan Đảng"), each with its own duties, a school's pioneers ("Liên đội", "Chi đội"), and
# an association of firms ("Hiệp hội Du lịch …"), which a plan asks to do its part. The inspectorate of a
# place may write it with a capital, as a city writes its own name ("Thanh tra Thành phố"), and the
# inspectorates of the places or branches below are one body given work together ("Thanh tra các huyện, thành
# phố", "Thanh tra các sở, ngành"), not the verb "thanh tra" (inspect) with its object. A bank's point in a
# commune ("Điểm giao dịch Ngân hàng Chính sách xã hội xã") is a unit as its "Phòng giao dịch" is. The telecom
# and postal networks are named by their unit in each province ("Viễn thông Lào Cai" of VNPT, "Viettel Hà
# Giang", "Bưu điện tỉnh"): the partners of a plan for digital work, each a body of its own.
_PRESS_AND_FIRMS = (
    r"Nhà xuất bản|Tạp chí|Thông tấn xã|Học viện|Đại học|Tổng [Cc]ông ty|Công ty|Điểm\s+giao\s+dịch|"
    r"Viễn thông|Viettel|VNPT|MobiFone|Bưu điện"
)
# A mass organisation's central body is named by the centre before it ("Trung ương Hội Nông dân Việt Nam",
# "Trung ương Đoàn Thanh niên …"), and the labour unions' by its rank ("Tổng Liên đoàn Lao động Việt Nam"):
# a central plan of the Front gives them tasks as a province's plan gives them to its own Hội and Đoàn.
_CENTRAL_MASS = r"Trung\s+ương\s+(?:Hội|Đoàn|Liên đoàn|Công đoàn)|Tổng\s+Liên\s+đoàn"
# The posts and teams of the forces a district's plan gives work to ("Đồn Biên phòng …", "Đội Quản lý thị
# trường số 4", "Hạt Kiểm lâm"; not "Đội ngũ", the corps of a kind of staff) are units too, as are the
# sub-committees a committee sets up ("Tiểu ban Tuyên truyền", "Tiểu ban Văn kiện"), and so are
# the forces' units at sea ("Hải đội Biên phòng 2", "Hải đoàn 32" of the Coast Guard). A fund named
# with a capital is a body that lends and is given work ("Quỹ Hỗ trợ phát triển hợp tác xã", "Quỹ Bảo vệ
# và Phát triển rừng tỉnh"), as a bank is.
_FUND = rf"Quỹ(?=\s+[{UPPER}])"
_SEA_UNIT = r"Hải\s+(?:đội|đoàn)"
_UNIT_HEAD = re.compile(
    rf"(?:Đồn|Đội(?!\s+(?i:ngũ)(?!\w))|Hạt|{_SEA_UNIT}|"
    r"Trạm|Bộ phận|Hợp tác xã|Chi hội|Chi đoàn|Liên đội|Chi đội|Liên\s+chi\s+(?:hội|đoàn)|Câu lạc bộ|"
    r"(?:Cụm|Khối)\s+thi\s+đua|"
    r"Hiệp hội|Vụ|Tiểu ban|Tổ\s+(?!(?i:chức|quốc)(?!\w))\w+|"
    r"Khoa(?!\s+(?i:học)(?!\w))|"
    r"Thanh tra (?:(?i:tỉnh|huyện|thành phố|thị xã|quận)|Chính phủ|Bộ|Sở|"
    r"(?i:các)\s+(?i:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|sở|bộ|ngành))|Bảo hiểm xã hội|Ngân hàng|"
    rf"Công đoàn|Bệnh viện|Chi nhánh|{_PRESS_AND_FIRMS}|{_CENTRAL_MASS}|{_FUND}|"
    r"(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?i:đoàn))(?!\w)"
)
# Further heads of an assignee's name, beside the bodies of BODY_HEAD, the officers and the units: the
# Front's full-time staff, a body's staff as a whole ("Cán bộ, chuyên viên Cơ quan …"), Party members
# named by their role ("đảng viên là đại biểu …"), the members of a body named after it ("Thành viên Đoàn
# giám sát"), and deputies; and the holders of a judicial title (chức danh tư pháp: "Kiểm sát viên được
# phân công …", "Thẩm phán", "Chấp hành viên"), who are given duties by name as a unit is, as are the
# holders of the titles of the justice support professions ("Luật sư thành viên …", "Công chứng viên").
_JUDICIAL = (
    r"Điều tra viên|Kiểm sát viên|Kiểm tra viên|Thẩm phán|Hội thẩm|Thẩm tra viên|Thư ký Tòa án|"
    r"Chấp hành viên|Luật sư|Công chứng viên|Trợ giúp viên pháp lý|Thừa phát lại"
)
# The commune's officers named by the field they serve in ("Thú y viên xã", "Khuyến nông viên"), the
# heads of a body's units as a whole ("Thủ trưởng các cơ quan, đơn vị thuộc Bộ"), the staff of a body named
# after it ("Cán bộ Công an xã phụ trách thôn"), a body's member named by the field he is in charge of
# ("Thành viên phụ trách đất đai, môi trường"), and the Party members of a cell ("Đảng viên trong chi bộ")
# are given duties by name as a body is; so are the lecturers and speakers a course or a campaign assigns
# ("Giảng viên kiêm chức, báo cáo viên được phân công", "Tuyên truyền viên các xã"), and a school's staff
# ("Hiệu trưởng", "Giáo viên chủ nhiệm các lớp", "Nhân viên y tế trường học", "Tổng phụ trách Đội").
_STAFF_TITLE = (
    r"Thú y viên|Khuyến nông viên|Khuyến ngư viên|Kiểm lâm viên|Giảng viên|Báo cáo viên|Tuyên truyền viên|"
    r"Hiệu trưởng|Giáo viên|Nhân viên|Tổng phụ trách"
)
_TASK_HEAD = re.compile(
    rf"^(?:{_JUDICIAL}|{_STAFF_TITLE}|Cán bộ chuyên trách|Cán bộ,\s*(?:công chức|chuyên viên)|"
    r"Đảng viên\s+(?:là|trong|của|thuộc)|Thủ trưởng|"
    rf"(?:Thành viên|Cán bộ)(?=\s+[{UPPER}])|Thành viên\s+phụ trách|"
    r"Phó\s+(?:Chủ tịch|Bí thư|Trưởng|Giám đốc|Chánh|Chỉ huy trưởng|Hiệu trưởng))(?!\w)"
)
# "phối hợp với / cùng …" names the partners; "phối hợp cùng cấp" (at the same level: "kế hoạch phối hợp
# cùng cấp") names none. "với" may be left out before a body's capitalised name ("Phối hợp Sở Y tế …"; the
# name is checked where it is read).
_COORD = re.compile(
    r"(?i:phối hợp)(?:\s+chặt chẽ)?(?:\s+(?:với|cùng(?!\s+cấp(?!\w)))\s+|,\s*cung cấp thông tin\s+cho\s+)|"
    rf"(?i:cơ quan phối hợp)\s*:\s*|(?P<bare>(?i:phối hợp)\s+)(?=[{UPPER}])"
)
# A parenthesis of place words is part of a name: "Trưởng thôn (khối)".
_PLACE_ALT = r"thôn|xóm|khối|bản|ấp|khóm|tổ dân phố|khu phố"
_PLACE_IN_PAREN = rf"(?:{_PLACE_ALT})(?:\s*[,/]\s*(?:{_PLACE_ALT}))*\)"
# So, in a list of names, is one that says where the body exists: "Ban Chỉ đạo cơ sở (nơi có)", "(nếu có)".
_WHERE_IN_PAREN = r"(?:nơi|nếu)\s+có(?:\s+[^()\s]+){0,4}\)"
_WHERE_THERE_IS = re.compile(rf"\s*\({_WHERE_IN_PAREN}")
# "về" starts what the work with the partners is about, but for the field that names a specialised office
# ("phòng chuyên môn về nông nghiệp cùng cấp", "cơ quan chuyên môn về y tế"), and for the field a unit is
# named by when a verb of the partners' own work follows it ("Phòng Cảnh sát quản lý hành chính về trật tự
# xã hội | lãnh đạo …"): what the work is about ends the clause, or starts with a verb or "việc". A
# condition ("khi …", "nếu …") ends the partners as a purpose ("để …") does, and so does "trong" before a
# verb, the work they help with, as "trong việc" ("… Phòng Nghiệp vụ | trong thẩm định giá").
_VERBS = rf"(?:{_DUTY_VERBS}|{_PARTNER_VERBS})(?!\w)"
_FIELD_OF_A_NAME = rf"(?!(?:việc|{_VERBS}))[^\s,;.()]+(?:\s+[^\s,;.()]+){{0,4}}?\s+{_VERBS}"
_COORD_END = re.compile(
    rf"\s+(?={_VERBS})|[.;:]|\((?!{_PLACE_IN_PAREN}|{_WHERE_IN_PAREN})|"
    rf"\s+(?:để|nhằm|trong việc|theo|khi|nếu)\s|\s+trong\s+(?={_VERBS})|"
    rf"(?<!chuyên môn)\s+về\s(?!{_FIELD_OF_A_NAME})"
)
_DEADLINE = re.compile(
    rf"(?:trước|chậm nhất(?:\s+là)?)\s+(?:(?i:ngày)\s+)?(?:{DATE})|"
    r"(?i:quý)\s+[IV]+(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|"
    r"(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|định kỳ\s+(?:\d+\s+tháng|hằng\s+\w+|hàng\s+\w+)|"
    r"(?:trong|trước)\s+(?:tháng\s+\d{1,2}(?:/\d{4})?|quý\s+[IV]+(?:/\d{4})?|năm\s+\d{4})"
)
_REPORT = re.compile(rf"(?i:báo cáo)[^.;]{{0,100}}?\s+về\s+(?=[{UPPER}])")

# What may follow the last task without being one of its duties. A line of dashes (or underscores) sets
# off the notes at the foot of the text; a note starts with its mark (superscript or "[1]"), or, after such
# a line, with a plain one ("1 Quy định …", "(1) …", "* …").
_SEPARATOR = re.compile(r"^[-_=–—]{3,}")  # the line may have been joined with the note below it
_NOTE_AFTER_SEPARATOR = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}(?![\d.)])|\*)")
# A closing paragraph of the whole plan: it speaks of the plan itself ("Kế hoạch này được phổ biến …",
# "Hướng dẫn này thay thế …"), of difficulties met while carrying it out ("Trong quá trình thực hiện, nếu
# có vướng mắc …", "…, nếu phát sinh khó khăn …"), asks everyone to carry it out ("… yêu cầu các chi bộ …
# thực hiện Kế hoạch này"), or ends the text ("./.").
_CLOSING = re.compile(
    rf"^(?:Trên đây|Nhận được)(?!\w)|^(?:{TYPE_ALT})\s+này(?!\w)|"
    r"^(?:Trong\s+)?(?i:quá trình)\s[^.;]{0,60}?,\s*nếu\s+(?:có|phát sinh)(?!\w)|"
    rf"(?i:yêu cầu|đề nghị)\s[^.;]*?(?i:thực hiện|triển khai)\s+(?:tốt\s+)?(?i:{TYPE_ALT})\s+này(?!\w)|"
    r"\./\.\s*$"
)


@dataclass
class Task:
    assignee: str
    head: tuple[int, int, int]  # block, start, end of the assignee in the block
    duties: list[tuple[int, int, int]] = field(default_factory=list)  # block, start, end
    blocks: tuple[int, int] = (0, 0)
    cell_partners: dict[Span, list[str]] = field(default_factory=dict)  # a table row's duty -> its partners
    leads: list[Span] = field(default_factory=list)  # a paragraph leading into the bullets: no duty, partners
    tails: dict[Span, int] = field(default_factory=dict)  # a duty -> the dash line that ends its last name
    bodies: tuple[str, ...] = ()  # the bodies the plan gives tasks to, as they are named there
    codes: dict[str, str] = field(default_factory=dict)  # a unit's code -> its name, as the plan gives them


# A police unit is named by its work and the field of it after "về" ("Đội Cảnh sát quản lý hành chính về
# trật tự xã hội", "Phòng Cảnh sát điều tra tội phạm về ma túy"): that "về" is part of the name, whatever
# follows the field, not what the work with the partners is about.
_POLICE_FIELD = re.compile(rf"Cảnh sát(?:\s+[{LOWER}]\w*){{1,6}}?\s+về\s+\w")


def _protected(text: str) -> list[tuple[int, int]]:
    """The stretches of text where a verb is part of a name: officers' titles, "ban xây dựng Đảng", a police
    unit's field ("Cảnh sát … về"), and the bracket saying where a body exists ("(nơi có tổ chức hội)")."""
    return [
        m.span()
        for rx in (_OFFICER, _NAMED_BY_VERB, _POLICE_FIELD, _WHERE_THERE_IS)
        for m in rx.finditer(text)
    ]


def _search_outside(
    rx: re.Pattern[str], text: str, pos: int, spans: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The first match of rx from pos that neither starts nor ends inside one of spans (the matches of
    _VERB_AHEAD and _COORD_END end where the verb starts)."""
    for m in rx.finditer(text, pos):
        if not any(s <= m.start() < e or s <= m.end() < e for s, e in spans):
            return m
    return None


# The kind of the mass organisations ("các đoàn thể chính trị - xã hội", "tổ chức chính trị - xã hội")
# ends their name as a place does.
_SOCIO_POLITICAL_END = re.compile(r"chính\s+trị\s*[-–]\s*xã\s+hội\s*$")


def _cap_verb_after_place(text: str, a: int) -> re.Match[str] | None:
    """A capitalised duty verb right after the place of the name that starts at a ("… huyện Tuyên truyền"),
    or after the kind of the mass organisations ("… các đoàn thể chính trị - xã hội Tuyên truyền")."""
    for m in _CAP_VERB_AHEAD.finditer(text, a):
        if _PLACE_END.search(text, a, m.start()) or _SOCIO_POLITICAL_END.search(text, a, m.start()):
            return m
    return None


def _is_body(name: str) -> bool:
    name = name[0].upper() + name[1:]
    return any(rx.match(name) for rx in (BODY_HEAD, _TASK_HEAD, _UNIT_HEAD, _OFFICER))


def _assignee(text: str, start: int) -> tuple[int, int, int]:
    """(assignee start, assignee end, duty start) in an item head that may carry its duty inline."""
    head = text[start:]
    p = _PREFIX.match(head)
    a = start + (p.end() if p else 0)
    colon = head.find(":")
    verb = _search_outside(_VERB_AHEAD, text, a, _protected(text))
    cap = _cap_verb_after_place(text, a)
    if cap and (verb is None or cap.start() < verb.start()):
        verb = cap
    if colon != -1 and colon < 160 and (verb is None or start + colon <= verb.start() + 2):
        e = start + colon
        duty = e + 1
        sub = re.search(r",?\s*(?:chỉ đạo|thực hiện|có trách nhiệm)\s*$", text[a:e])
        if sub:
            e = a + sub.start()
        return a, e, duty
    if verb:
        return a, _before_role(text, a, verb.start()), verb.end()
    return a, len(text), len(text)


# "là" after a body's name gives the role the plan gives it ("Phòng Kinh tế là cơ quan thường trực của Ban
# Chỉ đạo, có trách nhiệm …"), not part of the name; people named by a role keep it ("Đảng viên là …").
_ROLE = re.compile(r"\s+là\s")


def _before_role(text: str, a: int, e: int) -> int:
    """Where the name in text[a:e] ends: before the role it is given after "là", if a body is named before."""
    role = _ROLE.search(text, a, e)
    return role.start() if role and _is_body(_clean_name(text[a : role.start()])) else e


# The role a body is given, written after a dash instead of in brackets ("Sở Nội vụ - Cơ quan thường trực
# Hội đồng"), is no part of its name, as in brackets; a name's own dash joins two capitalised fields.
_DASHED_ROLE = re.compile(r"\s+[-–]\s*(?i:cơ quan)\s+(?i:thường trực|chủ trì|đầu mối|tham mưu)(?!\w)")


def _before_dashed_role(text: str, a: int, e: int) -> int:
    """Where the name in text[a:e] ends: before a role given after a dash."""
    role = _DASHED_ROLE.search(text, a, e)
    return role.start() if role else e


def _clean_name(s: str) -> str:
    s = re.sub(r"\s*\([^()]*\)\s*$", "", s)
    return s.strip(" ,;:.-")


def _is_bullet(text: str) -> bool:
    return _BULLET.match(text) is not None and not _SEPARATOR.match(text)


def _duty_blocks(blocks: list[Block], start: int, stop: int) -> list[int]:
    """The blocks of [start, stop) that may hold duties: not a separator line, nor a note at the foot."""
    out: list[int] = []
    after_separator = False
    for j in range(start, stop):
        text = blocks[j].text
        if _SEPARATOR.match(text):
            after_separator = True
            continue
        if NOTE_MARK.match(text) or (after_separator and _NOTE_AFTER_SEPARATOR.match(text)):
            continue
        after_separator = False
        out.append(j)
    return out


def _mentions(text: str, name: str) -> bool:
    return normalize(name).casefold() in normalize(text).casefold()


def _last_task_end(blocks: list[Block], k: int, inline: bool, end: int, name: str) -> int:
    """Where the last task's duties end: at a closing paragraph of the whole plan. Its first duty (the
    item's own line, or the paragraph under a heading-only item) and bullets are always duties; so is a
    paragraph that starts in lower case (it continues the one before). A capitalised paragraph after the
    last bullet is addressed to everyone unless it names the task's body."""
    ds = _duty_blocks(blocks, k + 1, end)
    first_duty = k if inline else (ds[0] if ds else k)
    for j in ds:
        text = blocks[j].text
        if j > first_duty and not _is_bullet(text) and not text[:1].islower() and _CLOSING.search(text):
            end = j
            break
    ds = [j for j in ds if j < end]
    bullets = [j for j in ds if _is_bullet(blocks[j].text)]
    if bullets:
        for j in ds:
            text = blocks[j].text
            if j > bullets[-1] and text[:1].isupper() and not _mentions(text, name):
                return j
    return end


# A heading may name which of the places its body is of after a colon, by their proper names alone ("Ủy
# ban nhân dân các xã: Tân An, Phú Mỹ và Long Hòa"): the list is part of the name, not a duty.
_PROPER = rf"[{_UPPER}]\w*(?:\s+[{_UPPER}]\w*)*"
_NAMES_AFTER_COLON = re.compile(rf":\s*{_PROPER}(?:(?:\s*,\s*|\s+và\s+){_PROPER})+\s*$")


def _heading_only(head: str, k: int, nxt: int) -> bool:
    """An item line that only names the body, its duties in the blocks below."""
    head = re.sub(r"\s*\([^()]*\)\s*$", "", head)
    return (
        not re.search(r"[.;]\s*$", head)
        and len(head) < 160
        and nxt > k + 1
        and (not re.search(r":\s*\S", head) or _NAMES_AFTER_COLON.search(head) is not None)
    )


def read_tasks(t: Text, first: int, end: int) -> list[Task]:
    """Tasks from blocks [first, end) (the body of the "Tổ chức thực hiện" section): from its numbered
    items or bullets and from its tables of tasks, one task for each body, in the order of first mention."""
    rows = table_rows(t, first, end)
    in_table = table_blocks(rows)
    tasks = []
    for task in _text_tasks(t, first, end):
        task.duties = [d for d in task.duties if d[0] not in in_table]
        if task.head[0] not in in_table:
            tasks.append(task)
    out = _one_task_a_body(tasks + _row_tasks(t, rows))
    bodies = tuple(x.assignee for x in out)
    codes = unit_codes(t)
    for x in out:
        x.bodies = bodies
        x.codes = codes
    return out


# A unit's code, capitals and a number ("PC02", "PV01", "A05"): a police or army department, which the plan
# names in full once with its code in brackets ("Phòng Cảnh sát hình sự (PC02)") and then by the code alone
# ("phối hợp với PC02, PC06").
_UNIT_CODE = re.compile(r"[A-Z]{1,3}\d{1,3}(?![\w/-])")
_CODE_IN_BRACKETS = re.compile(r"\(([A-Z]{1,3}\d{1,3})\)")
# What separates the names before a code's bracket: the body named with it starts after the last of them.
_NAME_BREAK = re.compile(r"[,;:]|\s(?:và|với|cùng)\s")


def unit_codes(t: Text) -> dict[str, str]:
    """The codes the plan gives units in brackets after their full names, each to its first name: the name
    starts at a unit's kind ("Phòng …"), after the last break before it between names ("… phối hợp với
    Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07)": the commas are the name's own)."""
    out: dict[str, str] = {}
    for b in t.blocks:
        if "(" not in b.text:
            continue
        prev = 0
        for m in _CODE_IN_BRACKETS.finditer(b.text):
            text = b.text[prev : m.start()]
            prev = m.end()
            heads = [w.start() for w in re.finditer(r"(?<!\S)[^\W\d_]", text) if w.group().isupper()]
            heads = [p for p in heads if _starts_a_body(text[p:])]
            if not heads or m.group(1) in out:
                continue
            start = heads[-1]
            for p in reversed(heads[:-1]):
                if _NAME_BREAK.search(text, p, start):
                    break
                start = p  # no break between: one name ("Bộ Chỉ huy Bộ đội …")
            name = _clean_name(text[start:])
            if name:
                out[m.group(1)] = name
    return out


# A lead cell that names the partners too: "Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở".
_LEADS_WITH = re.compile(r"\s*,?\s+(?i:chủ trì)(?=\s*,?\s*(?i:phối hợp)(?!\w))")


def _row_tasks(t: Text, rows: list[Row]) -> list[Task]:
    """A task for each row of a table: its "chủ trì" body does the row's work with the "phối hợp" ones; a
    lead cell written "X chủ trì, phối hợp với Y" (a table with one column for both) names X and its
    partner Y."""
    out: list[Task] = []
    for r in rows:
        cell = " ".join(t.blocks[b].text[x:y].strip() for b, x, y in (r.assignee, *r.lead_more))
        with_ = _LEADS_WITH.search(cell)
        name = _clean_name(cell[: with_.start()] if with_ else cell)
        if not name:
            continue
        # a cell wrapped over lines names its body in pieces: the head is where it starts, empty, so that the
        # name read is the pieces joined
        b, a, _e = r.assignee
        head = (b, a, a) if r.lead_more else (b, a, a + with_.start()) if with_ else r.assignee
        task = Task(name, head, [r.duty], (r.duty[0], r.duty[0]))
        if r.partners:
            cell = " ".join(t.blocks[pb].text[pa:pe].strip() for pb, pa, pe in r.partners)
            task.cell_partners[r.duty] = split_bodies(cell.strip(" ,;."))
        elif with_:
            task.cell_partners[r.duty] = coordinates(cell)
        out.append(task)
    return out


def _body_key(name: str) -> str:
    return " ".join(normalize(name).split()).casefold()


def _one_task_a_body(tasks: list[Task]) -> list[Task]:
    """Tasks of the same body (named in several rows of a table, or in a table and in the text) as one,
    at its first mention, its duties in the order of the text, and the lead-ins of each (with their
    partners) kept."""
    by_body: dict[str, Task] = {}
    for task in sorted(tasks, key=lambda x: x.head):
        key = _body_key(task.assignee)
        first = by_body.get(key)
        if first is None:
            by_body[key] = task
            continue
        first.duties = sorted(first.duties + task.duties)
        first.cell_partners.update(task.cell_partners)
        first.leads = sorted(first.leads + task.leads)
        first.tails.update(task.tails)
        first.blocks = (min(first.blocks[0], task.blocks[0]), max(first.blocks[1], task.blocks[1]))
    return list(by_body.values())


def _text_tasks(t: Text, first: int, end: int) -> list[Task]:
    """Tasks from the numbered items, or else the bullets, of blocks [first, end)."""
    blocks = t.blocks
    for rx in (_ITEM, _SUB_ITEM, _LETTER_ITEM):
        items = [k for k in range(first, end) if rx.match(blocks[k].text)]
        if items:
            tasks = _item_tasks(blocks, items, end, True, t.wrap_width if t.hard_wrapped else 0)
            if tasks or rx is _ITEM:
                return tasks
    tasks = [_dash_task(blocks[k], k) for k in range(first, end)]
    return [x for x in tasks if x is not None] or _heading_tasks(blocks, first, end)


def _heading_tasks(blocks: list[Block], first: int, end: int) -> list[Task]:
    """The tasks of bodies each named on a line of its own with no number, their duties the bullets and
    paragraphs below it ("Văn phòng Sở" / "- Tổng hợp …"), when at least two bodies are so named."""
    heads = [k for k in range(first, end - 1) if _bare_heading(blocks, k)]
    if len(heads) < 2:
        return []
    tasks: list[Task] = []
    for n, k in enumerate(heads):
        name = _clean_name(blocks[k].text)
        nxt = heads[n + 1] if n + 1 < len(heads) else _last_task_end(blocks, k, False, end, name)
        ds = _duty_blocks(blocks, k + 1, nxt)
        task = Task(name, (k, 0, len(blocks[k].text.rstrip(" :"))), blocks=(k, ds[-1] if ds else k))
        for j in ds:
            if task.duties and _SUB_POINT.match(blocks[j].text):
                continue  # a sub-point of the duty above
            bullet = _BULLET.match(blocks[j].text)
            task.duties.append((j, bullet.end() if bullet else 0, len(blocks[j].text)))
        tasks.append(task)
    return tasks


def _bare_heading(blocks: list[Block], k: int) -> bool:
    """Whether block k only names a body, with no number, no duty and no sentence's end, a bullet below it."""
    text = blocks[k].text
    if (
        _is_bullet(text)
        or re.search(r"[.;]\s*$", text)
        or len(text) >= 160
        or not _is_bullet(blocks[k + 1].text)
    ):
        return False
    a, e, duty = _assignee(text, 0)
    name = _clean_name(text[a:e])
    return a == 0 and bool(name) and _is_body(name) and not text[duty:].strip(" :")


def _dash_task(b: Block, k: int) -> Task | None:
    """The task of a dash item that names its body before a colon and its duty after it ("- Sở Y tế: …")."""
    m = _BULLET.match(b.text)
    if not m or _SEPARATOR.match(b.text):
        return None
    body = b.text[m.end() :]
    c = body.find(":")
    if not (0 < c < 120 and _is_body(_PREFIX.sub("", body[:c]))):
        return None
    a, e, duty = _assignee(b.text, m.end())
    e = _before_dashed_role(b.text, a, e)
    return Task(_clean_name(b.text[a:e]), (k, a, e), [(k, duty, len(b.text))], (k, k))


def _item_tasks(
    blocks: list[Block], items: list[int], end: int, ends_section: bool, width: int
) -> list[Task]:
    """The tasks of numbered items (blocks items, the last one running to end). An item that names no
    body but has numbered items of the level below ("2. Trách nhiệm của các đơn vị" / "2.1. Văn phòng")
    gives the tasks of those. width: the width of a hard-wrapped text's lines (0 if it is not one)."""
    tasks: list[Task] = []
    for n, k in enumerate(items):
        nxt = items[n + 1] if n + 1 < len(items) else end
        last = ends_section and n + 1 == len(items)
        task = _item_task(blocks, k, nxt, last, width)
        heading_only = task is not None and bool(task.duties) and task.duties[0][0] != k
        members = _lettered_members(blocks, k, nxt) if heading_only else []
        if members:
            tasks.extend(_item_tasks(blocks, members, nxt, last, width))
            continue
        dashed = _dash_members(blocks, task) if heading_only else []
        if dashed:
            tasks.extend(dashed)
            continue
        if task:
            tasks.append(task)
            continue
        subs = [j for j in range(k + 1, nxt) if _SUB_ITEM.match(blocks[j].text)]
        if subs:
            tasks.extend(_item_tasks(blocks, subs, nxt, last, width))
    return tasks


def _lettered_members(blocks: list[Block], k: int, nxt: int) -> list[int]:
    """The lettered items under the item at block k when each names its own body before its duty on its
    line ("3. Các phòng thuộc Sở" / "a) Văn phòng Sở chủ trì, …" / "b) Thanh tra Sở thanh tra …"): the
    heading only groups them, and each is a task. Otherwise none."""
    letters = [j for j in range(k + 1, nxt) if _LETTER_ITEM.match(blocks[j].text)]
    if len(letters) < 2:
        return []
    for n, j in enumerate(letters):
        below = letters[n + 1] if n + 1 < len(letters) else nxt
        if not _names_a_member(blocks, j, below):
            return []
    return letters


def _dash_members(blocks: list[Block], task: Task) -> list[Task]:
    """The tasks of the dash items under a heading-only item when each names its own body before a colon
    ("8. Đề nghị các sở, ngành phối hợp thực hiện:" / "- Sở Y tế: …" / "- Cục Thuế tỉnh: …"): the heading
    only groups them, and each is a task. Otherwise none."""
    found = [_dash_task(blocks[d[0]], d[0]) for d in task.duties]
    if len(found) < 2 or None in found:
        return []
    return [x for x in found if x is not None]


def _names_a_member(blocks: list[Block], j: int, nxt: int) -> bool:
    """Whether the lettered item at block j names a body and gives it duties: on its own line after the
    name ("a) Văn phòng Sở chủ trì …"), or, the line naming the body only, in the blocks up to nxt
    ("a) Hội Nông dân huyện" / "- Vận động …")."""
    text = blocks[j].text
    m = _LETTER_ITEM.match(text)
    assert m is not None
    head = m.group("head")
    if _heading_only(head, j, nxt):
        name = _clean_name(_PREFIX.sub("", head))
        return bool(name) and _is_body(name) and bool(_duty_blocks(blocks, j + 1, nxt))
    a, e, duty = _assignee(text, m.start("head"))
    name = _clean_name(text[a:e])
    return bool(name) and _is_body(name) and bool(text[duty:].strip(" :;,."))


def _item_task(blocks: list[Block], k: int, nxt: int, last: bool, width: int) -> Task | None:
    """The task of the numbered item at block k, its duties in the blocks up to nxt; None if the item
    names no body."""
    b = blocks[k]
    m = _ITEM.match(b.text) or _SUB_ITEM.match(b.text) or _LETTER_ITEM.match(b.text)
    assert m is not None
    s = m.start("head")
    lead: Span | None = None
    if _heading_only(b.text[s:], k, nxt):
        head = re.sub(r"\s*\([^()]*\)\s*$", "", b.text[s:])
        a = s + (_PREFIX.match(head).end() if _PREFIX.match(head) else 0)
        e = len(b.text)
        # a colon inside the bracket that ends the heading is the bracket's ("(…; Cụm trưởng: Trường X)")
        colon = b.text.find(":", a, s + len(head))
        if colon != -1 and _NAMES_AFTER_COLON.match(b.text, colon, s + len(head)):
            colon = -1  # the places named after it are part of the name
        if colon != -1:
            e = colon
            sub = re.search(r",?\s*(?:chỉ đạo|thực hiện|có trách nhiệm)\s*$", b.text[a:e])
            if sub:
                e = a + sub.start()
        # a heading that leads into its duties with a colon may give the body's lead before them ("Ban X chủ
        # trì, phối hợp với Ban Y:"): the name ends at the verb, and the clause leads in, with its partners;
        # so does a whole heading line with no colon when its verb is the lead ("Ban X chủ trì, phối hợp với
        # Ban Y, Ban Z", "Ban X phối hợp với Ban Y")
        verb = _search_outside(_VERB_AHEAD, b.text[:e], a, _protected(b.text))
        if verb and colon == -1 and not _LEAD_VERB.match(b.text, verb.end()):
            verb = None
        if verb:
            lead = (k, verb.end(), e)
            e = verb.start()
        duty = len(b.text)
    else:
        a, e, duty = _assignee(b.text, s)
    below = _sentence_below_heading(b, a, width)
    if below is not None and below < e:
        bullet = _BULLET.match(b.text[below + 1 :])
        e, duty = below, below + 1 + (bullet.end() if bullet else 0)
    e = _before_dashed_role(b.text, a, e)
    name = _clean_name(b.text[a:e])
    if not name or not _is_body(name):
        return None
    inline = bool(b.text[duty:].strip(" :;,."))
    if last:
        nxt = _last_task_end(blocks, k, inline, nxt, name)
    ds = _duty_blocks(blocks, k + 1, nxt)
    task = Task(name, (k, a, e), blocks=(k, ds[-1] if ds else k), leads=[lead] if lead else [])
    if inline:
        task.duties.append((k, duty, len(b.text)))
    for j in ds:
        text = blocks[j].text
        if (
            task.duties
            and (text[:1].islower() or _NUMBER_GOES_ON.match(text))
            and not re.search(r"[.;:!?]\W*$", blocks[task.duties[-1][0]].text)
        ):
            # the rest of the duty above, carried over a page's foot notes or a wrap before a document's
            # number ("… theo Quyết định" / "1356/QĐ-UBND."): not a duty of its own
            continue
        if task.duties and _SUB_POINT.match(text):
            continue  # a sub-point of the duty above ("o" under "•"): not a duty of its own
        if task.duties and _dashed_name_goes_on(blocks[task.duties[-1][0]], text, width):
            task.tails[task.duties[-1]] = j  # the rest of the name the duty above ends with
            continue
        if _leads_into_bullets(blocks, ds, j):
            task.leads.append((j, 0, len(text)))
            continue
        bullet = _BULLET.match(text)
        task.duties.append((j, bullet.end() if bullet else 0, len(text)))
    return task


# The lead a heading line may give its body with no colon after it ("chủ trì, phối hợp với …").
_LEAD_VERB = re.compile(r"(?:chủ trì\s*,?\s*)?phối hợp\s+với\s")


# A document's number at a line's start ("1356/QĐ-UBND", "12-KH/HU"), no item's number.
_NUMBER_GOES_ON = re.compile(r"\d+[/-]\S")
_DASH_AND_CAPITAL = re.compile(rf"[-–]\s*[{_UPPER}]\S*")


def _dashed_name_goes_on(prev: Block, text: str, width: int) -> bool:
    """Whether the dash line text, in a hard-wrapped text, ends the partner's name that the block above
    breaks off before its dash ("… phối hợp với Đội Cảnh sát giao thông" / "- Trật tự duy trì …"): the
    line above ends in that name, with no stop after it, and the dash's first word would not have fitted
    on it, so the wrap broke the line there; it is no bullet of its own."""
    m = _DASH_AND_CAPITAL.match(text)
    if not (width and m):
        return False
    line = prev.text[next(i for i, p in enumerate(prev.pos) if p[0] == prev.last_line) :]
    names = coordinates(prev.text)
    return len(line) + 1 + len(m.group()) > width and bool(names) and prev.text.rstrip().endswith(names[-1])


def _leads_into_bullets(blocks: list[Block], ds: list[int], j: int) -> bool:
    """Whether the paragraph at block j (one of the duty blocks ds) leads into the bullets below it: it is
    no bullet, ends in a colon and a bullet or a lettered item follows ("Là bệnh viện tuyến cuối, thực hiện
    …:" / "- …"; "Đề nghị các sở:" / "a) …"). The bullets are the duties; the lead only introduces them (its
    partners are still the task's)."""
    text = blocks[j].text
    after = [i for i in ds if i > j]
    return (
        not _is_bullet(text)
        and text.rstrip().endswith(":")
        and bool(after)
        and (_is_bullet(blocks[after[0]].text) or _LETTER_ITEM.match(blocks[after[0]].text) is not None)
    )


def _sentence_below_heading(b: Block, a: int, width: int) -> int | None:
    """Where, in a hard-wrapped item block whose name starts at a, the item's first line ends, when it is
    a heading naming a body and the next line (joined to it as wrapped) starts a sentence or a bullet of its
    own: that line starts with a capital (or a dash and a capital), and its first word would have fitted on
    the heading's line, which a wrap would have filled ("… phụ trách địa bàn" / "Dự các buổi …"). None if
    the block's first line was broken by the wrap."""
    if not width:
        return None
    brk = next((i for i, p in enumerate(b.pos) if p[0] != b.pos[0][0]), None)
    if brk is None or brk - 1 <= a:
        return None
    line = b.text[: brk - 1].rstrip()
    word = _FIRST_WORD.match(b.text, brk)
    if word is None or len(line) + 1 + len(word.group()) > width or _NAME_GOES_ON.search(line):
        return None
    name = _clean_name(b.text[a : brk - 1])
    if ":" in line or not name or not _is_body(name):
        return None
    return brk - 1


def partners(t: Text, task: Task) -> list[str]:
    """The bodies a task works with: the "phối hợp" cells of its table rows and the "phối hợp với …" of
    its duties, in the order of its duties."""
    out: list[str] = []
    for d in task.leads + task.duties:
        bi, s, e = d
        text = t.blocks[bi].text[s:e]
        if d in task.tails:
            text += " " + t.blocks[task.tails[d]].text
        for c in task.cell_partners.get(d, []) + coordinates(text, task.bodies):
            c = task.codes.get(c, c)  # a unit named by its code alone: its name
            if c not in out:
                out.append(c)
    return out


# A verb by which the assignee directs another body: "chỉ đạo Công an các xã phối hợp với …" gives the
# partnership to the body directed, not to the assignee.
# A Party committee "lãnh đạo" the body it leads as a State body "chỉ đạo" its own.
_DIRECTS = re.compile(r"(?<!\w)(?i:chỉ đạo|lãnh đạo|hướng dẫn|đôn đốc|yêu cầu|giao)\s+")
# The directed body's own lead before its "phối hợp" ("chỉ đạo Sở Y tế chủ trì, phối hợp với …").
_LEADS = re.compile(r"\s+(?i:chủ trì)(?:\s*,|\s+và)?$")


def _of_a_body_directed(text: str, at: int) -> bool:
    """Whether the "phối hợp" at `at` follows, in its clause, a directing verb and the name of the body it
    directs, with nothing between but that body's own duty ("chỉ đạo các xã phối hợp …", "chỉ đạo Hội Nông
    dân phát huy vai trò …, chủ động phối hợp …"), or that body's own lead ("chỉ đạo Sở Y tế chủ trì, phối
    hợp …"); a comma right before "phối hợp" gives it back to the assignee ("chỉ đạo, phối hợp …")."""
    before = text[:at].rstrip()
    lead = _LEADS.search(before)
    if lead:
        before = before[: lead.start()]
    if before.endswith(","):
        return False
    clause = max(before.rfind(";"), before.rfind("."), before.rfind(":")) + 1
    for d in _DIRECTS.finditer(before, clause):
        named = before[d.end() :]
        if _DIRECTED_BODY.match(named) and (_names_only(named) or _names_then_duty(named)):
            return True
    return False


# A duty verb or a verb partners go on with, after a name: where that body's own duty starts.
_DUTY_AHEAD = re.compile(rf"\s+(?=(?:{_DUTY_VERBS}|{_PARTNER_VERBS})(?!\w))")


def _names_only(seg: str) -> bool:
    return _names_end(seg) == len(seg) and not _search_outside(_VERB_AHEAD, seg, 0, _protected(seg))


def _names_then_duty(seg: str) -> bool:
    """Whether seg is a list of names followed by their duty, from a verb: "Hội Nông dân tỉnh phát huy …"."""
    verb = _search_outside(_DUTY_AHEAD, seg, 0, _protected(seg))
    return verb is not None and verb.start() > 0 and _names_only(seg[: verb.start()])


def coordinates(text: str, bodies: tuple[str, ...] = ()) -> list[str]:
    """The partners a duty names after "phối hợp với …", but those of a body it directs; a list of names
    goes on past a bracket saying where a body exists ("Ban Chỉ đạo cơ sở (nơi có), Đoàn xã …"), and past
    what would end it inside the name of one of bodies, those the plan gives tasks to ("Vụ Các vấn đề
    chung về xây dựng pháp luật": "về" is part of a heading's name, not what the work is about)."""
    out: list[str] = []
    spans = _protected(text) + [(i, i + len(b)) for b in bodies if (i := text.find(b)) != -1]
    for m in _COORD.finditer(text):
        if (m.group("bare") and not _starts_a_body(text[m.end() :])) or _of_a_body_directed(text, m.start()):
            continue
        q = m.end()
        seg = text[q : _partners_end(text, q, spans)]
        seg = seg[: _names_end(seg)].strip(" ,-–")
        if not seg:
            continue
        for x in split_bodies(seg):
            x = _WHERE_THERE_IS.sub("", x)  # where the body exists is no part of its name
            if x not in out:
                out.append(x)
    return out


def _partners_end(text: str, q: int, spans: list[tuple[int, int]]) -> int:
    """Where the partners named from q end. A ";" followed by another body's name goes on with the list
    ("phối hợp với Phòng Y tế; Ủy ban nhân dân các xã tổ chức …")."""
    pos = q
    while e := _search_outside(_COORD_END, text, pos, spans):
        if e.group() != ";" or not _starts_a_body(text[e.end() :].lstrip()):
            return e.start()
        pos = e.end()
    return len(text)


def _starts_a_body(s: str) -> bool:
    return any(rx.match(s) for rx in (_BODY_START, _UNIT_HEAD, _OFFICER, _UNIT_CODE))


# The words of a body's name that say where it works (its level or its area), and what may follow them
# in a list of names. Once a name has given its place, the next lower-case word outside these starts what
# the partners are to do: "Ủy ban nhân dân các huyện, thị xã | xác định …", "Trường Chính trị tỉnh | mở …".
# A Party committee of the base level is named by it: "đảng ủy cơ sở"; but "đảng ủy ban nhân dân" is "đảng"
# closing a Party group's kind before the committee it sits in ("ban cán sự đảng | ủy ban nhân dân tỉnh").
_PLACE_WORDS = (
    r"(?:tỉnh|huyện|thị|thành|quận|đảng)\s+(?:ủy|uỷ)(?!\s+ban)(?:\s+cơ sở)?|"
    r"tỉnh|huyện|thị xã|(?<!tác )xã(?!\s+hội)|"
    r"thành phố|thị trấn|phường|quận|đặc khu|(?<!nông )thôn|xóm|ấp|khu phố|khối phố|khóm|tổ dân phố|"
    r"khu dân cư|địa phương|cùng cấp|trực thuộc|có liên quan|liên quan"
)
_PLACE = re.compile(rf"(?:{_PLACE_WORDS})(?!\w)")
# A line ending in one of these cannot end a name: the next line goes on with it ("Sở Văn hóa, Thể thao và" /
# "Du lịch"); nor can a place word before a proper name ("huyện" / "Long Điền").
_NAME_GOES_ON = re.compile(rf"(?:(?<!\w)(?:và|của|các|những|thuộc|cùng|{_PLACE_WORDS})|[,\-–])$")
# The first word of a line that starts a sentence or a bullet of its own: a capital, after a dash or not.
_FIRST_WORD = re.compile(rf"(?:[-–+•]\s*)?[{_UPPER}]\S*")
# A Party committee named by its place ("Tỉnh ủy") gives the place of a name as "tỉnh" does.
_CAP_PLACE = re.compile(r"(?:Tỉnh|Huyện|Thành|Thị|Quận)\s+(?:ủy|uỷ)(?!\w)")
# So does the Youth Union named by its level ("Huyện đoàn"): "phối hợp với Huyện đoàn | tập huấn …".
_LEVEL_UNION = re.compile(r"(?:Tỉnh|Huyện|Thành|Thị|Quận)\s+(?i:đoàn)(?!\w)")
# A ministry, department or office named by its sector (a closed vocabulary), then a lower-case word, has
# given its name whole, as a place word would: "Sở Công Thương | phát triển các sản phẩm …", "Sở Y tế tỉnh"
# (but "Phòng Văn hóa" goes on into "- Xã hội"). So do a commune's offices, by the fields the law gives them
# (2025): "Phòng Văn hóa - Xã hội | xác thực …", "Phòng Kinh tế, Hạ tầng và Đô thị".
_COMMUNE_OFFICES = [r"Văn\s+h(?:óa|oá)\s*[-–]\s*Xã\s+hội", r"Kinh\s+tế,\s*Hạ\s+tầng\s+và\s+Đô\s+thị"]
_SECTOR_BODY = re.compile(
    r"(?<!\w)(?:Bộ|Sở|Phòng)\s+(?i:"
    + "|".join(
        _COMMUNE_OFFICES
        + [r"\s+".join(map(re.escape, x.split())) for x in sorted(SECTORS, key=len, reverse=True)]
    )
    + rf")(?=\s+[{LOWER}])(?!\s+chính\s+quyền)"
)
# But a police department is named by the field of its work, in lower-case words up to "Tổ quốc" (the
# fatherland, always capitalised): "Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc" is one name.
_FIELD_TO_FATHERLAND = re.compile(rf"(?:\s+(?!{_VERBS})[{LOWER}]\w*){{1,8}}?\s+Tổ\s+quốc(?!\w)")
# Text that ends with a name's place, and the proper name after it: "… huyện", "… xã Hải Thanh".
_PLACE_END = re.compile(rf"(?<!\w)(?:{_PLACE_WORDS}|{_CAP_PLACE.pattern})(?:\s+[{_UPPER}]\w*)*\s*$")
# "nơi … đóng (quân, chân)", "nơi cư trú": where the body is, part of its name ("chính quyền địa phương nơi
# trường đóng", "… nơi đơn vị đóng chân").
_WHERE_IT_IS = r"nơi\s+(?:[^\s,;()]+\s+){0,2}?(?:đóng(?:\s+(?:quân|trụ sở|chân))?|cư trú|sinh sống)"
# "cấp" after a place is the verb to supply ("Đoàn Thanh niên huyện | cấp cây giống"), but for "các cấp"
# ("cùng cấp" is a place itself), and for a level ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp huyện": the
# committee of each district); "cùng" before a capital joins the next name, as "và" does. "biên giới"
# says which places ("Ủy ban nhân dân các xã biên giới"), and so does a region named after them ("Sở Y tế
# các tỉnh phía Bắc", "… các tỉnh miền Trung và Tây Nguyên", "Công an các xã trên địa bàn khu vực (3)").
# After a place, the words saying which of them go on with the name too: those where something is ("Ủy
# ban nhân dân cấp xã nơi có tài sản | tổ chức …", up to the verb) and those chosen ("các xã được chọn").
_WHICH_PLACES = rf"nơi\s+có(?:\s+(?!{_VERBS})[{LOWER}]\w*){{1,3}}|được\s+chọn"
_REGION_NAME = rf"[{_UPPER}]\w*(?:\s+[{_UPPER}]\w*)*"
_REGION = (
    rf"(?:phía|miền|vùng)\s+{_REGION_NAME}(?:\s+và\s+{_REGION_NAME})?|khu vực(?:\s+(?:\d+|{_REGION_NAME}))?"
)
_AFTER_PLACE = re.compile(
    rf"(?:{_PLACE_WORDS}|biên giới|{_REGION}|các\s+cấp|cấp\s+(?:tỉnh|huyện|xã|cơ sở)|các|và|"
    rf"cùng(?=\s+[{_UPPER}])|"
    r"thuộc|trên địa bàn|ủy|uỷ|khóa|khoá|nhiệm kỳ|"
    rf"{_WHERE_IT_IS}|{_WHICH_PLACES})(?!\w)"
)
# The administrative levels.
_LEVEL = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?!\w)"
# Of a body named for the places of a level ("các xã", "những huyện"), "có" and the words up to the verb say
# which of them: those that have something ("Ủy ban nhân dân các xã có rừng | cập nhật …", up to three words,
# and "qua" after them: "… các xã có dự án đi qua | tổ chức …"), part of its name (not "có liên quan", a place
# word of its own).
_HAVING = re.compile(rf"có(?:\s+(?!{_VERBS})[{LOWER}]\w*){{1,3}}(?:\s+qua)?(?!\w)")
# So does "vùng" and the lower-case words up to the verb, the area they are in ("Ủy ban nhân dân các huyện
# vùng sâm | tham mưu …", "các xã vùng cao"), up to three words, not "và" or "các" (the next name).
_AREA = re.compile(rf"vùng(?:\s+(?!{_VERBS}|(?:và|các|của)(?!\w))[{LOWER}]\w*){{1,3}}(?!\w)")
# The places may be of several levels listed with commas ("các xã, phường có tuyến đi qua").
_PLURAL_PLACES = re.compile(rf"(?<!\w)(?:các|những)\s+{_LEVEL}(?:\s*,\s*{_LEVEL})*\s*$")


def _which_of_the_places(seg: str, p: int) -> re.Match[str] | None:
    """The "có …" or "vùng …" at p that says which of the places of a level just named ("… các xã") the
    body is of."""
    if not seg.startswith(("có", "vùng"), p) or not _PLURAL_PLACES.search(seg, 0, p):
        return None
    return _HAVING.match(seg, p) or _AREA.match(seg, p)


# A city names itself with a capital ("Bưu điện Thành phố"), and a proper name has every syllable capitalised
# ("Công ty Cấp nước Sài Gòn"): either gives a name its place as a place word does, so the next lower-case
# word starts what the partners do ("… Sài Gòn | thúc đẩy …"). A unit's head after it goes on with the name
# ("Ngân hàng Nhà nước Việt Nam | Chi nhánh Thành phố Hồ Chí Minh | đối soát …").
_CITY = re.compile(r"Thành phố(?!\w)")
# A syllable of a proper name, not an acronym ("UNESCO Cao nguyên" goes on); a city's "Thành phố" inside it
# is one ("Viện Pasteur Thành phố Hồ Chí Minh").
_CAP_WORD = re.compile(rf"Thành phố(?!\w)|[{_UPPER}][{LOWER}]*(?![^\s,;()])")


def _proper_name_end(seg: str, p: int) -> int | None:
    """The end of a proper name at p (two capitalised syllables or more, up to a unit's head), if any."""
    end, n = p, 0
    while (w := _CAP_WORD.match(seg, end + (n > 0))) and (n == 0 or not _starts_a_body(seg[w.start() :])):
        end, n = w.end(), n + 1
        if end >= len(seg) or seg[end] != " ":
            break
    return end if n >= 2 else None


def _names_end(seg: str) -> int:
    """Where the list of body names at the start of seg ends (the verb phrase after them excluded)."""
    placed = False
    pos = 0
    for w in re.finditer(r"\([^()]*\)|[^\s,;()]+", seg):
        p = w.start()
        if p < pos:
            continue  # inside a place phrase already read
        word = w.group()
        if word.startswith("("):
            if not (re.fullmatch(rf"\({_PLACE_IN_PAREN}", word) or _WHERE_THERE_IS.fullmatch(word)):
                return p
            placed = True
            pos = w.end()
            continue
        before = seg[:p].rstrip()
        first = not before or re.search(r"(?:,|;|\svà|\scùng)$", before)
        if first:
            placed = False  # the next name of the list
        if word[0].isupper() and not first:
            if _starts_a_body(seg[p:]):
                placed = False  # the name goes on with its unit
            elif e := (m.end() if (m := _CITY.match(seg, p)) else _proper_name_end(seg, p)):
                placed = True
                pos = e
                continue
        a = (
            _OFFICER.match(seg, p)
            or _CAP_PLACE.match(seg, p)
            or _LEVEL_UNION.match(seg, p)
            or _UNIT_CODE.match(seg, p)
        )
        if not a and (a := _SECTOR_BODY.match(seg, p)):
            a = _FIELD_TO_FATHERLAND.match(seg, a.end()) or a
        if a:
            placed = True  # an officer's title, a sector's body are whole names; "Tỉnh ủy" gives a place
            pos = a.end()
            continue
        if word[0].islower() or word[0] in "-–":
            if word[0] in "-–":
                pos = w.end()
                continue
            if placed:
                a = _AFTER_PLACE.match(seg, p) or _which_of_the_places(seg, p)
                if not a:
                    return p
                pos = a.end()
                continue
            a = _PLACE.match(seg, p)
            if a:
                placed = True
                pos = a.end()
                continue
        pos = w.end()
    return len(seg)


# A new body in a list starts with a capitalised kind of body ("Sở …", "Công an xã", "Tổ …", an agency named
# after "Cơ quan": "Cơ quan Cảnh sát điều tra …"), with "các …" or with a village head's title ("trưởng
# ấp"), an association ("Hiệp hội …") or a portal ("Cổng thông tin điện tử tỉnh"); a comma followed by
# anything else stays inside one name ("Sở Văn hóa, Thể thao và Du lịch").
_BODY_START = re.compile(
    r"(?:các|những)\s+\w|(?:Ban|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Sở|Phòng|Văn phòng|Mặt trận|MTTQ|Cấp ủy|"
    r"Đảng ủy|Đảng uỷ|Đảng đoàn|Đảng bộ|Chi bộ|Chi ủy|Chi uỷ|Tỉnh ủy|Huyện ủy|Thành ủy|Thị ủy|Quận ủy|"
    r"Thường trực|Hội|Đoàn|Liên đoàn|Công đoàn|Trung tâm|Báo|Đài|Công an|Bộ Chỉ huy|Ban Chỉ huy|Quân sự|Bộ|"
    rf"Cục|Chi cục|Trường|Viện|Tòa án|Viện kiểm sát|Kho bạc|Hạt|Đồn|Đội|{_SEA_UNIT}|Trạm|Bệnh viện|Ngân hàng|"
    rf"Chi nhánh|Cơ quan(?=\s+[{_UPPER}])|"
    r"Liên minh|Câu lạc bộ|Bảo hiểm|Thanh tra|Trưởng|Các|Những|[Cc]hính quyền|Bảo tàng|Thư viện|Hiệp hội|"
    r"Cổng\s+(?i:thông tin)|"
    rf"{_PRESS_AND_FIRMS})(?!\w)|"
    rf"trưởng\s+(?:{_PLACE_ALT})(?!\w)|"  # a village head written in lower case ("và trưởng ấp")
    r"chi bộ\s+\w|"  # a Party cell written in lower case ("và chi bộ các thôn")
    r"(?:người có uy tín|già làng)(?!\w)|"  # the people of standing in a village ("và người có uy tín")
    r"Tổ\s+(?!(?i:chức|quốc)(?!\w))\w"  # a team ("Tổ công tác", "Tổ an ninh"), not "Tổ chức", "Tổ quốc"
)
# A body directed may be named by a lower-case kind ("lãnh đạo cơ quan Văn phòng …", "chỉ đạo lực lượng
# Dân quân …"), or be a village named by its kind alone ("Lãnh đạo thôn phối hợp …": a cell leads its
# village, which does the work); the committees of a level are named in lower case too ("chỉ đạo ủy ban
# kiểm tra đảng ủy cơ sở phối hợp …", "lãnh đạo cấp ủy …"); so may a commune's officers, by their job
# title ("hướng dẫn công chức Tư pháp - Hộ tịch cấp xã phối hợp …"); and the cells of a union or an
# association below the assignee ("chỉ đạo công đoàn cơ sở phối hợp với người sử dụng lao động …"); and
# the head of an agency or unit ("lãnh đạo thủ trưởng cơ quan phối hợp …": a Party cell leads the head);
# and the units below it named in lower case by their kind and their level or role ("chỉ đạo phòng chuyên
# môn phối hợp …", "chỉ đạo hội cơ sở phối hợp …"); and a Party group so named ("chỉ đạo ban cán sự đảng
# ủy ban nhân dân tỉnh chủ trì, phối hợp …", "đảng đoàn …").
_DIRECTED_BODY = re.compile(
    rf"{_BODY_START.pattern}|{_OFFICER.pattern}|(?:cơ quan|đơn vị|lực lượng|thủ trưởng|người đứng đầu)\s+\S|"
    r"(?:phòng|ban|hội|đoàn)\s+(?:chuyên môn|cơ sở)(?!\w)|"
    rf"(?:{_PLACE_ALT})$|"
    r"(?:ủy ban|uỷ ban|đảng ủy|đảng uỷ|cấp ủy|cấp uỷ|chi ủy|chi uỷ|công đoàn|chi đoàn|chi hội|ban cán sự|"
    r"đảng đoàn)(?!\w)"
)
# "Văn phòng HĐND và UBND huyện" is the one office of both councils.
_COUNCIL = r"(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội)"
_OFFICE_OF_COUNCIL = re.compile(rf"^Văn phòng\s+{_COUNCIL}(?:\s*,\s*{_COUNCIL})*$")


# "A và các B cùng cấp", A with no place of its own: the level is shared, the two are named as one group
# ("Ủy ban MTTQ và các đoàn thể cùng cấp").
_SHARED_LEVEL = re.compile(r"^(?P<a>[^,;]+?)\s+và\s+(?:các|những)\s+[^,;]+?\s+cùng cấp$")


def _names_one_group(seg: str) -> bool:
    m = _SHARED_LEVEL.match(seg)
    return m is not None and not _PLACE.search(m.group("a")) and not _CAP_PLACE.search(m.group("a"))


# "Văn phòng Tỉnh ủy, Thành ủy": a part of a Party committee named by its place, then after a comma the
# committee of another kind of place alone, is one body (that part of each province's or city's committee).
_PART_OF_COMMITTEE = re.compile(rf"\S\s+{_CAP_PLACE.pattern}$")
_BARE_COMMITTEE = re.compile(rf"{_CAP_PLACE.pattern}$")


def _other_place_of(name: str, sep: str, piece: str) -> bool:
    """Whether piece, after name and sep, only names the other place of name's committee."""
    return sep == "," and bool(_BARE_COMMITTEE.match(piece)) and bool(_PART_OF_COMMITTEE.search(name))


# A body named by its kind in lower case ("ủy ban kiểm tra cùng cấp và cơ quan công an tỉnh"), after a name
# that has given its place or level, starts the next body.
_LOWER_KIND = re.compile(r"(?:cơ quan|ủy ban|uỷ ban|văn phòng|ban|phòng)\s+\w")
_PLACE_AT_END = re.compile(rf"(?<!\w)(?:{_PLACE_WORDS})$")


# "Trưởng ấp, Trưởng khóm", "Trưởng thôn, Tổ trưởng tổ dân phố": the heads of the kinds of village, listed
# with a comma, are one office (the village head, wherever the plan works), as "Ban công tác Mặt trận thôn,
# tổ dân phố" is one body; "và" still sets two partners apart.
_VILLAGE_HEAD = re.compile(rf"(?:(?i:tổ)\s+)?(?i:trưởng)\s+(?:các\s+)?(?:{_PLACE_ALT})")


def _other_village_head(name: str, sep: str, piece: str) -> bool:
    """Whether piece, after a comma and the head of a kind of village, is the head of another kind."""
    last = name.rsplit(",", 1)[-1].strip()
    return sep == "," and bool(_VILLAGE_HEAD.fullmatch(piece)) and bool(_VILLAGE_HEAD.fullmatch(last))


def _lower_kind_after_place(name: str, sep: str, piece: str) -> bool:
    """Whether piece, after "và" and a name ending in its place, is another body named by its kind."""
    return sep == "và" and bool(_LOWER_KIND.match(piece)) and bool(_PLACE_AT_END.search(name))


# "Ủy ban nhân dân thành phố Thủ Đức và các quận, huyện": a body named with its place, then "và các" and only
# the administrative units of a level, is that body with its peers of the level, one group.
_PEERS = re.compile(rf"(?:các|những)\s+{_LEVEL}(?:\s+[{_UPPER}]\w*)*$")


def _peers_of_level(name: str, sep: str, piece: str) -> bool:
    """Whether piece, after "và" and a name ending in its place, only names that place's peers."""
    return sep == "và" and bool(_PEERS.match(piece)) and bool(_PLACE_END.search(name))


# "Phòng Tổ chức - Hành chính và Thanh tra": a department named by fields joined with a dash goes on after
# "và" with its last field, though that field alone ("Thanh tra") could name a body: with no place or
# issuer of its own it is no other body ("… và Thanh tra huyện" is).
_DASHED_DEPARTMENT = re.compile(rf"(?:^|,\s*)Phòng\s+[{_UPPER}][^,;]*\s[-–]\s*[{_UPPER}][^,;]*$")


# So does a press title named by fields ("Tạp chí Lao động và Công đoàn"): a bare kind after its "và", one
# word of a name with nothing saying which one, is its last field.
_PRESS_TITLE = re.compile(rf"(?:^|,\s*)(?:Báo|Tạp chí)\s+[{_UPPER}][^,;]*$")
_BARE_KIND = re.compile(rf"[{_UPPER}]\w*(?:\s+[{LOWER}]\w*)?")


def _last_field_of(name: str, sep: str, piece: str) -> bool:
    """Whether piece, after "và" and a department named by dashed fields or a press title, is only its last
    field."""
    if sep != "và":
        return False
    if piece == "Thanh tra" and _DASHED_DEPARTMENT.search(name):
        return True
    bare = _BARE_KIND.fullmatch(piece) is not None and not _PLACE.search(piece)  # "Đài tỉnh" is a body
    return bare and _PRESS_TITLE.search(name) is not None


# "Tổ kiểm tra, Tổ giám sát của Ủy ban Kiểm tra": units of one kind listed with a comma, the last naming
# whose they are after "của", are that body's units, one partner; the units before it name no owner or
# place of their own.
_OWNED = re.compile(rf"^(?P<kind>\S+)\s.*\s(?i:của)\s+[{_UPPER}]")


def _unit_of_the_same_owner(name: str, sep: str, piece: str) -> bool:
    """Whether name, before a comma and piece, is a unit of piece's kind sharing the owner piece names."""
    m = _OWNED.match(piece)
    return (
        sep == ","
        and m is not None
        and name.split(maxsplit=1)[0] == m.group("kind")
        and not re.search(r"(?i:của)\s|,", name)
        and not _PLACE.search(name)
        and not _CAP_PLACE.search(name)
    )


# "…, cơ quan thi hành án dân sự": an agency named in lower case by the work it does, after a comma, is the
# next body of a list, but for the role a body is given ("Sở Nội vụ, cơ quan thường trực của Hội đồng").
_AGENCY_OF_A_KIND = re.compile(
    r"cơ quan\s+(?!(?:thường trực|chủ trì|đầu mối|tham mưu|chủ quản)(?!\w))[^\W\d_]"
)


def split_bodies(seg: str) -> list[str]:
    """ "A, B và C" -> [A, B, C] where each part is a body; a part that is not one stays with the name
    before it, joined as the text joins them."""
    if _names_one_group(seg):
        return [seg]
    out: list[str] = []
    parts = re.split(r"(\s*[,;]\s*|\s+(?:và|cùng)\s+(?!cấp(?!\w)))", seg)
    sep = joiner = ""
    for n, part in enumerate(parts):
        if n % 2:
            sep = part.strip()
            joiner = ", " if sep in (",", ";") else f" {sep} "
            continue
        piece = part.strip(" ,")
        if not piece:
            continue
        office = (
            out and joiner.strip() == "và" and _OFFICE_OF_COUNCIL.match(out[-1]) and re.match(_COUNCIL, piece)
        )
        starts = (
            _starts_a_body(piece)
            or bool(out and _lower_kind_after_place(out[-1], sep, piece))
            or bool(sep == "," and _AGENCY_OF_A_KIND.match(piece))
        ) and not (
            out
            and (
                _other_place_of(out[-1], sep, piece)
                or _peers_of_level(out[-1], sep, piece)
                or _other_village_head(out[-1], sep, piece)
                or _last_field_of(out[-1], sep, piece)
            )
        )
        if out and (office or not starts or _unit_of_the_same_owner(out[-1], sep, piece)):
            out[-1] = out[-1] + joiner + piece
        else:
            out.append(piece)
    return out


def deadline(text: str) -> str | None:
    m = _DEADLINE.search(text)
    return m.group().strip() if m else None


def reports_to(text: str) -> list[str]:
    out: list[str] = []
    for m in _REPORT.finditer(text):
        span = parse_issuer(text, m.end())
        if span:
            name = text[span[0] : span[1]].strip()
            if name and name not in out:
                out.append(name)
    return out
