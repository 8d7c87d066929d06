#pragma once

#include "catalogentry.h"
#include "headerrule.h"
#include "relatedcode.h"
#include "responsebehaviour.h"

#include <QList>

#include <QString>
#include <QStringList>

#include <optional>

// Where a code stands in the IANA registry.
enum class CodeStatus {
    Registered,
    Deprecated,  // registered, but marked deprecated by a later RFC
    Unregistered // historical: defined once, never in the registry
};

// One SIP response code with everything the catalog knows about it; `name` is its reason phrase.
struct SipCode : CatalogEntry
{
    int code = 0;
    CodeStatus status = CodeStatus::Registered;
    QStringList aliases;
    QList<RelatedCode> related;
    QList<HeaderRule> headers;
    QList<LocalizedText> practice; // what usually causes it in the field; not RFC text
    // Behaviour. Every code of a format 2 catalog has `dialog`; the others only where an RFC says.
    std::optional<DialogRule> dialog;
    std::optional<MethodRule> methods;
    std::optional<CitedText> retry; // whether and how to retry
    std::optional<CitedText> local; // when a client produces it itself, with nothing on the wire

    int classDigit() const { return code / 100; }
    // 2xx to 6xx responses are final, 1xx provisional (RFC 3261, section 6). Derived, never stored.
    bool isFinal() const { return code >= 200; }
    QString classLabel() const { return QString::number(classDigit()) + QStringLiteral("xx"); }
};
