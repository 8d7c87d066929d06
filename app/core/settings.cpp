#include "settings.h"

#include "domain.h"
#include "languages.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
const QString GeometryKey = u"window/geometry"_s;
const QString SplitterKey = u"window/splitter"_s;
const QString HeaderKey = u"window/treeHeader"_s;
const QString CodeKey = u"selection/code"_s;
const QString TextSizeKey = u"view/textSizeStep"_s;
const QString LanguageKey = u"language"_s;
} // namespace

Settings::Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &state)
{
    m_settings.setValue(GeometryKey, state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(SplitterKey).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(SplitterKey, state);
}

QByteArray Settings::treeHeaderState() const
{
    return m_settings.value(HeaderKey).toByteArray();
}

void Settings::setTreeHeaderState(const QByteArray &state)
{
    m_settings.setValue(HeaderKey, state);
}

std::optional<int> Settings::integer(const QString &key, int minimum, int maximum) const
{
    // Read as text: an INI file holds text, and toInt() on a QVariant would accept 486.9 or a
    // list's first item.
    const QVariant value = m_settings.value(key);
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::Int
        && value.typeId() != QMetaType::LongLong)
        return std::nullopt;
    bool ok = false;
    const qlonglong number = value.toString().trimmed().toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        return std::nullopt;
    return int(number);
}

std::optional<int> Settings::code() const
{
    return integer(CodeKey, Domain::MinimumCode, Domain::MaximumCode);
}

void Settings::setCode(int code)
{
    m_settings.setValue(CodeKey, code);
}

std::optional<int> Settings::textSizeStep() const
{
    return integer(TextSizeKey, -MaximumTextSizeStep, MaximumTextSizeStep);
}

void Settings::setTextSizeStep(int step)
{
    m_settings.setValue(TextSizeKey, step);
}

QString Settings::language() const
{
    const QVariant value = m_settings.value(LanguageKey);
    if (value.typeId() != QMetaType::QString)
        return {};
    const QString language = value.toString();
    return Languages::isSupported(language) ? language : QString();
}

void Settings::setLanguage(const QString &language)
{
    if (Languages::isSupported(language))
        m_settings.setValue(LanguageKey, language);
}

bool Settings::save()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

bool Settings::isWritable() const
{
    // QSettings::isWritable() asks the file system, which says yes to root for a read-only file
    // and to anyone for a directory standing where the file should be.
    return m_settings.isWritable() && !QFileInfo(m_settings.fileName()).isDir();
}

QString Settings::unwritableMessage() const
{
    return tr("Settings cannot be saved: %1 is not a writable file. This session's choices will be "
              "forgotten.").arg(fileName());
}
