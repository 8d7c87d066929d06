#include "vocabulary.h"

#include <algorithm>

const VocabularyClass *Vocabulary::classOf(int code) const
{
    for (const VocabularyClass &group : classes) {
        const auto found = std::find_if(group.entries.cbegin(), group.entries.cend(),
                                        [code](const VocabularyEntry &entry) { return entry.code == code; });
        if (found != group.entries.cend())
            return &group;
    }
    return nullptr;
}

const VocabularyEntry *Vocabulary::find(int code) const
{
    const VocabularyClass *group = classOf(code);
    if (!group)
        return nullptr;
    const auto found = std::lower_bound(group->entries.cbegin(), group->entries.cend(), code,
                                        [](const VocabularyEntry &entry, int value) { return entry.code < value; });
    return &*found;
}

int Vocabulary::entryCount() const
{
    int count = 0;
    for (const VocabularyClass &group : classes)
        count += int(group.entries.size());
    return count;
}
