#include "reference.h"

using namespace Qt::StringLiterals;

QString Reference::shortText() const
{
    if (rfc == 0)
        return section.isEmpty() ? document : tr("%1, %2", "document, section").arg(document, section);
    return tr("RFC %1, %2", "RFC number, section").arg(rfc).arg(section);
}

QString Reference::text() const
{
    if (rfc == 0)
        return section.isEmpty() ? document : tr("%1, section %2", "document, section").arg(document, section);
    return tr("RFC %1, section %2").arg(rfc).arg(section);
}

QUrl Reference::url() const
{
    if (rfc == 0)
        return {};
    QUrl url(u"https://www.rfc-editor.org/rfc/rfc%1"_s.arg(rfc));
    if (!section.isEmpty())
        url.setFragment(u"section-"_s + section);
    return url;
}

bool Reference::isReferenceUrl(const QUrl &url)
{
    return url.scheme() == u"https" && url.host() == u"www.rfc-editor.org";
}
