"""Gazetteer of the genre: provinces, document types, kinds of bodies by level and system, positions."""

from __future__ import annotations

import re

from ingest.normalize import LOWER, normalize

# The 63 provinces and centrally-run cities (before the 2025 mergers), as written after "tỉnh"/"thành phố".
PROVINCES = [
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bạc Liêu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Dương",
    "Bình Định",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Cần Thơ",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hồ Chí Minh",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lạng Sơn",
    "Lào Cai",
    "Lâm Đồng",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
]
# The centrally-run cities: their "Thành ủy" and "thành phố" are province-level, a provincial city's are not.
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}
_PROVINCE_ALT = "|".join(sorted((re.escape(p) for p in PROVINCES), key=len, reverse=True))
PROVINCE_RE = re.compile(rf"(?<!\w)(?i:{_PROVINCE_ALT})(?!\w)")
_BY_KEY = {p.casefold(): p for p in PROVINCES}


def province_name(s: str) -> str | None:
    """The gazetteer spelling of a province name (any case, old or new tone marks), or None."""
    return _BY_KEY.get(" ".join(normalize(s).split()).casefold())


# Document type words, longest first (so "Chương trình hành động" wins over "Chương trình").
DOC_TYPES = [
    "Chương trình hành động",
    "Kế hoạch hành động",
    "Thông báo kết luận",
    "Nghị quyết liên tịch",
    "Hướng dẫn",
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Quy định",
    "Quyết định",
    "Kế hoạch",
    "Chương trình",
    "Thông báo",
    "Công văn",
    "Đề án",
    "Thông tri",
    "Báo cáo",
    "Tờ trình",
    "Nghị định",
    "Thông tư",
    "Luật",
    "Pháp lệnh",
    "Quy chế",
    "Điều lệ",
    "Công điện",
    "Thông tư liên tịch",
    "Kế hoạch liên tịch",
    "Nghị quyết chuyên đề",  # a Party committee's resolution on one subject
]
TYPE_ALT = "|".join(re.escape(t) for t in DOC_TYPES)

# Type codes of Party (Hướng dẫn 36-HD/VPTW) and State (Nghị định 30/2020/NĐ-CP) document symbols.
TYPE_CODES = {
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "QC": "Quy chế",
    "KH": "Kế hoạch",
    "CTr": "Chương trình",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CV": "Công văn",
    "ĐA": "Đề án",
    "TT": "Thông tư",
    "BC": "Báo cáo",
    "TTr": "Tờ trình",
    "NĐ": "Nghị định",
    "CĐ": "Công điện",
    "TTr-": "Tờ trình",
    "TTLT": "Thông tư liên tịch",
    "KHLT": "Kế hoạch liên tịch",
}


def type_from_code(symbol: str) -> str | None:
    code = re.split(r"[-/]", symbol)[0]
    for k, v in TYPE_CODES.items():
        if code.casefold() == k.casefold():
            return v
    return None


# Kinds of body words: what may head an assignee, a recipient or an issuer.
BODY_HEAD = re.compile(
    r"^(?i:các\s+|những\s+)?(?:Ban|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Sở|Phòng|Văn phòng|Mặt trận|MTTQ|Cấp ủy|"
    r"Cấp uỷ|Đảng ủy|Đảng uỷ|Đảng đoàn|Đảng bộ|Chi bộ|Chi ủy|Chi uỷ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|"
    r"Thành ủy|"
    r"Thành uỷ|Thị ủy|Thị uỷ|Quận ủy|Quận uỷ|Thường trực|Thường vụ|Hội|Đoàn|Liên đoàn|Trung tâm|Báo|Đài|"
    r"Công an|Bộ Chỉ huy|Ban Chỉ huy|Bộ|Tổng cục|Cục|Chi cục|Trường|Viện|Tòa án|Viện kiểm sát|Kho bạc|"
    r"cơ quan|Cơ quan|địa phương|Địa phương|đơn vị|Đơn vị|tổ chức|Tổ chức|đồng chí|Đồng chí|Lãnh đạo|"
    r"Bí thư|Chủ tịch|Giám đốc|Trưởng|UBKT|BTG|BTC|BCĐ|BTV|BTT|Lưu|Ủy viên|Uỷ viên|Huyện ủy viên|"
    r"Đ/c|đ/c|Các|các)(?!\w)"
)

# Positions of a signer, upper case -> as written in running text.
POSITION_WORDS = {
    "PHÓ": "Phó",
    "BÍ THƯ": "Bí thư",
    "CHỦ TỊCH": "Chủ tịch",
    "THƯỜNG TRỰC": "Thường trực",
    "TRƯỞNG BAN": "Trưởng ban",
    "TRƯỞNG ĐOÀN": "Trưởng đoàn",  # the head of a delegation; its full-time deputy is "chuyên trách"
    "CHUYÊN TRÁCH": "chuyên trách",
    "TRƯỞNG": "Trưởng",
    "GIÁM ĐỐC": "Giám đốc",
    "CHÁNH VĂN PHÒNG": "Chánh Văn phòng",
    "CHỦ NHIỆM": "Chủ nhiệm",
    "BAN": "ban",
    "PHÒNG": "phòng",
    "TỔNG BIÊN TẬP": "Tổng Biên tập",
    "BỘ TRƯỞNG": "Bộ trưởng",
    "THỨ TRƯỞNG": "Thứ trưởng",
    "CỤC TRƯỞNG": "Cục trưởng",
    "VỤ TRƯỞNG": "Vụ trưởng",
    "HIỆU TRƯỞNG": "Hiệu trưởng",
    "CHỈ HUY TRƯỞNG": "Chỉ huy trưởng",
    "VIỆN TRƯỞNG": "Viện trưởng",
    "CHÁNH ÁN": "Chánh án",
}
POSITION_RE = re.compile(
    r"^(?:K/?T\.?\s*|TL\.?\s*|TUQ\.?\s*)?(?:PHÓ\s+)?(?:BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG PHÒNG|GIÁM ĐỐC|"
    r"CHÁNH VĂN PHÒNG|CHÁNH ÁN|CHỦ NHIỆM|TỔNG BIÊN TẬP|TRƯỞNG ĐOÀN|"
    r"(?:BỘ |THỨ |CỤC |VỤ |HIỆU |CHỈ HUY |VIỆN )?TRƯỞNG)"
    r"(?:\s+(?:THƯỜNG TRỰC|BAN|PHÒNG|CHUYÊN TRÁCH))?\s*$"
)

# Bodies named in upper case in a header or a "T/M" line -> their running-text capitalisation.
_KNOWN_CASE = [
    "Ban Thường vụ",
    "Ban Thường trực",
    "Ban Chấp hành",
    "Ban Tuyên giáo",
    "Ban Tổ chức",
    "Ban Dân vận",
    "Ban Nội chính",
    "Ủy ban Kiểm tra",
    "Ủy ban nhân dân",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban MTTQ Việt Nam",
    "Văn phòng",
    "Thường trực",
    "Ban Chỉ đạo",
    "Đảng ủy",
    "Tỉnh ủy",
    "Huyện ủy",
    "Thành ủy",
    "Thị ủy",
    "Quận ủy",
    "Chi bộ",
    "Đảng bộ",
    "Hội đồng nhân dân",
    "Mặt trận Tổ quốc Việt Nam",
    # abbreviations stay in capitals: "T/M THƯỜNG TRỰC HĐND" -> "Thường trực HĐND"
    "HĐND",
    "UBND",
    "UBMTTQ",
    "MTTQ",
    "Ban Bí thư",
    "Bộ Chính trị",
    "Trung ương",
    "Khối",
    # the forces and the socio-political organisations, named as bodies
    "Công an",
    "Quân sự",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Huyện đoàn",
    "Quận đoàn",
    "Thị đoàn",
    "Đoàn TNCS Hồ Chí Minh",
    "Hội Liên hiệp Phụ nữ",
    "Hội LHPN",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Liên đoàn Lao động",
    "tỉnh",
    "huyện",
    "thành phố",
    "thị xã",
    "quận",
    "xã",
    "phường",
    "thị trấn",
]


def titlecase_body(upper: str) -> str:
    """'BAN THƯỜNG VỤ' -> 'Ban Thường vụ': known body words as written in text, others lower case."""
    s = " ".join(normalize(upper).split())
    out = s.lower()
    for known in _KNOWN_CASE:
        out = re.sub(rf"(?<!\w){re.escape(known.lower())}(?!\w)", known, out)
    # The proper name that ends a body's name: "… HUYỆN ĐỨC THỌ" -> "… huyện Đức Thọ", "HUYỆN ỦY YÊN
    # THÀNH" -> "Huyện ủy Yên Thành" (after a unit word or a committee named for its unit).
    m = _NAME_AT_END.search(out)
    if m:
        out = out[: m.start("name")] + titlecase_place(m.group("name").upper())
    if out:
        out = out[0].upper() + out[1:]
    return out


# "đặc khu" (a special zone, a commune-level unit since 2025) names its place as "xã" does: "Đặc khu Côn Đảo".
_UNIT_WORDS = (
    "tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn|đặc khu|Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy"
)
# The proper name that ends a body's name after a unit word; not "… xã hội" (society: "Bảo hiểm xã hội",
# "Lao động - Thương binh và Xã hội"), where "xã" is no unit.
_NAME_AT_END = re.compile(
    rf"(?<!\w)(?:{_UNIT_WORDS})\s+(?P<name>(?!(?:ủy|uỷ)(?!\w))"
    r"(?!hội(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?!\w)|$))"
    rf"[{LOWER}][\w-]*(?:\s+[{LOWER}][\w-]*)*)$"
)


def titlecase_place(upper: str) -> str:
    s = " ".join(normalize(upper).split())
    p = province_name(s)
    return p or " ".join(w[:1].upper() + w[1:].lower() for w in s.split())


def position_text(upper: str) -> str:
    """'PHÓ CHỦ TỊCH THƯỜNG TRỰC' -> 'Phó Chủ tịch Thường trực'."""
    s = " ".join(normalize(upper).split()).upper()
    s = re.sub(r"^(?:KT|TL|TUQ)\.?\s*", "", s)
    words: list[str] = []
    rest = s
    while rest:
        for k in sorted(POSITION_WORDS, key=len, reverse=True):
            if rest == k or rest.startswith(k + " "):
                words.append(POSITION_WORDS[k])
                rest = rest[len(k) :].strip()
                break
        else:
            w, _, rest = rest.partition(" ")
            words.append(w.capitalize())
    out = " ".join(words)
    return out[:1].upper() + out[1:]


# The socio-political organisations, members of the Fatherland Front (their Party caucus, "Đảng đoàn
# Hội Nông dân", is the Party's).
_MASS_ORGANISATION = re.compile(
    r"đoàn tncs|đoàn thanh niên|(?<!\w)(?:tỉnh|thành|huyện|quận|thị) đoàn(?!\w)|trung ương đoàn|"
    # a commune's or a school's Youth Union, named by its unit: "Ban Chấp hành Đoàn xã Đông Anh"
    r"(?<!\w)đoàn (?:xã|phường|thị trấn|trường|khối)(?!\w)|"
    r"hội liên hiệp phụ nữ|hội lhpn|hội phụ nữ|hội nông dân|hội cựu chiến binh|công đoàn|"
    r"liên đoàn lao động|"
    # the mass associations the Party assigns to the Front's work
    r"hội liên hiệp thanh niên|hội sinh viên|hội chữ thập đỏ|hội người cao tuổi|hội khuyến học|"
    r"hội cựu thanh niên xung phong|hội nạn nhân chất độc da cam|"
    # the cooperatives' alliance, a socio-economic member of the Front
    r"liên minh hợp tác xã|"
    # the socio-professional ones, members of the Front too: the jurists', the journalists', the union of
    # associations ("Liên hiệp các Hội Văn học nghệ thuật", "… các Hội Khoa học và Kỹ thuật"), and the
    # lawyers' (a province's Bar Association, "Đoàn Luật sư tỉnh", and their national federation)
    r"hội luật gia|hội nhà báo|liên hiệp các hội|đoàn luật sư|"
    # the union of friendship organisations, a member of the Front for people-to-people diplomacy
    r"liên hiệp các tổ chức hữu nghị|"
    # the Young Pioneers' council, run by the Youth Union at each level ("Hội đồng Đội tỉnh", "… Trung ương")
    r"hội đồng đội(?!\w)(?! ngũ)"
)


# A ministry, as a casefolded name writes it: "bộ nội vụ", "đảng ủy bộ tài chính"; not a provincial military
# command ("Bộ Chỉ huy Quân sự tỉnh"), the army ("bộ đội"), a unit ("bộ phận") or the Politburo.
_MINISTRY = re.compile(
    r"(?:^|(?<=đảng ủy )|(?<=ban cán sự đảng ))bộ\s+(?!chỉ huy|đội|phận|chính trị|tư lệnh)\w"
)


# A province's National Assembly delegation ("Đoàn đại biểu Quốc hội tỉnh", "Đoàn ĐBQH tỉnh") is a State
# body of the province, elected there: its "Quốc hội" does not make it the centre's.
_DELEGATION = re.compile(r"đoàn (?:đại biểu quốc hội|đbqh)(?!\w)")


def without_delegation(n: str) -> str:
    """A casefolded name with a National Assembly delegation written "đoàn đbqh": no central word."""
    return _DELEGATION.sub("đoàn đbqh", n)


def system_of(name: str) -> str:
    n = normalize(name).casefold()
    if re.match(
        r"(?:ban thường vụ |ban chấp hành )?(?:đảng đoàn|ban cán sự đảng|đảng ủy|đảng bộ|chi bộ)(?!\w)", n
    ):
        # the Party's delegation in a People's Council or the Front, its board in a State body, the Party
        # committee of an agency ("Đảng ủy Sở Y tế")
        return "party"
    if re.search(r"mặt trận|mttq|ủy ban mặt trận", n):
        return "front"
    if _MASS_ORGANISATION.search(n) and not re.search(r"đảng đoàn|đảng ủy|đảng bộ|chi bộ", n):
        return "front"
    if re.search(
        r"ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|(?<!\w)(?<!cơ )sở |(?<!\w)(?<!văn )phòng |"
        r"chính phủ|thủ tướng|"
        r"bộ trưởng|(?<!\w)công an|quân sự|bảo hiểm xã hội|kho bạc|thuế|viện kiểm sát|vksnd|tòa án|"
        rf"tand(?!\w)|{_DELEGATION.pattern}",
        n,
    ) or _MINISTRY.match(n):
        # a department ("Sở …"), not the "sở" of "cơ sở" (the grassroots);
        # the forces too ("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"), the procuracies and the courts; their
        # Party bodies are read above
        return "state"
    if re.search(
        r"đảng|tỉnh ủy|huyện ủy|thành ủy|thị ủy|quận ủy|ban thường vụ|ban tuyên giáo|ban tổ chức|"
        r"ban chấp hành|bộ chính trị|ban bí thư|ủy ban kiểm tra|chi bộ|ban dân vận|cấp ủy",
        n,
    ):
        return "party"
    return "unknown"


_CENTRAL_ALT = "|".join(c.casefold() for c in CENTRAL_CITIES)


def level_of(name: str) -> str:
    n = without_delegation(normalize(name).casefold())
    if re.search(r"trung ương|bộ chính trị|ban bí thư|chính phủ|thủ tướng|quốc hội", n):
        return "central"
    if re.search(rf"(?:thành ủy|thành phố)\s+(?:{_CENTRAL_ALT})(?!\w)", n):
        return "province"
    if re.search(r"(?<!\w)(?<!thị )(?:xã|phường|thị trấn)(?!\w)", n) and not re.search(
        r"huyện|quận|thị xã|thị ủy|thành ủy|tỉnh", n
    ):
        return "grassroots"
    if re.search(r"huyện|quận|thị xã|thị ủy|thành ủy|thành phố thuộc", n):
        return "district"
    if re.search(r"tỉnh|khối|thành phố|^sở\s", n):
        return "province"  # a department ("Sở …") is the province's
    if re.search(r"(?<!\w)công đoàn ngành(?!\w)", n) and "việt nam" not in n:
        return "province"  # a sector's union ("Công đoàn ngành Y tế") is under a province's labour federation
    if re.search(r"(?<!\w)xã|phường|thị trấn|chi bộ|cơ sở", n):
        return "grassroots"
    if _MINISTRY.search(n) or _CENTRAL_BODY.search(n):
        return "central"  # a ministry ("Bộ Nội vụ"), its Party committee or board, named with no place
    if n.endswith("việt nam"):
        return "central"  # a national body, named for the country with no place: "Hội Nhà báo Việt Nam"
    return "unknown"


# The centre's bodies that no ministry word names, with no place after them: the supreme court and procuracy
# ("Ban cán sự đảng Tòa án nhân dân tối cao") and the army's arms and forces ("Đảng ủy Bộ đội Biên phòng",
# "Quân chủng Hải quân"); a province's command names its province ("Bộ đội Biên phòng tỉnh"); a national
# body, named so ("Học viện Chính trị quốc gia Hồ Chí Minh"), not a local one for the national target
# programmes ("Ban Chỉ đạo các chương trình mục tiêu quốc gia").
_CENTRAL_BODY = re.compile(
    r"(?:tòa án|toà án|viện kiểm sát) nhân dân tối cao|bộ đội biên phòng|quân chủng|"
    r"(?<!\w)(?<!mục tiêu )quốc gia(?!\w)"
)
