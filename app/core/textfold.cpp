#include "textfold.h"

namespace TextFold {

QString fold(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_KC)
                             .toCaseFolded()
                             .normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    char16_t base = 0;
    for (const QChar c : std::as_const(decomposed)) {
        // Marks are dropped only after Latin, Greek and Cyrillic letters (below U+0530): elsewhere,
        // as in Indic scripts, a mark changes the letter itself.
        if (c.category() == QChar::Mark_NonSpacing && base < 0x0530)
            continue;
        base = c.unicode();
        result.append(c);
    }
    return result.normalized(QString::NormalizationForm_C);
}

} // namespace TextFold
