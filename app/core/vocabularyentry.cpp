#include "vocabularyentry.h"

QStringList VocabularyEntry::namesOf(const QString &pbx) const
{
    QStringList names;
    for (const PbxName &name : pbxNames) {
        if (name.pbx == pbx && !name.alias)
            names.append(name.name);
    }
    for (const PbxName &name : pbxNames) {
        if (name.pbx == pbx && name.alias)
            names.append(name.name);
    }
    return names;
}
