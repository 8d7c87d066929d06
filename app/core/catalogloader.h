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
class CatalogLoader final
{
public:
    struct Result
    {
        std::optional<Catalog> catalog;
        QString error;

        bool ok() const { return catalog.has_value(); }
    };

    static constexpr int MinimumCode = 100;
    static constexpr int MaximumCode = 699;

    using Rules = CatalogLoadRules;

    // The catalog compiled into the program.
    static Result loadEmbedded() { return loadFile(QStringLiteral(":/catalog.json")); }
    static Result loadFile(const QString &path);
    static Result loadData(const QByteArray &json, const QString &sourceName, Rules rules = {});
};
