#pragma once

#include "headerrule.h"
#include "localizedtext.h"
#include "relatedcode.h"

#include <QList>

#include <QString>
#include <QStringList>

// Where a code stands in the IANA registry.
enum class CodeStatus {
    Registered,
    Deprecated,  // registered, but marked deprecated by a later RFC
    Unregistered // historical: defined once, never in the registry
};

// One SIP response code with everything the catalog knows about it.
struct SipCode
{
    int code = 0;
    LocalizedText reason; // English is the phrase as the registry spells it
    LocalizedText summary;
    LocalizedText description;
    int rfc = 0;
    QString section;
    CodeStatus status = CodeStatus::Registered;
    QStringList aliases;
    QList<RelatedCode> related;
    QList<HeaderRule> headers;
    QList<LocalizedText> practice; // what usually causes it in the field; not RFC text

    int classDigit() const { return code / 100; }
    QString classLabel() const { return QString::number(classDigit()) + QStringLiteral("xx"); }
};
