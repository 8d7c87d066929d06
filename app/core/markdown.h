#pragma once

#include <QString>

namespace Markdown {
// `text` with every character Markdown could read as markup escaped with a backslash.
QString escape(const QString &text);
}
