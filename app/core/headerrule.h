#pragma once

#include "localizedtext.h"

#include <QString>

// A header field that a response carries or concerns, as an RFC states it.
struct HeaderRule
{
    QString field;    // "Retry-After"
    QString strength; // MUST, SHOULD, MAY, MUST NOT, SHOULD NOT
    int rfc = 0;
    QString section;
    LocalizedText note;
};
