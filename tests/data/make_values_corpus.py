"""Write ``import/partners_values.csv``: a partner list in the partners' own words, whose types,
roles and membership only a person can map (the wizard's Values page, ``--value``).

    .venv/bin/python tests/data/make_values_corpus.py

Beside ``make_import_corpus.py`` (same rules: literals only, identical bytes each run).
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "import"

ROWS = [
    ["Name", "Country", "Province", "Type", "Membership"],
    ["Gwadar Skills Hub", "Pakistan", "Balochistan", "Vocational Skills Hub", "Partner (awaiting board)"],
    ["Chongqing Vocational Education Group", "China", "Chongqing", "产教联合体", "Active"],
    ["Quetta Skills Hub", "Pakistan", "Balochistan", "vocational  skills hub", "Partner (awaiting board)"],
    ["Sichuan Vocational Education Group", "China", "Sichuan", "产教联合体", "Active"],
    ["Karachi Skills Hub", "Pakistan", "Chongqing", "VOCATIONAL SKILLS HUB", "partner (awaiting board)"],
    ["Lahore Technical College", "Pakistan", "Punjab", "TVET college", "Active"],
]


def main() -> None:
    text = "\r\n".join(",".join(row) for row in ROWS) + "\r\n"
    (OUT / "partners_values.csv").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main()
