#pragma once

#include "localizedtext.h"
#include "reference.h"

#include <QString>

// A header field that a response carries or concerns, as an RFC states it.
struct HeaderRule
{
    QString field;    // "Retry-After"
    QString strength; // MUST, SHOULD, MAY, MUST NOT, SHOULD NOT
    Reference reference;
    LocalizedText note;
};
