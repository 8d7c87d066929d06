#pragma once

#include "localizedtext.h"
#include "sipcode.h"

#include <vector>

// A class of responses (1xx to 6xx) and the codes filed under it, in ascending order.
struct CodeClass
{
    int digit = 0;
    LocalizedText name;
    LocalizedText summary;
    LocalizedText description;
    int rfc = 0;
    QString section;
    std::vector<SipCode> codes;

    QString label() const { return QString::number(digit) + QStringLiteral("xx"); }
};
