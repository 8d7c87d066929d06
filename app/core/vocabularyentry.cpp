#include "vocabularyentry.h"

QStringList VocabularyEntry::pbxs() const
{
    QStringList result;
    for (const PbxName &name : pbxNames) {
        if (!result.contains(name.pbx))
            result.append(name.pbx);
    }
    return result;
}
