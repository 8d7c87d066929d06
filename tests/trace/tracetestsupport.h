#pragma once

// What the trace tests share: the IANA registry as resources/catalog.json gives it, and options
// that consult it.
#include "trace/traceparser.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Code to English reason phrase, for the codes the catalog marks as in the registry (deprecated
// ones included; the historical 409 and 411 are not registered).
inline QHash<int, QString> registryFromCatalog()
{
    using namespace Qt::StringLiterals;
    QFile file(QStringLiteral(SIPCODES_CATALOG_JSON));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", SIPCODES_CATALOG_JSON);
    const QJsonObject catalog = QJsonDocument::fromJson(file.readAll()).object();
    QHash<int, QString> registry;
    for (const QJsonValue group : catalog.value(u"classes"_s).toArray()) {
        for (const QJsonValue entry : group.toObject().value(u"codes"_s).toArray()) {
            const QJsonObject code = entry.toObject();
            if (code.value(u"status"_s).toString() == u"unregistered"_s)
                continue;
            registry.insert(code.value(u"code"_s).toInt(),
                            code.value(u"reason"_s).toObject().value(u"en"_s).toString());
        }
    }
    return registry;
}

inline TraceParserOptions optionsWithRegistry(const QHash<int, QString> &registry,
                                              bool keepHeaders = true)
{
    TraceParserOptions options;
    options.registeredPhrase = [registry](int code) { return registry.value(code); };
    options.keepHeaders = keepHeaders;
    return options;
}
