"""Documents that plans cite or carry out: the model, and the catalogue of central documents.

The central catalogue is the head of the citation distribution: a few documents (the XIII Congress
resolution, 21-KL/TW, 05-CT/TW, 35-NQ/TW …) cited by most plans, then a long tail. Its `weight` is
a Zipf weight by rank. Titles are short subject phrases written for this generator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(eq=False)
class Doc:
    """A document as the generator knows it: enough to write mentions of it and its facts entry."""

    type: str  # the type words as written: "Kết luận", "Kế hoạch", "Chương trình hành động"
    number: str | None
    symbol: str | None
    date: dt.date | None
    issuers: tuple[str, ...]  # the ways a plan may name its issuer (without "của")
    title: str | None  # the subject after "về" (or after the issuer when link is "")
    jurisdiction: str
    state_style: bool = False  # number/symbol (State, Front) rather than number-symbol (Party)
    link: str = "về"  # the word between issuer and title ("" for "… phê duyệt …")
    weight: float = 0.0
    name: str | None = None  # for unnumbered documents: the way they are named ("Nghị quyết Đại hội …")
    implementable: bool = True
    # For generated plans: what the plan carries out (its title is then "thực hiện <that>").
    about: Doc | None = None
    topic: str | None = None
    level: str = "central"
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> str | None:
        if not self.number or not self.symbol:
            return None
        return f"{self.number}/{self.symbol}" if self.state_style else f"{self.number}-{self.symbol}"


def _d(s: str) -> dt.date:
    day, month, year = (int(x) for x in s.split("/"))
    return dt.date(year, month, day)


BCH_XII = ("Ban Chấp hành Trung ương Đảng khóa XII", "Ban Chấp hành Trung ương Đảng (khóa XII)")
BCH_XIII = (
    "Ban Chấp hành Trung ương Đảng khóa XIII",
    "Ban Chấp hành Trung ương",
    "Ban Chấp hành Trung ương Đảng",
)
BCT_XII = ("Bộ Chính trị khóa XII", "Bộ Chính trị (khóa XII)", "Bộ Chính trị")
BCT_XIII = ("Bộ Chính trị", "Bộ Chính trị khóa XIII", "Bộ Chính trị (khóa XIII)")
BBT_XIII = ("Ban Bí thư", "Ban Bí thư khóa XIII", "Ban Bí thư Trung ương Đảng")

# (type, number, symbol, date, issuers, title), in order of popularity (most cited first).
_PARTY: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "Kết luận",
        "21",
        "KL/TW",
        "25/10/2021",
        ("Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII", *BCH_XIII),
        "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị, ngăn chặn sự suy thoái về tư tưởng chính "
        "trị, "
        "đạo đức, lối sống trong cán bộ, đảng viên",
    ),
    (
        "Chỉ thị",
        "05",
        "CT/TW",
        "15/5/2016",
        BCT_XII,
        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ),
    (
        "Nghị quyết",
        "35",
        "NQ/TW",
        "22/10/2018",
        BCT_XII,
        "tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch "
        "trong tình hình mới",
    ),
    (
        "Nghị quyết",
        "28",
        "NQ/TW",
        "17/11/2022",
        ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII", *BCH_XIII),
        "tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai "
        "đoạn mới",
    ),
    (
        "Nghị quyết",
        "21",
        "NQ/TW",
        "16/6/2022",
        ("Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII", *BCH_XIII),
        "tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai "
        "đoạn mới",
    ),
    (
        "Kết luận",
        "01",
        "KL/TW",
        "18/5/2021",
        BCT_XIII,
        "tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ),
    ("Quy định", "37", "QĐ/TW", "25/10/2021", BCH_XIII, "những điều đảng viên không được làm"),
    (
        "Nghị quyết",
        "27",
        "NQ/TW",
        "09/11/2022",
        BCH_XIII,
        "tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới",
    ),
    ("Quy định", "22", "QĐ/TW", "28/7/2021", BCH_XIII, "công tác kiểm tra, giám sát và kỷ luật của Đảng"),
    (
        "Nghị quyết",
        "29",
        "NQ/TW",
        "17/11/2022",
        BCH_XIII,
        "tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước trong giai đoạn đến năm 2030",
    ),
    (
        "Kết luận",
        "14",
        "KL/TW",
        "22/9/2021",
        BCT_XIII,
        "chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung",
    ),
    (
        "Nghị quyết",
        "19",
        "NQ/TW",
        "16/6/2022",
        BCH_XIII,
        "nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045",
    ),
    (
        "Quy định",
        "114",
        "QĐ/TW",
        "11/7/2023",
        BCT_XIII,
        "kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ",
    ),
    (
        "Nghị quyết",
        "43",
        "NQ/TW",
        "24/11/2023",
        BCH_XIII,
        "tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ngày càng "
        "phồn vinh, hạnh phúc",
    ),
    (
        "Nghị quyết",
        "18",
        "NQ/TW",
        "16/6/2022",
        BCH_XIII,
        "tiếp tục đổi mới, hoàn thiện thể chế, chính sách về quản lý và sử dụng đất",
    ),
    (
        "Nghị quyết",
        "18",
        "NQ/TW",
        "25/10/2017",
        ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", *BCH_XII),
        "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt "
        "động "
        "hiệu lực, hiệu quả",
    ),
    (
        "Nghị quyết",
        "26",
        "NQ/TW",
        "19/5/2018",
        BCH_XII,
        "tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy "
        "tín, "
        "ngang tầm nhiệm vụ",
    ),
    (
        "Quy định",
        "144",
        "QĐ/TW",
        "09/5/2024",
        BCT_XIII,
        "chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới",
    ),
    (
        "Nghị quyết",
        "20",
        "NQ/TW",
        "16/6/2022",
        BCH_XIII,
        "tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới",
    ),
    (
        "Nghị quyết",
        "45",
        "NQ/TW",
        "24/11/2023",
        BCH_XIII,
        "tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước "
        "nhanh "
        "và bền vững trong giai đoạn mới",
    ),
    (
        "Nghị quyết",
        "42",
        "NQ/TW",
        "24/11/2023",
        BCH_XIII,
        "tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng và "
        "bảo vệ "
        "Tổ quốc trong giai đoạn mới",
    ),
    (
        "Nghị quyết",
        "41",
        "NQ/TW",
        "10/10/2023",
        BCT_XIII,
        "xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới",
    ),
    (
        "Quy định",
        "85",
        "QĐ/TW",
        "07/10/2022",
        BBT_XIII,
        "việc cán bộ, đảng viên thiết lập và sử dụng trang thông tin điện tử cá nhân trên Internet, mạng "
        "xã hội",
    ),
    (
        "Chỉ thị",
        "21",
        "CT/TW",
        "20/01/2023",
        BBT_XIII,
        "tiếp tục đổi mới, phát triển và nâng cao chất lượng công tác phụ nữ trong tình hình mới",
    ),
    (
        "Kết luận",
        "35",
        "KL/TW",
        "05/5/2022",
        BCT_XIII,
        "danh mục chức danh, chức vụ lãnh đạo và tương đương của hệ thống chính trị từ Trung ương đến cơ sở",
    ),
    (
        "Chỉ thị",
        "04",
        "CT/TW",
        "02/6/2021",
        BBT_XIII,
        "tăng cường sự lãnh đạo của Đảng đối với công tác thu hồi tài sản bị thất thoát, chiếm đoạt trong "
        "các "
        "vụ án hình sự về tham nhũng, kinh tế",
    ),
    (
        "Quy định",
        "132",
        "QĐ/TW",
        "27/10/2023",
        BCT_XIII,
        "việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống "
        "chính trị",
    ),
    (
        "Chỉ thị",
        "35",
        "CT/TW",
        "14/6/2024",
        BCT_XIII,
        "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
    ),
    (
        "Nghị quyết",
        "57",
        "NQ/TW",
        "22/12/2024",
        BCT_XIII,
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    ),
    (
        "Nghị quyết",
        "36",
        "NQ/TW",
        "22/10/2018",
        BCH_XII,
        "chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045",
    ),
    (
        "Quy định",
        "08",
        "QĐi/TW",
        "25/10/2018",
        BCH_XII,
        "trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, "
        "Ủy viên Ban Chấp hành Trung ương",
    ),
    (
        "Kết luận",
        "50",
        "KL/TW",
        "28/02/2023",
        BCT_XIII,
        "tiếp tục thực hiện chủ trương xây dựng và phát triển đội ngũ cán bộ trẻ trong tình hình mới",
    ),
]

# Central State and Front documents: (type, number, symbol, date, issuers, link, title).
_STATE: list[tuple[str, str, str, str, tuple[str, ...], str, str]] = [
    (
        "Quyết định",
        "749",
        "QĐ-TTg",
        "03/6/2020",
        ("Thủ tướng Chính phủ",),
        "",
        "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
    ),
    (
        "Nghị quyết",
        "76",
        "NQ-CP",
        "15/7/2021",
        ("Chính phủ",),
        "",
        "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
    ),
    (
        "Quyết định",
        "06",
        "QĐ-TTg",
        "06/01/2022",
        ("Thủ tướng Chính phủ",),
        "",
        "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển "
        "đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030",
    ),
    (
        "Chỉ thị",
        "08",
        "CT-TTg",
        "23/5/2024",
        ("Thủ tướng Chính phủ",),
        "về",
        "tăng cường công tác phòng, chống lãng phí trong các cơ quan hành chính nhà nước",
    ),
    (
        "Hướng dẫn",
        "27",
        "HD-MTTW-BTT",
        "12/4/2022",
        ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",),
        "về",
        "công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam các cấp",
    ),
    (
        "Kế hoạch",
        "09",
        "KH-MTTW-BTT",
        "28/02/2023",
        ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",),
        "về",
        "tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
    ),
]


def central_catalogue(zipf: float = 1.05) -> list[Doc]:
    """The central documents, each weighted by its rank (the head is cited by most plans)."""
    out: list[Doc] = []
    for rank, (typ, num, sym, date, issuers, title) in enumerate(_PARTY, start=1):
        out.append(Doc(typ, num, sym, _d(date), issuers, title, "national", weight=1.0 / rank**zipf))
    base = len(_PARTY) // 3
    for rank, (typ, num, sym, date, issuers, link, title) in enumerate(_STATE, start=base):
        out.append(
            Doc(
                typ,
                num,
                sym,
                _d(date),
                issuers,
                title,
                "national",
                state_style=True,
                link=link,
                weight=0.6 / rank**zipf,
                implementable=False,
            )
        )
    return out


def congress_resolution(ordinal: str, body: str, jurisdiction: str, date: dt.date | None = None) -> Doc:
    """An unnumbered congress resolution: `Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX`."""
    issuer = f"Đại hội {body} lần thứ {ordinal}"
    name = f"Nghị quyết {issuer}"
    return Doc("Nghị quyết", None, None, date, (issuer,), name, jurisdiction, name=name, implementable=False)


NATIONAL_XII = Doc(
    "Nghị quyết",
    None,
    None,
    _d("28/01/2016"),
    ("Đại hội đại biểu toàn quốc lần thứ XII của Đảng",),
    "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
    "national",
    name="Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
    implementable=False,
)
NATIONAL_XIII = Doc(
    "Nghị quyết",
    None,
    None,
    _d("01/02/2021"),
    ("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",),
    "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    "national",
    name="Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    implementable=False,
)


def roman(n: int) -> str:
    vals = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
