"""References to other documents: "Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của … về …" and unnumbered ones.

Party symbols (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW) are written number-hyphen-symbol ("21-NQ/TW"),
State and Front ones (Nghị định 30/2020/NĐ-CP) number-slash-symbol ("3588/KH-UBND", "374/KH-MTTQ-BTT").
The type is the word written before "số" (so "Quy định số 08-QĐi/TW" is a Quy định).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ingest.bodies import TYPE_ALT, TYPE_CODES, type_from_code
from ingest.normalize import LOWER, UPPER, normalize

# "Văn bản số 611/TTg-QHĐP": a State letter named by the general word, kept as written; "Quy chế phối hợp
# số 02/QCPH-UBND-MTTQ", "Chương trình phối hợp số 3/CTrPH-CA-HPN": the agreement of two bodies, named by its
# kind; the Front's with its member organisations is "Chương trình phối hợp và thống nhất hành động". The
# general word may carry its kind too, the type as written: "Văn bản liên tịch số 4/VBLT-…" (a joint letter),
# "Văn bản giải đáp số 2/GĐ-TANDTC" (the Supreme Court's answers), "Quy chế làm việc số 3-QC/HU", "Chương
# trình công tác số 2/CTr-…" (a body's work programme); a forecasting station's bulletin is "Bản tin số
# 06/BT-KTTV"; a commander's order is "Mệnh lệnh số 2150/ML-BTL", a force's plan for an event "Phương án số
# 09/PA-CAT".
CITE_TYPE_ALT = (
    TYPE_ALT
    + "|Văn bản liên tịch|Văn bản giải đáp|Văn bản|Quy chế làm việc|Quy chế phối hợp"
    + "|Chương trình công tác|Bản tin|Mệnh lệnh|Phương án"
    + "|Chương trình phối hợp và thống nhất hành động|Chương trình phối hợp"
)
# A unit of a ministry or a provincial police may follow the issuer with its number ("…/KH-CAT-PC04").
# A hyphen or slash inside a symbol may be typed with a space on one side ("19/2022/NQ -HĐND", "05/2022/NQ-
# HĐND", "114-QĐ /TW"), not both (" - " sets the reference apart from what follows) unless a code of
# capitals follows: "03/NQ - CP", "69/2024/NĐ - CP", "06/QĐ - TTg" are keys typed by hand.
_SYM_SEP = rf"(?:\s?[-/](?!\s)|[-/]\s?|\s[-/]\s(?=[A-ZĐ][A-ZĐ{UPPER}]))"
# A code's letters after its first may be any capital, "Ư" too ("UBTƯMTTQVN": the Front's Central Committee),
# and an "&" joining two capitals ("BNN&PTNT": a ministry named by two fields).
_SYM_LETTERS = f"(?:[A-Za-zđ{UPPER}]|&(?=[A-ZĐ]))*"
# A later part may end in a unit's number ("PC04") or in the number a steering committee is named by ("Ban
# Chỉ đạo 138" writes "BCĐ138").
_SYM = rf"[A-ZĐ]{_SYM_LETTERS}(?:{_SYM_SEP}[A-ZĐ]{_SYM_LETTERS}(?:(?<=[{UPPER}])\d{{1,3}})?)+"
# After a year ("35/2023/UBTVQH15", "10/2022/QH15", "93/2020/NĐ-CP") a State symbol may be one part and
# carry the term of the National Assembly that issued it; a joint one names each issuer after a slash or a
# hyphen ("01/2014/NQLT/CP-UBTƯMTTQVN").
_SYM_YEAR = rf"[A-ZĐ]{_SYM_LETTERS}\d{{0,2}}(?:{_SYM_SEP}[A-ZĐ]{_SYM_LETTERS}\d{{0,2}})*"
# After a type and "số" a symbol may be one code of capitals: "Quy chế phối hợp số 02/QCPH" (the parties named
# after it), where "năm 2/3" or "tỷ lệ 1/KH" alone would be no reference.
_SYM_ONE = rf"[A-ZĐ][A-ZĐ{UPPER}]+"
NUMBERED = re.compile(
    rf"(?:(?P<type>(?i:{CITE_TYPE_ALT}))\s+)?(?:(?P<so>(?i:số))\s*:?\s*)?"
    rf"(?<![\w/.-])(?P<num>\d{{1,5}}(?P<year>/(?:19|20)\d\d)?)\s?(?P<sep>[-–/])\s?"
    rf"(?P<sym>(?(year){_SYM_YEAR}|(?(type)(?(so)(?:{_SYM}|{_SYM_ONE})|{_SYM})|{_SYM})))(?![\w/-])"
)
# A law or ordinance named before its number: "Luật Thư viện số 46/2019/QH14" (the name is its title). A
# name may hold a comma before a lower-case word ("Luật Cán bộ, công chức"), not before "các" or "những"
# (", các Phòng …" lists other things after it); an amending law names others
# ("Luật sửa đổi, bổ sung một số điều của Luật …").
_LAW_NAME = (
    rf"(?:sửa đổi,?\s[^;:()“”\"\d]{{0,160}}?|"
    rf"[{UPPER}](?:(?!Luật(?!\w))[^,;:()“”\"\d]|,(?=\s(?!(?:các|những)\s)[{LOWER}])){{0,100}}?)"
)
# The number may follow in a bracket, the name with its year: "Luật Thủ đô năm 2012 (số 25/2012/QH13)" is one
# law, called "Luật Thủ đô năm 2012".
_NAMED_LAW = re.compile(
    rf"(?<!\w)(?P<type>Luật|Pháp lệnh|Bộ luật)\s+(?P<called>(?P<name>{_LAW_NAME})"
    r"(?:\s+(?i:năm)\s+(?:19|20)\d\d(?=\s*\())?)(?:\s+|\s*\(\s*)$"
)
DATE = (
    r"(?P<d>\d{1,2})\s?[/.\-]\s?(?P<m>\d{1,2})\s?[/.\-]\s?(?P<y>(?:19|20)\d\d)(?!\d)|"
    r"(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d)"
)
DATE_RE = re.compile(DATE)
# "… cùng ngày 12/12/2013": the day of the references listed before it, all of them.
_DATE_AFTER = re.compile(rf"\s?[,;]?\s?(?:(?P<same>(?i:cùng)\s+)?(?i:ngày)\s?)?(?:{DATE})")
# "Nghị quyết 08-NQ/TW (16/01/2017) của …": the day may be written in brackets right after the key.
_DATE_IN_BRACKETS = re.compile(rf"\s?\(\s?(?:(?i:ngày)\s?)?(?:{DATE})\s?\)")
# A reference ahead: a type and its number, "số" or the key's separator after it ("Nghị định 12/2021/NĐ-CP",
# not "kế hoạch 5 năm").
_CITE_AHEAD = rf"(?:(?i:{CITE_TYPE_ALT})\s+(?:(?i:số)\s*:?\s*\d|\d+\s?[-–/]))"
# The verbs a title may open with right after its issuer ("… của Chính phủ ban hành …"), also going on with
# earlier work ("… của Bộ Chính trị tiếp tục thực hiện Nghị quyết số …"); a decision naming a day is titled
# by it ("… của Thủ tướng Chính phủ lấy ngày 19 tháng 4 hằng năm là Ngày …"), but "lấy ý kiến" is the plan's;
# a notice assigns work ("… của Thường trực Hội đồng nhân dân tỉnh phân công các Ban …"); a rule of the
# Party's statute carries it out ("… của Ban Chấp hành Trung ương thi hành Điều lệ Đảng"); a report gathers
# views ("… của Đoàn đại biểu Quốc hội tỉnh tổng hợp ý kiến …"), a decision sets quotas ("… giao chỉ tiêu …"),
# recognises units or sets up and renews a body ("… của Chủ tịch UBND tỉnh công nhận xã …", "… kiện toàn Hội
# đồng …", "… thành lập Ban …"); a plan holds an event, named with a capital ("… của UBND tỉnh tổ chức Lễ
# hội …"; "… của Bộ Chính trị tổ chức đại hội …" is the plan's clause, its subject's work), a Party
# committee's leads the work of a field ("… của Ban Thường vụ Đảng ủy xã lãnh đạo công tác …").
_VERBS = re.compile(
    r"(?:tiếp tục\s+)?(?:thực hiện|triển khai|ban hành|phê duyệt|truyền thông|sửa đổi|tổng kết|sơ kết|"
    r"hướng dẫn|quy định chi tiết|quy định|công bố|lấy ngày|phân công|thi hành|tổng hợp|giao chỉ tiêu|"
    rf"công nhận|kiện toàn|thành lập|tổ chức(?=\s+[{UPPER}])|lãnh đạo)(?!\w)"
)
# Lower-case words allowed inside a body name ("Ủy ban nhân dân tỉnh", "Bộ chính trị"). Standing alone: the
# units, the term, "ủy", "đảng", "bộ" and second syllables that are no verb.
_LOWER_OK = {"tỉnh", "huyện", "xã", "quận", "phường", "khóa", "khoá", "ủy", "uỷ", "đảng", "bộ"}
_LOWER_OK |= {"thư", "tướng", "nghị", "hội"}  # Bí thư, Thủ tướng, Hội nghị, Quốc hội
# A first syllable is a name's only with its second, for alone it starts a verb or the plan's clause ("thành
# lập", "thường xuyên", "nhân dịp", "chính thức"); some only after "ban" ("Ban tổ chức", "Ủy ban kiểm
# tra"), for elsewhere they are the verb that follows the issuer ("của Bộ Chính trị tổ chức …").
_LOWER_FIRST: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    "thành": (("phố", "ủy", "uỷ"), None),
    "thị": (("xã", "trấn", "ủy", "uỷ"), None),
    "nhân": (("dân",), None),
    "dân": (("vận",), None),
    "trung": (("ương",), None),
    "thường": (("vụ", "trực"), None),
    "chính": (("trị", "phủ"), None),
    "quân": (("sự",), None),
    "chấp": (("hành",), ("ban",)),
    "kiểm": (("tra",), ("ban",)),
    "tổ": (("chức",), ("ban",)),
    "tuyên": (("giáo",), ("ban",)),
    "toàn": (("quốc",), ("ban",)),  # a body of the whole country: "Ủy ban toàn quốc Liên hiệp các Hội …"
    "đặc": (("khu",), None),  # a special zone, a commune-level unit since 2025: "Đảng bộ đặc khu Phú Quốc"
}
_LOWER_SECOND = {
    second: first
    for first, (seconds, _) in _LOWER_FIRST.items()
    for second in seconds
    if second not in _LOWER_OK
}


def _lower_in_name(prev: str, low: str, nxt: str) -> bool:
    """Whether a lower-case word goes on a body name, given the words before and after it."""
    if low in _LOWER_SECOND and prev == _LOWER_SECOND[low]:
        return True
    if low in _LOWER_FIRST:
        seconds, after = _LOWER_FIRST[low]
        return nxt in seconds and (after is None or prev in after)
    return low in _LOWER_OK


_ROMAN = re.compile(r"^[IVXLC]+$")


def _phrase(words: str, caseless: bool = False) -> str:
    """A phrase as a pattern: any spacing, "-" or "–" between its words; the first letter as written."""
    parts = [r"\s*[-–]\s*" if w == "-" else re.escape(w) for w in words.split()]
    pat = ""
    for i, part in enumerate(parts):
        sep = "" if i == 0 or part.startswith(r"\s*") or parts[i - 1].startswith(r"\s*") else r"\s+"
        pat += sep + part
    if caseless:
        return pat[0] + "(?i:" + pat[1:] + ")"
    return pat


# The sectors of ministries (Bộ), provincial departments (Sở) and district offices (Phòng): a small closed
# vocabulary whose names hold lower-case words and "và", "-", ",".
SECTORS = [
    "Văn hóa, Thể thao và Du lịch",
    "Văn hóa - Thể thao và Du lịch",
    "Văn hóa, Khoa học và Thông tin",
    "Văn hóa và Thể thao",
    "Văn hóa - Thể thao",
    "Văn hóa và Thông tin",
    "Văn hóa - Thông tin",
    "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội",
    "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường",
    "Nông nghiệp và PTNT",  # the sector's second half abbreviated, as the genre writes it
    "Lao động - TB&XH",
    "Tài nguyên và Môi trường",
    "Giáo dục và Đào tạo",
    "Giáo dục - Đào tạo",
    "Kế hoạch và Đầu tư",
    "Khoa học và Công nghệ",
    "Thông tin và Truyền thông",
    "Giao thông vận tải",
    "Giao thông - Vận tải",
    "Tài chính - Kế hoạch",
    "Kinh tế - Hạ tầng",
    "Kinh tế và Hạ tầng",
    "Quản lý đô thị",
    "Dân tộc và Tôn giáo",
    "Công Thương",
    "Tài chính",
    "Nội vụ",
    "Tư pháp",
    "Y tế",
    "Xây dựng",
    "Ngoại vụ",
    "Ngoại giao",
    "Quốc phòng",
    "Công an",
    "Du lịch",
    "Dân tộc",
    "Kinh tế",
    "Văn hóa",
]
# Positions and names of bodies whose second word is written in lower case (or that join two names).
NAME_UNITS = [
    "Chủ tịch",
    "Phó Chủ tịch",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Giám đốc",
    "Phó Giám đốc",
    "Thống đốc",  # the head of the State Bank: "Thống đốc Ngân hàng Nhà nước Việt Nam"
    "Phó Thống đốc",
    "Chánh Văn phòng",
    # a bank's office in a district, named with a lower-case word: "Phòng giao dịch Ngân hàng Chính sách …"
    "Phòng giao dịch",
    "Hiệu trưởng",  # the head of a school and its kind: "Hiệu trưởng Trường Cao đẳng Y tế"
    "Phó Hiệu trưởng",
    "Đại học",
    # an academy, the national ones with "quốc gia" in lower case: "Học viện Chính trị quốc gia Hồ Chí Minh"
    "Học viện",
    "Học viện Chính trị quốc gia",
    "Học viện Hành chính quốc gia",
    "Cao đẳng",
    "Trung cấp",
    "Trưởng ban",
    "Phó Trưởng ban",
    "Chủ nhiệm",
    "Tổng Thanh tra",
    "Tổng Bí thư",
    "Văn phòng",
    "Hội đồng",
    "Ban Chỉ đạo",
    "Cuộc vận động",  # the campaign a committee steers: "Ban Chỉ đạo Cuộc vận động Trung ương"
    "Ban Chỉ huy",
    "Bộ Chỉ huy",
    # the head of a military command and his deputies: "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"
    "Chỉ huy trưởng",
    "Phó Chỉ huy trưởng",
    "Ban Quản lý",
    "Ban Tuyên giáo và Dân vận",
    # the committees of a People's Council and the Party committee's boards named by a sector
    "Ban Kinh tế - Ngân sách",
    "Ban Văn hóa - Xã hội",
    "Ban Pháp chế",
    "Ban Dân tộc",
    "Ủy ban Dân tộc",  # the ministry-level committee, and the National Assembly's council
    "Uỷ ban Dân tộc",
    "Hội đồng Dân tộc",
    "Ban Đô thị",
    "Ban Nội chính",
    "Ban Kinh tế",
    "Ban Bảo vệ, chăm sóc sức khỏe cán bộ",
    "Ban Bảo vệ chăm sóc sức khỏe cán bộ",
    "Ban Thi đua - Khen thưởng",
    "Thi đua - Khen thưởng",  # "Hội đồng Thi đua - Khen thưởng tỉnh": the council of a field, as a Ban's
    "Thi đua, Khen thưởng",
    "Ban Tôn giáo",
    "Đảng đoàn",
    "Ban cán sự đảng",  # "Ban cán sự đảng Ủy ban nhân dân tỉnh": the Party's body in a State one
    "Đoàn đại biểu Quốc hội",  # a province's National Assembly delegation: "Đoàn đại biểu Quốc hội tỉnh"
    "Mặt trận",
    "Tổ quốc",
    # the unions of associations, their field in lower case: "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"
    "Liên hiệp các Hội Khoa học và Kỹ thuật",
    "Liên hiệp các Hội Văn học nghệ thuật",
    # the union of friendship organisations, its kind in lower case: "Liên hiệp các tổ chức hữu nghị tỉnh"
    "Liên hiệp các tổ chức hữu nghị",
    "Tỉnh đoàn",
    "Huyện đoàn",
    "Thành đoàn",
    "Quận đoàn",
    "Thị đoàn",
    "Liên đoàn",
    # the trade unions and the secretariats of the mass organisations, named with lower-case words
    "Liên đoàn Lao động",
    "Công đoàn",
    # a sector's union and a workplace's, named by their level in lower case: "Ban Chấp hành Công đoàn ngành",
    # "Công đoàn ngành Giáo dục tỉnh", "Ban Thường vụ Công đoàn cơ sở Trường …"
    "Công đoàn ngành",
    "Công đoàn cơ sở",
    "Ban Thư ký",
    "Liên hiệp",
    # the union of a field's associations, its "Hội …" after it: "Liên hiệp các Hội Văn học nghệ thuật tỉnh"
    "Liên hiệp các",
    "Phụ nữ",
    "Thanh niên",
    "Cộng sản",
    "Cựu chiến binh",
    "Chữ thập đỏ",  # "Hội Chữ thập đỏ tỉnh", "Trung ương Hội Chữ thập đỏ Việt Nam"
    "Nông dân",
    "Khuyến học",  # "Hội Khuyến học tỉnh": the study-promotion association
    "Quân sự",
    "Trung tâm",
    # the public centres of a province or district and the commune's health station, named by their work in
    # lower-case words: "Trung tâm Y tế huyện", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trạm Y tế xã"
    "Trung tâm Y tế",
    "Trung tâm Kiểm soát bệnh tật",
    "Trung tâm Phục vụ hành chính công",
    "Trung tâm Dịch vụ nông nghiệp",
    "Trung tâm Công nghệ thông tin",
    "Trạm Y tế",
    "Bệnh viện",  # "Đảng bộ Bệnh viện", "Giám đốc Bệnh viện Đa khoa tỉnh"
    "Bệnh viện Đa khoa",  # the general hospital: "Đảng ủy Bệnh viện Đa khoa tỉnh Điện Biên"
    "Công an",
    "Khối doanh nghiệp",  # Party blocs: "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng bộ Khối các cơ quan tỉnh"
    "Khối các cơ quan và doanh nghiệp",
    "Khối cơ quan và doanh nghiệp",
    "Khối các cơ quan",
    "Khối cơ quan",
    # the committees of the Party agencies that replaced the blocs in 2025: "Đảng bộ các cơ quan Đảng tỉnh"
    "Đảng bộ các cơ quan Đảng",
    "Đảng ủy các cơ quan Đảng",
    "Đảng uỷ các cơ quan Đảng",
    "Khối dân chính đảng",
    # a State corporation and its Party committee: "Ban Chấp hành Đảng bộ Tổng công ty", "Đảng ủy Tập đoàn …"
    "Tổng công ty",
    "Công ty",
    "Hội đồng quản trị",  # a company's board: "Hội đồng quản trị Công ty", "Hội đồng quản trị Tổng công ty …"
    # the inspectorates, of the Government, a province or a ministry: "Thanh tra Chính phủ", "Thanh tra tỉnh"
    "Thanh tra",
    "Tập đoàn",
    # the State's vertical agencies, a branch in each province: "Bảo hiểm xã hội tỉnh", "Tổng Giám đốc Bảo
    # hiểm xã hội Việt Nam", "Kho bạc Nhà nước tỉnh", "Ngân hàng Chính sách xã hội tỉnh"
    "Bảo hiểm xã hội",
    "Kho bạc Nhà nước",
    "Ngân hàng Nhà nước",
    "Kiểm toán Nhà nước",
    "Ngân hàng",
    "Chính sách xã hội",
    # a branch of a State bank or agency in a province: "Ngân hàng Nhà nước Việt Nam Chi nhánh Thành phố …",
    # "Chi nhánh Ngân hàng Phát triển khu vực …"
    "Chi nhánh",
    # the procuracies and the courts, supreme or of a unit, and their heads: "Viện trưởng Viện kiểm sát nhân
    # dân tối cao", "Chánh án Tòa án nhân dân tỉnh"
    "Viện kiểm sát nhân dân tối cao",
    "Viện kiểm sát nhân dân",
    "Tòa án nhân dân tối cao",
    "Tòa án nhân dân",
    "Toà án nhân dân tối cao",
    "Toà án nhân dân",
    "Tổng Thư ký",  # the Secretary-General: "Tổng Thư ký Quốc hội"
    "Viện trưởng",
    "Phó Viện trưởng",
    "Chánh án",
    "Phó Chánh án",
    "Hội đồng Thẩm phán",  # the Supreme Court's judges' council: "Hội đồng Thẩm phán Tòa án nhân dân tối cao"
    # the head of a general department or a department, named by its level: "Tổng cục trưởng Tổng cục Thuế",
    # "Cục trưởng Cục Thuế tỉnh"
    "Tổng cục trưởng",
    "Phó Tổng cục trưởng",
    "Cục trưởng",
    "Phó Cục trưởng",
    # the customs, their field's second word in lower case: "Tổng cục Hải quan", "Cục Hải quan tỉnh"
    "Tổng cục Hải quan",
    "Cục Hải quan",
    "Chi cục Hải quan",
    # the army's bodies, named with a lower-case word: "Tổng cục Chính trị Quân đội nhân dân Việt Nam", "Đảng
    # ủy Quân khu 4", "Bộ Tư lệnh Quân đoàn 12", "Quân chủng Hải quân", "Bộ đội Biên phòng tỉnh"
    "Tổng cục",
    "Tổng cục Hậu cần - Kỹ thuật",
    "Tổng cục Hậu cần",
    "Tổng cục Kỹ thuật",
    "Tổng cục Công nghiệp quốc phòng",
    "Quân khu",
    "Quân đoàn",
    "Quân chủng",
    "Hải quân",
    "Phòng không - Không quân",
    "Bộ Tư lệnh",
    "Bộ Tham mưu",
    "Tư lệnh",
    "Bộ đội Biên phòng",
    "Quân đội",
    "Cụm trưởng",  # the head of an emulation cluster or bloc of units
    "Khối trưởng",
]
_by_length = sorted(SECTORS, key=len, reverse=True)
# An association is named by a capitalised word and the lower-case words after it, up to the unit it is of:
# "Hội Người cao tuổi tỉnh", "Trung ương Hội Người mù Việt Nam"; a slash may join two names of one thing
# in it ("Hội Nạn nhân chất độc da cam/dioxin tỉnh"); those for whom it works may take nine words ("Hội Bảo
# trợ người khuyết tật và trẻ mồ côi tỉnh").
_ASSOCIATION = (
    rf"Hội\s+[{UPPER}][{LOWER}]*(?:\s+[{LOWER}]+(?:/[{LOWER}]+)?){{1,9}}"
    r"(?=\s+(?:tỉnh|huyện|xã|thị xã|thị trấn|phường|quận|thành phố|Việt Nam)(?!\w))"
)
# An emulation cluster or bloc of units, numbered or not: "Cụm thi đua số 2", "Khối thi đua các cơ quan …".
_EMULATION_GROUP = r"(?:Cụm|Khối)\s+thi\s+đua(?:\s+số\s+\d{1,2})?"
# The head of a board named after it ("Trưởng Ban Kinh tế - Ngân sách …", "Trưởng Ban Chỉ đạo Tổng …": its
# name going on past its kind) is the post alone, the board's name read as any body's; a census's steering
# committee is named by the census, lower-case words and commas up to its year ("Ban Chỉ đạo Tổng điều tra
# dân số và nhà ở năm 2029"); a military region's staff is "Bộ Tham mưu Quân khu 2".
_HEAD_OF_BOARD = rf"Trưởng(?=\s+Ban\s+[{UPPER}][{LOWER}]*\s+[{LOWER}]+\s+(?:[-–]\s+)?[{UPPER}])"
_CENSUS_BOARD = r"Ban\s+Chỉ\s+đạo\s+Tổng\s+điều\s+tra[^;:.()“”\"\d]{1,80}?\s+năm\s+(?:19|20)\d\d"
_CENSUS = re.compile(r"\s*" + _CENSUS_BOARD)
_NAME_UNIT = re.compile(
    r"\s*(?:"
    + _HEAD_OF_BOARD
    + "|"
    + _ASSOCIATION
    + "|"
    + _EMULATION_GROUP
    + r"|(?:Bộ|Sở|Phòng|Công\s+đoàn\s+ngành)\s+(?:"
    + "|".join(_phrase(x, caseless=True) for x in _by_length)
    + ")|"
    + "|".join(_phrase(x, caseless=True) for x in sorted(NAME_UNITS, key=len, reverse=True))
    + r")(?!\w)"
)
# The Politburo and the Secretariat conclude jointly: "của Bộ Chính trị, Ban Bí thư".
_JOINT_CENTRAL = re.compile(r"\s*(?:Bộ Chính trị|Ban Bí thư)(?:\s+Trung ương(?:\s+Đảng)?)?")
_JOINT_NEXT = re.compile(r",\s+(?=(?:Bộ Chính trị|Ban Bí thư)(?!\w))")
# A minister heading a ministry-level body holds two posts: "Bộ trưởng, Chủ nhiệm Ủy ban …".
_MINISTER = re.compile(r"\s*Bộ trưởng")
_SECOND_POST = re.compile(r",\s+(?=(?:Chủ nhiệm|Tổng Thanh tra)\s)")


def iso_date(m: re.Match[str]) -> str | None:
    d, mo, y = (
        (m.group("d"), m.group("m"), m.group("y"))
        if m.group("d")
        else (m.group("d2"), m.group("m2"), m.group("y2"))
    )
    if not (d and mo and y):
        return None
    day, month = int(d), int(mo)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{int(y):04d}-{month:02d}-{day:02d}"


@dataclass
class Mention:
    """One place where the plan names a document."""

    block: int
    start: int
    end: int
    kind: str  # numbered | congress | plenum | named | law
    type: str | None = None
    number: str | None = None
    symbol: str | None = None
    key: str | None = None
    date: str | None = None
    issuer: tuple[int, int] | None = None  # span in the block text
    title: tuple[int, int] | None = None
    title_text: str | None = None  # when the title is not a plain span (e.g. a prefixed issuer)
    issuer_text: str | None = None
    scope: str | None = None  # congress: national | province | district | bloc | commune | city | unknown
    share_title_next: bool = False  # "A và B về X": A takes B's title
    share_issuer_next: bool = False  # "A, B của X": A takes B's issuer
    nested_in: int | None = None  # index of the mention whose title contains this one
    # extras["roman"]: a congress's ordinal, or its term when it has none (what tells two congresses apart)
    extras: dict = field(default_factory=dict)


def make_key(number: str, sep: str, symbol: str) -> tuple[str, str]:
    """The key and the symbol as written: a Party symbol follows its number with a hyphen ("21-NQ/TW"), a
    State one with a slash, after a year too ("01/2014/NQLT/CP-UBTƯMTTQVN", its slashes the issuers')."""
    symbol = re.sub(r"\s+", "", symbol)
    if "/" in symbol and "/" not in number:  # Party style: number-symbol, the issuer after "/"
        return f"{number}-{symbol}", symbol
    return f"{number}/{symbol}", symbol


# A mark a scan leaves behind, standing alone after the text: "~", "`", "^", "¬".
_STRAY_MARK = re.compile(r"\s+[~`^¬]+\s*$")
# A footnote's number stuck to a closing quote that ends a title ("… tiêu chuẩn “X”1."): its anchor, not
# the title's; no quoted name ends in a bare number written after its closing mark.
_FOOTNOTE_AFTER_QUOTE = re.compile(r"(?<=[”\"])\d{1,2}[\s.,;:]*$")


def tidy_title(title: str) -> str:
    """A title as given: outer punctuation, a stray mark a scan left at its end ("… hiện đại. ~"), a leading
    quote with its "về", and quote marks left unpaired at either end dropped; a quoted name that ends the
    title keeps its closing mark (mô hình "X")."""
    title = _rejoined_keys(_FOOTNOTE_AFTER_QUOTE.sub("", _STRAY_MARK.sub("", title)).strip(" ,;:."))
    close = re.search(r"[”\"]", title[1:])
    if title.startswith(("“", '"')) and (close is None or close.end() == len(title) - 1):
        title = re.sub(r"^[“\"]\s*(?:[Vv]ề\s+)?", "", title)  # the whole title quoted: “về X”
    while title:
        if title[-1] == "”" and title.count("“") < title.count("”"):
            title = title[:-1]
        elif title[0] == "“" and title.count("“") > title.count("”"):
            title = title[1:]
        elif title[-1] == "“" or (title[-1] == '"' and title.count('"') % 2):
            title = title[:-1]
        elif title[0] == "”" or (title[0] == '"' and title.count('"') % 2):
            title = title[1:]
        else:
            break
        title = title.strip(" ,;:.")
    return title


def _rejoined_keys(text: str) -> str:
    """The keys a text names written whole: "Nghị quyết số 19/2022/NQ -HĐND" is "19/2022/NQ-HĐND"."""
    pieces: list[str] = []
    last = 0
    for m in NUMBERED.finditer(text):
        if not (m.group("so") or m.group("type")):
            continue
        pieces += [text[last : m.start("num")], re.sub(r"\s+", "", text[m.start("num") : m.end("sym")])]
        last = m.end("sym")
    return "".join(pieces) + text[last:]


# "(viết tắt là …)", "(sau đây gọi tắt là …)", "(sau đây viết tắt là …)": the plan's short name for one.
_ALIAS_OPEN = r"\((?i:sau\s+đây|(?:viết|gọi)\s+tắt)"


def _skip_parens(text: str, p: int) -> int:
    while True:
        m = re.match(rf"\s*{_ALIAS_OPEN}[^)]*\)", text[p:])
        if not m:
            return p
        p += m.end()


# "lần thứ tư", "lần thứ XIII", and in words of two syllables "lần thứ mười một", "lần thứ hai mươi".
_ORDINAL = re.compile(
    r"\s*(?i:lần thứ)\s+(?:(?:mười|(?:hai|ba)\s+mươi)(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín)"
    r"(?!\w))?|\w+)"
)
# An event's organising board is named with the event and its year: "Ban Tổ chức Lễ hội Hoa ban năm 2025"
# (not a Party committee's organisation board, "Ban Tổ chức Tỉnh ủy").
_EVENT_BOARD = re.compile(
    rf"\s*Ban\s+Tổ\s+chức\s+(?!(?:Tỉnh|Huyện|Thành|Quận|Thị|Trung|Đảng)(?!\w))[{UPPER}]"
)
_EVENT_YEAR = re.compile(r"\s+năm\s+(?:19|20)\d\d(?!\d)")
# A central agency's regional branch named by its region's number: "Kho bạc Nhà nước khu vực XIII", "Giám đốc
# KBNN khu vực 5" (a region named by words, "khu vực biên giới", is no part of the name).
_REGION_NUMBER = re.compile(r"\s*khu vực\s+(?:[IVXLC]+|\d{1,2})(?!\w)")


# "Tập đoàn Dầu khí Việt Nam", "Tổng công ty Điện lực miền Bắc": a company's name goes on with a lower-case
# word between capitalised ones, but for the small words of the plan's clause ("… Việt Nam tại Hà Nội").
_CORPORATION = re.compile(r"(?<!\w)(?:Tập đoàn|Tổng công ty|Công ty)(?!\w)")
_FUNCTION_WORDS = {
    "tại",
    "về",
    "và",
    "của",
    "ở",
    "cho",
    "với",
    "trên",
    "theo",
    "đến",
    "giữa",
    "gửi",
    "do",
    "là",
}

# Only a name's first syllable is capitalised, so a body named by its kind and a capitalised word goes on with
# lower-case words: up to the unit of its place ("Hội Cựu thanh niên xung phong huyện …", "Văn phòng Điều
# phối nông thôn mới tỉnh", "… Việt Nam"), and one word's second syllable up to the next capitalised word
# ("Ban Biên tập Báo …", "Cục Quản lý Khám, …"); a small word or a verb among them is the plan's clause.
_NAME_WORD = rf"(?!(?:{'|'.join(sorted(_FUNCTION_WORDS))}|các|những|{_VERBS.pattern})(?!\w))[{LOWER}]+(?!\w)"
_NAME_PLACE_UNIT = "tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn|Việt Nam"
# So do the kinds written in two syllables ("Tổng cục", "Liên đoàn", "Hội đồng", "Đoàn" of a profession),
# and a name of lower-case words alone closes on the "về" of the title or the sentence's end ("của Chi cục
# Kiểm lâm về …", "của Tổng cục Thi hành án dân sự về …", "của Hội đồng Luật sư toàn quốc."; not a comma,
# which lists a field: "Ban Chỉ đạo phòng, chống …"; not the title that opens with no "về", "Ban Bí thư một
# số vấn đề về …"), or runs to a capitalised word ("Ban Quản lý rừng phòng hộ Sông …").
_KIND = "Hội|Tổng cục|Cục|Chi cục|Vụ|Viện|Văn phòng|Ban|Trung tâm|Liên đoàn|Hội đồng|Đoàn"
_KIND_NAMED = re.compile(
    rf"\s*(?:{_KIND})\s+[{UPPER}][{LOWER}]*"
    rf"(?:(?:\s+{_NAME_WORD}){{1,6}}(?=\s+(?:{_NAME_PLACE_UNIT})(?!\w))"
    rf"|(?:\s+{_NAME_WORD}){{1,4}}(?=\s+[{UPPER}])"
    rf"|(?:\s+(?!(?:một|kết quả|tình hình)\s){_NAME_WORD}){{1,4}}(?=\s+về\s|\s*[;.)]|\s*$))"
)
# A body's kind and its name's words, capitalised or not, go on to its place: "Ủy ban bầu cử phường Tân Định",
# "Hội đồng Giáo dục quốc phòng và an ninh Quân khu 4", "Đài Khí tượng Thủy văn tỉnh Sóc Trăng", "Ban Chỉ huy
# Phòng thủ dân sự huyện Trần Đề"; none a unit of place, a small word or a verb, the last in lower case, up to
# the unit of its place, a military region or "Trung ương", or to the "quốc gia" that ends a national body's
# name ("Hội đồng bầu cử quốc gia"); the "xã" of "hợp tác xã" (a cooperative) is no place. A tab is a table's
# cell break, no space between name words.
_BODY_KIND = "Ủy ban|Uỷ ban|Hội đồng|Ban|Đài|Hội|Cục|Chi cục|Tổng cục|Trung tâm|Văn phòng|Viện"
_NAME_WORD_BEFORE_PLACE = rf"(?!(?:tỉnh|thành|thị|huyện|quận|xã|phường|đặc)(?!\w)){_NAME_WORD}"
_KIND_TO_PLACE = re.compile(
    rf"\s*(?:{_BODY_KIND})"
    rf"(?:[^\S\t]+(?:[{UPPER}][{LOWER}]*|{_NAME_WORD_BEFORE_PLACE}|và(?=[^\S\t]+{_NAME_WORD_BEFORE_PLACE})))"
    rf"{{0,7}}?[^\S\t]+{_NAME_WORD_BEFORE_PLACE}"
    rf"(?:[^\S\t]+quốc gia(?!\w)|(?<![Hh]ợp tác)(?=[^\S\t]+(?:{_NAME_PLACE_UNIT}|Quân khu|Trung ương)(?!\w)))"
)
# "Cục Quản lý Khám, chữa bệnh về …": a name's capitalised word may be listed with lower-case ones after a
# comma, up to the "về" that opens the title.
_NAME_LISTED = re.compile(rf",(?:\s+{_NAME_WORD}){{1,3}}(?=\s+về\s)")
_CAPITALISED_BEFORE = re.compile(rf"(?<!\w)[{UPPER}][{LOWER}]+$")


# A tab between two words of a line is a table's cell break: the next cell is no part of the name.
_CELL_BREAK = re.compile(r"[ ]*\t[ \t]*(?=\S)")
# "xã Vĩnh Thạnh A": a commune's one-letter part closes its name (not a letter of an abbreviation, "A.B").
_PLACE_LETTER = re.compile(r"(?!\.\w)(?:[\s,;:.)]|$)")


def first_cell(raw: str, name: str) -> str:
    """A name read from text whose whitespace was collapsed, cut to the words of its first table cell: the raw
    text's tab between two words is the cell break ("Thủ tướng Chính phủ<TAB>UBND các huyện")."""
    cell = _RAW_CELL_BREAK.search(raw)
    if cell is None:
        return name
    return " ".join(name.split()[: len(raw[: cell.start() + 1].split())])


_RAW_CELL_BREAK = re.compile(r"\S[ ]*\t[ \t]*(?=\S)")


def parse_issuer(text: str, p: int) -> tuple[int, int] | None:
    """A body name starting at p (after "của"): capitalised words and the small words of body names."""
    q = p
    end = p
    prev = ""
    prev_cap = False
    count = 0
    while q < len(text):
        m = re.match(r"\s*\((?i:khóa|khoá)\s+[IVXLC]+\)", text[q:])
        if m and count:
            q += m.end()
            end = q
            continue
        m = _ORDINAL.match(text[q:]) or _REGION_NUMBER.match(text[q:])
        if not m and count and _EVENT_BOARD.match(text, p):
            m = _EVENT_YEAR.match(text[q:])
        if m and count:
            q += m.end()
            end = q
            continue
        m = _JOINT_NEXT.match(text, q)
        if m and count and _JOINT_CENTRAL.fullmatch(text, p, q):
            q = m.end()
            continue
        m = _SECOND_POST.match(text, q)
        if m and count and _MINISTER.fullmatch(text, p, q):
            q = m.end()
            continue
        if count and _CELL_BREAK.match(text, q):
            break  # a table's next cell is no part of the name, whatever it holds
        m = _CENSUS.match(text, q) or _KIND_TO_PLACE.match(text, q) or _KIND_NAMED.match(text, q)
        if not m and count and _CAPITALISED_BEFORE.search(text, p, q):
            m = _NAME_LISTED.match(text, q)
        m = m or _NAME_UNIT.match(text, q)
        if m:
            prev, prev_cap = "", False
            count += 1
            q = end = m.end()
            continue
        # a footnote's mark glued to the name's last word ("… Chính phủ¹") is no part of it
        m = re.match(r"\s*([^\s,;.:()“”\"¹²³⁴⁵⁶⁷⁸⁹⁰]+)", text[q:])
        if not m or (count and _CELL_BREAK.match(text, q)):
            break
        w = m.group(1)
        low = w.lower()
        after = re.match(r"\s*([^\s,;.:()“”\"¹²³⁴⁵⁶⁷⁸⁹⁰]+)", text[q + m.end() :])
        # the next word capitalised, or a dash and a capitalised word: "Cao su - Hóa chất"
        nxt_cap = bool(re.match(r"\s*(?:[-–]\s+)?[" + VI_CAPITAL + "]", text[q + m.end() :]))
        ok = (
            (w in ("-", "–") and count and nxt_cap and (prev_cap or _CORPORATION.search(text, p, q)))
            or (w.islower() and nxt_cap and low not in _FUNCTION_WORDS and _CORPORATION.search(text, p, q))
            or (w[0].isupper() and not w.isupper())
            or (w.isupper() and len(w) >= 2)
            or (len(w) == 1 and w.isupper() and prev_cap and _PLACE_LETTER.match(text, q + m.end()))
            or _ROMAN.match(w)
            or w.isdigit()
            or (w.islower() and _lower_in_name(prev, low, after.group(1).lower() if after else ""))
            or (low == "ban" and prev in ("ủy", "uỷ") and not re.match(r"\s*ban\s+hành", text[q:]))
        )
        if w[0].isupper() and re.match(rf"(?:{TYPE_ALT})(?!\w)", text[q + m.start(1) :]):
            ok = False
        if not ok or (count == 0 and not (w[0].isupper() or low in ("ủy", "uỷ"))):
            break
        prev, prev_cap = low, w[0].isupper()
        count += 1
        q += m.end()
        end = q
    if count == 0:
        return None
    start = p
    while start < end and text[start] == " ":
        start += 1
    return (start, end)


# The capitals of Vietnamese (NFC), for "a sentence starts here": "[A-ZĐ]" misses "Ủy ban …", "Ấp …".
VI_CAPITAL = "A-Z" + "".join(
    c for c in map(chr, [*range(0xC0, 0x250), *range(0x1EA0, 0x1EFA)]) if c.isupper()
)

# A year (not a day's date: "12/3/2024") or a congress's ordinal ("lần thứ XIII") closing the words before.
_CLOSED_BY = "|".join(
    [r"(?<=(?<![\d/.])\d{4})"] + [rf"(?<=(?<!\w)lần thứ\s[IVXLC]{{{n}}})" for n in range(1, 7)]
)

# The Justice sector names its fields of work as one list with semicolons: "công tác phổ biến, giáo dục pháp
# luật; hòa giải ở cơ sở (; chuẩn tiếp cận pháp luật)", so that semicolon does not end a title.
_JUSTICE_FIELDS = r"(?<=giáo dục pháp luật;)(?=\s+(?:hòa|hoà) giải ở cơ sở(?!\w))"

_TITLE_STOP = re.compile(
    # a colon ends a title, but for the years of a stage it names ("giai đoạn I: từ năm 2021 đến năm 2025")
    rf";(?!{_JUSTICE_FIELDS})|"
    r":(?!\s*từ năm\s+\d{4}\s+đến năm\s+\d{4})|\.(?=\s+[" + VI_CAPITAL + r"“\"(]|\s*$|/)|" + _ALIAS_OPEN + "|"
    rf"\(\s*(?i:{TYPE_ALT})\s+(?i:số)|\s+gắn với\s|"
    # "… và kết quả …", "… và những …" but for "năm 2023 và những năm tiếp theo"
    r"\s+và\s+(?:kết quả|tình hình|những(?!\s+năm\s+tiếp theo))\s|"
    # ", năm 2023 các bệnh viện … tiếp tục …": a year opening what follows the comma opens the plan's next
    # clause, its time (a title's year closes it or is listed: "năm 2024 và năm 2025")
    rf",\s+(?:trong\s+)?năm\s+(?:19|20)\d\d\s+(?=[{LOWER}])(?!(?:và|đến|-)\s)|"
    # "Quyết định số … ban hành X cho thấy …": what the plan reads from it, not its title
    r"\s+cho\s+thấy(?!\w)|"
    # "gắn với Nghị quyết số … về X và phù hợp với …": the plan's next requirement on its work
    r"\s+và\s+phù hợp\s+với\s|"
    # "sửa đổi Nghị quyết số … quy định X cho phù hợp với …": what the plan's work on it is for
    r"\s+(?:cho|để)\s+phù hợp\s+với\s|"
    # "gắn với Nghị quyết số … về X và với kế hoạch …", "… về X, với Chương trình số …": the second object the
    # plan ties its work to
    rf"\s+và\s+với\s|,\s+với\s+(?={_CITE_AHEAD})|"
    r",\s+(?:xây dựng|ban hành|triển khai)\s+(?:kế hoạch|chương trình|hướng dẫn)|"
    # ", trên cơ sở nhập …": how a unit was formed or a work is grounded, not the title's subject; ", không để
    # …": what the plan's work must not let happen; ", tiếp tục hướng dẫn …": the plan's work going on from
    # it; ", chủ động thích ứng …": what the plan's work does of its own (a title says "về chủ động …", never
    # after a comma)
    r",\s+(?:góp phần|nhằm|để|qua đó|từ đó|đồng thời|phải|trên cơ sở|vì vậy|vì thế|do đó|do vậy|không để|"
    r"tiếp tục|chủ động)\s|"
    # ", dưới sự lãnh đạo của …": under whom the plan's work went; ", bảo đảm dữ liệu được …": what it must
    # ensure; "(nếu có …)": when it applies; "… được xem xét khi …": how the plan uses it
    # ", bảo đảm không trùng lặp …": what it must not let happen; ", bảo đảm phù hợp với …": what it must fit;
    # ", bảo đảm đúng tiến độ": how it must go
    r",\s+dưới sự (?:lãnh đạo|chỉ đạo)\s|"
    r",\s+(?:bảo đảm|đảm bảo)\s+(?:không\s|phù hợp\s|(?=(?:[^,;:.]{0,60}?\s)?(?:được|phải|đúng)(?!\w)))|"
    # ", trước hết ở nơi cư trú", ", nhất là ở các xã vùng cao", ", nhất là việc …", ", nhất là trong …":
    # where or in what the plan's work goes first (a title's "nhất là cán bộ …" names whom it is about, and
    # goes on); ", phù hợp với điều kiện …": what the plan's work must fit (no title says it after a comma)
    r",\s+(?:trước hết|nhất là)\s+(?:ở|tại|trong|việc)\s|,\s+phù hợp\s+với\s|"
    # ", nhất là các nội dung về …": the parts of it the plan's work picks out
    r",\s+nhất là\s+(?:các|những)\s+nội dung\s|"
    # "Theo Thông báo số … về X, còn một số hạn chế: …", "… về X, đạt tỷ lệ trên 95% …", "Theo Quyết định số
    # … về X, xã nằm trong vùng …": the plan's judgement, its target, where its place lies, after a comma
    r",\s+(?:vẫn\s+)?còn\s+(?:một số|nhiều|những)\s|,\s+đạt\s+(?:tỷ lệ|trên|từ|ít nhất|\d)|"
    r",\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s+nằm\s+(?:trong|ở|tại)\s|"
    rf"\s*\((?:nếu|trừ trường hợp)\s|\s+(?:sẽ\s+)?được\s+[{LOWER}]+(?:\s+[{LOWER}]+)?\s+khi\s|"
    # ", trong quá trình …", ", với việc …": when or along with what the plan's work goes; ", ưu tiên …",
    # ", kết hợp …": how it is done; ", chính thức hoạt động từ …": when a unit began
    r",\s+(?:trong quá trình|với việc|ưu tiên|kết hợp(?!\s+với)|chính thức\s+(?:hoạt động|đi vào))\s|"
    # ", tập trung:", ", cụ thể như sau:": the plan announcing the list of its own work
    r",\s+(?:tập trung(?:\s+vào)?(?:\s+các\s+(?:nội dung|nhiệm vụ)(?:\s+sau)?)?"
    r"|cụ thể(?:\s+như sau)?|như sau|gồm)\s*:|"
    # ", áp dụng cho năm 2025 như sau:", ", thị trấn phấn đấu đạt các chỉ tiêu sau:": any clause after a comma
    # that announces a list is the plan's
    r",(?=[^,;:.()“”\"]{1,80}\s(?:như\s+)?sau\s*:)|"
    # "bảo đảm Nghị định số … về X được thi hành thống nhất": a document's being carried out is the plan's
    # clause on it (no title says it)
    r"\s+(?:đã\s+)?được\s+(?:triển khai|thi hành|thực hiện)(?!\w)|"
    # "Hướng dẫn số … về X hết hiệu lực kể từ ngày ký …": the plan saying a document no longer holds (no
    # title says it)
    r"\s+(?:đã\s+|sẽ\s+)?hết hiệu lực(?!\w)|"
    # ", trọng tâm là …", ", phấn đấu …", ", từng bước …": what the plan's work stresses, aims at, and how far
    # it goes each step; ", trong đó có …": what the plan picks out of it
    r",\s+(?:trọng tâm là|phấn đấu|từng bước|trong đó)\s|"
    # "… về việc thành lập Trung tâm A, và Trung tâm B theo Nghị định …": a comma before "và" joins the
    # plan's second object to the reference, for a title joins its own with "và" alone
    r",\s+và\s|"
    # ", kể cả cán bộ được điều động …": whom the plan's work takes in besides (no gold title says "kể cả")
    r",\s+kể cả\s|"
    # ", giúp hộ nghèo có vốn …": whom the plan's work helps, and to do what (but "tham mưu, giúp việc", "theo
    # dõi, giúp đỡ" are a title's own pairs)
    r",\s+giúp\s+(?!việc|đỡ)|"
    # ", trong quý IV năm 2024 tập trung …": the quarter the plan sets its own work in
    r",\s+trong\s+quý\s|"
    # ", theo thứ tự ưu tiên …": the order the plan's work follows; ", cùng với việc …", ", cùng những thay
    # đổi …": what goes along with it; ", đặt ra yêu cầu …", ", đòi hỏi …": what the sentence's subject asks
    # of the plan (no gold title goes on after a comma with one of them; "theo dõi" is a title's own verb)
    r",\s+(?:theo(?!\s+dõi)|cùng\s+(?:với|những|các)|đặt ra|đòi hỏi)\s|"
    # ", sau khi hai tỉnh hợp nhất …": when the plan's account sets it (a title says "… sau khi bị kỷ luật"
    # with no comma)
    r",\s+(?:sau|trước)\s+khi\s|"
    # "… năm học 2024 - 2025 trong các trường cao đẳng trực thuộc": after the time that closes a title, the
    # plan's own units ("trực thuộc" with no body after it), where it carries the reference out (a title
    # with no time may name them: "thực hiện Điều lệ Hội trong các cơ sở Hội trực thuộc")
    rf"(?:{_CLOSED_BY})\s+trong\s+các\s+[^,;:.()]{{1,40}}?\s+trực thuộc(?=\s*[.;,]|\s*$)|"
    # "… giai đoạn 2022 - 2025 cho phù hợp thực tiễn": after the time that closes a title, what the plan's
    # work on it is to fit ("rà soát, sửa đổi Nghị quyết số … cho phù hợp …")
    rf"(?:{_CLOSED_BY})\s+(?:cho|để)\s+phù hợp(?!\w)|"
    # ", từ ngày 01/7/2025 tỉnh A (mới) chính thức hoạt động …": the day the plan's account starts from
    r",\s+(?:kể\s+)?từ ngày\s+\d|"
    # "… về X, đã tạo chuyển biến …", "… mà Báo cáo số … về X đã chỉ ra": what was done, or came of it, is the
    # plan's account; a title says what a document is about, never "đã", nor what is not done yet ("… năm
    # 2025 chưa được bàn giao …"; "người chưa thành niên" is a term, not a verb)
    rf"(?P<done>\s+(?:(?:cũng|đều)\s+)?(?:đã|chưa(?!\s+thành niên))\s+(?=[{LOWER}]))|"
    # "… giai đoạn 2021 - 2025, tạo nguồn thu …", "… năm 2024, bảo đảm …", "… Đại hội … lần thứ I, bổ sung …":
    # after the time or the congress that closes it (`_CLOSED_BY`), a title goes on only with where it looks
    # to ("định hướng / tầm nhìn đến năm …"), its stage, its term, the next year's tasks or another year
    rf"(?:{_CLOSED_BY}),\s+(?!định hướng|tầm nhìn|giai đoạn|nhiệm kỳ|nhiệm vụ|phương hướng|năm\s|\d)|"
    # "… đến năm 2030 và việc chuẩn bị đại hội …": "và việc" after the time that closes a title is the plan's
    # next object, its own work
    rf"(?:{_CLOSED_BY})\s+và\s+việc\s|"
    # "… được giao tại Quyết định số … về X và các nguồn hợp pháp khác": the plan's funding, its other
    # sources; "… về X và ngân sách huyện theo phân cấp": the budget of each level that pays its share;
    # "… về X và nguồn ngân sách xã", "… và nguồn xã hội hóa": a source named by what it is (no title
    # joins a source with "và nguồn")
    r"\s+và\s+(?:các\s+)?nguồn\s+(?:[^\s,;.:]+\s+){0,3}?(?:hợp pháp|khác)(?!\w)|"
    r"\s+và\s+(?:các\s+)?nguồn\s+(?:ngân sách|xã hội (?:hóa|hoá))(?!\w)|"
    r"\s+và\s+ngân sách\s+(?:[^\s,;.:]+\s+){1,3}?theo phân cấp(?!\w)|"
    # "… và bám sát Chương trình …": the other source the plan's work follows
    r"\s+và\s+(?:bám sát|theo sát|căn cứ|dựa trên|dựa vào)\s|"
    # "(được thành lập theo Nghị quyết … về việc sắp xếp … năm 2025) và chính thức hoạt động từ …": "chính
    # thức" before a verb is the sentence's next predicate, what became of its subject (not "chính thức hóa")
    r"\s+và\s+chính thức\s+(?!hóa|hoá)|"
    # "… về việc sắp xếp X và đặc khu Y đi vào hoạt động …": a unit that came into operation is the subject of
    # the sentence's next clause (a title brings one into it: "và đưa Y đi vào hoạt động")
    r"\s+và\s+(?!đưa\s)(?=[^,;.:()]{1,50}?\s(?:đi vào|bắt đầu)\s+hoạt động(?!\w))|"
    # "… để điều chỉnh cho phù hợp …": what the plan's work on it is for (but "giải pháp để …": `_MEANS`)
    r"(?P<purpose>\s+(?:để|nhằm)\s)|"
    rf"\s+thì\s|(?<=”)\s+(?=[{LOWER}])(?!năm\s+\d)|"
    # "… Đề án “Hỗ trợ phụ nữ khởi nghiệp”, khơi dậy …": a comma after the quoted name of a scheme, a
    # movement, a contest (`_quoted_name`) opens the plan's clause; after a quoted phrase ("phẩm chất “Bộ đội
    # Cụ Hồ”, kiên quyết …") the title goes on; straight quotes ("…", …) are read as curly ones
    rf"(?P<named_comma>(?<=[”\"]),\s+(?=[{LOWER}]))|"
    # "Tỷ lệ hộ nghèo theo chuẩn quy định tại Nghị định số … quy định X giảm từ 4% trở lên": a change by a
    # share is the target the plan sets, the predicate of the clause the reference stands in
    r"\s+(?:giảm|tăng)\s+(?:(?:từ|còn|xuống|thêm|bình quân|ít nhất|tối thiểu)\s+)?\d+(?:[,.]\d+)?\s?%|"
    # "… giai đoạn 2021 - 2030 tại các buổi sinh hoạt chi hội": the plan's meetings where it is spread
    r"\s+tại\s+các\s+(?:buổi|cuộc|kỳ|hội nghị|lớp)(?!\w)|"
    # "… về X đối với các khu vực nay thuộc phường": the plan's present ("nay") after a merger; "… tại bốn xã
    # trước sắp xếp": the units as they were before it, which a document issued before it never says
    r"\s+(?:đối với|tại|ở|trên địa bàn)\s+(?=[^,;.:()]{0,40}?\s+(?:nay\s+(?:thuộc|là)\s|"
    r"trước\s+(?:khi\s+)?(?:sắp xếp|sáp nhập|hợp nhất)(?!\w)))|"
    # "… và chương trình công tác hằng năm của Ban Thường trực …": another body's documents, named in general;
    # "… và kế hoạch của các xã …": so are those of the units below, named in general.
    # "… và hướng dẫn của Văn phòng Trung ương Đảng": so is a body's guidance, named by the kind alone.
    # "… và các chiến lược, chương trình của Thủ tướng Chính phủ": several kinds, listed.
    # "… và kế hoạch của cấp ủy cùng cấp": the kind right before "của" is a document too, whoever's it is.
    # "… và tài liệu của Hội đồng bầu cử quốc gia": so are a body's materials, named in general.
    r"\s+và\s+(?=(?:các\s+)?(?P<others>kế hoạch|chương trình|nghị quyết|chỉ thị|hướng dẫn|chiến lược|đề án|"
    r"tài liệu)"
    r"(?:,\s+(?:kế hoạch|chương trình|nghị quyết|chỉ thị|hướng dẫn|chiến lược|đề án)(?!\w))*"
    r"(?:\s+của\s|(?:\s[^,;.:]{0,60}?)?\s+của\s+"
    r"(?:Ban|Ủy ban|Uỷ ban|Thường trực|Bộ|Sở|Hội|Đảng|Tỉnh|Huyện|Thành|Thị|Chính phủ|Thủ tướng|UBND|MTTQ|"
    r"Văn phòng|các\s+(?:xã|phường|thị trấn|huyện|quận|sở|ban|ngành|cơ quan|đơn vị|địa phương))"
    r"(?!\w)))|"
    # "… (đã) được Tỉnh ủy thông qua": who approved it, not its subject.
    rf"\s+(?:đã\s+)?được\s+(?=[{UPPER}][^,;.]{{0,60}}?\s(?:thông qua|phê duyệt)(?!\w))|"
    # "…, đã được sửa đổi, bổ sung tại Nghị quyết số …", "…, được áp dụng đến khi …": the plan's note on the
    # document (what became of it, how long it holds), not its title.
    r",\s+(?:đã\s+)?được\s+(?:sửa đổi|bổ sung|thay thế|áp dụng|tiếp tục áp dụng)|"
    # "… về X (được sửa đổi, bổ sung tại Nghị định số …) và theo …": the same note, in brackets.
    r"\s*\(\s*(?:đã\s+)?được\s+(?:sửa đổi|bổ sung|thay thế)|"
    # "… và các Quyết định …", "… và các văn bản quy định mức hưởng …": other documents, named in general (but
    # a title carrying out a law names its own: "thi hành Luật X và các văn bản quy định chi tiết")
    rf"\s+và\s+các\s+(?:(?i:{TYPE_ALT})(?!\w)|(?i:văn bản)\s+(?!quy định chi tiết|hướng dẫn))|"
    # "Tuyên truyền Quyết định số … về X đến cán bộ, hội viên và Nhân dân": whom the plan addresses.
    # "… đến 100% cán bộ", "… đến tất cả đảng viên", "… đến từng công chức": the audience counted by its
    # share; "… đến đội ngũ báo cáo viên": the corps it is spread to; "… đến người sử dụng lao động": the
    # employers.
    r"(?P<audience>\s+đến\s+)(?=(?:toàn thể\s+|đông đảo\s+|100\s?%\s+(?:số\s+)?|tất cả\s+(?:các\s+)?|"
    r"mọi\s+|từng\s+)?"
    r"(?:đội ngũ|cán bộ|đảng viên|hội viên|đoàn viên|công chức|viên chức|người sử dụng lao động|"
    r"người lao động|người dân|[Nn]hân dân|quần chúng|các tầng lớp|mọi tầng lớp|"
    # "… đến chi hội sinh viên", "… đến các chi đoàn": the units it is spread to
    r"(?:các\s+)?chi (?:hội|đoàn|bộ))(?!\w))"
)
# Another reference starting a list item: ", Nghị quyết số …", ", Nghị quyết Đại hội …", ", Quy định về …",
# or the plan itself (", Hướng dẫn này").
_LIST_NEXT = re.compile(
    rf",\s+(?=(?:{TYPE_ALT})\s+(?:(?i:số)|Đại hội|đại hội|Hội nghị|Trung ương|về|của|này)(?!\w)|"
    rf"các\s+(?i:{TYPE_ALT})(?!\w))"
)
# "… và Quy định liên ngành số …", and a reference whose number the page's end cut off ("… và Quy định số"),
# but not "… quy định chi tiết và hướng dẫn một số điều của Luật …" ("một số": some, no number); "… và tại
# Công văn số …", "… và theo Quyết định số …": where else the plan's point is found.
_AND_CITE = re.compile(
    rf"\s+và\s+(?:(?:tại|theo)\s+)?(?={_CITE_AHEAD}|(?i:{TYPE_ALT})\s+(?!(?i:một)\s)\w+\s+(?i:số)(?!\w)|"
    rf"(?i:{TYPE_ALT})\s+(?i:số)\s*:?\s*$|"
    # "… năm 2025 và Kết luận 137;": the next document named short, by its kind and bare number
    rf"(?i:{TYPE_ALT})\s+\d{{1,4}}(?=\s*[;,.)]|\s*$))"
)
# "và" before an unnumbered reference or the plan itself: "… và Kế hoạch của Ban Thường vụ Tỉnh ủy …",
# "… và Nghị quyết Đại hội Đảng bộ xã …", "… và Hướng dẫn này".
_AND_NAMED = re.compile(
    rf"\s+và\s+(?=(?:{TYPE_ALT})\s+(?:của|này|Đại hội|đại hội|Hội nghị|Trung ương)(?!\w))"
)
# Also one named by its kind, its subject in lower case and its body: "… và Kế hoạch cải cách hành chính năm
# 2026 của Bộ Tư pháp", "… và Quyết định công bố thủ tục … của Bộ trưởng …": another document of the plan's
# list, unless the title names that kind before it ("ban hành Kế hoạch A và Kế hoạch B của Chính phủ …":
# the documents the reference issues); so is the plan's work on it ("… và việc chấp hành Quy chế chi tiêu nội
# bộ của Văn phòng …"); so is a commander's order ("… và Mệnh lệnh huấn luyện năm 2025 của Tư lệnh …").
_AND_NAMED_SUBJECT = re.compile(
    rf"\s+và\s+(?=(?:việc\s+(?:chấp hành|thực hiện)\s+)?"
    rf"(?P<kind>{TYPE_ALT}|Mệnh lệnh)(?:\s+[{LOWER}\d][^\s,;:.()“”\"]*){{1,12}}?\s+của\s+[{UPPER}])"
)
# "… về X và Luật Hợp tác xã năm 2023", "… về X và Luật Thủ đô số 39/2024/QH15": a law named by its name and
# its year or number, after a title that names no law, is the next reference of the plan's list; its name may
# hold a comma before a lower-case word, as a law's name does ("Luật Phòng, chống tham nhũng năm 2018"). A
# comma lists it as "và" does: "… về X, Luật Giao dịch điện tử số 20/2023/QH15 và …".
_AND_LAW_YEAR = re.compile(
    rf"(?:\s+và|,)\s+(?=(?:Luật|Bộ luật|Pháp lệnh)\s+[{UPPER}](?:[^,;:.()]|,(?=\s[{LOWER}])){{0,60}}?"
    r"\s+(?:năm\s+(?:19|20)\d\d(?![\d/])|(?i:số)\s*:?\s*\d))"
)
# "… về X và điều tương ứng của Quy định 69": a document named short by its kind and bare number, the plan's
# own name for it, is the plan's clause, for a title names a document with "số".
_AND_SHORT_NAMED = re.compile(
    rf"\s+và\s+(?=[{LOWER}][^,;:.()“”\"]{{0,60}}?\s(?:{TYPE_ALT})\s+\d{{1,4}}(?![\d/-])(?!\s+năm(?!\w)))"
)
# "… về X và Đề án Y ban hành kèm theo Quyết định số …": a second document, the attachment of another
# reference; "… về X và các mục tiêu Y mà Nghị quyết Đại hội … đã xác định", "… về X và mục tiêu Y nêu tại
# Nghị quyết Đại hội …": a second object, another document's. Neither is the title's.
_AND_ANNEXED = re.compile(
    r"\s+và\s+(?=(?:Đề án|Chiến lược|Quy chế|Quy định|Chương trình|Điều lệ|Kế hoạch)\s[^;:.]{0,200}?"
    rf"\s(?:ban hành\s+)?kèm theo\s+{_CITE_AHEAD})"
)
_AND_SET_BY = re.compile(
    rf"\s+và\s+(?=[^,;:.]{{0,80}}?\s+mà\s+(?:{TYPE_ALT})(?!\w)|"
    rf"[^;:.]{{0,120}}?\s+(?:được\s+)?(?:nêu|đề ra|xác định|phê duyệt|giao)\s+tại\s+(?:{TYPE_ALT})(?!\w))"
)
# "Nghị định số … về hoạt động của Ban Thanh tra nhân dân và việc thực hiện Pháp lệnh số 3/2007/PL-UBTVQH11
# ngày … của …": carrying out a reference given in full (`_given_in_full`), after "và", is the plan's next
# object, not the title's.
# So are the years of carrying one out: "… và 5 năm thực hiện Chỉ thị số …, ngày … của …".
_AND_CARRYING_OUT = re.compile(
    r"\s+và\s+(?:việc\s+)?(?:\d{1,2}\s+năm\s+)?(?:(?:tiếp tục|tổ chức)\s+)?"
    rf"(?:thực hiện|triển khai|thi hành)\s+(?={_CITE_AHEAD})"
)
# "Nghị định số … về xử lý kỷ luật cán bộ và xem xét cho thôi việc theo Quy định số …, ngày … của …": the
# plan's second object, done under another reference given in full of the other system (a State decree's
# title names no Party rule, nor a Party one a State decree), is not the title's ("Kết luận số 1-KL/TW về tinh
# giản biên chế và cơ cấu lại đội ngũ … theo Nghị quyết số 2-NQ/TW, ngày … của Bộ Chính trị" is one title).
_AND_UNDER_ANOTHER = re.compile(rf"\s+và\s+[{LOWER}][^;:.()“”\"]{{0,80}}?\s+theo\s+(?={_CITE_AHEAD})")
# "… giai đoạn 2021 - 2025 và việc thực hiện Nghị quyết Đại hội …": "việc" makes carrying out a document
# named without a number the plan's next object too (a title carries one out without it: "tuyên truyền và
# triển khai thực hiện Nghị quyết Đại hội …").
# "… theo Quyết định số … ban hành Kế hoạch X và được tiếp tục theo Kết luận số …": "và được" with a verb and
# another numbered reference is the sentence's next predicate (what became of its subject), not the title's;
# the verb may take four words ("và được tiếp tục phát triển tại Nghị quyết số …").
_AND_PASSIVE_BY = re.compile(
    rf"\s+và\s+(?:đã\s+)?được\s+(?:[{LOWER}]+\s+){{1,4}}?(?:theo|tại|bằng)\s+(?={_CITE_AHEAD})"
)
_AND_CARRYING_OUT_NAMED = re.compile(
    rf"\s+và\s+việc\s+(?:thực hiện|triển khai|thi hành)\s+"
    rf"(?=(?:{TYPE_ALT})\s+(?:của|Đại hội|đại hội|Hội nghị|Trung ương)(?!\w))"
)
_TYPE_ANY = re.compile(rf"(?i:{TYPE_ALT})(?!\w)")
_GROUND_LINE = re.compile(r"\s*(?:[-–+•]\s*)?Căn cứ\s")
# A footnote that opens on a reference ("³ Quyết định số …") is that document's, as a ground line is.
_FOOTNOTE_CITE = re.compile(rf"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{{1,2}}\]|\d{{1,2}})\s*(?:{CITE_TYPE_ALT})\s+(?i:số)")


# "… tầm nhìn đến năm 2030 (Đề án 06) tại xã": the short name the plan gives a document in brackets (a kind
# and a number) closes its title; what follows is the plan's clause.
_SHORT_NAME = re.compile(
    r"\s*\((?:gọi tắt là\s+)?(?:Đề án|Chương trình|Dự án|Nghị quyết|Chỉ thị|Kết luận|Kế hoạch)\s+\d{1,4}\)"
)


def title_end(text: str, p: int, limit: int, unnumbered: bool = False) -> int:
    """Where a title that starts at p ends (see the module notes on the genre's punctuation); a reference
    written inside brackets ends its title at the closing bracket: "(Báo cáo số … về X)."; a title that
    ends inside a bracket it opened ends before it: "… năm 2025 (kết quả đã được …)" is the plan's aside."""
    end = _title_end(text, p, limit, unnumbered)
    if text.find("(", p, end) >= 0 and (short := _SHORT_NAME.search(text, p, end)):
        end = short.start()
    opened: list[int] = []
    for i in range(p, end):
        if text[i] == "(":
            opened.append(i)
        elif text[i] == ")":
            if not opened:
                return i
            opened.pop()
    return opened[0] if opened else _before_aside(text, p, end)


# "… tầm nhìn đến năm 2030 (Đề án 06)", "… chạy quyền (đã được thay thế)": a bracket closing a title is the
# plan's aside on the document (its short name, its standing), but for the term of the body a title names
# ("của Bộ Chính trị (khóa XIII)"), the old or new unit ("tỉnh Quảng Bình (cũ)") and the span of years an
# anniversary counts ("kỷ niệm 60 năm Ngày … (10/3/1964 - 10/3/2024)").
_DAY_SPAN = r"\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*\d{1,2}/\d{1,2}/\d{4}\s*\)"
_ASIDE_AT_END = re.compile(rf"\s*\((?!\s*(?:(?i:khóa|khoá|cũ|mới)(?!\w)|{_DAY_SPAN}))[^()]*\)[\s,;.]*$")


def _before_aside(text: str, p: int, end: int) -> int:
    m = _ASIDE_AT_END.search(text, p, end)
    return m.start() if m and m.start() > p else end


# The plan's own clause after a title: ", <body> [cấp huyện] <verb> …" ("…, Ban Thường trực Ủy ban MTTQ
# Việt Nam cấp huyện báo cáo …", the level also named alone: "… MTTQ Việt Nam huyện lựa chọn …"): a body as
# an issuer is read, then a verb of the plan's work.
_CLAUSE_BODY = re.compile(rf",\s+(?=[{UPPER}])")
_CLAUSE_VERB = re.compile(
    r"(?:\s+(?:các\s+)?cấp\s+(?:tỉnh|huyện|xã|cơ sở)|\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường))?"
    r"\s+(?:chủ động\s+|kịp thời\s+|tiếp tục\s+)?"
    r"(?:báo cáo|ban hành|xây dựng|triển khai|chỉ đạo|tổ chức|chủ trì|phối hợp|hướng dẫn|rà soát|tham mưu|"
    r"đề nghị|yêu cầu|giao|có trách nhiệm|tiến hành|lãnh đạo|quán triệt|thống nhất|thực hiện|ứng dụng|"
    r"cụ thể hóa|cụ thể hoá|lựa chọn)(?!\w)"
)
# "…, các tổ chức cơ sở đảng ứng dụng …": the plan's clause with bodies named in general as its subject.
# "…, các khoa, phòng và Trạm Y tế các xã triển khai …": the units of the plan's own body, listed.
_CLAUSE_BODIES = re.compile(
    r",\s+(?:các|những)\s+(?:cấp ủy|cấp uỷ|tổ chức|cơ quan|đơn vị|chi bộ|đảng bộ|địa phương|"
    r"(?:khoa|phòng|ban|ngành)(?=,|\s+và\s))"
    r"(?:(?:\s+|,\s+|\s+và\s+)[^\s,;.:()]+){0,10}?(?=" + _CLAUSE_VERB.pattern + ")"
)


# "…, Chi bộ thôn Đông Hạ xây dựng Kế hoạch thực hiện như sau:": the body that plans and its verb of drafting
# a document open the plan's own clause, whatever the body's name (no number, no punctuation in it).
_PLANNING_CLAUSE = re.compile(
    rf",\s+(?=[{UPPER}][^,;:.()\d]{{0,100}}?\s(?:xây dựng|ban hành)\s+(?i:{TYPE_ALT})(?!\w))"
)


def _clause_start(text: str, q: int, stop: int) -> int | None:
    """Where the plan's own clause starts after a title: a body and a verb of its work."""
    found = (_CLAUSE_BODIES.search(text, q, stop), _PLANNING_CLAUSE.search(text, q, stop))
    general = min((m.start() for m in found if m), default=None)
    if general is not None:
        stop = general
    for c in _CLAUSE_BODY.finditer(text, q, stop):
        span = parse_issuer(text, c.end())
        if not span:
            continue
        # "…, Ban Nội chính Tỉnh ủy (cơ quan thường trực của …) xây dựng Kế hoạch …"
        aside = re.compile(r"\s*\([^()]{0,200}\)").match(text, span[1], stop)
        if _CLAUSE_VERB.match(text, aside.end() if aside else span[1]):
            return c.start()
    return general


# "thực hiện Kết luận số 01-KL/TW và các nhiệm vụ chính trị của địa phương": after the document a title
# carries out, the plan's own work.
_AND_TASKS = re.compile(r"\s+và\s+(?:các\s+)?nhiệm vụ\s")
# "… thực hiện Chỉ thị số 14-CT/TW và các chính sách ưu đãi …": things named in general right after a key
# are the plan's next objects (no title goes on after a key with "và" and a lower-case word).
_AND_OTHERS = re.compile(rf"\s+và\s+các\s+(?=[{LOWER}])")


def _others_after_key(text: str, p: int, q: int, stop: int) -> int | None:
    """Where "và các …" right after a key inside the title at p starts the plan's next objects."""
    for a in _AND_OTHERS.finditer(text, q, stop):
        if any(n.end() == a.start() for n in NUMBERED.finditer(text, p, a.start())):
            return a.start()
    return None


# "Qua hai năm thực hiện Kế hoạch số … về X, công tác cải cách hành chính có nhiều chuyển biến": a sentence
# opening on the time the plan looks back on names a document in its first clause, and its main clause,
# after a comma, says what came of it (a subject, then "có", "đã", "đạt" …).
# So does one opening on what goes along with the plan's time: "Cùng với việc tỉnh mới đi vào hoạt động theo
# Nghị quyết số … về X, năm 2026 là năm …".
_LOOK_BACK = re.compile(
    r"(?:Qua|Sau|Trải qua)\s[^.;:]{0,60}?(?:thực hiện|triển khai)\s|"
    r"(?:Cùng với|Song song với|Bên cạnh)\s+việc\s"
)
_MAIN_CLAUSE = re.compile(
    r",\s+[^,;.:\s]+(?:\s+[^,;.:\s]+){0,12}?\s+(?:có|đã|đạt|còn|ngày càng|từng bước|là)\s"
)


def _main_clause(text: str, p: int, q: int, stop: int) -> int | None:
    begin = max(text.rfind(". ", 0, p) + 2, 0) if text.rfind(". ", 0, p) != -1 else 0
    lead = re.match(r"\s*(?:[-–+•]\s*|\d+(?:\.\d+)*[.)]\s*)?", text[begin:p])
    if not _LOOK_BACK.match(text, begin + (lead.end() if lead else 0), p):
        return None
    m = _MAIN_CLAUSE.search(text, q, stop)
    return m.start() if m else None


# "Thông báo số 5-TB/TU … về X đã yêu cầu khắc phục …": a reference opening its sentence is the subject, and
# what it did is the sentence's predicate, not its title.
_OPENS_ON_REFERENCE = re.compile(rf"\s*(?:[-–+•]\s*|\d+(?:\.\d+)*[.)]\s*)?(?:{CITE_TYPE_ALT})\s+(?i:số)")
_PREDICATE = re.compile(
    r"\s+(?:cũng\s+|đều\s+)?đã\s+(?:yêu cầu|chỉ rõ|chỉ ra|nêu|đề ra|xác định|chỉ đạo|khẳng định|nhấn mạnh|"
    r"đặt ra|giao|đánh giá|kết luận)(?!\w)|"
    # "Chương trình số … thực hiện Nghị quyết X được triển khai đồng bộ": what was done with it
    r"\s+(?:đã\s+|đều\s+)?được\s+(?:triển khai|thực hiện|quán triệt|tổ chức thực hiện)(?!\w)"
)


# "…, các cấp ủy, chính quyền trong tỉnh đã quan tâm …": bodies named in general, after a comma, do what "đã"
# says (a subject closing a title is the plan's clause, as a body's name is: `_CLAUSE_BODY`).
_IN_GENERAL_BEFORE = re.compile(r",\s+(?:các|những)\s[^;:.()“”\"]{0,60}$")


def _done_by(text: str, q: int, stop: int) -> int | None:
    """Where the clause of the "đã" a title stopped at starts: at the comma before its subject, a body
    ("…, Tỉnh ủy đã ban hành …") or bodies named in general."""
    general = _IN_GENERAL_BEFORE.search(text, q, stop)
    if general is not None:
        return general.start()
    for c in _CLAUSE_BODY.finditer(text, q, stop):
        span = parse_issuer(text, c.end())
        if span and not text[span[1] : stop].strip():
            return c.start()
    return None


# "Việc thí điểm X theo Nghị quyết số … về Y được triển khai đồng bộ": a sentence whose subject is the work
# done by a reference says what was done with it, as one opening on the reference does.
_OPENS_ON_WORK = re.compile(r"\s*(?:[-–+•]\s*|\d+(?:\.\d+)*[.)]\s*)?Việc\s")


def _predicate(text: str, p: int, q: int, stop: int) -> int | None:
    begin = max(text.rfind(". ", 0, p) + 2, 0) if text.rfind(". ", 0, p) != -1 else 0
    # a clause after a semicolon opens on its subject as a sentence does ("…; Quy chế số … về X được thực
    # hiện nghiêm túc.")
    clause = text.rfind("; ", begin, p)
    begin = clause + 1 if clause != -1 else begin
    if not (_OPENS_ON_REFERENCE.match(text, begin, p) or _OPENS_ON_WORK.match(text, begin, p)):
        return _still_predicate(text, p, q, stop)
    m = _PREDICATE.search(text, q, stop)
    return m.start() if m else None


# "…; việc thực hiện Kế hoạch số … về X còn dở dang; …": a clause whose subject is carrying out a
# reference says how far that has got with "còn" ("vẫn còn"); the title ends before it ("không còn", "chưa
# còn" are a title's own: "đảng viên không còn đủ tư cách").
_CARRYING_OUT_SUBJECT = re.compile(
    rf"\s*(?:[-–+•]\s*)?(?i:việc)\s+(?:thực hiện|triển khai|thi hành)\s+(?:{CITE_TYPE_ALT})\s+(?i:số)"
)
_STILL = re.compile(r"(?<!không)(?<!chưa)\s+(?:vẫn\s+)?còn\s")


def _still_predicate(text: str, p: int, q: int, stop: int) -> int | None:
    """Where "còn" starts the predicate of a clause opened by "việc thực hiện" the reference at p."""
    begin = max(text.rfind(";", 0, p), text.rfind(". ", 0, p), text.rfind(":", 0, p), -1) + 1
    if not _CARRYING_OUT_SUBJECT.match(text, begin, p):
        return None
    m = _STILL.search(text, q, stop)
    return m.start() if m else None


def _given_in_full(text: str, p: int) -> bool:
    """Whether the reference at p is given with its own day or body after its key."""
    key = NUMBERED.match(text, p)
    return key is not None and (
        _DATE_AFTER.match(text, key.end()) is not None
        or re.match(r"\s*,?\s*của\s", text[key.end() :]) is not None
    )


def _dated_sibling(text: str, p: int, a: re.Match[str]) -> bool:
    """ "Kế hoạch số 2-KH/TU … về thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và Hướng dẫn số 3-HD/TU,
    ngày … của …", "… thực hiện Nghị quyết số 1-NQ/TW, Nghị quyết số 2/2019/QH14 ngày … của …": a reference
    given in full (its own day) after one named in short inside a title (no day, no body), joined by "và" or
    a comma, is not the title's but the next in the plan's list. So is one given with its own body when the
    one inside the title is of the other system ("… thực hiện Chỉ thị số 4-CT/TW và Quyết định số 5/QĐ-TTg
    của Thủ tướng Chính phủ …": a Party key, then a State one), for that body issued only the second ("thực
    hiện Nghị quyết số 1-NQ/TW và Kế hoạch số 2-KH/TW của Bộ Chính trị" are both the title's)."""
    inner = [n for n in NUMBERED.finditer(text, p, a.start()) if n.group("so") or n.group("type")]
    after = NUMBERED.match(text, a.end())
    if not inner or after is None:
        return False
    if _DATE_AFTER.match(text, after.end()):
        return not any(_DATE_AFTER.match(text, n.end()) for n in inner)
    party = after.group("sep") != "/"
    return (
        _given_in_full(text, a.end())
        and not any(_given_in_full(text, n.start()) for n in inner)
        and all((n.group("sep") != "/") != party for n in inner)
    )


# An unnumbered document's title ends before a purpose or another reference, but for a reference its
# last words govern: "Hướng dẫn của … về thực hiện một số điều của Quy định số 1-QĐ/TW" is about that rule.
_UNNUMBERED_STOP = re.compile(r"\s+(?:để|nhằm)\s|\s+(?=" + _CITE_AHEAD + ")")
_GOVERNS = re.compile(
    r"(?<!\w)(?:của|thực hiện|thi hành|triển khai|quán triệt|sơ kết|tổng kết|sửa đổi|bổ sung|theo|tại)$"
)


def _governed(text: str, stop: re.Match[str]) -> bool:
    return (
        stop.group().strip() == ""
        and _GOVERNS.search(text, max(0, stop.start() - 20), stop.start()) is not None
    )


def _quoted_name(text: str, p: int, opening: int) -> bool:
    """ "triển khai Phong trào “Bình dân học vụ số” trên địa bàn xã": the quoted name (opened at `opening`)
    of a movement, a model, a contest inside a title; the quoted title of a document the title names is not
    one. Nor is the last of a list of quoted names ("công nhận “A”, “B” cấp thôn"): a document has one
    title."""
    if opening <= p:
        return False
    return bool(_QUOTE_LISTED.search(text, p, opening) or _NAMED_THING.search(text, p, opening))


def _opening_quote(text: str, p: int, close: int) -> int:
    """Where the quote closed at `close` opened (after p): its curly opening, or the straight quote before."""
    return text.rfind("“" if text[close] == "”" else '"', p, close)


# a quoted name right after another: "“Gia đình học tập”, “Dòng họ học tập”"
_QUOTE_LISTED = re.compile(r"[”\"]\s*(?:,|;|,?\s+và)\s*$")
# What a title goes on with after a quoted name: its time, level, scope, or the next name of a list ("“Dân
# vận khéo” giai đoạn 2021 - 2025", "“Cộng đồng học tập” cấp thôn"); anything else ("“…” bằng các hoạt động
# ngoại khóa", "“…” làm một tiêu chí") is the plan's clause.
_AFTER_NAME = re.compile(r"\s+(?:năm|giai đoạn|đến năm|cấp|trong|trên|tại|ở|và)(?!\w)")


# The kinds of a thing a title names in quotes; an exemplar too ("mô hình, điển hình “Dân vận khéo”").
_NAMED_THING = re.compile(
    r"(?<!\w)(?i:phong trào|cuộc vận động|mô hình|điển hình|chủ đề|khẩu hiệu|cuộc thi|hội thi|giải thưởng|"
    rf"chiến dịch|chương trình|đề án|dự án|ngày hội|tháng hành động)(?:\s+[{LOWER}]+){{0,2}}\s*$"
)


# "về phát triển du lịch gắn với bảo tồn di sản": what a subject is tied to is the title's. The plan ties its
# own work after a comma (", gắn với việc …"), or to another document or a congress ("… về quy hoạch cán bộ
# gắn với chuẩn bị nhân sự cho Đại hội …", "… gắn với thực hiện Kết luận số …"): there the title ends. A
# strategy's title closes with the horizon it looks to ("… đến năm 2030, tầm nhìn đến năm 2045"): what is
# tied to it after that is the plan's.
_TIED_BY_THE_PLAN = re.compile(
    rf"(?<=,)\s+gắn với\s|\s+gắn với\s(?=[^;.]{{0,200}}?(?:{_CITE_AHEAD}|(?i:đại hội)(?!\w)))|"
    r"(?:(?<=tầm nhìn đến năm \d{4})|(?<=định hướng đến năm \d{4}))\s+gắn với\s"
)


# "một số việc cần làm ngay để tăng cường …", "giải pháp chủ yếu nhằm …": what the means a document gives
# are for is its subject too.
_MEANS = re.compile(
    r"(?<!\w)(?:việc cần làm|biện pháp|giải pháp|nền tảng|điều kiện|động lực)(?:\s+[^\s,;:.]+){0,2}$|"
    # so is what a policy's support is for: "chính sách hỗ trợ sản xuất nông nghiệp để khôi phục …"
    r"(?<!\w)chính sách hỗ trợ(?:\s+[^\s,;:.]+){0,4}$|"
    # and what a document issued is for, right after its kind: "ban hành Hướng dẫn khung để các cấp ủy …"
    rf"(?<!\w)ban hành\s+(?:{TYPE_ALT})(?:\s+khung)?$"
)


# "… và các chương trình, kế hoạch của Tỉnh ủy": documents of several kinds, named in general ("các"), are
# another body's, even of a kind the title names.
_IN_GENERAL = re.compile(r"\s+và\s+các\s+[^,;.:]{1,30},")


def _inside_quote(text: str, p: int, at: int, limit: int) -> bool:
    """Whether at lies inside a curly quote the title opened and closes within a name's length."""
    if text.count("“", p, at) <= text.count("”", p, at):
        return False
    close = text.find("”", at, limit)
    return close != -1 and close - at <= 120 and "“" not in text[at:close]


def _title_stop(text: str, p: int, q: int, limit: int) -> re.Match[str] | None:
    """The next stop of a title begun at p, searched from q. "ban hành Kế hoạch tổng thể và kế hoạch 5 năm
    của Chính phủ …": documents of the kind the title already names go on its list, not another body's."""
    for m in _TITLE_STOP.finditer(text, q, limit):
        if _inside_quote(text, p, m.start(), limit):
            continue  # a quoted name is whole: "phong trào “… - Không để ai bị bỏ lại phía sau”"
        kind = m.group("others")
        if (
            kind
            and not _IN_GENERAL.match(text, m.start())
            and re.search(rf"(?<!\w)(?i:{kind})(?!\w)", text[p : m.start()])
        ):
            continue
        if (
            not m.group().strip()
            and text[m.start() - 1] == "”"
            and _quoted_name(text, p, text.rfind("“", p, m.start()))
            and _AFTER_NAME.match(text, m.start())
        ):
            continue
        if m.group().strip() == "gắn với" and not _TIED_BY_THE_PLAN.match(text, m.start(), limit):
            continue
        if m.group("purpose") and _MEANS.search(text, max(p, m.start() - 60), m.start()):
            continue
        if m.group("audience") and _spreading_title(text, p):
            continue
        if m.group("named_comma") and not _quoted_name(text, p, _opening_quote(text, p, m.start() - 1)):
            continue
        if m.group() == ";" and _QUOTED_LIST.match(text, m.start() - 1):
            continue
        if m.group("done") and _WHOM_DONE.search(text, p, m.start()) and not _DONE_TO.match(text, m.end()):
            continue
        return m
    return None


# "chế độ đối với thanh niên xung phong đã tham gia kháng chiến": a "đã" right after the people a policy is
# for says which of them (those who did it), part of the title; "đã được …" is the plan's account of it.
_WHOM_DONE = re.compile(r"(?<!\w)đối với\s+[^,;.:()“”\"]{1,40}$")
_DONE_TO = re.compile(r"(?:được|có)\s")


# "… danh hiệu "Gia đình văn hóa"; "Thôn văn hóa"": a semicolon between two quoted names lists them.
_QUOTED_LIST = re.compile(r"[\"”];\s*[\"“]")


def _spreading_title(text: str, p: int) -> bool:
    """ "Kế hoạch số … về học tập, quán triệt Nghị quyết số … đến cán bộ, đảng viên": a title that opens by
    spreading a document, in a clause that spreads nothing of its own, keeps whom it spreads it to."""
    begin = max(text.rfind(";", 0, p), text.rfind(". ", 0, p), 0)
    return _SPREADING.match(text, p) is not None and _SPREADING.search(text, begin, p) is None


_OTHER_THINGS = re.compile(r"\s+và\s+(?:các|những)\s")


def _after_closing_quote(text: str, p: int, q: int, stop: int) -> int | None:
    """ "… Chỉ thị số 5-CT/TW "Về X" và các hoạt động …": a straight quote closing the title of a document
    named inside the title ("Về …"), followed by a lower-case word, ends the title (as a closing curly
    quote does); a quoted phrase ("tự chuyển hóa" trong nội bộ) does not."""
    opened = None if text.count('"', p, q) % 2 == 0 else text.rfind('"', p, q)
    for i in range(q, stop):
        if text[i] != '"':
            continue
        if opened is None:
            opened = i
            continue
        titled = re.match(r"[Vv]ề\s", text[opened + 1 : i])
        named = _quoted_name(text, p, opened)
        if re.match(rf"\s+(?=[{LOWER}])(?!năm\s+\d)", text[i + 1 : stop]) and (
            titled or (named and not _AFTER_NAME.match(text, i + 1))
        ):
            return i + 1
        if not named and _OTHER_THINGS.match(text, i + 1, stop):
            # 'phê duyệt "Chương trình …" và các tài liệu …': the document's quoted title is whole, and
            # "và các …" lists the plan's other things
            return i + 1
        opened = None
    return None


# "Tuyên truyền Nghị quyết số … về X trong đoàn viên, hội viên, thanh niên": whom a document is spread among,
# when the clause spreads it (as "… đến cán bộ, hội viên" in _TITLE_STOP).
_AMONG = re.compile(
    r"\s+trong\s+(?=(?:toàn thể\s+)?(?:cán bộ|đảng viên|hội viên|đoàn viên|công chức|viên chức|"
    r"người lao động|thanh niên|học sinh|sinh viên|[Nn]hân dân|quần chúng)(?!\w))"
)
_SPREADING = re.compile(r"(?i:tuyên truyền|quán triệt|phổ biến|học tập|giới thiệu)(?!\w)")


def _audience_among(text: str, p: int, q: int, stop: int) -> int | None:
    among = _AMONG.search(text, q, stop)
    if among is None:
        return None
    begin = max(text.rfind(";", 0, p), text.rfind(". ", 0, p), 0)
    return among.start() if _SPREADING.search(text, begin, p) else None


# "Lấy kết quả thực hiện Quyết định số … về X làm một tiêu chí …": "làm" closes what the clause's "lấy"
# takes, so it ends the title (but "học tập và làm theo …", "người lao động làm việc tại …" are a title's
# own).
_TAKING = re.compile(r"(?<!\w)(?i:lấy)\s")
_TAKEN_AS = re.compile(r"\s+làm\s+(?!(?:theo|việc)(?!\w))")


def _object_closed(
    opening: re.Pattern[str], closing: re.Pattern[str]
) -> Callable[[str, int, int, int], int | None]:
    """Where a word of `closing` ends a title that is the object of a verb of `opening`, the verb opening the
    clause the title stands in (and its object not closed before the title)."""

    def end(text: str, p: int, q: int, stop: int) -> int | None:
        begin = max(text.rfind(";", 0, p), text.rfind(". ", 0, p), text.rfind(":", 0, p), 0)
        verb = opening.search(text, begin, p)
        if verb is None or closing.search(text, verb.end(), p):
            return None
        a = closing.search(text, q, stop)
        return a.start() if a else None

    return end


_taken_as = _object_closed(_TAKING, _TAKEN_AS)  # "làm" closes the object of a "lấy"


# "vận dụng Kết luận số … về X trong giảng dạy …", "… vào thực tiễn": where a document is applied is the
# clause's, after its title; "trong" names it by the work it goes into (a title's "trong Đảng" goes on). So
# is where the clause brings it ("đưa Nghị quyết số … vào đời sống") or makes it concrete ("Cụ thể hóa Kế
# hoạch số … vào điều kiện của thị xã").
_APPLYING = re.compile(r"(?<!\w)(?i:vận dụng|áp dụng|đưa|cụ thể (?:hóa|hoá))\s")
_APPLIED_IN = re.compile(
    r"\s+(?:vào|trong\s+(?=(?:giảng dạy|thực tiễn|công tác|hoạt động|quá trình|việc|môi trường)(?!\w)))"
)


_applied_in = _object_closed(_APPLYING, _APPLIED_IN)  # "vào"/"trong" closes the object of a "vận dụng"

# "phát sinh từ A theo Nghị quyết số … về X và từ B": a second "từ" after a title pairs with the clause's
# first, so it ends the title.
_from_again = _object_closed(re.compile(r"(?<!\w)từ\s"), re.compile(r"\s+và\s+từ\s"))


# "Nghị định số … quy định chi tiết một số điều của Luật X được chuyển cho …": a title that closes on the
# articles of a law it details is followed by the clause's own passive ("được"), said of the clause's subject
# (a title's "sau khi Luật X được thông qua" names the law as its own subject, not its articles).
_PASSIVE = re.compile(rf"\s+được\s+(?=[{LOWER}])")
_ARTICLES_OF_LAW = re.compile(rf"(?<!\w)điều của (?:Luật|Bộ luật|Pháp lệnh)\s+[{UPPER}][^,;:.()]*$")


def _passive_after_law(text: str, p: int, q: int, stop: int) -> int | None:
    """Where "được" follows a title that closes on the articles of a law."""
    a = _PASSIVE.search(text, q, stop)
    return a.start() if a and _ARTICLES_OF_LAW.search(text, p, a.start()) else None


_RESUMED = re.compile(rf",\s+(?:các|những)\s+(?P<head>[{LOWER}]+\s+[{LOWER}]+)(?!\w)")


def _resumed_list(text: str, p: int, q: int, stop: int) -> int | None:
    """Where the plan's list that the reference stands in goes on: ", các <head>" after the title, when the
    sentence named "các <head>" before it ("Ưu tiên các mô hình thực hiện Chỉ thị số … về X, các mô hình về
    Y")."""
    begin = max(text.rfind(c, 0, p) for c in ".;:\n") + 1
    for m in _RESUMED.finditer(text, q, stop):
        if re.search(rf"(?<!\w)(?:các|những)\s+{re.escape(m.group('head'))}(?!\w)", text[begin:p]):
            return m.start()
    return None


# "sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C, bảo đảm …": an amending law's title is the
# list of laws it amends; a comma and a lower-case word after the last one ("và Luật C") is the plan's.
_AMENDED_LAWS = re.compile(
    rf"sửa đổi,\s+bổ sung\s[^;:.]*?\s+và\s+(?:Luật|Bộ luật|Pháp lệnh)\s+[{UPPER}][^,;:.]*?(?=,\s+[{LOWER}])"
)


def _amended_laws_end(text: str, p: int, q: int, stop: int) -> int | None:
    """Where the list of laws an amending law's title names ends, if a clause of the plan follows it."""
    m = _AMENDED_LAWS.match(text, p, stop)
    return m.end() if m and m.end() >= q else None


# "… về bố trí cán bộ chuyên trách, mỗi ban có ít nhất 03 cán bộ, …": a clause after a comma giving each unit
# a count of people is the plan's own figure (what the document asks, as the plan puts it), not its subject.
_HEADCOUNT = re.compile(
    r",\s+(?:mỗi|mọi)\s[^,;:.()]{1,60}?\s(?:có|gồm|bố trí)\s+(?:ít nhất|tối thiểu|tối đa|không quá|từ)?\s*"
    r"\d+\s+(?:cán bộ|công chức|viên chức|người|đồng chí|thành viên|đảng viên|biên chế)(?!\w)"
)


def _headcount(text: str, p: int, q: int, stop: int) -> int | None:
    """Where a clause giving each unit a count of people starts after a title."""
    m = _HEADCOUNT.search(text, q, stop)
    return m.start() if m else None


# "Đưa Nghị quyết số … và Chương trình số … thực hiện X vào cuộc sống": the plan brings the documents to
# life; "vào cuộc sống" is the plan's, unless the title says "đưa" ("về đưa Nghị quyết … vào cuộc sống").
_INTO_LIFE = re.compile(r"\s+vào cuộc sống(?!\w)")


def _into_life(text: str, p: int, q: int, stop: int) -> int | None:
    """Where the plan's "vào cuộc sống" starts after a title that did not say "đưa" itself."""
    m = _INTO_LIFE.search(text, q, stop)
    return m.start() if m and not re.search(r"(?<!\w)(?i:đưa)(?!\w)", text[p : m.start()]) else None


# "nhiệm vụ do Điều lệ Đảng và Quy định số … về thi hành Điều lệ Đảng giao;": the "giao" closing a clause
# opened by "do" before the reference is that clause's verb (who assigned the work), not the title's.
_ASSIGNED_BY = re.compile(r"(?<!\w)do\s[^;:.]{0,160}$")
_ASSIGNING = re.compile(r"\s+giao(?=\s*[;,.]|\s*$)")


def _assigned_by(text: str, p: int, q: int, stop: int) -> int | None:
    """Where the "giao" of a clause opened by "do" before the reference starts, closing the title."""
    m = _ASSIGNING.search(text, q, stop)
    return m.start() if m and _ASSIGNED_BY.search(text, max(0, p - 200), p) else None


# "Tổ công tác thành lập theo Quyết định số … thành lập Tổ công tác X kiểm tra hiện trường …": a team set up
# under the reference is the subject of the sentence, and its work after the title is the predicate; the
# title ends before the first verb of its work after the team's name.
_SET_UP_UNDER = re.compile(
    rf"(?<!\w)(?P<team>(?:Đoàn|Tổ|Ban|Hội đồng)(?:\s+[{LOWER}]+){{1,4}})"
    r"\s+(?:được\s+)?thành lập\s+theo\s+[^;:.]{0,120}$"
)
_TEAM_AT_WORK = re.compile(r"\s+(?:tổ chức|kiểm tra|tiến hành|thực hiện)\s+(?=[^\s,;:.]+)")


def _team_at_work(text: str, p: int, q: int, stop: int) -> int | None:
    """Where the work of the team a reference set up, the sentence's subject, starts after its title."""
    if not text.startswith("thành lập", p):
        return None
    subject = _SET_UP_UNDER.search(text, max(0, p - 240), p)
    if subject is None:
        return None
    name = text.find(subject.group("team"), p, stop)
    if name == -1:
        return None
    work = _TEAM_AT_WORK.search(text, name + len(subject.group("team")), stop)
    return work.start() if work else None


# "Nghị định số … quy định chi tiết một số điều của Luật Trẻ em trong các cơ sở giáo dục": a decree
# detailing a law is titled to the law's name (or on to its "về" subject); "trong / tại / ở các …" after the
# name is where the plan carries it out, as a law's name holds none of them.
_DETAILED_LAW_WHERE = re.compile(
    r"quy định chi tiết\s(?:(?!\svề\s)[^;:.()])*?(?<!\w)(?:Luật|Bộ luật)\s(?:(?!\svề\s)[^;:.()])*?"
    r"(?P<where>\s+(?:trong|tại|ở)\s+(?:các|những)\s)"
)


def _detailed_law_where(text: str, p: int, q: int, stop: int) -> int | None:
    """Where the plan's "trong các …" starts after the law a decree's title details."""
    m = _DETAILED_LAW_WHERE.match(text, p, stop)
    return m.start("where") if m and m.start("where") >= q else None


# Where a title ends before the stop word found, in this order: after a closing quote, at the plan's own
# clause, at an audience, at what it is taken as or applied in, at a passive after a law's articles, where
# the plan's own list resumes, after an amending law's list of laws, at a count of people, at the plan's "vào
# cuộc sống", at the "giao" of a clause opened by "do", where the plan carries out a detailed law. Each is
# (text, title start, scan start, stop) -> an earlier end, or None.
_EARLIER_ENDS: tuple[Callable[[str, int, int, int], int | None], ...] = (
    _after_closing_quote,
    lambda text, p, q, stop: _clause_start(text, q, stop),
    _audience_among,
    _taken_as,
    _applied_in,
    _from_again,
    _passive_after_law,
    _resumed_list,
    _amended_laws_end,
    _headcount,
    _into_life,
    _assigned_by,
    _detailed_law_where,
    _team_at_work,
)


# "Thông tư … hướng dẫn thực hiện một số điều của Luật X và Nghị định số …", "Thông tư … quy định chi tiết
# thi hành Luật X và Nghị định số …": a guidance of a law guides the decree that details it with it, one
# title; a decree's "quy định chi tiết một số điều của Luật X và Thông tư số …" names a lower document, the
# plan's next reference.
# "quy định chi tiết một số điều và biện pháp thi hành Luật X và Luật sửa đổi, bổ sung … và Nghị định số …":
# the measures too, and the law's amending law with it.
_GUIDES_LAW = re.compile(
    r"(?:hướng dẫn\s+(?:thực hiện|thi hành)\s+một số điều của|"
    r"quy định chi tiết\s+(?:một số điều và biện pháp\s+)?thi hành)"
    rf"\s+Luật\s+[{UPPER}](?:[^,;:.()]|,\s+bổ sung\s)*"
)
_AND_DECREE = re.compile(r"\s+và\s+Nghị định\s+số")


def _named_above(text: str, at: int) -> bool:
    """Whether the reference at `at` points back to one the plan named before ("theo Nghị quyết số 27-NQ/TW
    nêu trên"): the plan's own reference, never in a title."""
    key = NUMBERED.match(text, at)
    return key is not None and _NAMED_ABOVE.match(text, key.end()) is not None


def _other_system(text: str, p: int, at: int) -> bool:
    """Whether the reference at `at` is of the other system (Party keys "1-NQ/TW", State ones "1/NQ-CP")
    than the one whose title starts at p (the last key before p)."""
    own = None
    for key in NUMBERED.finditer(text, max(0, p - 300), p):
        own = key
    after = NUMBERED.match(text, at)
    return own is not None and after is not None and (own.group("sep") == "/") != (after.group("sep") == "/")


def _title_end(text: str, p: int, limit: int, unnumbered: bool) -> int:
    q = p
    while q < limit:
        m = _title_stop(text, p, q, limit)
        stop = m.start() if m else limit
        for earlier in _EARLIER_ENDS:  # each looks up to where the ones before it ended the title
            end = earlier(text, p, q, stop)
            if end is not None:
                m, stop = None, end
        patterns = (
            _AND_CITE,
            _LIST_NEXT,
            _AND_NAMED,
            _AND_NAMED_SUBJECT,
            _AND_ANNEXED,
            _AND_SET_BY,
            _AND_LAW_YEAR,
            _AND_CARRYING_OUT,
            _AND_UNDER_ANOTHER,
            _AND_SHORT_NAMED,
            _AND_CARRYING_OUT_NAMED,
            _AND_PASSIVE_BY,
        )
        # the first place any of them ends the title ("…, Quyết định số A của X và Nghị quyết số B …": at the
        # comma, not at the "và" after it)
        ends: list[int] = []
        for pattern in patterns:
            a = pattern.search(text, q, stop)
            if a and pattern is _AND_CARRYING_OUT and not _given_in_full(text, a.end()):
                continue
            if a and pattern is _AND_UNDER_ANOTHER and not _named_above(text, a.end()):
                if not _given_in_full(text, a.end()) or not _other_system(text, p, a.end()):
                    continue
            if a and _AND_DECREE.match(text, a.start()) and _GUIDES_LAW.fullmatch(text, p, a.start()):
                continue
            if (
                a
                and pattern is _AND_LAW_YEAR
                and re.search(r"(?<!\w)(?:Luật|Pháp lệnh)(?!\w)", text[p : a.start()])
            ):
                continue  # "thi hành Luật A năm 2020 và Luật B năm 2022": the title's own laws
            if a and pattern is _AND_NAMED_SUBJECT and a.group("kind") in text[p : a.start()]:
                continue
            if a and not re.search(_CITE_AHEAD, text[p : a.start()]):
                ends.append(a.start())
            elif a and pattern in (_AND_CITE, _LIST_NEXT, _AND_CARRYING_OUT) and _dated_sibling(text, p, a):
                ends.append(a.start())
        if ends:
            return min(ends)
        # a main clause may end on the "đã" the title stopped at ("Qua … thực hiện X về Y, việc Z đã có …")
        main = _main_clause(text, p, q, m.end() if m and m.group("done") else stop)
        if main is None and m and m.group("done"):
            main = _done_by(text, q, stop)
        if main is None:
            main = _predicate(text, p, q, stop)
        if main is not None:
            return main
        a = _AND_TASKS.search(text, q, stop)
        if a and re.search(_CITE_AHEAD, text[p : a.start()]):
            return a.start()
        others = _others_after_key(text, p, q, stop)
        if others is not None:
            return others
        if unnumbered:
            d = next((d for d in _UNNUMBERED_STOP.finditer(text, q, stop) if not _governed(text, d)), None)
            if d:
                return d.start()
        listed = _counted_list(text, m, limit) if m and not unnumbered else None
        if listed is not None:
            return listed
        ground = _GROUND_LINE.match(text)
        if m and m.group() == ";" and not unnumbered and (ground or _FOOTNOTE_CITE.match(text)):
            # A line of the opening's grounds ("- Căn cứ …;") or a footnote naming a document ("³ Quyết định
            # số …") is one document: a clause after a semicolon that runs to the line's close (its closing
            # semicolon; a footnote's end) and names no other document belongs to its title.
            tail = text[m.end() :].rstrip()
            tail = tail if ground else tail.rstrip(".") + ";"
            if (
                tail.endswith(";")
                and ";" not in tail[:-1]
                and re.match(rf"\s*[{LOWER}]", tail)
                and (not _TYPE_ANY.search(tail) or _details_a_law(tail))
                and len(tail) <= 300
                and m.end() + len(tail) <= limit
            ):
                return m.end() + len(tail) - 1
        if m and m.group() == ";" and not unnumbered:
            # A semicolon inside a list of references: the clauses naming no document belong to the title
            # before them when the list goes on with another reference right after them.
            seg_end = _clauses_before_next_cite(text, m.end(), limit)
            if seg_end is not None:
                q = seg_end
                continue
            joined = _clause_before_and_cite(text, m.end(), limit)
            if joined is not None:
                return joined
            noted = _clause_before_amended_note(text, m.end(), limit)
            if noted is not None:
                return noted
            opening = _clause_opening_list(text, m.end(), limit)
            if opening is not None:
                return opening
            quoted = _clause_closing_on_quotes(text, p, m.end(), limit)
            if quoted is not None:
                return quoted
            fields = _fields_to_sentence_end(text, p, m.start(), limit)
            if fields is not None:
                return fields
        return stop
    return limit


# "… liên thông 02 nhóm thủ tục: A, B; C, D;": a colon after a count introduces the groups the title counts
_COUNTED_BEFORE = re.compile(r"(?<!\w)\d+\s+(?:[^\s:;,.]+\s+){0,5}[^\s:;,.]+$")
# "… đối với các dịch vụ công: thuế, điện, nước và …": a colon after a kind named in the plural ("các",
# "những") introduces its members, short lower-case items, three or more, closing the sentence.
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)(?:\s+[^\s:;,.]+){1,4}$")
_MEMBERS = re.compile(rf"\s*[{LOWER}][^,;:.()]{{0,60}}(?:,\s+[{LOWER}][^,;:.()]{{0,60}}){{2,}}[.;]")


def _counted_list(text: str, m: re.Match[str], limit: int) -> int | None:
    """A colon that opens the list the title counts: after a count on a line of the opening's grounds ("- Căn
    cứ …;", "02 nhóm thủ tục hành chính:"), the title runs to the line's closing semicolon; after a kind named
    in the plural ("các dịch vụ công:"), to the close of the sentence its members end; the list names no
    document (after a count no kind of one, after a plural no reference)."""
    if m.group() != ":":
        return None
    tail = text[m.end() :].rstrip()
    members = _MEMBERS.match(tail)
    if members and _PLURAL_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        if re.search(_CITE_AHEAD, members.group()):
            return None
        tail = members.group()
    elif not _GROUND_LINE.match(text) or not _COUNTED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return None
    elif not tail.endswith((";", ".")) or _TYPE_ANY.search(tail) or len(tail) > 300:
        return None
    end = m.end() + len(tail) - 1
    return end if end <= limit else None


# A document named in a clause: its kind capitalised, followed by its number or counted as many ("các quy
# định về …", documents the plan names by their subject); a kind in lower case alone is a common noun there
# ("…; xác định thu nhập … và mẫu biểu báo cáo; Thông tư số …").
_DOC_NAMED = re.compile(
    rf"(?<!\w)(?:{TYPE_ALT})(?!\w)|(?<!\w)(?i:{TYPE_ALT})\s+(?i:số)(?!\w)"
    rf"|(?<!\w)(?:các|những)\s+(?i:{TYPE_ALT})(?!\w)"
)


def _clauses_before_next_cite(text: str, p: int, limit: int, most: int = 4) -> int | None:
    """ "Kết luận số … về X; Y; Z; Nghị định số …": where the clauses after a title's semicolon end (the
    semicolon before the next reference), when none of them names a document or starts a subject of its
    own ("về …"); None when the list does not go on with a reference."""
    start = p
    for _ in range(most):
        nxt = text.find(";", start, limit)
        dot = _TITLE_STOP.search(text, start, limit)
        if nxt == -1 or (dot and dot.start() < nxt):
            return None
        seg = text[start:nxt]
        if _DOC_NAMED.search(seg) or re.match(r"\s*về\s", seg):
            return None
        if re.match(r"\s*" + _CITE_AHEAD, text[nxt + 1 : nxt + 80]):
            return nxt
        start = nxt + 1
    return None


# "… gắn với Kết luận số …", "… gắn với việc thực hiện Chỉ thị số …": the plan ties its work to the next
# reference.
_TIED_TO_CITE = re.compile(rf"\s+gắn với\s+(?:việc\s+)?(?:thực hiện\s+)?(?={_CITE_AHEAD})")


def _clause_before_and_cite(text: str, p: int, limit: int) -> int | None:
    """ "Kết luận số 1-KL/TW … về X; kiên quyết Y và Quy định số 2-QĐ/TW …", "Nghị quyết số 4-NQ/TW … về X;
    ngăn chặn Y gắn với Kết luận số …": a clause after a semicolon, naming no document, that runs into "và"
    and the next reference of the list, or into the plan's tie to it, belongs to the title before it; the
    title ends before that "và" or "gắn với"."""
    ties = (_AND_CITE.search(text, p, limit), _TIED_TO_CITE.search(text, p, limit))
    a = min((t for t in ties if t), key=lambda t: t.start(), default=None)
    if a is None or not re.match(rf"\s*[{LOWER}]", text[p:]) or re.match(r"\s*về\s", text[p:]):
        return None
    stop = _TITLE_STOP.search(text, p, a.start())
    if stop or _TYPE_ANY.search(text, p, a.start()) or _clause_start(text, p, a.start()) is not None:
        return None
    return a.start()


# "… của Hội nghị Trung ương 4 khóa XIII về X; kiên quyết Y, biểu hiện “A”, “B”.": the Party centre's
# documents have long names that run over a semicolon and quote the terms they fight; a clause after the
# semicolon that closes the sentence on quoted terms, naming no document, is the rest of such a title (a
# plan's own clause may close on them too: "…; không để xảy ra “nghèo giả”" after a local plan's title).
_CLOSING_ON_QUOTES = re.compile(
    rf"\s*[{LOWER}][^;:.()“”\"]{{0,250}}(?:[“\"][^;:.()“”\"]{{1,40}}[”\"],?\s*){{1,4}}"
    # where they are found: "… “tự chuyển hóa” trong nội bộ"
    rf"(?:(?<=[”\"]\s)[{LOWER}]+(?:\s+[{LOWER}]+){{0,2}})?"
)
_BY_THE_CENTRE = re.compile(r"(?<!\w)của\s+[^;:.]{0,100}?(?:Trung ương|Bộ Chính trị|Ban Bí thư)[^;:.]{0,40}$")


def _clause_closing_on_quotes(text: str, p: int, q: int, limit: int) -> int | None:
    """Where the title at p, stopped at the semicolon ending at q, ends when the clause after it closes the
    sentence on quoted terms and the title is the Party centre's; None otherwise."""
    c = _CLOSING_ON_QUOTES.match(text, q, limit)
    # the sentence ends after it, or the list of references goes on (";", "và", an alias in brackets, ", với"
    # the next reference the plan ties its work to)
    closed = re.match(rf"\s*(?:[.;(]|$)|\s+và\s|\s*,?\s*với\s+{_CITE_AHEAD}", text[c.end() :]) if c else None
    if c is None or not closed or _TYPE_ANY.search(c.group()):
        return None
    # nor may the clause hold what ends a title ("…; kịp thời nắm …, không để đảng viên “trôi nổi”": the
    # plan's clause, what it must not let happen)
    if not _BY_THE_CENTRE.search(text, max(0, p - 160), p) or _TITLE_STOP.search(c.group().rstrip(" ,")):
        return None
    return q + len(c.group().rstrip(" ,"))


# "… xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự; phòng, chống tệ nạn xã hội; phòng cháy,
# chữa cháy.": a title naming its fields ("trong lĩnh vực …") goes on listing them after semicolons, each
# field a short pair ("cứu nạn, cứu hộ"), to the sentence's end; a clause of the plan's is no such pair.
_IN_FIELDS = re.compile(r"(?<!\w)trong\s+(?:các\s+)?lĩnh vực\s")
_FIELD_PAIRS = re.compile(
    rf"(?:;\s*[{LOWER}][^\s,;:.()“”\"]*(?:\s[^\s,;:.()“”\"]+){{0,2}},\s[^\s,;:.()“”\"]+"
    rf"(?:\s[^\s,;:.()“”\"]+){{0,5}}){{1,6}}(?=\s*(?:\.(?!\S)|$))"
)


def _fields_to_sentence_end(text: str, p: int, q: int, limit: int) -> int | None:
    """Where the title at p, stopped at the semicolon at q, ends when it names its fields and the clauses
    after the semicolon are more of them, to the sentence's end; None otherwise."""
    if not _IN_FIELDS.search(text, p, q):
        return None
    f = _FIELD_PAIRS.match(text, q, limit)
    return f.end() if f and not _TYPE_ANY.search(f.group()) else None


# The plan's own words announcing the list its colon opens ("… các nội dung sau:", "… gồm:", "cụ thể:").
_ANNOUNCED_LIST = re.compile(r"(?<!\w)(?:sau|gồm|cụ thể|như sau)\s*:$")


def _clause_opening_list(text: str, p: int, limit: int) -> int | None:
    """ "Giám sát việc … theo Kết luận số … về X; Y:" and the list on the lines after it: a clause after a
    semicolon that runs to the colon closing the block, naming no document and not announcing the list in
    the plan's own words, belongs to the title before it (the block's sentence leads the list in)."""
    tail = text[p:].rstrip()
    if not tail.endswith(":") or re.search(r"[;:]", tail[:-1]) or not re.match(rf"\s*[{LOWER}]", tail):
        return None
    if _TYPE_ANY.search(tail) or _ANNOUNCED_LIST.search(tail) or len(tail) > 300 or p + len(tail) > limit:
        return None
    return p + len(tail) - 1


# "(đã được sửa đổi, bổ sung tại Nghị định số …)": the plan's note on the document whose title it closes
_AMENDED_NOTE = re.compile(r"\s*\(\s*(?:đã\s+)?được\s+(?:sửa đổi|bổ sung|thay thế)")
# A field after a semicolon: a lower-case clause opening on no subject of its own ("về …").
_NEXT_FIELD = re.compile(rf"\s*(?!về\s)[{LOWER}]")


def _clause_before_amended_note(text: str, p: int, limit: int) -> int | None:
    """ "Nghị định số … quy định về X; Y (đã được sửa đổi, bổ sung tại Nghị định số …)": a clause after a
    semicolon, naming no document, that runs into the note on the document's amendment belongs to its title;
    the title ends before the note."""
    close = text.find("(", p, limit)
    note = _AMENDED_NOTE.match(text, close) if close != -1 else None
    if note is None or not re.match(rf"\s*[{LOWER}]", text[p:]) or re.match(r"\s*về\s", text[p:]):
        return None
    if _TYPE_ANY.search(text, p, close) or text.count(";", p, close) > 3:
        return None
    # "… quy định về X; Y; Z (được sửa đổi …)": more fields after more semicolons, each in lower case
    for s in _TITLE_STOP.finditer(text, p, close):
        if s.group() != ";" or not _NEXT_FIELD.match(text, s.end()):
            return None
    return close if _clause_start(text, p, close) is None else None


def _joint_issuers(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A joint document ("Nghị quyết liên tịch") is issued by several bodies: "của Ủy ban Thường vụ Quốc
    hội, Chính phủ, Đoàn Chủ tịch … quy định …"."""
    while sep := re.match(r",\s+|\s+và\s+", text[span[1] :]):
        nxt = parse_issuer(text, span[1] + sep.end())
        # the last body may close the bracket the reference is written in: "(theo Quy chế … giữa A và B)"
        if not nxt or not re.match(r"\s*[,;.)]|\s+(?:và|về)\s|\s*$|\s+" + _VERBS.pattern, text[nxt[1] :]):
            break
        span = (span[0], nxt[1])
    return span


# "của Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực ban hành Chương trình …": a steering committee
# is named with what it steers; the "về" that a verb of issuing follows is its name's, not the subject's.
# So is the first of two: "của Ban Chỉ đạo tỉnh về chuyển đổi số về triển khai …", unless what follows it is
# the work a title names ("về tổ chức hội thi về …").
_STEERING = re.compile(r"Ban\s+[Cc]hỉ\s+đạo(?:\s+\S+){0,3}$")
# A verb of carrying work out may follow it too: "… của Ban Chỉ đạo Trung ương về phát triển khoa học, công
# nghệ … triển khai phong trào …".
# And so is the field that ends the reference: "theo Kế hoạch số … của Ban Chỉ đạo Trung ương về phát triển
# khoa học, công nghệ …;" names the committee and leaves the subject unsaid.
_STEERING_SUBJECT = re.compile(
    rf"\s+về\s+[{LOWER}][^;:.()“”\"\d]{{2,100}}?"
    r"(?=\s+(?:ban hành|phê duyệt|quy định|hướng dẫn|triển khai)\s|(?P<ve>\s+về\s)"
    r"|(?P<last>\s*(?:;|\.(?!\S)|$)))"
)
_TITLE_OUTCOME = re.compile(r"\s+về\s+(?:kết quả|tình hình|công tác|nhiệm vụ|phương hướng)(?!\w)")
_TITLE_WORK = re.compile(
    r"\s+về\s+(?:việc|triển khai|thực hiện|tổ chức|tuyên truyền|tăng cường|đẩy mạnh)(?!\w)"
)


# "của Ban Chỉ đạo vận động hiến máu tình nguyện huyện về …": a steering committee named by its field in
# lower case, then its unit (and the place); so is a command committee ("Ban Chỉ huy phòng, chống thiên tai và
# tìm kiếm cứu nạn tỉnh") and a council ("do Hội đồng phối hợp phổ biến, giáo dục pháp
# luật tỉnh tổ chức …"), the verb of its work after it; the field may name the rules it carries out,
# capitalised ("Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh").
_STEERING_FIELD = re.compile(
    rf"\s+(?!(?:về|của|theo|tại|để|nhằm|và)\s)[{LOWER}]+"
    rf"(?:,?\s+(?!(?:về|của|theo|tại|để|nhằm)\s)(?:[{LOWER}]+|[{UPPER}][{LOWER}]*(?=\s+[{LOWER}]))){{0,12}}?"
    rf"\s+(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)(?:\s+[{UPPER}][^\s,;.:()]*)*"
    r"(?=\s+về\s|\s*[,;.)]|\s*$|\s+(?:tổ chức|chủ trì|ban hành|hướng dẫn|triển khai|thực hiện)\s|"
    # "… huyện Đức Thọ (trước sắp xếp)": the plan's aside on the unit, after the name
    r"\s*\((?:trước|sau|cũ|nay)(?!\w))"
)


# "của Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW về việc …": a committee set up to review a
# document is named with it, and the subject is what follows the second "về".
# "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả về …": what a committee fights
# ("chống …", "phòng, chống …") is its name, up to the "về" of the title's subject.
_STEERING_AGAINST = re.compile(rf"\s+(?:phòng,?\s+)?chống\s+[{LOWER}][^;:.()“”\"\d]{{2,100}}?(?=\s+về\s)")
_STEERING_REVIEW = re.compile(
    rf"\s+về\s+(?:tổng kết|sơ kết)\s+(?:(?:việc\s+)?thực hiện\s+)?(?i:{TYPE_ALT})\s+(?:(?i:số)\s*)?"
    r"\d[^\s,;:.()]*(?=\s+về\s)"
)


def steering_name(text: str, span: tuple[int, int], limit: int) -> tuple[int, int]:
    """A steering committee's name with what it steers (its field, its "về …"), not the title's subject; a
    council's with its field."""
    if re.search(r"(?:Ban\s+[Cc]hỉ\s+(?:đạo|huy)|Hội\s+đồng)$", text[span[0] : span[1]]):
        field = _STEERING_FIELD.match(text, span[1], limit)
        span = (span[0], field.end()) if field else span
    if not _STEERING.search(text, span[0], span[1]):
        return span
    against = _STEERING_AGAINST.match(text, span[1], limit)
    if against:
        return (span[0], against.end())
    review = _STEERING_REVIEW.match(text, span[1], limit)
    if review is not None:
        return (span[0], review.end())
    m = _STEERING_SUBJECT.match(text, span[1], limit)
    worded = m is not None and (m.group("ve") or m.group("last") is not None)
    if m is None or _TYPE_ANY.search(m.group()) or (worded and _TITLE_WORK.match(m.group())):
        return span
    if m.group("last") is not None and _TITLE_OUTCOME.match(m.group()):
        return span  # "… của Ban Chỉ đạo tỉnh về kết quả phiên họp quý I.": what a notice or report gives
    return (span[0], m.end())


# "Hướng dẫn số 01-HD/TW … của Ban Bí thư một số vấn đề cụ thể thi hành Điều lệ Đảng": a title naming
# "some points" follows its issuer with no "về".
_SOME_POINTS = re.compile(r"một số\s+(?:vấn đề|nội dung|điều)(?!\w)")
# "Báo cáo số … của Ban Thường vụ Hội … kết quả khảo sát …": a report's outcome follows its issuer with no
# "về".
_OUTCOME = re.compile(r"(?:kết quả|tình hình)\s")


# "của Ủy ban nhân dân huyện X (trước sắp xếp) về …": a short aside on the issuer before the subject, or
# before the verb a title opens with ("… huyện Y (tỉnh Z trước đây) thực hiện Nghị quyết …"); the old unit's
# mark before the next reference of a pair ("… Tỉnh ủy Hà Tây (cũ) và Chương trình số … về X": X is both's).
# A body's present name, however long, is such an aside: "của Ban Tuyên giáo Trung ương (nay là Ban Tuyên giáo
# và Dân vận Trung ương) về …".
_ASIDE_BEFORE_SUBJECT = re.compile(
    rf"\s*\((?:[^()\d]{{1,40}}|(?i:nay là|nay|trước đây là)\s[^()\d]{{1,120}})\)"
    rf"(?=\s*,?\s*(?i:về)\s|\s+{_VERBS.pattern})|"
    rf"\s*\((?i:cũ|trước sắp xếp|trước hợp nhất)\)(?=\s+và\s+{_CITE_AHEAD})"
)


_DAY_PASSED = re.compile(rf"\s+(?i:ngày)\s*(?:{DATE})")


# "của Trưởng Ban Chỉ đạo 389 huyện": the head of a steering committee issues with its name in full; so does
# the head of a command committee ("Trưởng Ban Chỉ huy phòng thủ dân sự tỉnh").
_HEAD_OF_COMMITTEE = re.compile(r"(?:Phó\s+)?Trưởng\s+(?=Ban\s+[Cc]hỉ\s+(?:đạo|huy)(?!\w))")


def _committee_head(text: str, p: int) -> tuple[int, int] | None:
    """The head of a steering committee and the committee's name, as the issuer starting at p."""
    head = _HEAD_OF_COMMITTEE.match(text, p)
    span = parse_issuer(text, head.end()) if head else None
    return (p, span[1]) if head and span else None


def parse_after_key(text: str, p: int, limit: int, mention: Mention) -> None:
    """Issuer and title of a reference, read from p (just after its number, symbol and date)."""
    p = _skip_parens(text, p)
    m = re.match(r"\s*,?\s*(?:(?i:ngày)\s*)?(?:(?:của|giữa)\s+)", text[p:limit])
    if m and re.search(r"của|giữa", m.group()):
        span = _committee_head(text, p + m.end()) or parse_issuer(text, p + m.end())
        if span:
            if (
                "liên tịch" in (mention.type or "")
                or re.match(r"[A-ZĐ]+LT-", mention.symbol or "")
                or "giữa" in m.group()  # "Quy chế phối hợp số … giữa A và B"
            ):
                span = _joint_issuers(text, span)
            span = steering_name(text, span, limit)
            mention.issuer = span
            p = span[1]
    else:
        # "Luật … số 31/2024/QH15 được Quốc hội khóa XV thông qua …", "Quy định số … do Tỉnh ủy ban hành về
        # …": who passed or issued it.
        m = re.match(r"\s*,?\s*(?:(?:đã\s+)?được|do)\s+", text[p:limit])
        span = parse_issuer(text, p + m.end()) if m else None
        verb = re.match(r"\s+(?:thông qua|ban hành)(?!\w)", text[span[1] :]) if span else None
        if span and verb:
            mention.issuer = span
            p = span[1] + verb.end()
            # "… được Quốc hội thông qua ngày 29/6/2024": the day it was passed is its date
            day = _DAY_PASSED.match(text, p, limit)
            if day and mention.date is None:
                mention.date = iso_date(day)
                p = day.end()
        elif mention.date and (span := _issuer_after_day(text, p, limit)):
            mention.issuer = span
            p = span[1]
    p = _skip_parens(text, p)
    if mention.issuer:
        aside = _ASIDE_BEFORE_SUBJECT.match(text, p, limit)
        p = aside.end() if aside else p
    rest = text[p:limit]
    a = _AND_CITE.match(rest)
    if a:
        mention.share_title_next = True
        # "… thực hiện Kết luận số 1-KL/TW của Bộ Chính trị và Hướng dẫn số 2-HD/TU, ngày … của … về X": named
        # in short inside a title, it does not share the title of the next one, given in full.
        nxt = NUMBERED.match(text, p + a.end())
        full = nxt is not None and _DATE_AFTER.match(text, nxt.end()) is not None
        mention.extras["short_before_full"] = bool(mention.issuer and mention.date is None and full)
        return
    if mention.issuer is None and _bare_key_next(text, p, limit):
        # "Quyết định số 217-QĐ/TW, 218-QĐ/TW, ngày … của Bộ Chính trị": a key written bare goes on the list
        # of the type before it, and the day, the body and the subject after it are the list's.
        mention.share_title_next = True
        return
    if mention.issuer is None and mention.date is None and _closing_key_next(text, p, limit):
        # "số 131-QĐ/TW và số 132-QĐ/TW, ngày … của Bộ Chính trị": the day and the body are the pair's
        mention.share_title_next = True
        return
    if mention.issuer is None and mention.date and _dated_key_next(text, p, limit, mention.symbol):
        # "các Quyết định số 1/QĐ-TTg, ngày …, số 2/QĐ-TTg, ngày … của X": each its own day, the list's body
        mention.share_issuer_next = True
        return
    if mention.issuer is None and _listed_key_next(text, p, limit):
        # "các Quyết định số 1/QĐ-TTg, ngày …, số 2/QĐ-TTg, số 3/QĐ-TTg của X": the list's body is each one's
        mention.share_issuer_next = True
        return
    if re.match(rf"\s*,\s*(?={_CITE_AHEAD})", rest) and mention.issuer is None:
        # "A, B của X": A is X's too; but in "A, B, ngày … của X" the day and the body describe B alone.
        nxt = NUMBERED.search(text, p, limit)
        day = _DATE_AFTER.match(text, nxt.end()) if nxt else None
        if day and day.group("same"):
            mention.share_title_next = True  # "A, B cùng ngày … của X": the day and the body are both's
            return
        if day and mention.date is None and _FOOTNOTE_CITE.match(text):
            # a footnote names the documents its anchor names in general, each for the first time (none in
            # short, given in full elsewhere): "¹ Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW ngày … của X"
            mention.share_title_next = True
            return
        mention.share_issuer_next = not day
        return
    m = re.match(r"\s*[“\"]", rest)
    if m:
        q = p + m.end()
        close = re.compile(r"[”\"]").search(text, q, limit)
        end = close.start() if close else title_end(text, q, limit)
        vm = re.match(r"(?i:về)\s+", text[q:end])
        mention.title = (q + (vm.end() if vm else 0), end)
        return
    # "quy định về X", "quy định chi tiết về X", "quy định một số nội dung về X": how far the document rules
    # X, its subject after "về" (the 29/2023/NĐ-CP call of NOTES.md)
    m = re.match(
        r"\s+(?:(?:quy định(?:\s+chi tiết|\s+một số nội dung)?|hướng dẫn)\s+)?về\s+", rest
    ) or re.match(r"\s*,?\s*(?i:về)\s+", rest)
    if (
        m
        and "," in m.group()
        and re.search(r"(?<!\w)về\s+$", text[max(0, mention.start - 8) : mention.start])
    ):
        return  # "chuyên đề về Nghị quyết số …, về X": the next topic of a list, as the reference is one
    if m:
        q = p + m.end()
        mention.title = (q, title_end(text, q, limit))
        return
    m = re.match(r"\s+", rest)
    if m and any(x.match(rest[m.end() :]) for x in (_VERBS, _SOME_POINTS, _OUTCOME)):
        q = p + m.end()
        detail = _DETAILS_A_LAW_ON.match(text, q, limit)
        if detail and not _OTHER_THAN_LAW.search(detail.group()):
            q = detail.end()
        mention.title = (q, title_end(text, q, limit))


def _issuer_after_day(text: str, p: int, limit: int) -> tuple[int, int] | None:
    """ "Nghị quyết số 21-NQ/TW, ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương … về X": a body
    right after the day, with no "của" and no comma, then its subject ("về"), is the issuer; a plenum named by
    its ordinal ("… ngày 12/4/2025 Hội nghị lần thứ mười Ban Chấp hành Trung ương …, Kết luận …") is, whatever
    follows it, for no subject is named so."""
    if not re.match(rf"\s+[{UPPER}]", text[p:limit]):
        return None
    span = parse_issuer(text, p)
    if span and _PLENUM_BY_ORDINAL.match(text, span[0], span[1]):
        return span
    return span if span and re.match(r"\s+về\s", text[span[1] : limit]) else None


_PLENUM_BY_ORDINAL = re.compile(r"Hội nghị\s+lần thứ\s")


# "Nghị định số … quy định chi tiết một số điều của Luật X về Y": a decree detailing a law (or a code, "Bộ
# luật X") on one subject is about that subject (the "về" after the law's name, as in "quy định về Y"); a
# "về" after a passive ("… Luật Đầu tư được gửi về Sở …") is where the clause's subject goes, not its topic.
_DETAILS_A_LAW_ON = re.compile(
    r"quy định chi tiết\s(?:(?!về\s)[^;:.()“”\"\d])*?(?<!\w)(?:Luật|Bộ luật)\s"
    r"(?:(?!(?<!\w)được\s)[^;:.()“”\"\d])*?\svề\s"
)
_OTHER_THAN_LAW = re.compile(rf"(?<!\w)(?!Luật|Bộ luật)(?:{TYPE_ALT})(?!\w)")


_DATED_KEY_SEP = re.compile(r"\s*[,;]\s*(?=(?i:số)\s*\d)|\s+và\s+(?=(?i:số)\s*\d)|\s*;\s*(?=\d)")


def _dated_key_next(text: str, p: int, limit: int, symbol: str | None = None) -> bool:
    """Whether a key of the same type follows, written with "số" alone and its own day: ", số 2/QĐ-TTg,
    ngày …" (or past a semicolon), or closing the list: "… và số 3/QĐ-TTg ngày … của X"; past a semicolon
    it may be written bare when its symbol is the same ("các Quyết định số 1/QĐ-TTg, ngày …; 2/QĐ-TTg, ngày
    … và …")."""
    nxt = _DATED_KEY_SEP.match(text, p, limit)
    key = NUMBERED.match(text, nxt.end()) if nxt else None
    if key is None or key.group("type") or _DATE_AFTER.match(text, key.end()) is None:
        return False
    return bool(key.group("so")) or (symbol or "").casefold() == key.group("sym").casefold()


# A code that stands for two types: the Party numbers a Quy định "QĐi" or, since 2021, "QĐ" as a Quyết định.
_CODE_MAY_BE = {"qđ": ("Quyết định", "Quy định")}


def _listed_type(text: str, m: re.Match[str], before: list[Mention], symbol: str) -> str | None:
    """ "các Quy định số 1-QĐ/TW, số 2-QĐ/TW": a key written with "số" alone right after another on a list
    is of the list's type (the symbol's code may stand for two); so is one after the previous item's day,
    body and subject, past a semicolon ("Các Quy định số 1-QĐ/TW, ngày … của … về …; số 2-QĐ/TW, …"), and
    a bare key of the same symbol listed after it ("các Quy định số 80-QĐ/TW, 114-QĐ/TW và 205-QĐ/TW") or
    of a code that may stand for the list's type ("các Quy định số 08-QĐi/TW, 37-QĐ/TW")."""
    if m.group("type") or not before:
        return None
    prev = before[-1]
    if m.group("so"):
        return prev.type if re.fullmatch(r"\s*[,;]\s*|\s+và\s+", text[prev.end : m.start()]) else None
    same = prev.symbol is not None and prev.symbol.casefold() == symbol.casefold()
    fits = same or prev.type in _CODE_MAY_BE.get(re.split(r"[-/]", symbol)[0].casefold(), ())
    return prev.type if fits and re.fullmatch(r"\s*,\s*|\s+và\s+", text[prev.end : m.start()]) else None


def _listed_key_next(text: str, p: int, limit: int) -> bool:
    """Whether a key follows on the same list, written with "số" alone: ", số 2/QĐ-TTg", "; số 2/QĐ-TTg"."""
    nxt = re.compile(r"\s*[,;]\s*(?=(?i:số)\s*:?\s*\d)").match(text, p, limit)
    key = NUMBERED.match(text, nxt.end()) if nxt else None
    return key is not None and not key.group("type") and key.end() <= limit


def _closing_key_next(text: str, p: int, limit: int) -> bool:
    """Whether the key closing a list follows, written with "số" alone after "và": "… và số 3-QĐ/TW"."""
    nxt = re.compile(r"\s+và\s+(?=(?i:số)\s*:?\s*\d)").match(text, p, limit)
    key = NUMBERED.match(text, nxt.end()) if nxt else None
    return key is not None and not key.group("type") and key.end() <= limit


def _bare_key_next(text: str, p: int, limit: int) -> bool:
    # "Nghị quyết số 4-NQ/TW, 5-NQ/TW và 6-NQ/TW của …": the list may close with "và"
    sep = re.compile(r"\s*,\s*|\s+và\s+").match(text, p, limit)
    nxt = NUMBERED.match(text, sep.end()) if sep else None
    return nxt is not None and not (nxt.group("type") or nxt.group("so")) and nxt.end() <= limit


# "… về X của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII", "… quy định về Y của Bộ trưởng
# Bộ Giáo dục và Đào tạo": a body that issues such documents, closing the title of a reference that names
# none, is its issuer (and the issuer of the one joined to it by "và": `_share_closing_issuer`).
_ISSUING_CLOSE = re.compile(
    r"\s+của\s+(?=(?:Hội nghị|Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|Chính phủ|Thủ tướng|Bộ trưởng|"
    r"Quốc hội|Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội)(?!\w))"
)


def _issuer_closing_title(text: str, mention: Mention) -> None:
    start, end = mention.title
    for m in _ISSUING_CLOSE.finditer(text, start, end):
        span = parse_issuer(text, m.end())
        if span and m.start() > start and not text[span[1] : end].strip(" ,"):
            mention.title = (start, m.start())
            mention.issuer = span
            mention.extras["issuer_closing_title"] = True
            return


# "theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …": the issuer named before the reference, the
# office's head standing for it.
# "… đã được Hội đồng nhân dân huyện thông qua tại Nghị quyết số …": the body that passed it; "danh sách do
# Ban Tổ chức Tỉnh ủy tổng hợp tại Công văn số …": the body that did the work the reference records.
_BY_BEFORE = re.compile(rf"(?<!\w)(?:của|được|do)\s+(?=[{UPPER}])")
_HEAD_OF = re.compile(
    r"(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban|Chánh Văn phòng|Thủ trưởng|Chủ nhiệm)"
    rf"\s+(?=[{UPPER}])"
)


def _issuer_before(text: str, start: int) -> tuple[int, int] | None:
    """The body in "của <body> tại" or "được <body> thông qua tại" right before a reference that names none
    after it, or the subject of "<body> ban hành <reference>"."""
    by = max(_BY_BEFORE.finditer(text, max(0, start - 120), start), key=lambda x: x.start(), default=None)
    if by is None:
        return _subject_issuing(text, start)
    span = parse_issuer(text, by.end())
    # "đã được Ban Dân vận Tỉnh ủy hướng dẫn tại Hướng dẫn số …", "đã được Ủy ban nhân dân xã báo cáo tại Báo
    # cáo số …": what the body did in it
    # "được UBND tỉnh tặng Cờ thi đua tại Quyết định số …": an award and what it is, given in the decision
    verb = (
        r"\s+(?:thông qua|ban hành|phê duyệt|hướng dẫn|chỉ đạo|báo cáo|kết luận|quy định|giao|tổng hợp|"
        r"(?:trao\s+)?tặng(?:\s+[^\s,;.:()]+){1,6}?|khen thưởng|công nhận(?:\s+[^\s,;.:()]+){0,6}?)"
        if not by.group().startswith("của")
        else ""
    )
    # "của Sở Thông tin và Truyền thông (Sở TT&TT) tại Công văn số …": the body's short name may follow it
    short = r"(?:\s*\([^()]{1,30}\))?"
    if not span or not re.fullmatch(short + verb + r"\s+tại\s+", text[span[1] : start]):
        return _subject_issuing(text, start)
    head = _HEAD_OF.match(text, span[0])
    return (head.end(), span[1]) if head and head.end() < span[1] else span


# Where a clause begins: the block's start, or after a stop, a colon, a bracket or a comma; its doer also
# after "do" (by): "Hội thi … do Hội đồng … tổ chức theo kế hoạch riêng (Kế hoạch số …)".
_CLAUSE_OPENING = re.compile(r"(?:^|[;:.(]|,|(?<!\w)do(?=\s))\s*(?:[-–+•]\s*)?")


# "Cùng ngày 28/02/2023, Ban Bí thư ban hành Quy định số …": the day that opens the clause of the body
# issuing a reference is the reference's.
_DAY_OPENING = re.compile(rf"(?:^|[;:.)]\s*|[-–+•]\s*)(?:(?i:cùng)\s+)?(?i:ngày)\s*(?:{DATE})\s*,\s*$")


def _day_before_doer(text: str, doer: int) -> str | None:
    if "gày" not in text[max(0, doer - 40) : doer]:  # "ngày", "Ngày": no day, no search
        return None
    day = _DAY_OPENING.search(text, max(0, doer - 40), doer)
    return iso_date(day) if day else None


def _subject_issuing(text: str, start: int) -> tuple[int, int] | None:
    """ "…; Ủy ban nhân dân tỉnh (đã) ban hành Kế hoạch số …": the body that opens the clause and issues the
    reference."""
    bracket = re.search(r"\(\s*$", text[max(0, start - 5) : start])
    end = start - len(bracket.group()) if bracket else start
    # "Ban Thường vụ Tỉnh ủy đã thành lập Ban Chỉ đạo … (Quyết định số …)": the act the bracket records
    # "Ủy ban nhân dân huyện có Kế hoạch số …": the body that has it issued it
    act = _ACT_RECORDED if bracket else r"\s+(?:đã\s+)?(?:ban hành|có)\s+"
    openings = list(_CLAUSE_OPENING.finditer(text, max(0, end - 200), end))
    for opening in reversed(openings):  # the nearest clause opening on a body that does the act
        if not text[opening.end() : opening.end() + 1].isupper():
            continue
        span = parse_issuer(text, opening.end())
        span = steering_name(text, span, end) if span else None
        if span and re.fullmatch(act, text[span[1] : end]):
            return span
    return None


# "Chương trình kiểm tra năm 2023 của Ban Chấp hành Đảng bộ (Chương trình số 5-CTr/ĐU, ngày …)": a document
# named by its kind and body, then numbered in brackets; the body is the issuer of the reference. A name may
# list its fields with semicolons, each going on in lower case, and name the law in general ("Kế hoạch phổ
# biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2025 của Ủy ban nhân dân tỉnh (Kế hoạch số …)").
_KIND_BY_BODY = re.compile(
    rf"(?<!\w)(?P<type>(?i:{TYPE_ALT}))(?:\s(?:(?!(?<!pháp\s)(?i:{TYPE_ALT})(?!\w))"
    rf"(?:[^;:.()]|;(?=\s[{LOWER}]))){{0,160}}?)?\s+của\s+(?=[{UPPER}])"
)


def _issuer_before_bracket(text: str, start: int, typ: str | None) -> tuple[int, int] | None:
    if typ is None or not re.search(r"\(\s*$", text[max(0, start - 5) : start]):
        return None
    for m in reversed(list(_KIND_BY_BODY.finditer(text, max(0, start - 250), start))):
        span = parse_issuer(text, m.end())
        same = normalize(m.group("type")).casefold() == normalize(typ).casefold()
        if span and same and re.fullmatch(r"\s*\(\s*", text[span[1] : start]):
            return span
    return None


# What a bracket after a body's act records: the act ("đã thành lập Ban Chỉ đạo … (Quyết định số …)"), or
# the document of its own the body works by, named right before by its kind ("tổ chức theo kế hoạch riêng
# (Kế hoạch số …)").
_ACT_RECORDED = (
    r"\s+(?:đã\s+)?(?:thành lập|kiện toàn|phê duyệt|ban hành)\s[^;:.()]*|"
    rf"(?:\s+[^\s,;:.()]+){{1,3}}?\s+theo\s+(?i:{TYPE_ALT})(?:\s+(?:riêng|của mình))?\s*"
)


def find_numbered(text: str, block: int, limit: int | None = None) -> list[Mention]:
    out: list[Mention] = []
    limit = len(text) if limit is None else limit
    for m in NUMBERED.finditer(text):
        sym = m.group("sym")
        number = m.group("num")
        key, symbol = make_key(number, m.group("sep"), sym)
        if not m.group("type") and not m.group("so"):
            # a bare key is read by its code, or as the next of a list of keys of its symbol
            # ("các Nghị quyết số 1/2025/QH15, 2/2025/QH15": QH15 names no type, the list does)
            code = re.split(r"[-/]", sym)[0]
            if not any(code.casefold() == k.casefold() for k in TYPE_CODES) and not _listed_type(
                text, m, out, symbol
            ):
                continue
        typ = m.group("type")
        law = None
        # "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13": "luật" in lower case ends the law's name
        if typ in (None, "luật") and m.group("so"):
            law = _NAMED_LAW.search(text, max(0, m.start("so") - 110), m.start("so"))
        if law:
            typ = law.group("type")
        named_by = None if typ or not m.group("so") else _named_before_key(text, m.start())
        if named_by:
            typ = named_by[0].group("type")
        typ = (
            normalize(typ[0].upper() + typ[1:])
            if typ
            else _listed_type(text, m, out, symbol) or type_from_code(symbol)
        )
        start = law.start() if law else named_by[0].start() if named_by else m.start()
        mention = Mention(block, start, m.end(), "numbered", typ, number, symbol, key)
        p = m.end()
        d = _DATE_AFTER.match(text, p) or _DATE_IN_BRACKETS.match(text, p)
        if d:
            mention.date = iso_date(d)
            p = d.end()
            close = re.match(r"\s*\)", text[p:])
            if close and "(" in text[max(0, m.start() - 2) : m.start()]:
                p += close.end()
        elif year := _YEAR_AFTER.match(text, p):
            p = year.end()  # "… 9/QĐ-TTg năm 2022 của Thủ tướng Chính phủ": the year only, not a day
        end_limit = limit if m.start() < limit else len(text)
        parse_after_key(text, p, end_limit, mention)
        _day_closing_title(text, mention)
        _later_sibling_closing_title(text, mention)
        if law and (
            not _subject_given(text, mention.title)
            or _PROVISIONS_OF.search(text, max(0, law.start() - 30), law.start())
        ):
            # "Luật Đất đai số 31/2024/QH15": what a reader calls the law, its name, is its title (as an
            # unnumbered law's is), not what follows the key; "Luật số …" has no name and keeps its own; in
            # "các quy định của Bộ luật X số … về Y", Y is what the provisions are about, not the law
            mention.title = (law.start(), law.end("called"))
        if law:
            # "Luật X số 36/2018/QH14 và Nghị định số … của Chính phủ quy định chi tiết …": a law called by
            # its name takes neither the body nor the subject of the reference after it
            mention.share_title_next = False
        # "Kế hoạch của X số … về thực hiện Chỉ thị số … của Y": X's, and "của Y" stays in the title
        before_key = named_by[1] if named_by else _issuer_before_list(text, m, out)
        if mention.issuer is None and before_key:
            mention.issuer = before_key
            mention.extras["issuer_before_key"] = True
        if mention.issuer is None and mention.title:
            _issuer_closing_title(text, mention)
        if mention.issuer is None:
            mention.issuer = _issuer_before(text, start)
            if mention.issuer and mention.date is None:
                mention.date = _day_before_doer(text, mention.issuer[0])
        if mention.issuer is None:
            mention.issuer = _issuer_before_bracket(text, start, typ)
            if mention.issuer:
                # named by its kind and body before the bracket: that name is all its subject, and the
                # next reference's "về" is that one's alone
                mention.share_title_next = False
        if law:
            mention.extras["law_name"] = law_name(law.group("name"))
        mention.end = max(
            p, mention.title[1] if mention.title else 0, mention.issuer[1] if mention.issuer else 0
        )
        out.append(mention)
        out += _listed_numbers(text, m, mention)
    _lead_in_issuer(text, out)
    _listed_issuer(text, out)
    _list_closing_issuer(text, out)
    return out


def _later_sibling_closing_title(text: str, mention: Mention) -> None:
    """A reference dated after the document whose title it would close is the plan's next one, not the
    title's: a document never names one issued after it ("Kế hoạch số 1-KH/HU, ngày 5/11/2022 … thực hiện
    Chỉ thị số … về X và Kế hoạch số 2/KH-UBND, ngày 6/2/2023 của …")."""
    if mention.title is None or mention.date is None:
        return
    for a in _AND_CITE.finditer(text, mention.title[0], mention.title[1]):
        nxt = NUMBERED.match(text, a.end())
        day = _DATE_AFTER.match(text, nxt.end()) if nxt else None
        if day and (iso_date(day) or "") > mention.date:
            mention.title = (mention.title[0], a.start())
            return


# "Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật X ngày 22/11/2019": a law is dated after what it
# is called (as "Luật Du lịch ngày …" is), so a day closing the title of a law its key gave no day is its own.
_DAY_CLOSING = re.compile(rf"\s*,?\s+(?i:ngày)\s*(?:{DATE})\s*$")


def _day_closing_title(text: str, mention: Mention) -> None:
    """A law's day written after its title: the law's date, out of the title."""
    if mention.date or mention.title is None or mention.type not in ("Luật", "Pháp lệnh", "Bộ luật"):
        return
    day = _DAY_CLOSING.search(text, *mention.title)
    if day and day.start() > mention.title[0]:
        mention.date = iso_date(day)
        mention.title = (mention.title[0], day.start())


def _issuer_before_list(text: str, m: re.Match[str], before: list[Mention]) -> tuple[int, int] | None:
    """ "các Kế hoạch của Tỉnh đoàn số 1-KH/TĐTN, ngày …, số 2-KH/TĐTN, ngày …": the body written before a
    list's first key is the issuer of each key listed after it with "số" alone."""
    if m.group("type") or not m.group("so") or not before:
        return None
    prev = before[-1]
    if prev.extras.get("issuer_before_key") and re.fullmatch(r"\s*,\s*|\s+và\s+", text[prev.end : m.start()]):
        return prev.issuer
    return None


_PROVISIONS_OF = re.compile(r"(?<!\w)(?i:quy định)\s+của\s+$")


def _subject_given(text: str, title: tuple[int, int] | None) -> bool:
    """Whether a title is the subject the text gives after "về" or in quotes: a law named before its number
    has no other ("Luật Đầu tư công số …" names the law; "… số … về …" would say what it is about)."""
    if title is None:
        return False
    return re.search(r"(?:(?<!\w)(?i:về)\s+|[“\"]\s*)$", text[max(0, title[0] - 12) : title[0]]) is not None


def _listed_issuer(text: str, mentions: list[Mention]) -> None:
    """ "Quyết định số 1/QĐ-TTg ngày … của Thủ tướng Chính phủ phê duyệt X; Quyết định số 2/QĐ-TTg ngày …
    phê duyệt Y": the next item of a ";"-separated list, of the same type and symbol and naming no body, is
    issued by the body the item before it names."""
    for a, b in pairwise(mentions):
        same = a.type == b.type and (a.symbol or "").casefold() == (b.symbol or "").casefold()
        if same and a.issuer and b.issuer is None and re.fullmatch(r"\s*;\s*", text[a.end : b.start]):
            b.issuer = a.issuer


def _list_closing_issuer(text: str, mentions: list[Mention]) -> None:
    """ "Luật A số 1/2018/QH14 ngày …, Luật B số 2/2013/QH13 ngày … và Luật C số 3/2011/QH13 … của Quốc hội":
    the body closing a list of documents of one type, each dated and named and joined by commas and "và",
    issued each of them (an undated or untitled one shares the last one's day, body and title elsewhere)."""
    for a, b in reversed(list(pairwise(mentions))):
        dated = a.date is not None and b.date is not None and a.title is not None
        if dated and a.type == b.type and a.issuer is None and b.issuer and b.issuer[0] > b.start:
            if re.fullmatch(r"\s*(?:,|và)\s*", text[a.end : b.start]):
                a.issuer = b.issuer


_YEAR_AFTER = re.compile(r"\s*,?\s*(?i:năm)\s+(?:19|20)\d\d(?![\d/])(?=\s*,?\s*(?:của|giữa)\s)")
# "Chỉ thị của Ban Thường vụ Tỉnh ủy số 7-CT/TU, ngày …": the type and the issuer written before the number.
_NAMED_BEFORE_KEY = re.compile(rf"(?<!\w)(?P<type>{CITE_TYPE_ALT})\s+của\s+")
_KEY_NEXT = re.compile(r"\s+(?i:số)\s*:?\s*\d")


def _named_before_key(text: str, so: int) -> tuple[re.Match[str], tuple[int, int]] | None:
    """ "<Type> của <body> số <key>": the type's match and the body's span, ending right before "số"."""
    for m in _NAMED_BEFORE_KEY.finditer(text, max(0, so - 150), so):
        span = parse_issuer(text, m.end())
        if span and span[1] <= so and not text[span[1] : so].strip():
            return m, span
    return None


# "Nghị quyết số 18, 19-NQ/TW, ngày 25/10/2017 của …": numbers listed before one symbol are as many documents
# of the type written before them, each with the symbol, the day, the body and the subject after the last.
_NUMBERS_BEFORE = re.compile(
    rf"(?P<type>(?i:{CITE_TYPE_ALT}))\s+(?i:số)\s*:?\s*(?P<nums>\d{{1,5}}(?:\s*,\s*\d{{1,5}})*)\s*(?:,|và)\s*$"
)


def _listed_numbers(text: str, m: re.Match[str], mention: Mention) -> list[Mention]:
    if m.group("type") or m.group("so") or m.group("year"):
        return []
    before = _NUMBERS_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if before is None:
        return []
    mention.type = normalize(before.group("type")[0].upper() + before.group("type")[1:])
    out = []
    for n in re.finditer(r"\d+", before.group("nums")):
        key, symbol = make_key(n.group(), m.group("sep"), m.group("sym"))
        start = before.start("nums") + n.start()
        out.append(replace(mention, start=start, number=n.group(), symbol=symbol, key=key, extras={}))
    return out


# "Thực hiện các nghị quyết của Hội nghị lần thứ sáu …: Nghị quyết số 27-NQ/TW …; Nghị quyết số 28-NQ/TW …":
# the documents listed after the colon are the lead-in's body's.
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZĐ“\"(]|\s*$)")
# "các nghị quyết chiến lược của Bộ Chính trị (Nghị quyết số …)": the kind may be qualified by a word or two;
# "các văn bản (hướng dẫn) của Sở … (Công văn số …; Hướng dẫn số …)": the general word lists any kind.
# Two kinds may be listed ("các chương trình, đề án của Thủ tướng Chính phủ: Quyết định số … phê duyệt Đề án
# …"), and a decision approving one of them is the body's too.
_LEAD_IN = re.compile(
    rf"(?<!\w)(?i:các)\s+(?P<type>(?i:{TYPE_ALT}|văn bản))(?:\s*,\s*(?P<type2>(?i:{TYPE_ALT})))?"
    rf"(?:\s+[{LOWER}]+){{0,3}}?\s+của\s+"
)


def _of_kind(m: Mention, kind: str) -> bool:
    """Whether a reference is of the kind a lead-in names (case-folded): any is a "văn bản"."""
    return kind == "văn bản" or normalize(m.type or "").casefold() == kind


def _approving(text: str, m: Mention, kind: str) -> bool:
    """Whether a reference is a decision approving a document of the kind ("Quyết định … phê duyệt Đề án")."""
    title = text[m.title[0] : m.title[1]] if m.title else ""
    return m.type == "Quyết định" and normalize(title).casefold().startswith(f"phê duyệt {kind}")


def _lead_in_issuer(text: str, mentions: list[Mention]) -> None:
    for lead in _LEAD_IN.finditer(text):
        span = parse_issuer(text, lead.end())
        colon = re.match(r"\s*[:(]", text[span[1] :]) if span else None
        if not span or not colon:
            continue
        begin = span[1] + colon.end()
        if colon.group().endswith("("):  # "… của Bộ Chính trị (Nghị quyết số …, …)": the list in brackets
            close = text.find(")", begin)
            stop = close if close != -1 else len(text)
        else:
            end = _SENTENCE_END.search(text, begin)
            stop = end.start() if end else len(text)
        kinds = [normalize(k).casefold() for k in lead.group("type", "type2") if k]
        for m in mentions:
            if begin <= m.start < stop and m.issuer is None:
                if any(_of_kind(m, k) or _approving(text, m, k) for k in kinds):
                    m.issuer = span


# "Các nghị quyết của Bộ Chính trị khóa XIII ban hành năm 2025, gồm:": a block that opens a list by the kind
# of its documents and their issuer, maybe with a word on when they were issued, and closes on its colon; its
# items follow, one a line ("- Nghị quyết số 59-NQ/TW, ngày … về …;").
_LIST_OPENING = re.compile(r"(?:[^.;:()]{0,60}?,?\s+(?:bao\s+)?gồm)?\s*:\s*$")
_ITEM_LINE = re.compile(r"\s*[-–+•]\s*")


def list_lead_in(text: str) -> tuple[str, tuple[int, int]] | None:
    """A block opening a list of documents by their kind and issuer, ending at its colon: the kind
    (case-folded) and the issuer's span."""
    for lead in _LEAD_IN.finditer(text):
        span = parse_issuer(text, lead.end())
        if span and _LIST_OPENING.match(text, span[1]):
            return normalize(lead.group("type")).casefold(), span
    return None


def list_item(text: str, mentions: list[Mention], kind: str, issuer: str) -> bool:
    """Whether a block is an item of a list (a line opening on a dash); its reference of the list's kind,
    right after the dash and naming no body, is issued by the body the list's lead-in names."""
    item = _ITEM_LINE.match(text)
    if not item:
        return False
    for m in mentions:
        if (
            m.start == item.end()
            and m.kind == "numbered"
            and _of_kind(m, kind)
            and not (m.issuer or m.issuer_text)
        ):
            m.issuer_text = issuer
    return True


# The organisation whose national congress is named by its ordinal first: "Đại hội XIII Công đoàn Việt Nam".
_ORGANISATION_AFTER = rf"(?:Công đoàn|Hội|Đoàn|Mặt trận)(?:\s+[{UPPER}][^\s,;.:()]*)+"
# A congress's body holds "các" only in a bloc's name: "Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ các cơ quan
# Đảng tỉnh" (the 2025 committees of the Party agencies), or a union of associations' ("Liên hiệp các Hội …").
_CONGRESS = re.compile(
    r"(?<!\w)(?i:nghị quyết)\s+(?P<body>(?i:đại hội)"
    r"(?:\s+(?!(?i:nhiệm kỳ)|(?<!Khối )(?<!(?i:Đảng bộ) )(?<!(?i:Liên hiệp) )(?i:các))[^\s,;.:()]+){0,16}?"
    r"\s+(?P<roman>[IVXL]+)(?!\w)(?:\s+(?:(?i:của Đảng)|"
    r"(?i:Đảng bộ)\s+(?:tỉnh|huyện|thành phố|Khối|quận|thị xã)|"
    rf"(?P<organisation>{_ORGANISATION_AFTER})"
    r"))?)(?!\w)"
)
# A congress named by its term, without an ordinal: "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025",
# the Front's and the mass organisations' as well ("Nghị quyết Đại hội đại biểu Phụ nữ tỉnh nhiệm kỳ 2021 -
# 2026", "… Hội Nông dân tỉnh …"). With no ordinal the term is what names the congress: it stays in the
# issuer ("Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025").
_CONGRESS_TERM = re.compile(
    r"(?<!\w)(?i:nghị quyết)\s+(?P<body>(?i:đại hội)(?:\s+(?i:đại biểu))?"
    r"(?P<name>(?:\s+[^\s,;.:()]+){1,9}?)),?\s+(?i:nhiệm kỳ)\s+"
    r"(?P<term>(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d)(?!\d)"
)
_ORDINAL_WORD = re.compile(r"(?<!\w)(?:[IVXL]+|lần thứ)(?!\w)")
# An organisation named by its kind alone, no place and no name: every unit's own.
_KIND_ONLY = re.compile(r"\s*(?:Hội|Đoàn|Công đoàn|Chi hội|Chi đoàn)\s*")
_PARTY_UNIT = re.compile(r"\s*(?i:đảng bộ|chi bộ)(?!\w)")
# The term written after a congress's ordinal belongs to the resolution's title: "… lần thứ XV, nhiệm kỳ
# 2020 - 2025".
_TERM_AFTER = re.compile(r",?\s+(?i:nhiệm kỳ)\s+(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d(?!\d)")
# A law named by its name and the day it was passed, without a number: "Luật Tổ chức chính quyền địa
# phương ngày 19 tháng 6 năm 2015". The name holds no digit (a number or a year makes it another form), no
# other document and none of the small words that start the plan's own clause ("cho", "tại", "được" …);
# a draft ("dự thảo Luật …") is not a document yet.
_LAW_DATED = re.compile(
    rf"(?<!\w)(?P<title>(?P<type>Luật|Pháp lệnh|Bộ luật)\s+(?P<name>{_LAW_NAME}))"
    rf"(?:\s*,)?\s+(?i:ngày)\s*(?:{DATE})"
)
# A law named by its name and the year it was passed: "Luật Thanh niên năm 2020". The year is part of the
# name it goes by, and so of its title.
_LAW_YEAR = re.compile(
    rf"(?<!\w)(?P<title>(?P<type>Luật|Pháp lệnh|Bộ luật)\s+(?P<name>{_LAW_NAME})\s+(?i:năm)\s+(?:19|20)\d\d)"
    r"(?![\d/])"
)
# The small words no law's name holds: a name running into one is the plan's clause ("… thi hành Luật X theo
# hướng dẫn của …", "… Luật Y cho đoàn viên"), no law of its own.
_NOT_IN_LAW_NAME = re.compile(
    r"(?<!\w)(?:cho|vào|tại|trong|trên|đến|để|nhằm|từ|được|đã|sẽ|do|khi|sau|trước|là|bằng|với|theo)(?!\w)|"
    rf"(?<!\w)(?!Luật|Pháp lệnh)(?:{TYPE_ALT})(?!\w)"
)
# (a special zone, "đặc khu", is a commune-level unit since 2025: "Đảng bộ đặc khu Côn Đảo")
_UNIT_WORD = re.compile(r"(?:tỉnh|thành|phố|huyện|quận|thị|xã|phường|trấn|đặc)$")
# The units of a commune's villages, lower case inside a body's name ("Chi bộ thôn Đông Hạ", "Chi bộ ấp 3").
_VILLAGE_WORD = re.compile(r"(?:thôn|ấp|bản|buôn|làng|xóm|khóm)$")
_PLENUM = re.compile(
    r"(?<!\w)(?i:nghị quyết)\s+(?P<body>(?:Hội nghị|Trung ương)(?:\s+(?!về\s)[^\s;:.“”\"]+){0,10}?)\s+về\s+"
)
# "Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII" with no subject after it: one
# plenum's resolution, named whole as a congress's is (its issuer the plenum); "các nghị quyết Hội nghị …" are
# its documents in general.
_PLENUM_NAMED = re.compile(
    r"(?<!\w)(?<!các )Nghị quyết\s+(?P<body>Hội nghị\s+lần thứ\s+\S+\s+Ban Chấp hành Trung ương(?:\s+Đảng)?"
    r"\s+(?i:khóa|khoá)\s+[IVXL]+)(?!\w)(?!,?\s+về\s)"
)
# "Chương trình công tác năm 2024 của Ban Chỉ đạo …": a body's work programme of one year is named by its
# kind, the year and the body, as its plan of action is. "Quyết định của Tổng Giám đốc … về việc …": a
# decision is a document only with its subject. A notice ("Thông báo của …") and a military command's order
# ("Mệnh lệnh của Bộ Tư lệnh Quân khu … về giao nhận quân") are named so too, and a letter, as a decision
# only with its subject ("Công văn của Bộ Tư pháp về việc hướng dẫn …").
_NAMED = re.compile(
    r"(?<!\w)(?P<type>Chương trình hành động|Kế hoạch hành động|Kế hoạch|Chương trình|Đề án|Chỉ thị|"
    r"Kết luận|Hướng dẫn|Nghị quyết liên tịch|Nghị quyết|Quyết định|Thông báo|Mệnh lệnh|Phương án|Công văn)"
    r"(?:(?P<year>\s+công tác(?:\s+[^\s,;.:()]+){0,2}?\s+năm\s+(?:19|20)\d\d)|"
    # a commander's order of the year, named by its subject: "Mệnh lệnh huấn luyện năm 2025 của Tư lệnh …",
    # and a body's contingency plan of the year ("Phương án ứng phó thiên tai … năm 2024 của Ủy ban …")
    rf"(?<=Mệnh lệnh|Phương án)(?P<order>(?:\s+[{LOWER}]+){{1,10}}\s+năm\s+(?:19|20)\d\d))?\s+của\s+"
)
# "… của Ủy ban nhân dân tỉnh (Kế hoạch số 46/KH-UBND)": the document named before is the one numbered after.
_NUMBERED_IN_BRACKETS = re.compile(rf"\s*\(\s*(?i:{CITE_TYPE_ALT})\s+(?i:số)")


def _named_then_numbered(text: str, m: re.Match[str], numbered: list[Mention], limit: int) -> bool:
    """ "Chỉ thị của X về Y (Chỉ thị số …, ngày …)": the document named by its kind, body and subject is the
    one numbered in the bracket after them, X its issuer and Y its title (a numbered one's title, which may
    name other references), as is "Nghị quyết của X ban hành Y (Nghị quyết số …)" with its verb; True when so
    (the numbered reference takes them)."""
    span = parse_issuer(text, m.end())
    if not span:
        return False
    span = steering_name(text, span, len(text))
    # the subject after "về", or what the body did in it ("Nghị quyết của Chính phủ ban hành Chương trình …")
    v = re.match(r"\s+về\s+", text[span[1] :]) or re.match(rf"\s+(?={_VERBS.pattern})", text[span[1] :])
    if not v:
        return False
    q = span[1] + v.end()
    end = title_end(text, q, limit if q < limit else len(text))
    paren = _NUMBERED_IN_BRACKETS.match(text, end)
    typ = normalize(m.group("type")).casefold()
    target = paren and next(
        (n for n in numbered if end <= n.start < paren.end() and normalize(n.type or "").casefold() == typ),
        None,
    )
    if not target:
        return False
    target.issuer = target.issuer or span
    target.title = target.title or (q, end)
    return True


# "… ban hành kèm theo Quyết định số …": a document named by its kind and body that a numbered one issues
# is cited through it, not on its own (NOTES: "Quy chế … ban hành kèm theo Quyết định số …").
_ANNEXED_TO = re.compile(rf"\s*,?\s+(?:được\s+)?ban hành kèm theo\s+{_CITE_AHEAD}")
# What comes before a document that is still to be made, not cited: a verb of drafting (not "đã ban hành"),
# or nothing but an item's marker (a list of documents to draft, an annex of tasks).
_TO_DRAFT = re.compile(r"(?<!đã )(?<!\w)(?i:ban hành|xây dựng|soạn thảo|dự thảo)\s+$")
# The plan's closing words on itself: "Trên đây là Kế hoạch của … thực hiện …".
# "Hướng dẫn của Ban Thường trực … nêu trên", "… đã nêu", "… nói trên": a document named again by its kind
# and body, pointing back to where the plan cited it.
_NAMED_ABOVE = re.compile(r"\s+(?:(?:đã\s+)?nêu trên|nói trên|đã nêu|trên đây)(?!\w)")
_THE_PLAN_ITSELF = re.compile(r"(?i:trên đây là)\s+$")
_ITEM_START = re.compile(r"\s*(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\))?\s*")
# An item naming a document of a plenum or of the centre ("6. Kết luận của Hội nghị lần thứ tám Ban Chấp hành
# Trung ương …") is one passed already, to be studied: the plan drafts none of theirs.
_PASSED_BY_THE_CENTRE = re.compile(
    r"(?:Hội nghị|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Chính phủ|Quốc hội|Thủ tướng)(?!\w)"
)
# "theo Đề án sắp xếp … đã được Ban Thường vụ Tỉnh ủy thông qua": a scheme named by its subject, with the
# body that approved it (not its issuer: who drafted it is not said).
_APPROVED = re.compile(
    r"(?<!\w)(?:theo|thực hiện|triển khai)\s+(?P<title>(?P<type>Đề án|Chương trình|Kế hoạch)\s+"
    rf"[{LOWER}][^;:.()“”\"\d]{{5,200}}?)\s+(?:đã\s+)?được\s+(?P<by>[{UPPER}])"
)
# What a decision issues with it is no document of its own (NOTES: 1287-QĐ/TU, 38-QĐ/ĐU); the body may be
# named with its term or an aside first ("… khóa I (ban hành kèm theo Quyết định số …").
_ISSUED_WITH = re.compile(r"[^;.]{0,60}?(?i:kèm theo)\s+(?i:quyết định|nghị quyết)")
_LIST_RULE = re.compile(r"(?<=[,;] )Quy định\s+về\s+")
# "điều trị theo Hướng dẫn chẩn đoán, điều trị bệnh sởi của Bộ Y tế": a guidance named by its name before its
# body, as a law is ("Hướng dẫn này", "Hướng dẫn số …" are not); so is a body's set of rules ("theo Quy chế
# bồi dưỡng … của Liên đoàn …"), or a code named by its count of articles ("thực hiện nghiêm Quy định 10 điều
# đạo đức nghề nghiệp … của Hội Nhà báo Việt Nam").
_GUIDANCE_NAMED = re.compile(
    r"(?<!\w)(?i:theo|căn cứ|thực hiện|triển khai)\s+(?:(?:nghiêm|đúng|tốt)\s+(?=Quy định\s+\d))?"
    r"(?P<title>(?P<type>Hướng dẫn|Quy chế|Quy định(?=\s+\d{1,2}\s+điều\s))\s+(?!này|số|của)"
    rf"(?:\d{{1,2}}\s+điều\s+)?[{LOWER}][^;:.()“”\"\d]{{5,120}}?)\s+của\s+"
)
# "hướng dẫn của Ban Tổ chức Trung ương về thực hiện Quy định số 57-QĐ/TW": a body's guidance written in lower
# case is one document when its subject is carrying out a numbered one; named by its body alone ("theo hướng
# dẫn của Bộ Tài chính") or with a field ("hướng dẫn của Trung ương về công tác …") it is guidance in general.
_GUIDANCE_OF = re.compile(r"(?<!\w)hướng dẫn\s+của\s+")
# "…; hướng dẫn của Ban Tuyên giáo Trung ương về việc học tập …, Ban Thường vụ … xây dựng": one item of a
# list of references, with its subject, is a document too, not guidance in general.
_AFTER_A_LISTED_ONE = re.compile(r";\s*$")
_ABOUT = re.compile(r"\s+về\s+")
_ON_CARRYING_OUT = re.compile(rf"\s+về\s+(?:việc\s+)?(?=(?:thực hiện|triển khai|thi hành)\s+{_CITE_AHEAD})")
# "các văn bản, Kế hoạch của …": a kind listed after "các" names documents in general; a preposition between
# them ends the list ("đánh giá các danh hiệu theo Hướng dẫn của …" names one document).
_IN_A_LIST = re.compile(r"(?i:các)\s+(?:(?!(?:theo|tại|của|với|về)\s)[^\s,;.]+\s*){0,3},?\s*$")


# "Cụ thể hóa, trong phạm vi ngành giáo dục, Kế hoạch của …": an aside between commas after the verb is no
# list, the document after it is the verb's object.
_ASIDE_AFTER_VERB = re.compile(
    r"(?<!\w)(?i:cụ thể hóa|cụ thể hoá|thực hiện|triển khai|quán triệt|căn cứ|theo),\s+[^,;:.]{3,60},\s*$"
)


def _one_body_named(text: str, p: int, end: int) -> bool:
    """Whether text[p:end] names one body: "Đảng bộ"/"Chi bộ" in any case, then capitalised words, names
    written with lower-case words ("Phụ nữ", "Công an", "Nông dân") and the units ("tỉnh", "huyện") and
    villages ("thôn", "ấp"). A Party unit alone is the plan's own written as a name ("Chi bộ"), but the kind
    in lower case ("đảng bộ": every unit's congress), no one body."""
    party = _PARTY_UNIT.match(text, p, end)
    if party and not text[party.end() : end].strip() and party.group().strip()[0].islower():
        return False
    q = party.end() if party else p
    first = not party
    village = False
    corporation = False
    while q < end:
        # a body's kind and a name in lower-case words: "Đoàn Luật sư tỉnh", "Hội Người cao tuổi huyện"
        unit = _NAME_UNIT.match(text, q, end) or _KIND_NAMED.match(text, q, end)
        if unit:
            corporation = corporation or bool(_CORPORATION.search(unit.group()))
            q, first = unit.end(), False
            continue
        w = re.match(r"\s*(\S+)", text[q:end])
        if not w:
            return False
        word = w.group(1)
        unit_word = _UNIT_WORD.match(word) or _VILLAGE_WORD.match(word)
        # a company's trade name holds lower-case words: "Đảng bộ Tổng công ty Điện lực miền Bắc"
        trade = corporation and word.islower() and word not in _FUNCTION_WORDS
        if not (word[0].isupper() or (not first and unit_word) or (word.isdigit() and village) or trade):
            return False  # a village may be named by its number: "Chi bộ thôn 2", "Chi bộ ấp 3"
        village = bool(_VILLAGE_WORD.match(word))
        q, first = q + w.end(), False
    return not first


_CONGRESS_WORDS = re.compile(r"\s*(?i:đại hội)(?:\s+(?i:đại biểu))?|\s+(?i:lần thứ)\s*$")


def _ordinal_congress_id(text: str, m: re.Match[str], scope: str) -> str:
    """What tells congresses named by their ordinal apart: the ordinal, and below the nation the body too
    ("Đại hội Đảng bộ tỉnh … lần thứ I" and "Đại hội Đảng bộ Ủy ban nhân dân tỉnh lần thứ I" are two)."""
    if scope == "national":
        return m.group("roman")
    name = text[m.start("body") : m.start("roman")] + text[m.end("roman") : m.end("body")]
    return _congress_body(_CONGRESS_WORDS.sub(" ", name)) + m.group("roman")


def _congress_body(name: str) -> str:
    """A congress's body as one name however written: "Đảng bộ Công an tỉnh" and "đảng bộ Công an tỉnh
    Ninh Bình" are one, "Đảng bộ tỉnh" another."""
    words = normalize(name).casefold().split()
    unit = next((i for i, w in enumerate(words) if _UNIT_WORD.match(w)), len(words) - 1)
    if words[unit : unit + 2] in (["thành", "phố"], ["thị", "xã"], ["thị", "trấn"], ["đặc", "khu"]):
        unit += 1
    return " ".join(words[: unit + 1]) + " "


_PLACE_UNIT = re.compile(r"(?<!\w)(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|khối|cơ sở)(?!\w)")


def congress_scope(body: str) -> str:
    """Whose congress: national, province, district, bloc, commune, city (a province when centrally run,
    else a district: the plan's context tells) or unknown."""
    b = normalize(body).casefold()
    if "toàn quốc" in b or re.search(r"của đảng$", b) or re.fullmatch(r"đại hội (?:lần thứ )?[ivxl]+", b):
        return "national"
    if re.match(r"đại hội [ivxl]+ ", b) and not _PLACE_UNIT.search(b):
        return (
            "national"  # "Đại hội XIII Công đoàn Việt Nam": the ordinal, then the organisation and no place
        )
    if re.search(r"(?<!\w)việt nam(?!\w)", b) and not _PLACE_UNIT.search(b):
        return "national"  # "Đại hội đại biểu Hội Nông dân Việt Nam lần thứ VIII": the organisation's whole
    if "khối" in b or re.search(r"(?<!\w)(?:tổng công ty|tập đoàn|ngân hàng|các cơ quan đảng)(?!\w)", b):
        # a bloc's, or a corporation's Party organisation (placed as the bloc it belongs to), or that of the
        # Party agencies which replaced the blocs in 2025 ("Đảng bộ các cơ quan Đảng tỉnh")
        return "bloc"
    if re.search(r"(?<!thị )(?<!\w)(?:xã|phường|thị trấn)(?!\w)", b):
        return "commune"
    if "huyện" in b or "quận" in b or "thị xã" in b:
        return "district"
    if "tỉnh" in b:
        return "province"
    if "thành phố" in b:
        return "city"
    if re.search(r"(?<!\w)chi bộ(?!\w)", b):
        return "commune"  # a chi bộ named by no unit is grassroots, placed as a grassroots plan is
    if re.search(r"(?<!\w)công đoàn ngành(?!\w)", b):
        return "province"  # a sector's union under a province's labour federation ("Công đoàn ngành Y tế")
    return "unknown"


def find_unnumbered(
    text: str, block: int, numbered: list[Mention], limit: int | None = None
) -> list[Mention]:
    limit = len(text) if limit is None else limit
    out: list[Mention] = []
    for m in _CONGRESS.finditer(text):
        body = m.group("body")
        if re.search(r"(?i:các cấp|nhiệm kỳ)", body):
            continue
        term = _TERM_AFTER.match(text, m.end())
        end = term.end() if term else m.end()
        mention = Mention(block, m.start(), end, "congress", "Nghị quyết")
        mention.issuer = (m.start("body"), m.end("body"))
        mention.title = (m.start(), end)
        mention.scope = congress_scope(body)
        mention.extras["roman"] = _ordinal_congress_id(text, m, mention.scope)
        out.append(mention)
    for m in _CONGRESS_TERM.finditer(text):
        if not _one_body_named(text, m.start("name"), m.end("name")):
            continue  # "Nghị quyết Đại hội đảng bộ các cấp nhiệm kỳ …" names no one congress
        if _ORDINAL_WORD.search(m.group("name")):
            continue  # named by its ordinal: read above, with the term in its title
        if _KIND_ONLY.fullmatch(m.group("name")):
            continue  # "nghị quyết đại hội Hội nhiệm kỳ …": each unit's congress, by the organisation's kind
        mention = Mention(block, m.start(), m.end(), "congress", "Nghị quyết")
        mention.issuer = (m.start("body"), m.end())
        mention.title = (m.start(), m.end())
        mention.scope = congress_scope(m.group("body"))
        # what tells two such congresses apart: the body and the term
        mention.extras["roman"] = _congress_body(m.group("name")) + re.sub(r"\s", "", m.group("term"))
        out.append(mention)
    for m in _PLENUM.finditer(text):
        body = m.group("body")
        if re.search(r"(?i:số)\s*\d", body):
            continue
        if any(n.title and n.title[0] <= m.start() < n.title[1] for n in numbered):
            continue  # "Kết luận số … về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI …": its subject
        q = m.end()
        end = title_end(text, q, limit if q < limit else len(text), unnumbered=True)
        paren = re.match(r"\s*\(\s*(?i:nghị quyết)\s+(?i:số)", text[end:])
        issuer_text = ("Hội nghị " if body.startswith("Trung ương") else "") + body
        if paren:
            target = next((n for n in numbered if n.start >= end and n.start <= end + paren.end()), None)
            if target is not None:
                target.extras["issuer_text"] = issuer_text
                target.extras["issuer_span"] = (m.start("body"), m.end("body"))
                target.extras["title_span"] = (q, end)
                continue
        mention = Mention(block, m.start(), end, "plenum", "Nghị quyết")
        mention.issuer = (m.start("body"), m.end("body"))
        mention.issuer_text = issuer_text
        mention.title = (q, end)
        out.append(mention)
    for m in _PLENUM_NAMED.finditer(text):
        if any(n.title and n.title[0] <= m.start() < n.title[1] for n in numbered):
            continue
        mention = Mention(block, m.start(), m.end(), "plenum", "Nghị quyết")
        mention.issuer = (m.start("body"), m.end("body"))
        mention.issuer_text = m.group("body")
        mention.title = (m.start(), m.end())
        out.append(mention)
    for m in _NAMED.finditer(text):
        if _named_then_numbered(text, m, numbered, limit):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _IN_A_LIST.search(before) or (
            re.search(r",\s*$", before)
            and not _ASIDE_AFTER_VERB.search(text, max(0, m.start() - 80), m.start())
        ):
            continue
        if _TO_DRAFT.search(before) or (
            _ITEM_START.fullmatch(text, 0, m.start())
            and not text.rstrip().endswith(";")
            and not _PASSED_BY_THE_CENTRE.match(text, m.end())
        ):
            continue  # still to be made: "Ban hành Kế hoạch của …", an annex item "3. Nghị quyết của …"
        if _THE_PLAN_ITSELF.search(before):
            continue  # "Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh thực hiện …": the plan naming itself
        if any(n.title and n.title[0] <= m.start() < n.title[1] for n in numbered):
            continue  # "Nghị quyết số … về Chương trình hành động của Chính phủ …": its subject
        span = parse_issuer(text, m.end())
        if not span or _KEY_NEXT.match(text, span[1]) or _NUMBERED_IN_BRACKETS.match(text, span[1]):
            continue  # "Kế hoạch của … số 5/KH-UBND": a numbered reference, its issuer written first
        # "của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực.": the committee's name, no subject
        span = steering_name(text, span, len(text))
        if m.group("type") == "Nghị quyết liên tịch":
            span = _joint_issuers(
                text, span
            )  # "… của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch …"
        if _ANNEXED_TO.match(text, span[1]):
            continue  # "Chương trình hành động của X ban hành kèm theo Nghị quyết số …": the numbered one's
        if _NAMED_ABOVE.match(text, span[1]):
            continue  # "theo Hướng dẫn của X nêu trên": the one the plan named before, not another
        v = re.match(r"\s+về\s+", text[span[1] :])
        # "Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch …": what a decision issues or approves is its
        # subject, as "về" is
        issues = m.group("type") == "Quyết định" and re.match(
            r"\s+(?=(?:ban hành|phê duyệt)\s)", text[span[1] :]
        )
        if m.group("type") in ("Quyết định", "Công văn") and not (v or issues):
            continue  # "Quyết định của Chủ tịch UBND" with no subject: a body's act, or the work's product
        mention = Mention(block, m.start(), span[1], "named", m.group("type"))
        mention.issuer = span
        verb = re.match(r"\s+(?=thực hiện|triển khai)", text[span[1] :]) or issues
        if m.group("order"):  # the order's name is its title: "Mệnh lệnh huấn luyện năm 2025"
            mention.title = (m.start(), m.end("order"))
        elif v:
            q = span[1] + v.end()
            mention.title = (q, title_end(text, q, limit if q < limit else len(text), unnumbered=True))
        elif verb:  # "Kế hoạch của Thường trực Tỉnh ủy thực hiện Chỉ thị số …": the reference is kept
            q = span[1] + verb.end()
            mention.title = (q, title_end(text, q, limit if q < limit else len(text)))
        elif not m.group("year") and _subject_of_next(text, span[1], numbered):
            # its title is the next reference's subject; a work programme named by its year has its own name
            mention.share_title_next = True
        else:
            # "Kế hoạch của Ban Chỉ đạo … năm 2023": the year after the body says which of its plans
            year = re.match(r"\s+năm\s+(?:19|20)\d\d(?![\d/])", text[span[1] :])
            mention.title = (m.start(), span[1] + (year.end() if year else 0))
        mention.end = mention.title[1] if mention.title else span[1]
        out.append(mention)
    pos = 0
    while law := _LAW_DATED.search(text, pos):
        m, pos = law, law.end()
        if _NOT_IN_LAW_NAME.search(m.group("name")):
            pos = m.start() + 1  # a later "Luật" inside it may still name a law
            continue
        if re.search(r"(?i:dự thảo|dự án)\s*$", text[max(0, m.start() - 12) : m.start()]):
            continue
        if any(n.title and n.title[0] <= m.start() < n.title[1] for n in numbered):
            continue  # the subject of another document ("… quy định chi tiết Luật X ngày …")
        mention = Mention(block, m.start(), m.end(), "law", m.group("type"))
        mention.date = iso_date(m)
        mention.title = (m.start("title"), m.end("title"))
        by = re.match(r"\s*,?\s*của\s+", text[m.end() :])
        span = parse_issuer(text, m.end() + by.end()) if by else None
        if span:
            mention.issuer = span
            mention.end = span[1]
        out.append(mention)
    out += _laws_by_year(text, block, numbered)
    out += _laws_by_name(text, block, numbered + out)
    for m in _APPROVED.finditer(text):
        if any(n.title and n.title[0] <= m.start("title") < n.title[1] for n in numbered):
            continue
        span = parse_issuer(text, m.start("by"))
        if not span or not re.match(r"\s+(?:thông qua|phê duyệt|ban hành)(?!\w)", text[span[1] :]):
            continue
        mention = Mention(block, m.start("title"), m.end("title"), "named", m.group("type"))
        mention.title = (m.start("title"), m.end("title"))
        mention.extras["approved_by"] = text[span[0] : span[1]]
        out.append(mention)
    for m in _GUIDANCE_NAMED.finditer(text):
        span = parse_issuer(text, m.end())
        if not span or any(n.title and n.title[0] <= m.start() < n.title[1] for n in numbered):
            continue
        if _ISSUED_WITH.match(text, span[1]):
            continue  # "Quy chế làm việc của X ban hành kèm theo Quyết định số …": the decision's attachment
        mention = Mention(block, m.start("title"), span[1], "named", m.group("type"))
        mention.title = (m.start("title"), m.end("title"))
        mention.issuer = span
        out.append(mention)
    for m in _GUIDANCE_OF.finditer(text):
        span = parse_issuer(text, m.end())
        v = _ON_CARRYING_OUT.match(text, span[1]) if span else None
        if span and not v and _AFTER_A_LISTED_ONE.search(text, max(0, m.start() - 4), m.start()):
            v = _ABOUT.match(text, span[1])  # one item of a list of references: a document
        if not span or not v or any(n.title and n.title[0] <= m.start() < n.title[1] for n in numbered):
            continue
        mention = Mention(block, m.start(), span[1], "named", "Hướng dẫn")
        mention.issuer = span
        mention.title = (v.end(), title_end(text, v.end(), limit if v.end() < limit else len(text)))
        mention.end = mention.title[1]
        out.append(mention)
    for m in _LIST_RULE.finditer(text):
        q = m.end()
        end = title_end(text, q, limit if q < limit else len(text), unnumbered=True)
        stop = re.search(r",", text[q:end])
        end = q + stop.start() if stop else end
        mention = Mention(block, m.start(), end, "named", "Quy định")
        mention.title = (q, end)
        out.append(mention)
    return out


def _subject_of_next(text: str, p: int, numbered: list[Mention]) -> bool:
    """ "Chương trình hành động của Ban Chấp hành X và Kế hoạch số 5-KH/Y, ngày … của Y về Z": a document
    named by its kind and body, then "và" and a reference whose subject is given ("về Z"), is about Z too
    (one "về" after "A và B" is the subject of both)."""
    a = _AND_CITE.match(text, p)
    nxt = next((n for n in numbered if a and n.start == a.end()), None)
    return nxt is not None and _subject_given(text, nxt.title)


def _laws_by_year(text: str, block: int, numbered: list[Mention]) -> list[Mention]:
    """Laws named with their year and no number, not as the subject of another document ("Kế hoạch số …
    triển khai thi hành Luật X năm 2021") nor still a draft."""
    out: list[Mention] = []
    pos = 0
    while law := _LAW_YEAR.search(text, pos):
        m, pos = law, law.end()
        if _NOT_IN_LAW_NAME.search(m.group("name")):
            pos = m.start() + 1  # a later "Luật" inside it may still name a law
            continue
        if re.search(r"(?i:dự thảo|dự án)\s*$", text[max(0, m.start() - 12) : m.start()]):
            continue
        if any(n.title and n.title[0] <= m.start() < n.title[1] for n in numbered):
            continue
        mention = Mention(block, m.start(), m.end(), "law", m.group("type"))
        mention.title = (m.start("title"), m.end("title"))
        # what finds it again among numbered laws ("Luật Đất đai số 31/2024/QH15" is "Luật Đất đai năm 2024")
        mention.extras["law_year"] = (law_name(m.group("name")), m.group("title")[-4:])
        out.append(mention)
    return out


# A law named by its name alone, where the plan's clause goes on after it: "… đúng Luật Xử lý vi phạm hành
# chính và các văn bản hướng dẫn;", "… theo Luật Thủy sản."; a law's name holds no "về", so "các quy định
# của Luật Bảo hiểm y tế về thanh toán …" names the law and what of it the plan's clause is about.
_LAW_BARE = re.compile(
    rf"(?<!\w)(?P<title>(?P<type>Luật|Pháp lệnh|Bộ luật)\s+(?P<name>{_LAW_NAME}))"
    r"(?=\s*[;.:)]|\s*$|\s+và\s+(?:các|những)\s|\s+về\s)"
)


def _laws_by_name(text: str, block: int, others: list[Mention]) -> list[Mention]:
    """Laws named by their name alone, on their own (not the subject of another document, nor a draft)."""
    out: list[Mention] = []
    pos = 0
    while law := _LAW_BARE.search(text, pos):
        m, pos = law, law.end()
        if _NOT_IN_LAW_NAME.search(m.group("name")):
            pos = m.start() + 1
            continue
        if re.search(r"(?i:dự thảo|dự án)\s*$", text[max(0, m.start() - 12) : m.start()]):
            continue
        if any(n.start <= m.start() < n.end for n in others):
            continue  # in another reference: its subject ("… quy định chi tiết Luật X."), or its name
        if _detailed_by_the_one_before(text, m.start(), others):
            continue
        mention = Mention(block, m.start(), m.end(), "law", m.group("type"))
        mention.title = (m.start("title"), m.end("title"))
        # the numbered law of that name, when the plan gives one ("Luật Đất đai số 31/2024/QH15"), of any year
        mention.extras["law_year"] = (law_name(m.group("name")), "")
        out.append(mention)
    return out


# "…; quy định chi tiết và hướng dẫn thi hành một số điều của Luật X": what a decree details, after its
# title's semicolon.
_DETAIL_CLAUSE = re.compile(
    r";\s*(?:quy định chi tiết|hướng dẫn thi hành|hướng dẫn chi tiết)\s[^;:.()“”\"]*$"
)


def _details_a_law(tail: str) -> bool:
    """ "…; quy định chi tiết và hướng dẫn thi hành một số điều của Luật X;": the clause names the law the
    document details, no document of the plan's list (so it may close the title of a ground line)."""
    return _DETAIL_CLAUSE.match(";" + tail.rstrip(";")) is not None and not _OTHER_THAN_LAW.search(tail)


def _detailed_by_the_one_before(text: str, p: int, others: list[Mention]) -> bool:
    """A law named in a clause after a semicolon that says what the numbered document before it details or
    guides ("Nghị định số … về X; quy định chi tiết … của Luật Y") is that document's subject, not a
    reference of its own."""
    clause = _DETAIL_CLAUSE.search(text, 0, p)
    return (
        clause is not None
        and any(n.kind == "numbered" and n.end <= clause.start() for n in others)
        and not _OTHER_THAN_LAW.search(clause.group())
    )


def law_name(name: str) -> str:
    """A law's name as one string however written (case, tone marks, spacing)."""
    return " ".join(normalize(name).casefold().split())


# "…; về T2", "…; quy định về T2": the second subject, opened as a title is after a key ("quy định về", "hướng
# dẫn về" before its "về").
_NEXT_SUBJECT = re.compile(r"\s*;\s*(?:(?:quy định|hướng dẫn)\s+)?về\s+")


# "Thông tư số A và Thông tư số B của X ban hành Quy chế P và Quy chế Q": two references sharing their body
# issue one thing each, named by the same kind, in order ("ban hành" written once, with the first).
_ISSUED_PAIR = re.compile(
    rf"(?P<first>ban hành\s+(?P<kind>{TYPE_ALT})\s[^;]+?)\s+và\s+(?P<second>(?P=kind)\s[^;]+)$"
)


# "A, B của X về H của S1 và của S2": one head of two units, each key's in order ("chức năng … của trường
# chính trị tỉnh và của trung tâm chính trị cấp huyện"); the head ends at the last "của" before "và của".
_OF_EACH = re.compile(
    r"(?P<head>[^;]+?)\s+của\s+(?:(?!\s+của\s)[^;])+?(?P<and>\s+và\s+của\s+)(?P<second>(?:(?!\s+của\s)[^;])+)"
)


def _pair_subjects(text: str, a: Mention, b: Mention) -> None:
    """ "A, B của X về T1; về T2", "A và B của X về T1; về T2": two subjects after two references sharing
    their body pair with them in order, whether the second subject ends B's title or runs on inside it; A
    given its own subject still takes B's body (and B's day when it has none)."""
    assert b.title is not None
    after = _NEXT_SUBJECT.match(text, b.title[1])
    inside = None if after else _NEXT_SUBJECT.search(text, b.title[0], b.title[1])
    issued = _ISSUED_PAIR.match(text, b.title[0], b.title[1]) if not (after or inside) else None
    if after:
        a.title = b.title
        b.title = (after.end(), title_end(text, after.end(), len(text)))
    elif inside:
        a.title = (b.title[0], inside.start())
        b.title = (inside.end(), b.title[1])
    elif issued:
        a.title = (b.title[0], issued.end("first"))
        b.title = (issued.start("second"), b.title[1])
    of_each = _OF_EACH.fullmatch(text, b.title[0], b.title[1]) if not (after or inside or issued) else None
    if of_each:
        a.title = (b.title[0], of_each.start("and"))
        b.title_text = text[b.title[0] : of_each.end("head")] + " của " + of_each.group("second")
    if (after or inside or issued or of_each) and a.share_title_next and a.issuer is None:
        a.issuer, a.date = b.issuer, a.date or b.date


_REPLACING_OPEN = r"\(\s*(?i:thay thế)\s"


def find_mentions(text: str, block: int, limit: int | None = None) -> list[Mention]:
    """All references in one block, in text order, with nesting and sharing resolved."""
    numbered = find_numbered(text, block, limit)
    mentions = numbered + find_unnumbered(text, block, numbered, limit)
    mentions.sort(key=lambda x: x.start)
    for m in mentions:
        # "alias": an aside the plan carries not out. "(viết tắt là Nghị quyết số 28-NQ/TW)" names the same
        # document again; "Chỉ thị số 45-CT/TW … (thay thế Chỉ thị số 35-CT/TW …)" the one it replaced, cited
        if re.search(rf"(?:{_ALIAS_OPEN}|{_REPLACING_OPEN})[^()]*$", text[max(0, m.start - 80) : m.start]):
            m.extras["alias"] = True
    for a, b in pairwise(mentions):
        if (a.share_issuer_next or a.share_title_next) and b.title:
            _pair_subjects(text, a, b)
    for i, a in enumerate(mentions):
        for j, b in enumerate(mentions):
            if i != j and a.title and a.title[0] <= b.start < a.title[1] and b.nested_in is None:
                b.nested_in = i
    _named_in_issuer(mentions)
    _end_before_local(text, mentions)
    _end_before_unit_own(text, mentions)
    _end_before_carrying_it_out(text, mentions)
    _unshare_carried_out(mentions)
    _unshare_carrying_out_kind(text, mentions)
    _unshare_out_of_title(mentions)
    _unshare_other_issuer(mentions)
    _unshare_listed_before_full(text, mentions)
    _share_closing_issuer(text, mentions)
    _end_at_carried_out(text, mentions)
    _unshare_verb_title(text, mentions)
    return mentions


def _named_in_issuer(mentions: list[Mention]) -> None:
    """ "Công văn số … của Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 1-NQ/TW về việc X": a reference
    inside another's issuer is part of that body's name, nested in it, and the subject after it is not its."""
    for i, a in enumerate(mentions):
        for b in mentions:
            if b is not a and a.issuer and a.issuer[0] <= b.start < a.issuer[1] and b.nested_in is None:
                b.nested_in = i
                b.title = None


def _issuer_code(m: Mention) -> str | None:
    """The part of a symbol that names the issuer: "TU" in "CTr/TU", "CP" in "NQ-CP"; a symbol of one part
    after a year is its issuer's alone ("QH14" in "57/2020/QH14": the National Assembly of that term)."""
    if not m.symbol:
        return None
    parts = re.split(r"[/-]", m.symbol)
    if len(parts) == 1 and "/" in (m.number or ""):
        return parts[0]
    return parts[-1] if "/" in m.symbol else parts[1] if len(parts) > 1 else None


def _central_party(m: Mention) -> bool | None:
    """Whether a Party document is the centre's ("…/TW", "…/BTGTW"); None for a State one."""
    code = _issuer_code(m)
    if code is None or "/" not in (m.symbol or ""):
        return None
    return code.upper().endswith("TW")


_JOINER_AT_END = re.compile(r"(?:\s*,\s*|\s+và\s+)$")
# "… trong giai đoạn mới và mục tiêu Nghị quyết Đại hội …", "… và các chỉ tiêu của Nghị quyết Đại hội …":
# what the plan takes of a document may stand between "và" and it (a few lower-case words).
_JOINER_OF_LOCAL = re.compile(rf"(?:\s*,\s*|\s+và\s+(?:[{LOWER}]+\s+){{0,4}})$")


# The centre's bodies, issuing a reference: "… của Chính phủ", "… của Bộ Chính trị".
_CENTRAL_ISSUER = re.compile(
    r"(?:Chính phủ|Thủ tướng|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ Chính trị|Ban Bí thư|"
    r"Ban Chấp hành Trung ương)(?!\w)"
)


def _central(text: str, m: Mention) -> bool:
    """Whether a reference is the centre's: a central Party symbol, or a central body issuing it."""
    return _central_party(m) is True or (
        m.issuer is not None and _CENTRAL_ISSUER.match(text, m.issuer[0]) is not None
    )


def _local(m: Mention) -> bool:
    """Whether a reference is a local body's: a local Party symbol, or a local congress's resolution."""
    congress = m.kind == "congress" and m.scope not in (None, "national", "unknown")
    return _central_party(m) is False or congress


def _end_before_local(text: str, mentions: list[Mention]) -> None:
    """ "Kế hoạch số 1-KH/TW của Bộ Chính trị về thực hiện Nghị quyết số 2-NQ/TW và Kế hoạch số 3-KH/TU của
    Tỉnh ủy", "Nghị quyết số 4/NQ-CP của Chính phủ ban hành Chương trình … thực hiện Nghị quyết số 2-NQ/TW và
    Nghị quyết Đại hội đại biểu Đảng bộ tỉnh …": the centre carries out no province's document, so the
    central one's title ends before the local one, which the plan lists beside it, and before what the plan
    takes of it ("… và mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh … đã đề ra")."""
    for b in mentions:
        if b.nested_in is None or b.kind not in ("numbered", "congress"):
            continue
        outer = mentions[b.nested_in]
        if outer.title is None or not _central(text, outer) or not _local(b):
            continue
        joiner = _JOINER_OF_LOCAL.search(text, outer.title[0], b.start)
        end = joiner.start() if joiner else b.start
        if end > outer.title[0]:
            outer.title = (outer.title[0], end)
            b.nested_in = None


# "… và các chính sách của tỉnh": what the plan names of its own unit, called by the unit's word alone.
_AND_OF_THE_UNIT = re.compile(
    rf"\s+và\s+(?:các\s+|những\s+)?(?:[{LOWER}]+\s+){{1,4}}?của\s+(?:tỉnh|huyện|thành phố|xã|phường)"
    rf"(?!\w|\s+[{UPPER}])"
)


def _end_before_unit_own(text: str, mentions: list[Mention]) -> None:
    """ "Quyết định số 1804/QĐ-TTg … phê duyệt Chương trình X và các chính sách của tỉnh": the centre names a
    province by its name, so what is the unit's, called by its word alone ("của tỉnh"), is the plan's next
    object, not the central title's."""
    for m in mentions:
        if m.kind != "numbered" or m.title is None or not _central(text, m):
            continue
        own = _AND_OF_THE_UNIT.search(text, m.title[0], m.title[1])
        if own and own.start() > m.title[0]:
            m.title = (m.title[0], own.start())


def _end_before_carrying_it_out(text: str, mentions: list[Mention]) -> None:
    """ "Kết luận số 80-KL/TW … về tiếp tục thực hiện Chỉ thị số 32-CT/TW và Quyết định số 1521/QĐ-TTg … ban
    hành Kế hoạch thực hiện Kết luận số 80-KL/TW": a document never names one carrying itself out, so a
    reference whose title names the key of the title it stands in is the plan's next one."""
    for b in mentions:
        if b.nested_in is None or b.title is None:
            continue
        outer = mentions[b.nested_in]
        if outer.title is None or outer.key is None:
            continue
        if any(
            c.key and c.key.casefold() == outer.key.casefold() and b.title[0] <= c.start < b.title[1]
            for c in mentions
        ):
            joiner = _JOINER_AT_END.search(text, outer.title[0], b.start)
            end = joiner.start() if joiner else b.start
            if end > outer.title[0]:
                outer.title = (outer.title[0], end)
                b.nested_in = None


# "các Chỉ thị số 1-CT/TW, 2-CT/TW của …": a list of keys led by "các" and its kind, the last key next.
_LISTED_BEFORE = re.compile(
    rf"(?<!\w)(?i:các)\s+(?:(?i:{TYPE_ALT})\s+(?:(?i:số)\s*:?\s*)?(?:[\w./-]+\s*,\s*)*)?$"
)


def _unshare_listed_before_full(text: str, mentions: list[Mention]) -> None:
    """ "các Chỉ thị số 1-CT/TW, 2-CT/TW của Bộ Chính trị và Chỉ thị số 3-CT/TW, ngày … của Ban Bí thư về
    X": a list of keys led by "các", named in short (its body, no day), before "và" and a reference given in
    full (its own day and body) is the plan's list of documents: the subject is the full one's alone (one
    short reference alone before it still shares it)."""
    for a in mentions:
        if not (a.share_title_next and a.extras.get("short_before_full")):
            continue
        if _LISTED_BEFORE.search(text, max(0, a.start - 150), a.start):
            a.share_title_next = False


def _unshare_other_issuer(mentions: list[Mention]) -> None:
    """ "Chương trình số 38-CTr/TU và Nghị quyết số 3/NQ-CP, ngày … của Chính phủ …", "Chỉ thị số 42-CT/TW,
    Nghị quyết số 76/NQ-CP của Chính phủ về …": a key written bare before one whose symbol names another
    issuer takes none of its day, body and subject (it is named in short, given in full elsewhere); nor does
    the last of a list whose body heads it ("các Quyết định của Thủ tướng Chính phủ: …; số 6/QĐ-TTg, ngày …
    và Kế hoạch số 46/KH-UBND, ngày … của Ủy ban nhân dân tỉnh về X": X is the plan's alone)."""
    for i, a in enumerate(mentions):
        headed = a.issuer is not None and a.issuer[1] <= a.start
        if not (a.share_title_next or a.share_issuer_next) or ((a.issuer or a.date) and not headed):
            continue
        nxt = next((b for b in mentions[i + 1 :] if b.kind == "numbered"), None)
        mine, theirs = _issuer_code(a), _issuer_code(nxt) if nxt else None
        if mine and theirs and mine.casefold() != theirs.casefold():
            a.share_title_next = a.share_issuer_next = False


# "Kế hoạch số … của … thực hiện Nghị quyết số 9-NQ/TU, tiếp tục nâng cao …": a title that is carrying out
# another reference ends with that reference (its number, day and body) before the plan's next clause; so
# does one spreading it ("Hướng dẫn số … về tuyên truyền Nghị quyết số 9-NQ/TU, bổ sung tài liệu …").
_CARRYING_OUT = re.compile(
    r"(?:(?:tiếp tục|triển khai)\s+)?(?:thực hiện|triển khai|tuyên truyền|quán triệt|phổ biến|học tập)\s+"
)
_NEXT_CLAUSE = re.compile(rf",\s+(?!(?:{CITE_TYPE_ALT}|số|ngày)(?!\w))")


def _end_at_carried_out(text: str, mentions: list[Mention]) -> None:
    for b in mentions:
        if b.nested_in is None or b.title or b.share_title_next or b.share_issuer_next:
            continue
        outer = mentions[b.nested_in]
        if outer.title and _CARRYING_OUT.fullmatch(text, outer.title[0], b.start):
            if _NEXT_CLAUSE.match(text, b.end) and b.end < outer.title[1]:
                outer.title = (outer.title[0], b.end)


def _share_closing_issuer(text: str, mentions: list[Mention]) -> None:
    """ "Nghị quyết số 1-NQ/TW, ngày … về X và Nghị quyết số 2-NQ/TW, ngày … về Y của Hội nghị …": the body
    closing the second title issued both."""
    for a, b in pairwise(mentions):
        joined = a.title is not None and re.fullmatch(r"\s+và\s+", text[a.title[1] : b.start])
        if a.issuer is None and joined and b.extras.get("issuer_closing_title"):
            a.issuer = b.issuer


def _unshare_out_of_title(mentions: list[Mention]) -> None:
    """ "Nghị quyết số 1/NQ-CP … ban hành Chương trình … thực hiện Nghị quyết số 2-NQ/TW và Kế hoạch số
    3/KH-UBND, ngày … của … về X": a reference at the end of another's title shares nothing with one beyond
    that title (the next of the outer's list)."""
    for i, a in enumerate(mentions):
        if not a.share_title_next or a.nested_in is None:
            continue
        outer = mentions[a.nested_in].title
        nxt = next((b for b in mentions[i + 1 :] if b.kind == "numbered"), None)
        if outer and nxt is not None and nxt.start >= outer[1]:
            a.share_title_next = False


def _unshare_carried_out(mentions: list[Mention]) -> None:
    """ "Chỉ thị số 1-CT/TW và Chương trình số 2-CTr/HU, ngày … của Huyện ủy thực hiện Chỉ thị số 1-CT/TW":
    the second carries out the first, so they share neither day, issuer nor title."""
    for i, a in enumerate(mentions):
        nxt = next((b for b in mentions[i + 1 :] if b.kind == "numbered"), None)
        if not a.share_title_next or nxt is None or nxt.title is None or a.key is None:
            continue
        if any(
            c.key and c.key.casefold() == a.key.casefold() and nxt.title[0] <= c.start < nxt.title[1]
            for c in mentions
        ):
            a.share_title_next = False


def _unshare_verb_title(text: str, mentions: list[Mention]) -> None:
    """ "Nghị quyết số 1-NQ/TW, ngày … của X và Luật số 2/2024/QH15 của Quốc hội sửa đổi, bổ sung …": a title
    that opens on a verb after the second's body (no "về") says what that body did by that document, so the
    first, given with its own body, does not take it; a shared subject is a "về" subject."""
    for i, a in enumerate(mentions):
        nxt = next((b for b in mentions[i + 1 :] if b.kind == "numbered"), None)
        if (
            not a.share_title_next
            or a.issuer is None
            or nxt is None
            or nxt.title is None
            or nxt.issuer is None
        ):
            continue
        joined = re.fullmatch(r"\s*,?\s+và\s+", text[a.end : nxt.start])
        if joined and nxt.issuer[1] <= nxt.title[0] and not _subject_given(text, nxt.title):
            a.share_title_next = False


def _unshare_carrying_out_kind(text: str, mentions: list[Mention]) -> None:
    """ "các Nghị quyết số 1-NQ/TW, 2-NQ/TW, ngày … của Hội nghị … và Kế hoạch số 3-KH/TU, ngày … của Tỉnh ủy
    thực hiện các nghị quyết …": the second carries out the documents of the first's kind named in general
    (the list before it), so the first does not take its title."""
    for i, a in enumerate(mentions):
        nxt = next((b for b in mentions[i + 1 :] if b.kind == "numbered"), None)
        if not a.share_title_next or nxt is None or nxt.title is None or a.type is None:
            continue
        verb = _CARRYING_OUT.match(text, nxt.title[0], nxt.title[1])
        typ = r"\s+".join(map(re.escape, a.type.split()))
        kind = rf"(?i:các)\s+(?i:{typ})(?!\w)(?!\s+(?:(?i:số)\s*:?\s*)?\d)"
        if verb and re.compile(kind).match(text, verb.end(), nxt.title[1]):
            a.share_title_next = False
