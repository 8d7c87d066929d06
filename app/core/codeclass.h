#pragma once

#include "catalogentry.h"
#include "sipcode.h"

#include <vector>

// A class of responses (1xx to 6xx) and the codes filed under it, in ascending order.
struct CodeClass : CatalogEntry
{
    int digit = 0;
    std::vector<SipCode> codes;

    QString label() const { return QString::number(digit) + QStringLiteral("xx"); }
};
