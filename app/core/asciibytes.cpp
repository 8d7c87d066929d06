#include "asciibytes.h"

namespace AsciiBytes {

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView lower)
{
    if (text.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (toLower(text[i]) != lower[i])
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && (isBlank(text[end - 1]) || text[end - 1] == '\r'))
        --end;
    return text.sliced(begin, end - begin);
}

QByteArrayView nextWord(QByteArrayView line, qsizetype *at)
{
    qsizetype begin = *at;
    while (begin < line.size() && isBlank(line[begin]))
        ++begin;
    qsizetype end = begin;
    while (end < line.size() && !isBlank(line[end]))
        ++end;
    *at = end;
    return line.sliced(begin, end - begin);
}

} // namespace AsciiBytes
