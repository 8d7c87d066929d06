#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QString>

#include <optional>

// What the data must obey besides its format. Only the benchmarks' synthetic catalogs, which hold
// far more codes than 100 to 699 can number, relax it.
struct CatalogLoadRules
{
    bool uniqueCodes = true;
};

// Reads the JSON catalog into a Catalog. Loading is all or nothing: any problem gives no catalog
// and one message that names the source, the entry and the field.
//
// Format 1 is the catalog without behaviour fields; format 2 adds them and requires "dialog" on
// every code; format 3 adds the warn-codes, the causes, the Reason protocols and the cause
// mappings, and requires them. Older files (edited copies) still load.
class CatalogLoader final
{
public:
    struct Result
    {
        std::optional<Catalog> catalog;
        QString error;

        bool ok() const { return catalog.has_value(); }
    };

    static constexpr int NewestFormat = 3;
    // loadFile() refuses anything larger, so that a device or a wrong file cannot fill the
    // memory; the real catalog is well under 1 MiB.
    static constexpr qint64 MaximumFileSize = 16 * 1024 * 1024;

    using Rules = CatalogLoadRules;

    // The catalog compiled into the program: resources/catalog.json, checked and turned into
    // CompiledCatalog's binary form at build time, so that start-up parses no JSON.
    static Result loadEmbedded();
    // Messages name the file by its absolute path.
    static Result loadFile(const QString &path);
    static Result loadData(const QByteArray &json, const QString &sourceName, Rules rules = {});
};
