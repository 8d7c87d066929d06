#include "localizedtext.h"

#include <algorithm>

void LocalizedText::set(const QString &language, const QString &text)
{
    // Room for the catalog's four languages at once: growing one by one would allocate thrice.
    if (m_texts.isEmpty())
        m_texts.reserve(4);
    // Texts mostly come in order (the loaders read them so), so the place is usually the end.
    auto at = m_texts.end();
    while (at != m_texts.begin() && std::prev(at)->language >= language)
        --at;
    if (at != m_texts.end() && at->language == language)
        at->text = text;
    else
        m_texts.insert(at, {language, text});
}

const LocalizedText::Translation *LocalizedText::find(QStringView language) const
{
    const auto found = std::find_if(m_texts.cbegin(), m_texts.cend(),
                                    [language](const Translation &item) { return item.language == language; });
    return found == m_texts.cend() ? nullptr : &*found;
}

QString LocalizedText::text(const QString &language) const
{
    if (const Translation *found = find(language))
        return found->text;
    return englishText();
}

QString LocalizedText::englishText() const
{
    const Translation *found = find(english());
    return found ? found->text : QString();
}

bool LocalizedText::has(const QString &language) const
{
    return find(language) != nullptr;
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    result.reserve(m_texts.size());
    for (const Translation &item : m_texts)
        result.append(item.language);
    return result;
}
