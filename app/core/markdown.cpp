#include "markdown.h"

using namespace Qt::StringLiterals;

namespace Markdown {

QString escape(const QString &text)
{
    static const QString special = u"\\`*_{}[]<>()#+-!|&~"_s;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

} // namespace Markdown
