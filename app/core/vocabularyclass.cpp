#include "vocabularyclass.h"

using namespace Qt::StringLiterals;

QString VocabularyClass::label() const
{
    return pbxDefined ? u"PBX"_s : u"%1–%2"_s.arg(first).arg(last);
}
