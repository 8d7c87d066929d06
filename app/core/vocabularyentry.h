#pragma once

#include "catalogentry.h"

#include <QList>
#include <QString>

// What a PBX calls a cause in its source, logs and call records: FreeSWITCH's USER_BUSY,
// Asterisk's AST_CAUSE_USER_BUSY (printed as USER_BUSY), or an alias such as AST_CAUSE_BUSY.
struct PbxName
{
    QString pbx;       // "FreeSWITCH", "Asterisk"
    QString name;      // the identifier in its source
    QString shortName; // how it prints it, where that differs; may be empty
    bool alias = false;
};

// A warn-code or a cause: a number, its name and meaning, and for causes what the PBXs call it.
struct VocabularyEntry : CatalogEntry
{
    int code = 0;
    QList<PbxName> pbxNames;
    QList<LocalizedText> practice; // what to look for, from field experience; not RFC text

    // The PBXs that name it, each once, in the order the catalog lists them.
    QStringList pbxs() const;
};
