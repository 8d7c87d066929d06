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
    // Found by its first letter, then compared: Qt's search for a single character is vectorised,
    // its search for a string hashes every position, three times slower on these texts.
    const QChar first = word.front();
    const QStringView rest = word.sliced(1);
    for (qsizetype at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
        if (!text.sliced(at + 1).startsWith(rest))
            continue;
        if (anywhere || at == 0)
            return true;
        const QChar before = text.at(at - 1);
        if (!before.isLetterOrNumber() || isUnspaced(before))
            return true;
    }
    return false;
}

// A regular expression for whole lines, on text as typed: case is ignored.
QRegularExpression linePattern(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

bool isQ850(QStringView protocol)
{
    return protocol.compare(u"q.850", Qt::CaseInsensitive) == 0 || protocol.compare(u"q850", Qt::CaseInsensitive) == 0;
}

bool namesResponse(QStringView protocol)
{
    return protocol.compare(u"sip", Qt::CaseInsensitive) == 0 || protocol.compare(u"stir", Qt::CaseInsensitive) == 0;
}

} // namespace

bool SearchQuery::parseLine(const QString &line)
{
    // Reason (RFC 3326): after "Reason:", or alone from its protocol on ("Q.850;cause=16").
    static const QRegularExpression reasonHeader = linePattern(
        u"(?:\\breason[ \\t]*:[ \\t]*|^[ \\t]*(?=[a-z0-9_.-]+[ \\t]*;[ \\t]*cause[ \\t]*=))(.+)$"_s);
    if (const QRegularExpressionMatch reason = reasonHeader.match(line); reason.hasMatch()) {
        HeaderFields::appendReasons(reason.captured(1).toUtf8(), &m_reasons, 16);
        for (const ReasonValue &value : std::as_const(m_reasons)) {
            if (value.cause < 0)
                continue;
            if (namesResponse(value.protocol) && Domain::isCode(value.cause))
                m_named.append({EntryKind::Response, value.cause});
            else if (isQ850(value.protocol) && value.cause <= Domain::MaximumCause)
                m_named.append({EntryKind::Cause, value.cause});
        }
        if (!m_reasons.isEmpty())
            return true;
    }
    // Warning (RFC 3261, 20.43), or the app's own ticket line for a warn-code.
    static const QRegularExpression warningHeader = linePattern(u"\\bwarning[ \\t]*:[ \\t]*([0-9]{3}\\b.*)$"_s);
    if (const QRegularExpressionMatch warning = warningHeader.match(line); warning.hasMatch()) {
        HeaderFields::appendWarnings(warning.captured(1).toUtf8(), &m_warnings, 16);
        for (const WarningValue &value : std::as_const(m_warnings)) {
            if (value.code >= 100 && value.code <= 999) // warn-codes are three digits (RFC 3261, 20.43)
                m_named.append({EntryKind::Warning, value.code});
        }
        if (!m_named.isEmpty())
            return true;
    }
    static const QRegularExpression warnCode = linePattern(u"^[ \\t]*(?:sip[ \\t]+)?warn(?:ing|-code)?[ \\t]+(3[0-9]{2})\\b"_s);
    if (const QRegularExpressionMatch warning = warnCode.match(line); warning.hasMatch()) {
        m_named.append({EntryKind::Warning, warning.captured(1).toInt()});
        return true;
    }
    // A status line, or a decoder's "Status:" or "Status-Line:" field.
    static const QRegularExpression statusLine = linePattern(
        u"(?:\\bsip/2\\.0[ \\t]+|\\bstatus(?:-line)?:[ \\t]*(?:sip/2\\.0[ \\t]+)?)([1-6][0-9]{2})(?![0-9])"_s);
    // Log lines and call records that carry a response code without a status line: Asterisk's
    // "Got SIP response 503", pjsip's "Response msg 486/INVITE", Kamailio's "reply 486" and
    // t_reply("486", ...), FreeSWITCH's sip_term_status=486 and proto_specific_hangup_cause=sip:486,
    // and "sip 486" (the app's own ticket line begins so).
    static const QRegularExpression logLine = linePattern(
        u"(?:\\bresponse(?:[ \\t]+msg)?[ \\t]+"
        u"|(?<![a-z])reply[ \\t]*(?:\\([ \\t]*\"?)?"
        u"|\\b(?:sip_term_status|sip_invite_failure_status|sip_status|sip_code|status_code|"
        u"(?:last_bridge_)?proto_specific_hangup_cause)[ \\t]*[:=][ \\t]*\"?(?:sip:)?"
        u"|^[ \\t]*sip[ \\t]*:?[ \\t]*)"
        u"([1-6][0-9]{2})(?![0-9])"_s);
    for (const QRegularExpression *pattern : {&statusLine, &logLine}) {
        if (const QRegularExpressionMatch match = pattern->match(line); match.hasMatch()) {
            m_named.append({EntryKind::Response, match.captured(1).toInt()});
            return true;
        }
    }
    // A cause: "cause 17", "q850 17", "ISDN cause: 34", "Q.850 cause 17 User busy" (a ticket
    // line), "FreeSWITCH cause 804".
    static const QRegularExpression causeLine = linePattern(
        u"^[ \\t]*(?:(?:q\\.?850|isdn|isup|freeswitch|asterisk)[ \\t]*(?:cause)?|cause)[ \\t]*[:=#]?[ \\t]*([0-9]{1,3})(?![0-9])"_s);
    if (const QRegularExpressionMatch cause = causeLine.match(line); cause.hasMatch()) {
        m_named.append({EntryKind::Cause, cause.captured(1).toInt()});
        return true;
    }
    // "Received 486 Busy Here" (FreeSWITCH) names 486 only if the phrase follows; see
    // unconfirmedCode().
    static const QRegularExpression verbLine = linePattern(
        u"\\b(?:received|receiving|sending|sent|got)[ \\t]+(?:a[ \\t]+)?([1-6][0-9]{2})[ \\t]+(\\S.*)$"_s);
    if (const QRegularExpressionMatch verb = verbLine.match(line); verb.hasMatch()) {
        m_unconfirmedCode = verb.captured(1).toInt();
        m_unconfirmedRest = TextFold::fold(verb.captured(2));
    }
    return false;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    static const QRegularExpression codePattern(u"^([0-9]{1,3})x*$"_s);
    static const QRegularExpression separators(u"[\\s\\x{0}-\\x{1f}]+"_s);
    SearchQuery query;
    const QString cut = text.left(MaximumLength);
    // Nothing typed, as at start-up: the line patterns are compiled on the first search instead.
    if (cut.trimmed().isEmpty())
        return query;
    if (query.parseLine(cut))
        return query;
    const QString folded = TextFold::fold(cut);
    const QStringList tokens = folded.split(separators, Qt::SkipEmptyParts);
    if (tokens.size() == 1) {
        static const QRegularExpression classPattern(u"^([1-6])xx$"_s);
        if (const QRegularExpressionMatch whole = classPattern.match(trimPunctuation(tokens.first())); whole.hasMatch())
            query.m_classDigit = whole.captured(1).toInt();
    }
    for (const QString &rawToken : tokens) {
        const QString token = trimPunctuation(rawToken);
        const QRegularExpressionMatch codeMatch = codePattern.match(token);
        if (codeMatch.hasMatch() && token.size() <= 3) {
            query.m_codePrefixes.append(codeMatch.captured(1));
            query.m_wildcard = query.m_wildcard || token.size() > codeMatch.capturedLength(1);
        }
        else
            query.m_words.append(token);
    }
    return query;
}

int SearchQuery::singleCode() const
{
    if (m_named.size() == 1 && m_named.first().kind == EntryKind::Response)
        return m_named.first().code;
    if (m_words.isEmpty() && m_codePrefixes.size() == 1 && m_codePrefixes.first().size() == 3)
        return m_codePrefixes.first().toInt();
    return 0;
}

SearchQuery::Match SearchQuery::match(EntryKind kind, int code, QStringView names, QStringView description) const
{
    if (m_classDigit != 0 && kind != EntryKind::Response) // "4xx" is a class of responses
        return Match::None;
    if (!m_codePrefixes.isEmpty()) {
        const QString number = QString::number(code);
        for (const QString &prefix : m_codePrefixes) {
            // Causes are numbered 0 to 127 and beyond: a prefix of one says nothing about it.
            const bool matches = kind == EntryKind::Cause ? number == prefix && !m_wildcard : number.startsWith(prefix);
            if (!matches)
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

bool SearchQuery::narrows(const SearchQuery &earlier) const
{
    // match() asks each word to start a word of the text: where a word continued does, the word
    // as it was does too, at the same place. Numbers and classes are compared whole.
    if (isLine() || earlier.isLine() || m_classDigit != earlier.m_classDigit || m_wildcard != earlier.m_wildcard
        || m_codePrefixes != earlier.m_codePrefixes || m_words.size() < earlier.m_words.size())
        return false;
    for (qsizetype i = 0; i < earlier.m_words.size(); ++i) {
        if (!m_words.at(i).startsWith(earlier.m_words.at(i)))
            return false;
    }
    return true;
}
