#include "localizedtext.h"

void LocalizedText::set(const QString &language, const QString &text)
{
    m_texts.insert(language, text);
}

QString LocalizedText::text(const QString &language) const
{
    const auto it = m_texts.constFind(language);
    if (it != m_texts.cend())
        return *it;
    return englishText();
}

QString LocalizedText::englishText() const
{
    return m_texts.value(english().toString());
}

bool LocalizedText::has(const QString &language) const
{
    return m_texts.contains(language);
}
