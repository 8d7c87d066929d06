#include "textfold.h"

#include <algorithm>

namespace TextFold {

QString fold(const QString &text)
{
    // Plain ASCII, most of the English catalog, needs no normalization: lower case is its fold.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower();

    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Without Latin, Greek or Cyrillic letters beyond ASCII, or combining marks (all in U+0080 to
    // U+052F), there is no accent to drop, and NFKC output is already composed: Chinese text
    // stops here, saving two normalizations.
    const bool accentFree = std::none_of(folded.cbegin(), folded.cend(), [](QChar c) {
        return c.unicode() >= 0x80 && c.unicode() < 0x0530;
    });
    if (accentFree)
        return folded;

    const QString decomposed = folded.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    char16_t base = 0;
    for (const QChar c : decomposed) {
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
