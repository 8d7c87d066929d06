#pragma once

// A catalog whose texts hold everything that needs escaping in HTML or Markdown, for the tests
// of every format that shows catalog text.
#include "core/catalogloader.h"

#include <QtGlobal>

inline Catalog hostileCatalog()
{
    const QByteArray json = R"json({ "format": 1, "registry": { "name": "t", "checked": "t" },
      "classes": [ { "class": 4, "name": { "en": "Request <Failure>" },
        "summary": { "en": "a & b" }, "description": { "en": "d" }, "rfc": 3261, "section": "21.4",
        "codes": [ { "code": 499, "reason": { "en": "Odd <b>Phrase</b> & *Co*", "zh_CN": "怪 | 码" },
          "summary": { "en": "uses <script>alert(1)</script> | pipes & _stars_ *here*" },
          "description": { "en": "Line one.\n\n<img src=x>" }, "rfc": 9999, "section": "1.2",
          "status": "registered", "aliases": ["[link](javascript:x)"] } ] } ] })json";
    CatalogLoader::Result result = CatalogLoader::loadData(json, QStringLiteral("hostile.json"));
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return std::move(*result.catalog);
}
