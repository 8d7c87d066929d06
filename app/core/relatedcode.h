#pragma once

#include "localizedtext.h"

// A code that is easily confused with another, and how the two differ.
struct RelatedCode
{
    int code = 0;
    LocalizedText note;
};
