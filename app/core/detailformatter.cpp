#include "detailformatter.h"

using namespace Qt::StringLiterals;

namespace {

QString sentence(const QString &text)
{
    if (text.isEmpty() || !text.front().isLower())
        return text;
    return text.front().toUpper() + text.mid(1);
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><th align=\"left\" valign=\"top\" style=\"padding-right: 12px\">%1</th><td>%2</td></tr>"_s
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString link(const QUrl &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                         text.toHtmlEscaped());
}

// Marks a text shown in English because `language` has none yet.
QString fallbackMark(const LocalizedText &text, const QString &language)
{
    if (text.has(language))
        return {};
    return u" <small>[%1]</small>"_s.arg(DetailFormatter::tr("English; not yet translated").toHtmlEscaped());
}

QString localizedHtml(const LocalizedText &text, const QString &language)
{
    return text.text(language).toHtmlEscaped() + fallbackMark(text, language);
}

// "486 这里忙 (Busy Here)": the translation first, the phrase seen on the wire beside it.
QString headingHtml(const QString &label, const LocalizedText &name, const QString &language)
{
    QString html = u"<h2>%1 %2"_s.arg(label.toHtmlEscaped(),
                                                                  localizedHtml(name, language));
    if (name.has(language) && name.text(language) != name.englishText())
        html += u" <span style=\"font-weight: normal\">(%1)</span>"_s.arg(name.englishText().toHtmlEscaped());
    return html + u"</h2>"_s;
}

} // namespace

QString DetailFormatter::paragraphsHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        QStringList lines = paragraph.split(u'\n');
        for (QString &line : lines)
            line = line.toHtmlEscaped();
        html += u"<p>"_s + lines.join(u"<br>"_s) + u"</p>"_s;
    }
    return html;
}

QString DetailFormatter::statusText(CodeStatus status)
{
    switch (status) {
    case CodeStatus::Registered: return tr("Registered with IANA");
    case CodeStatus::Deprecated: return tr("Deprecated (still in the IANA registry)");
    case CodeStatus::Unregistered: return tr("Not registered with IANA (historical)");
    }
    return {};
}

QString DetailFormatter::referenceText(int rfc, const QString &section)
{
    return tr("RFC %1, section %2").arg(rfc).arg(section);
}

QUrl DetailFormatter::rfcUrl(int rfc, const QString &section)
{
    QUrl url(u"https://www.rfc-editor.org/rfc/rfc%1"_s.arg(rfc));
    if (!section.isEmpty())
        url.setFragment(u"section-"_s + section);
    return url;
}

QUrl DetailFormatter::codeUrl(int code)
{
    QUrl url;
    url.setScheme(u"code"_s);
    url.setPath(QString::number(code));
    return url;
}

int DetailFormatter::codeFromUrl(const QUrl &url)
{
    bool ok = false;
    const int code = url.scheme() == u"code" ? url.path().toInt(&ok) : 0;
    return ok ? code : 0;
}

QString DetailFormatter::q850Caveat()
{
    return tr("This is RFC 3398's mapping; real gateways often map differently, so their own "
              "configuration decides.");
}

QString DetailFormatter::causeText(const Catalog &catalog, int cause, const QString &language)
{
    const auto name = catalog.q850().causeNames.constFind(cause);
    if (name == catalog.q850().causeNames.cend())
        return tr("ISDN cause %1").arg(cause);
    return tr("ISDN cause %1 (%2)").arg(cause).arg(name->text(language));
}

QString DetailFormatter::causeWithoutResponseText(const Catalog &catalog, int cause, const QString &language)
{
    return tr("RFC 3398 maps %1 to no SIP response of its own: the table in section 7.2.4.1 does not list it.")
        .arg(causeText(catalog, cause, language));
}

QString DetailFormatter::practiceCaveat()
{
    return tr("From field experience, not from the RFC.");
}

QStringList DetailFormatter::q850Lines(const Catalog &catalog, const SipCode &code, const QString &language)
{
    const Q850Mapping &q850 = catalog.q850();
    const auto causeName = [&](int cause) {
        return tr("cause %1 (%2)").arg(cause).arg(q850.causeNames.value(cause).text(language));
    };
    QStringList lines;
    if (q850.responseToCause.contains(code.code)) {
        lines.append(tr("A gateway turns this response into ISDN %1 (RFC 3398, section 8.2.6.1).")
                         .arg(causeName(q850.responseToCause.value(code.code))));
    }
    const QList<int> causes = q850.causesMappedTo(code.code);
    if (!causes.isEmpty()) {
        QStringList names;
        for (const int cause : causes)
            names.append(causeName(cause));
        lines.append(tr("ISDN %1 becomes this response (RFC 3398, section 7.2.4.1).")
                         .arg(names.join(tr(", ", "list separator"))));
    }
    return lines;
}

QString DetailFormatter::codeHtml(const Catalog &catalog, const SipCode &code, const QString &language)
{
    const CodeClass &codeClass = *catalog.findClass(code.classDigit());
    QString html = headingHtml(QString::number(code.code), code.reason, language);
    html += u"<p><i>%1</i>%2</p>"_s.arg(sentence(code.summary.text(language)).toHtmlEscaped(),
                                        fallbackMark(code.summary, language));
    html += u"<table cellspacing=\"2\">"_s;
    html += row(tr("Class"),
                u"%1 %2"_s.arg(codeClass.label(), codeClass.name.text(language).toHtmlEscaped()));
    html += row(tr("Defined in"),
                link(rfcUrl(code.rfc, code.section), referenceText(code.rfc, code.section)));
    html += row(tr("Status"), statusText(code.status).toHtmlEscaped());
    if (!code.aliases.isEmpty()) {
        QStringList names;
        for (const QString &alias : code.aliases)
            names.append(alias.toHtmlEscaped());
        html += row(tr("Also known as"), names.join(u"<br>"_s));
    }
    html += u"</table>"_s;
    html += u"<h3>%1</h3>"_s.arg(tr("Description").toHtmlEscaped());
    html += paragraphsHtml(code.description.text(language));
    if (const QString mark = fallbackMark(code.description, language); !mark.isEmpty())
        html += u"<p>%1</p>"_s.arg(mark);

    if (!code.related.isEmpty()) {
        html += u"<h3>%1</h3><table cellspacing=\"2\">"_s.arg(tr("Related codes").toHtmlEscaped());
        for (const RelatedCode &related : code.related) {
            const SipCode *other = catalog.find(related.code);
            const QString name = other ? u"%1 %2"_s.arg(other->code).arg(other->reason.text(language))
                                       : QString::number(related.code);
            html += u"<tr><td valign=\"top\" style=\"padding-right: 12px\">%1</td><td>%2</td></tr>"_s
                        .arg(link(codeUrl(related.code), name), localizedHtml(related.note, language));
        }
        html += u"</table>"_s;
    }
    if (!code.headers.isEmpty()) {
        html += u"<h3>%1</h3><table cellspacing=\"2\">"_s.arg(tr("Header fields").toHtmlEscaped());
        for (const HeaderRule &rule : code.headers) {
            const QString note = tr("%1 (%2)", "header rule: note (RFC reference)")
                                     .arg(localizedHtml(rule.note, language),
                                          link(rfcUrl(rule.rfc, rule.section), referenceText(rule.rfc, rule.section)));
            html += u"<tr><td valign=\"top\" style=\"padding-right: 12px\"><b>%1</b></td>"
                    u"<td valign=\"top\" style=\"padding-right: 12px\">%2</td><td>%3</td></tr>"_s
                        .arg(rule.field.toHtmlEscaped(), rule.strength.toHtmlEscaped(), note);
        }
        html += u"</table>"_s;
    }
    if (const QStringList lines = q850Lines(catalog, code, language); !lines.isEmpty()) {
        html += u"<h3>%1</h3>"_s.arg(tr("ISDN (Q.850) causes").toHtmlEscaped());
        for (const QString &line : lines)
            html += u"<p>%1</p>"_s.arg(line.toHtmlEscaped());
        html += u"<p><small>%1</small></p>"_s.arg(q850Caveat().toHtmlEscaped());
    }
    if (!code.practice.isEmpty()) {
        html += u"<h3>%1</h3><p><small>%2</small></p><ul>"_s.arg(tr("What usually causes it").toHtmlEscaped(),
                                                                 practiceCaveat().toHtmlEscaped());
        for (const LocalizedText &item : code.practice)
            html += u"<li>%1</li>"_s.arg(localizedHtml(item, language));
        html += u"</ul>"_s;
    }
    return html;
}

QString DetailFormatter::unknownCodeText(int code, const SipCode &fallback, const QString &language)
{
    if (code / 100 == 1) {
        return tr("%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an "
                  "unknown provisional response as 183 (Session Progress), so %1 acts as %2 %3.")
            .arg(code).arg(fallback.code).arg(fallback.reason.text(language));
    }
    return tr("%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an "
              "unknown final response as the x00 response of its class, so %1 acts as %2 %3.")
        .arg(code).arg(fallback.code).arg(fallback.reason.text(language));
}

QString DetailFormatter::unknownCodeHtml(const Catalog &catalog, int code, const QString &language)
{
    const SipCode *fallback = catalog.find(Catalog::fallbackFor(code));
    QString html = u"<h2>%1</h2>"_s.arg(tr("%1 Unknown code").arg(code).toHtmlEscaped());
    if (!fallback)
        return html;
    html += u"<p>%1</p>"_s.arg(unknownCodeText(code, *fallback, language).toHtmlEscaped());
    html += u"<p>%1 &nbsp; %2</p>"_s.arg(
        link(codeUrl(fallback->code), u"%1 %2"_s.arg(fallback->code).arg(fallback->reason.text(language))),
        link(rfcUrl(3261, u"8.1.3.2"_s), referenceText(3261, u"8.1.3.2"_s)));
    return html;
}

QString DetailFormatter::classHtml(const CodeClass &codeClass, const QString &language)
{
    QString html = headingHtml(codeClass.label(), codeClass.name, language);
    html += u"<p><i>%1</i>%2</p>"_s.arg(sentence(codeClass.summary.text(language)).toHtmlEscaped(),
                                        fallbackMark(codeClass.summary, language));
    html += u"<table cellspacing=\"2\">"_s;
    html += row(tr("Codes"), QString::number(codeClass.codes.size()));
    html += row(tr("Defined in"), link(rfcUrl(codeClass.rfc, codeClass.section),
                                       referenceText(codeClass.rfc, codeClass.section)));
    html += u"</table>"_s;
    html += u"<h3>%1</h3>"_s.arg(tr("Description").toHtmlEscaped());
    html += paragraphsHtml(codeClass.description.text(language));
    return html;
}
