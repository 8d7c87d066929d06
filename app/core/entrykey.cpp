#include "entrykey.h"

using namespace Qt::StringLiterals;

QString EntryKey::kindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Response: return u"response"_s;
    case EntryKind::Warning: return u"warning"_s;
    case EntryKind::Cause: return u"cause"_s;
    }
    return {};
}

std::optional<EntryKind> EntryKey::kindFromName(QStringView name)
{
    for (const EntryKind kind : {EntryKind::Response, EntryKind::Warning, EntryKind::Cause}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QUrl EntryKey::url() const
{
    QUrl url;
    url.setScheme(kindName(kind));
    url.setPath(QString::number(code));
    return url;
}

std::optional<EntryKey> EntryKey::fromUrl(const QUrl &url)
{
    const std::optional<EntryKind> kind = kindFromName(url.scheme());
    bool ok = false;
    const int code = url.path().toInt(&ok);
    if (!kind || !ok || code < 0)
        return std::nullopt;
    return EntryKey{*kind, code};
}
