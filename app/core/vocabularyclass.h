#pragma once

#include "catalogentry.h"
#include "vocabularyentry.h"

#include <vector>

// A range of warn-codes or causes as its registry groups them ("370–379 Quality of service",
// Q.850's "Resource unavailable"), or the causes only PBXs define (`pbxDefined`, no range).
struct VocabularyClass : CatalogEntry
{
    int first = 0;
    int last = 0;
    bool pbxDefined = false;
    std::vector<VocabularyEntry> entries; // ascending

    // "370–379", or "PBX" for the PBXs' own causes.
    QString label() const;
};
