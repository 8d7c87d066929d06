#include "searchquery.h"

#include "domain.h"
#include "textfold.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isTrimmable(QChar c)
{
    return c.isPunct() && c != u'/' && c != u'-';
}

QString trimPunctuation(const QString &token)
{
    qsizetype begin = 0;
    qsizetype end = token.size();
    while (begin < end && isTrimmable(token.at(begin)))
        ++begin;
    while (end > begin && isTrimmable(token.at(end - 1)))
        --end;
    return begin == end ? token : token.mid(begin, end - begin);
}

// Scripts written without spaces between words: there, any position may start a word.
bool isUnspaced(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
        return true;
    default:
        return false;
    }
}

// Whether `word` occurs in `text` at the start of a word: "here" finds "Busy Here" but not
// "Everywhere"; "acc" finds "acceptable".
bool containsWordStart(QStringView text, QStringView word)
{
    const bool anywhere = isUnspaced(word.front());
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (anywhere || at == 0)
            return true;
        const QChar before = text.at(at - 1);
        if (!before.isLetterOrNumber() || isUnspaced(before))
            return true;
    }
    return false;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    static const QRegularExpression codePattern(u"^([0-9]{1,3})x*$"_s);
    static const QRegularExpression separators(u"[\\s\\x{0}-\\x{1f}]+"_s);
    // Folded text is lower case. A status line, or a decoder's "Status:" or "Status-Line:" field.
    static const QRegularExpression tracePattern(
        u"(?:\\bsip/2\\.0[ \\t]+|\\bstatus(?:-line)?:[ \\t]*(?:sip/2\\.0[ \\t]+)?)([1-6][0-9]{2})(?![0-9])"_s);
    static const QRegularExpression causePattern(
        u"^(?:(?:reason:[ \\t]*)?q\\.?850[ \\t]*;[ \\t]*cause[ \\t]*=[ \\t]*([0-9]{1,3})\\b.*"
        u"|(?:q\\.?850|isdn|isup)?[ \\t]*(?:cause)?[ \\t]*[:=#]?[ \\t]*([0-9]{1,3}))$"_s);
    static const QRegularExpression causeWord(u"^(?:q\\.?850|isdn|isup|cause|reason)"_s);
    SearchQuery query;
    const QString folded = TextFold::fold(text.left(MaximumLength));

    if (const QRegularExpressionMatch trace = tracePattern.match(folded); trace.hasMatch()) {
        query.m_traceCode = trace.captured(1).toInt();
        query.m_codePrefixes.append(trace.captured(1));
        return query;
    }
    const QString trimmed = folded.trimmed();
    if (causeWord.match(trimmed).hasMatch()) {
        if (const QRegularExpressionMatch cause = causePattern.match(trimmed); cause.hasMatch()) {
            const int value = (cause.captured(1).isEmpty() ? cause.captured(2) : cause.captured(1)).toInt();
            if (Domain::isCause(value)) {
                query.m_cause = value;
                return query;
            }
        }
    }

    const QStringList tokens = folded.split(separators, Qt::SkipEmptyParts);
    if (tokens.size() == 1) {
        static const QRegularExpression classPattern(u"^([1-6])xx$"_s);
        if (const QRegularExpressionMatch whole = classPattern.match(trimPunctuation(tokens.first())); whole.hasMatch())
            query.m_classDigit = whole.captured(1).toInt();
    }
    for (const QString &rawToken : tokens) {
        const QString token = trimPunctuation(rawToken);
        const QRegularExpressionMatch codeMatch = codePattern.match(token);
        if (codeMatch.hasMatch() && token.size() <= 3)
            query.m_codePrefixes.append(codeMatch.captured(1));
        else
            query.m_words.append(token);
    }
    return query;
}

int SearchQuery::singleCode() const
{
    if (m_traceCode != 0)
        return m_traceCode;
    if (m_words.isEmpty() && m_codePrefixes.size() == 1 && m_codePrefixes.first().size() == 3)
        return m_codePrefixes.first().toInt();
    return 0;
}

SearchQuery::Match SearchQuery::match(int code, QStringView names, QStringView description) const
{
    if (!m_codePrefixes.isEmpty()) {
        const QString number = QString::number(code);
        for (const QString &prefix : m_codePrefixes) {
            if (!number.startsWith(prefix))
                return Match::None;
        }
    }
    Match result = Match::Names;
    for (const QString &word : m_words) {
        if (containsWordStart(names, word))
            continue;
        if (!containsWordStart(description, word))
            return Match::None;
        result = Match::Description;
    }
    return result;
}
