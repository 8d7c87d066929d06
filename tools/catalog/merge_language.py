#!/usr/bin/env python3
"""Merge one language's texts into resources/catalog.json.

usage: merge_language.py LANG TEXTS.json [CATALOG.json]

TEXTS.json holds {"classes": {"4": {"name": ..., "summary": ..., "description": ...}},
                  "codes": {"486": {"reason": ..., "summary": ..., "description": ...}}}.
Every class and code of the catalog must be covered and no text may be empty: a partial
merge would leave the app showing English fallbacks. Existing texts in LANG are replaced.
"""
import json
import pathlib
import sys

LANGUAGE_ORDER = ["en", "zh_CN", "zh_TW", "nl"]


def put(texts: dict, language: str, value: str, where: str) -> dict:
    if not isinstance(value, str) or not value.strip():
        sys.exit(f"{where}: missing or empty {language} text")
    merged = dict(texts)
    merged[language] = value.strip()
    order = {name: i for i, name in enumerate(LANGUAGE_ORDER)}
    return {key: merged[key] for key in sorted(merged, key=lambda k: order.get(k, len(order)))}


def main() -> None:
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    language, texts_path = sys.argv[1], pathlib.Path(sys.argv[2])
    catalog_path = pathlib.Path(sys.argv[3]) if len(sys.argv) == 4 else \
        pathlib.Path(__file__).resolve().parents[2] / "resources" / "catalog.json"
    texts = json.loads(texts_path.read_text(encoding="utf-8"))
    catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
    for code_class in catalog["classes"]:
        key = str(code_class["class"])
        source = texts["classes"].get(key) or sys.exit(f"class {key}xx: no {language} texts")
        for field in ("name", "summary", "description"):
            code_class[field] = put(code_class[field], language, source.get(field), f"class {key}xx {field}")
        for code in code_class["codes"]:
            key = str(code["code"])
            source = texts["codes"].get(key) or sys.exit(f"code {key}: no {language} texts")
            for field in ("reason", "summary", "description"):
                code[field] = put(code[field], language, source.get(field), f"code {key} {field}")
    catalog_path.write_text(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
