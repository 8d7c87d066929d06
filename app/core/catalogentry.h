#pragma once

#include "localizedtext.h"
#include "reference.h"

// What a code and a class of codes have in common: a name, a one-line summary, a description,
// and where they are defined. Whatever shows one of them (ticket lines, sheets, the tree) can
// show the other through this part.
struct CatalogEntry
{
    LocalizedText name; // a code's reason phrase as the registry spells it, or a class's name
    LocalizedText summary;
    LocalizedText description;
    Reference reference;
};
