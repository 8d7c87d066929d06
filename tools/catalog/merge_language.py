#!/usr/bin/env python3
"""Merge one language's texts into resources/catalog.json.

usage: merge_language.py LANG TEXTS.json [CATALOG.json]

TEXTS.json holds any of
  {"classes": {"4": {"name": ..., "summary": ..., "description": ...}},
   "codes": {"486": {"reason": ..., "summary": ..., "description": ...,
                     "related": {"600": note, ...}, "headers": [note, ...], "practice": [item, ...],
                     "dialog": note, "methods": note, "retry": text, "local": text}},
   "causeNames": {"17": name, ...}}
Whatever part it holds must cover every entry of the catalog that has such texts, and no text
may be empty: a partial merge would leave the app showing English fallbacks. Existing texts in
LANG are replaced.
"""
import json
import pathlib
import sys

LANGUAGE_ORDER = ["en", "zh_CN", "zh_TW", "nl"]
# The behaviour fields and the key of their localized text.
BEHAVIOUR_TEXTS = {"dialog": "note", "methods": "note", "retry": "text", "local": "text"}


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
        if "classes" in texts:
            source = texts["classes"].get(key) or sys.exit(f"class {key}xx: no {language} texts")
            for field in ("name", "summary", "description"):
                code_class[field] = put(code_class[field], language, source.get(field), f"class {key}xx {field}")
        for code in code_class["codes"]:
            key = str(code["code"])
            if "codes" not in texts:
                continue
            source = texts["codes"].get(key, {})
            for field in ("reason", "summary", "description"):
                if field in source or "classes" in texts:
                    code[field] = put(code[field], language, source.get(field), f"code {key} {field}")
            for related in code.get("related", []) if "related" in source else []:
                note = source["related"].get(str(related["code"]))
                related["note"] = put(related["note"], language, note, f"code {key} note on {related['code']}")
            for field in ("headers", "practice"):
                if field not in source:
                    continue
                items = code.get(field, [])
                given = source.get(field, [])
                if len(given) != len(items):
                    sys.exit(f"code {key} {field}: {len(given)} texts for {len(items)} items")
                for i, text in enumerate(given):
                    if field == "headers":
                        items[i]["note"] = put(items[i]["note"], language, text, f"code {key} header {i}")
                    else:
                        items[i] = put(items[i], language, text, f"code {key} practice {i}")
            for field, text_key in BEHAVIOUR_TEXTS.items():
                has_text = text_key in code.get(field, {})
                if field in source and not has_text:
                    sys.exit(f"code {key} {field}: the catalog has no {text_key} to translate")
                if has_text and (field in source or "classes" in texts):
                    code[field][text_key] = put(code[field][text_key], language, source.get(field),
                                                f"code {key} {field} {text_key}")
    if "causeNames" in texts:
        names = catalog["q850"]["causeNames"]
        for cause in names:
            names[cause] = put(names[cause], language, texts["causeNames"].get(cause), f"Q.850 cause {cause}")
    catalog_path.write_text(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
