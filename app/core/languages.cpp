#include "languages.h"

#include "settings.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Languages {

QStringList supported()
{
    return {u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"nl"_s};
}

bool isSupported(const QString &language)
{
    return supported().contains(language);
}

QString nativeName(const QString &language)
{
    if (language == u"en")
        return u"English"_s;
    if (language == u"zh_CN")
        return u"简体中文"_s;
    if (language == u"zh_TW")
        return u"繁體中文"_s;
    if (language == u"nl")
        return u"Nederlands"_s;
    return language;
}

QString bestMatch(const QStringList &uiLanguages)
{
    for (const QString &entry : uiLanguages) {
        const QLocale locale(entry);
        switch (locale.language()) {
        case QLocale::English: return u"en"_s;
        case QLocale::Dutch: return u"nl"_s;
        case QLocale::Chinese:
            // Traditional script, or a region that writes it, gets 繁體中文; else 简体中文.
            if (locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
                || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao)
                return u"zh_TW"_s;
            return u"zh_CN"_s;
        default: break;
        }
    }
    return u"en"_s;
}

QString startupLanguage(const QString &override)
{
    if (isSupported(override))
        return override;
    // A value of the wrong type or an unknown language in the settings reads as none.
    if (const QString remembered = Settings().language(); !remembered.isEmpty())
        return remembered;
    return bestMatch(QLocale::system().uiLanguages());
}

} // namespace Languages
