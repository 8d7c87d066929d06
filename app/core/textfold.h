#pragma once

#include <QString>

// Brings text to the form search compares: compatibility forms (full-width digits and letters)
// folded, case folded, and accents dropped from Latin, Greek and Cyrillic letters.
namespace TextFold {
QString fold(const QString &text);
}
