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

inline QFont font(int step)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() + bounded(step));
    return font;
}

} // namespace TextZoom
