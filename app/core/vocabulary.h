#pragma once

#include "entrykey.h"
#include "vocabularyclass.h"

#include <QString>

#include <vector>

// One registry besides the responses: the warn-codes, or the causes. Its classes are in
// registry order; every number appears once.
struct Vocabulary
{
    EntryKind kind = EntryKind::Warning;
    QString registryName;
    QString registryChecked;
    std::vector<VocabularyClass> classes;

    const VocabularyEntry *find(int code) const;
    const VocabularyClass *classOf(int code) const;
    int entryCount() const;
    bool isEmpty() const { return classes.empty(); }
};
