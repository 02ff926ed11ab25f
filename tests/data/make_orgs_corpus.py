"""Write ``import/people_unknown_orgs.csv`` (issue 14, item 11), beside make_import_corpus.py:

    .venv/bin/python tests/data/make_orgs_corpus.py

A people list naming the sample's partners by variant spellings (any case, the Chinese name, an
alias) and two organisations no partner has: one a near-miss of an existing partner (a typo in
"Chongqing Vocational Institute of Engineering"), one nothing like any partner. Deterministic.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "import"

HEADER = ["Name", "姓名", "Organisation", "Email", "Position"]
ROWS = [
    ["Li Ming", "李明", "shenzhen polytechnic university", "liming@szpu.edu.cn", "Dean"],
    ["Chen Jing", "陈静", "深圳职业技术大学", "chenjing@szpu.edu.cn", "Lecturer"],
    ["Wang Lei", "王磊", "Chongqing Vocational Institute of Engineerng", "wanglei@cqvie.edu.cn", "Director"],
    ["Zhao Min", "赵敏", "CHONGQING VOCATIONAL INSTITUTE OF ENGINEERNG", "zhaomin@cqvie.edu.cn", "Teacher"],
    ["Ahmed Raza", "", "Gilgit-Baltistan Skills Academy", "ahmed.raza@gbsa.pk", "Principal"],
    ["Sara Khan", "", "TEVTA Punjab", "sara.khan@tevta.gop.pk", "Coordinator"],
    ["Bilal Hussain", "", "Gilgit-Baltistan Skills Academy", "bilal@gbsa.pk", "Instructor"],
]


def build() -> None:
    lines = [",".join(HEADER), *(",".join(row) for row in ROWS)]
    (OUT / "people_unknown_orgs.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


if __name__ == "__main__":
    build()
