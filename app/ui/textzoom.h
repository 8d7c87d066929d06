#pragma once

#include "core/settings.h"

#include <QApplication>
#include <QFont>

#include <algorithm>

// Text size as the View menu sets it: points added to the system's font, so that it scales with
// the user's own settings, never below 6 points and never beyond the largest step.
namespace TextZoom {

inline int smallestStep()
{
    return std::min(0, std::max(6 - int(QApplication::font().pointSizeF()), -Settings::MaximumTextSizeStep));
}

inline int bounded(int step)
{
    return std::clamp(step, smallestStep(), Settings::MaximumTextSizeStep);
}

// Only the size is set: the faces and the shaping still come from the application's font, and
// follow it when a language switch changes it (LanguageFont).
inline QFont font(int step)
{
    QFont font;
    font.setPointSizeF(QApplication::font().pointSizeF() + bounded(step));
    return font;
}

} // namespace TextZoom
