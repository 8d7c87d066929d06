#include "languagefont.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// The first installed of `candidates`, or none; asked once per script.
QString installed(const QStringList &candidates)
{
    for (const QString &family : candidates) {
        if (QFontDatabase::hasFamily(family))
            return family;
    }
    return {};
}

QString chineseFamily(bool traditional)
{
    // Debian's fonts-noto-cjk first; then the same design under Adobe's name, then the systems'
    // own faces, for a build elsewhere.
    static const QString simplified = installed({u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Source Han Sans CN"_s,
                                                 u"Microsoft YaHei"_s, u"PingFang SC"_s, u"WenQuanYi Micro Hei"_s});
    static const QString traditionalFamily = installed({u"Noto Sans CJK TC"_s, u"Source Han Sans TC"_s,
                                                        u"Source Han Sans TW"_s, u"Microsoft JhengHei"_s, u"PingFang TC"_s});
    return traditional ? traditionalFamily : simplified;
}

} // namespace

QFont LanguageFont::forLanguage(const QString &language)
{
    // Taken before the first change: the base of every language's font.
    static const QFont platform = QApplication::font();
    // The system's face first, so that Latin text looks as in every other application; as
    // resolved, since a generic name ("Sans Serif") would lose to the Chinese face. English and
    // Dutch name the Simplified face too, for a Chinese word typed into the search field.
    static const QString system = QFontInfo(platform).family();
    QFont font = platform;
    const bool traditional = language == u"zh_TW";
    const QString chinese = chineseFamily(traditional);
    font.setFamilies(chinese.isEmpty() || chinese == system ? QStringList{system} : QStringList{system, chinese});
    auto strategy = QFont::StyleStrategy(platform.styleStrategy() | QFont::PreferNoShaping);
    // Qt 6.4 caches a font's faces under its first face alone, and would serve the Traditional
    // list the Simplified one made before it: PreferQuality, which changes nothing for outline
    // faces, keeps the two apart.
    if (traditional)
        strategy = QFont::StyleStrategy(strategy | QFont::PreferQuality);
    font.setStyleStrategy(strategy);
    return font;
}

void LanguageFont::apply(const QString &language)
{
    const QFont current = QApplication::font();
    const QFont font = forLanguage(language);
    // Setting the application's font sends every widget a font change, equal or not.
    if (font.families() == current.families() && font.styleStrategy() == current.styleStrategy())
        return;
    QApplication::setFont(font);
    // Delivered now, not from the event loop: the pages laid out next are laid out once, in it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
}
